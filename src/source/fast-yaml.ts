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
import { atLineEnd, BAIL, parseInline, setKey, skipSpaces, type Cursor } from './fast-scalar.js';
import { Positions } from './positions.js';

export interface FastParse {
  readonly data: unknown;
  /** Offsets of each container's children (see Positions). */
  readonly positions: Positions;
  /** Offset of the root node. */
  readonly root: number;
  /** The root node's record in `positions`. */
  readonly rootRecord: number;
}

// Characters the fast path leaves to the full parser: tabs, stray CR, other C0/C1 controls, NEL, LS/PS, BOM.
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)/;

/**
 * The lines that hold content, as three parallel arrays: where each starts, where its first non-space character is,
 * and where it ends (before '\r\n' or '\n'). Typed arrays rather than an object per line: a 100,000-milestone
 * workspace has about a million of them.
 */
interface Lines {
  readonly count: number;
  readonly start: Int32Array;
  readonly content: Int32Array;
  readonly end: Int32Array;
}

export function parseFast(text: string): FastParse | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const lines = significantLines(text);
  if (lines === undefined || lines.count === 0) return undefined;
  const positions = new Positions();
  const state: State = { text, ...lines, index: 0, positions };
  if (lines.content[0] !== lines.start[0]) return undefined;
  const data = parseBlock(state, 0, lines.content[0]!, 0);
  if (data === BAIL || state.index < lines.count) return undefined;
  const rootRecord = positions.childOf(data);
  positions.trim();
  return { data, positions, root: lines.content[0]!, rootRecord };
}

/** Lines that hold content (not blank, not only a comment); undefined for document markers and directives. */
function significantLines(text: string): Lines | undefined {
  let capacity = 1;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) capacity++;
  const starts = new Int32Array(capacity);
  const contents = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  let count = 0;
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let content = start;
    while (content < end && text.charCodeAt(content) === 32) content++;
    if (content < end && text.charCodeAt(content) !== 35) {
      if (content === start && (text.startsWith('---', start) || text.startsWith('...', start) || text[start] === '%')) return undefined;
      starts[count] = start;
      contents[count] = content;
      ends[count] = end;
      count++;
    }
    start = nl + 1;
  }
  return { count, start: starts, content: contents, end: ends };
}

interface State extends Lines {
  readonly text: string;
  /** The line being read. */
  index: number;
  readonly positions: Positions;
}

/** The indentation of line i (its first content column, 0-based). */
function indentOf(s: State, i: number): number {
  return s.content[i]! - s.start[i]!;
}

function cursorAt(s: State, pos: number, depth: number): Cursor {
  return { text: s.text, pos, end: s.end[s.index]!, positions: s.positions, depth };
}

/** A block node whose first line is line s.index, starting at column `indent` (offset `at`). */
function parseBlock(s: State, indent: number, at: number, depth: number): unknown {
  if (depth > 64) return BAIL;
  return isSeqItem(s.text, at, s.end[s.index]!) ? parseSeq(s, indent, depth) : parseMap(s, indent, at, depth);
}

function isSeqItem(text: string, at: number, end: number): boolean {
  return text.charCodeAt(at) === 45 /* - */ && (at + 1 >= end || text.charCodeAt(at + 1) === 32);
}

function parseSeq(s: State, indent: number, depth: number): unknown {
  const items: unknown[] = [];
  const offsets: number[] = [];
  while (s.index < s.count) {
    const line = s.index;
    if (indentOf(s, line) !== indent || !isSeqItem(s.text, s.content[line]!, s.end[line]!)) break;
    const c = cursorAt(s, s.content[line]! + 1, depth + 1);
    skipSpaces(c);
    if (c.pos >= c.end || s.text.charCodeAt(c.pos) === 35) {
      // "-" alone: the item is the block below, or null.
      s.index++;
      const next = s.index;
      if (next < s.count && indentOf(s, next) > indent) {
        const value = parseBlock(s, indentOf(s, next), s.content[next]!, depth + 1);
        if (value === BAIL) return BAIL;
        offsets.push(s.content[next]!, s.positions.childOf(value));
        items.push(value);
      } else {
        offsets.push(c.pos, -1);
        items.push(null);
      }
      continue;
    }
    const itemAt = c.pos;
    if (isSeqItem(s.text, c.pos, c.end)) return BAIL; // "- - x": compact nested sequence
    if (looksLikeKey(c)) {
      const value = parseMap(s, c.pos - s.start[line]!, c.pos, depth + 1);
      if (value === BAIL) return BAIL;
      offsets.push(itemAt, s.positions.childOf(value));
      items.push(value);
      continue;
    }
    const value = parseInline(c, false);
    if (value === BAIL || !atLineEnd(c)) return BAIL;
    offsets.push(itemAt, s.positions.childOf(value));
    items.push(value);
    s.index++;
    if (!endsScalar(s, indent)) return BAIL;
  }
  s.positions.setSeq(offsets);
  return items.length < 16 ? items.slice() : items;
}

/** A mapping at column `indent`; its first key starts at offset `at` (which may be after "- "). */
function parseMap(s: State, indent: number, at: number, depth: number): unknown {
  const map: Record<string, unknown> = {};
  const offsets: (string | number)[] = [];
  let keyAt = at;
  while (s.index < s.count) {
    const c = cursorAt(s, keyAt, depth + 1);
    const key = parseInline(c, true);
    // A duplicate key is a finding the full parser reports; setKey makes `__proto__` an own property too.
    if (typeof key !== 'string' || Object.hasOwn(map, key) || key === '<<') return BAIL;
    skipSpaces(c);
    if (s.text[c.pos] !== ':' || (c.pos + 1 < c.end && s.text[c.pos + 1] !== ' ')) return BAIL;
    c.pos++;
    let value: unknown;
    let valueAt: number;
    if (atLineEnd(c)) {
      valueAt = c.pos;
      s.index++;
      const next = s.index;
      const nextIndent = next < s.count ? indentOf(s, next) : -1;
      if (next < s.count && (nextIndent > indent || (nextIndent === indent && isSeqItem(s.text, s.content[next]!, s.end[next]!)))) {
        valueAt = s.content[next]!;
        value = parseBlock(s, nextIndent, valueAt, depth + 1);
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
    offsets.push(key, keyAt, valueAt, s.positions.childOf(value));
    const next = s.index;
    if (next >= s.count) break;
    const nextIndent = indentOf(s, next);
    if (nextIndent < indent) break;
    if (nextIndent > indent || isSeqItem(s.text, s.content[next]!, s.end[next]!)) {
      if (nextIndent === indent) break; // a sequence item at the mapping's column ends it (parent sequence)
      return BAIL;
    }
    keyAt = s.content[next]!;
  }
  s.positions.setMap(offsets);
  return map;
}

/** After a one-line scalar, a more indented line would continue it (a multi-line scalar): not handled here. */
function endsScalar(s: State, indent: number): boolean {
  return s.index >= s.count || indentOf(s, s.index) <= indent;
}

function looksLikeKey(c: Cursor): boolean {
  // No ':' on the rest of the line: a plain item such as `- one`, without parsing it twice.
  const colon = c.text.indexOf(':', c.pos);
  if (colon < 0 || colon >= c.end) return false;
  const probe: Cursor = { text: c.text, pos: c.pos, end: c.end, positions: c.positions, depth: c.depth };
  const key = parseInline(probe, true);
  if (key === BAIL) return false;
  skipSpaces(probe);
  return probe.text[probe.pos] === ':' && (probe.pos + 1 >= probe.end || probe.text[probe.pos + 1] === ' ');
}
