// A fast parser for the plain subset of YAML that plan files use (block mappings and sequences, one-line
// scalars and flow collections, comments). Anything else — anchors, tags, multi-line scalars, tabs, syntax
// errors — returns undefined and the file goes through the full yaml parser, which then reports it.
//
// Why it exists: scale and startup. Measured with bench/parsers.mjs on 30 Nov 2026 (CPU time, Node 20, the shared
// 2-core machine under load): the shipped plans/ parse in 11.8 ms on this path against 92.3 ms in the yaml library
// (7.8 ×); a generated 100,000-milestone workspace (15 MB, bench/generate.mjs) in 3.5 s against 25.6 s (7.3 ×,
// 4.3 MB/s against 0.6 MB/s). The yaml library also needs about 50 bytes of memory per byte of YAML (full-parse.ts
// refuses files over 16 MB for that reason); this path reads a 50 MB plan (test/validate/large-file.test.ts). For
// startup, the analysis entry point (src/analyze-texts.ts) loads the library (614 kB bundled, against 12 kB for this
// path) only when a file needs it; `validate` of the shipped plans runs at 1.65 × `node -e 0` against a target of
// 1.8 × (bench/results.md). Its contract is parity: for every file it accepts, the data, the positions and the
// findings equal the full parser's; everything else it declines (test/source/fast-yaml-contract.test.ts;
// test/validate/fixtures.test.ts runs every fixture through the full parser).
import { atLineEnd, BAIL, parseInline, setKey, skipSpaces, type Cursor, type Positions } from './fast-scalar.js';

export interface FastParse {
  readonly data: unknown;
  /** Offsets of each container's children (see Positions). */
  readonly positions: Positions;
  /** Offset of the root node. */
  readonly root: number;
}

// Characters the fast path leaves to the full parser: tabs, stray CR, other C0/C1 controls, NEL, LS/PS, BOM.
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)/;

interface Line {
  readonly start: number;
  /** Offset of the first non-space character. */
  readonly content: number;
  /** Offset where the line ends, before '\r\n' or '\n'. */
  readonly end: number;
}

export function parseFast(text: string): FastParse | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const lines = significantLines(text);
  if (lines === undefined || lines.length === 0) return undefined;
  const positions: Positions = new WeakMap();
  const state = { text, lines, index: 0, positions };
  const first = lines[0]!;
  if (first.content !== first.start) return undefined;
  const data = parseBlock(state, 0, first.content, 0);
  if (data === BAIL || state.index < lines.length) return undefined;
  return { data, positions, root: first.content };
}

/** Lines that hold content (not blank, not only a comment); undefined for document markers and directives. */
function significantLines(text: string): Line[] | undefined {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let content = start;
    while (content < end && text.charCodeAt(content) === 32) content++;
    if (content < end && text.charCodeAt(content) !== 35) {
      if (content === start && (text.startsWith('---', start) || text.startsWith('...', start) || text[start] === '%')) return undefined;
      lines.push({ start, content, end });
    }
    start = nl + 1;
  }
  return lines;
}

interface State {
  readonly text: string;
  readonly lines: readonly Line[];
  index: number;
  readonly positions: Positions;
}

function cursorAt(s: State, pos: number, depth: number): Cursor {
  return { text: s.text, pos, end: s.lines[s.index]!.end, positions: s.positions, depth };
}

/** A block node whose first line is s.lines[s.index], starting at column `indent` (offset `at`). */
function parseBlock(s: State, indent: number, at: number, depth: number): unknown {
  if (depth > 64) return BAIL;
  return isSeqItem(s.text, at, s.lines[s.index]!.end) ? parseSeq(s, indent, depth) : parseMap(s, indent, at, depth);
}

function isSeqItem(text: string, at: number, end: number): boolean {
  return text.charCodeAt(at) === 45 /* - */ && (at + 1 >= end || text.charCodeAt(at + 1) === 32);
}

function parseSeq(s: State, indent: number, depth: number): unknown {
  const items: unknown[] = [];
  const offsets: number[] = [];
  while (s.index < s.lines.length) {
    const line = s.lines[s.index]!;
    if (line.content - line.start !== indent || !isSeqItem(s.text, line.content, line.end)) break;
    const c = cursorAt(s, line.content + 1, depth + 1);
    skipSpaces(c);
    if (c.pos >= c.end || s.text.charCodeAt(c.pos) === 35) {
      // "-" alone: the item is the block below, or null.
      s.index++;
      const next = s.lines[s.index];
      if (next && next.content - next.start > indent) {
        offsets.push(next.content);
        const value = parseBlock(s, next.content - next.start, next.content, depth + 1);
        if (value === BAIL) return BAIL;
        items.push(value);
      } else {
        offsets.push(c.pos);
        items.push(null);
      }
      continue;
    }
    offsets.push(c.pos);
    if (isSeqItem(s.text, c.pos, c.end)) return BAIL; // "- - x": compact nested sequence
    if (looksLikeKey(c)) {
      const value = parseMap(s, c.pos - line.start, c.pos, depth + 1);
      if (value === BAIL) return BAIL;
      items.push(value);
      continue;
    }
    const value = parseInline(c, false);
    if (value === BAIL || !atLineEnd(c)) return BAIL;
    items.push(value);
    s.index++;
    if (!endsScalar(s, indent)) return BAIL;
  }
  s.positions.set(items, offsets);
  return items;
}

/** A mapping at column `indent`; its first key starts at offset `at` (which may be after "- "). */
function parseMap(s: State, indent: number, at: number, depth: number): unknown {
  const map: Record<string, unknown> = {};
  const offsets: (string | number)[] = [];
  const seen = new Set<string>();
  let keyAt = at;
  while (s.index < s.lines.length) {
    const c = cursorAt(s, keyAt, depth + 1);
    const key = parseInline(c, true);
    if (typeof key !== 'string' || seen.has(key) || key === '<<') return BAIL;
    seen.add(key);
    skipSpaces(c);
    if (s.text[c.pos] !== ':' || (c.pos + 1 < c.end && s.text[c.pos + 1] !== ' ')) return BAIL;
    c.pos++;
    let value: unknown;
    let valueAt: number;
    if (atLineEnd(c)) {
      valueAt = c.pos;
      s.index++;
      const next = s.lines[s.index];
      const nextIndent = next ? next.content - next.start : -1;
      if (next && (nextIndent > indent || (nextIndent === indent && isSeqItem(s.text, next.content, next.end)))) {
        valueAt = next.content;
        value = parseBlock(s, nextIndent, next.content, depth + 1);
      } else {
        value = null;
      }
    } else {
      valueAt = c.pos;
      value = parseInline(c, false);
      if (value === BAIL || !atLineEnd(c)) return BAIL;
      s.index++;
      if (!endsScalar(s, indent)) return BAIL;
    }
    if (value === BAIL) return BAIL;
    setKey(map, key, value);
    offsets.push(key, keyAt, valueAt);
    const next = s.lines[s.index];
    if (!next) break;
    const nextIndent = next.content - next.start;
    if (nextIndent < indent) break;
    if (nextIndent > indent || isSeqItem(s.text, next.content, next.end)) {
      if (nextIndent === indent) break; // a sequence item at the mapping's column ends it (parent sequence)
      return BAIL;
    }
    keyAt = next.content;
  }
  s.positions.set(map, offsets);
  return map;
}

/** After a one-line scalar, a more indented line would continue it (a multi-line scalar): not handled here. */
function endsScalar(s: State, indent: number): boolean {
  const next = s.lines[s.index];
  return !next || next.content - next.start <= indent;
}

function looksLikeKey(c: Cursor): boolean {
  const probe: Cursor = { ...c };
  const key = parseInline(probe, true);
  if (key === BAIL) return false;
  skipSpaces(probe);
  return probe.text[probe.pos] === ':' && (probe.pos + 1 >= probe.end || probe.text[probe.pos + 1] === ' ');
}
