// A fast parser for the plain subset of YAML that plan files use (block mappings and sequences, scalars — quoted ones
// and plain ones folded over several lines too, and literal and folded block scalars, as YAML writers write long
// texts — on their key's line or below it, flow collections, over several lines too, so JSON, comments). Anything else — anchors, tags, tabs, syntax
// errors — returns undefined and the file goes through the full yaml parser, which then reports it.
//
// Why it exists: scale and startup. Measured with bench/parsers.mjs on 30 Nov 2026 (CPU time, Node 20, the shared
// 2-core machine under load): the shipped plans/ parse in 11.8 ms on this path against 92.3 ms in the yaml library
// (7.8 ×); a generated 100,000-milestone workspace (15 MB, bench/generate.mjs) in 3.5 s against 25.6 s (7.3 ×). The
// yaml library also needs about 50 bytes of memory per byte of YAML (full-parse.ts refuses files over 16 MB for that
// reason); this path reads a 50 MB plan (test/validate/large-file.test.ts). For startup, the analysis entry point
// (src/analyze-texts.ts) loads the library (614 kB bundled, against 12 kB for this path) only when a file needs it.
//
// How it reads (1 Dec 2026, issue #18): one Reader object for the whole text, its significant lines found as the parse
// goes; plain values scanned with indexOf; entries gathered on shared stacks (positions.ts, Cursor.items) instead of an
// array per container; short scalars shared through an integer hash table (string-table.ts). On the 100,000-milestone
// workspace (bench/work/network-100000, the 2-core machine shared with two other jobs; CPU ms, min of 7 warm runs /
// first run in a fresh process): 945 / 1,290 before, 700 / 950 after.
//
// Its contract is parity: for every file it accepts, the data, the positions and the findings equal the full parser's;
// everything else it declines (test/source/fast-yaml-contract.test.ts; test/validate/fixtures.test.ts runs every
// fixture through the full parser).
import { indentEnd, lineAfter, lineEndAt } from './fast-cursor.js';
import { Reader } from './fast-reader.js';
import { atLineEnd, BAIL, isGuessedKey, nextColon, parseInline, parseKey, pushItem, resolvePlain, setKey, skipSpaces, takeItems } from './fast-scalar.js';
import { parseBlockScalar } from './fast-block-scalar.js';
import { parseJson } from './fast-json.js';
import { Latin1Shadow } from './latin1-shadow.js';
import type { Positions } from './positions.js';

export interface FastParse {
  readonly data: unknown;
  /** Offsets of each container's children (see Positions). */
  readonly positions: Positions;
  /** Offset of the root node. */
  readonly root: number;
  /** The root node's record in `positions`. */
  readonly rootRecord: number;
}

// Characters the fast path leaves to the full parser: tabs, other C0/C1 controls, NEL, LS/PS, BOM; and a stray CR.
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
// UNUSUAL's characters up to U+00FF, for a one-byte shadow (where the wider ones are '?').
// eslint-disable-next-line no-control-regex
const UNUSUAL_NARROW = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
const LONE_CR = /\r(?!\n)/;
// UNUSUAL's characters that a text JSON.parse accepted can hold: JSON allows no raw C0 control but tab, LF and CR
// between tokens, and a byte order mark is no JSON whitespace; C1 controls, LS, PS and U+FEFF may stand in strings.
const UNUSUAL_IN_JSON = /[\t\x7f-\x9f\u2028\u2029\ufeff]/;

export function parseFast(text: string): FastParse | undefined {
  return text.includes('\r') && LONE_CR.test(text) ? undefined : parseFastNormalized(text);
}

/**
 * parseFast for a text without a lone CR, as source/line-breaks.ts's normalizeLoneCr leaves it: parse.ts looks for
 * one there, and a second look here read each CR LF file whole again.
 */
export function parseFastNormalized(text: string): FastParse | undefined {
  // A JSON text first: JSON.parse has then ruled out most of UNUSUAL's characters, and the one-byte shadow that the
  // look for the others needed (two copies of a 10 MB text and a scan of each; issue #18) is not made for it.
  const json = parseJson(text);
  if (json !== undefined) return UNUSUAL_IN_JSON.test(text) ? undefined : json;
  const shadow = Latin1Shadow.of(text);
  if (shadow === undefined ? UNUSUAL.test(text) : hasUnusual(shadow)) return undefined;
  const r = new Reader(text, shadow ?? Latin1Shadow.identity(text));
  r.advance();
  if (r.eof || r.content !== r.start) return undefined;
  const root = r.content;
  const data = isFlowStart(text.charCodeAt(root)) ? parseFlowRoot(r, root) : parseBlock(r, 0, root, 0);
  if (data === BAIL || !r.eof || r.declined) return undefined;
  const { positions } = r;
  const rootRecord = positions.childOf(data);
  positions.finish(r.strings.values);
  r.strings.release();
  return { data, positions, root, rootRecord };
}

/**
 * UNUSUAL.test of a text that has a one-byte shadow: its narrow characters in the shadow, the three wider ones in the
 * text itself (each found by memchr of a byte of it). The expression over the text's two-byte units cost 16
 * instructions a character, 2.5 % of validate's on prog-100000.
 */
function hasUnusual(shadow: Latin1Shadow): boolean {
  const text = shadow.source;
  return UNUSUAL_NARROW.test(shadow.text) || text.includes('\u2028') || text.includes('\u2029') || text.includes('\ufeff');
}

function isFlowStart(k: number): boolean {
  return k === 91 /* [ */ || k === 123 /* { */;
}

/**
 * A document that is one flow collection, as JSON is (a `.yaml` file written by a JSON writer); its lines may have any
 * indentation (-1: the root's). BAIL when anything but comments follows it: a flow collection as a block mapping's
 * key (`{a: 1}: b`), a second node.
 */
function parseFlowRoot(r: Reader, root: number): unknown {
  r.pos = root;
  r.blockIndent = -1;
  const data = parseInline(r, false);
  if (data === BAIL || !atLineEnd(r)) return BAIL;
  r.advance();
  return data;
}

/** A block node whose first line is the current line, starting at column `indent` (offset `at`). */
function parseBlock(r: Reader, indent: number, at: number, depth: number): unknown {
  if (depth > 64) return BAIL;
  return r.isSeqItem(at) ? parseSeq(r, indent, depth) : parseMap(r, indent, at, depth);
}

/**
 * The node on the lines below a key or a lone '-' of a block at column `parentIndent`, more indented than it: a block
 * mapping or sequence, or a scalar or flow collection, as the yaml package writes a value after a key too long for its
 * line width (`key:` and the text on the lines below) and a whole collection in flow style (`milestones:` and `[` below).
 */
function parseBelow(r: Reader, parentIndent: number, depth: number): unknown {
  const at = r.content;
  if (depth > 64) return BAIL;
  if (r.isSeqItem(at)) return parseSeq(r, r.indent(), depth);
  r.pos = at;
  r.depth = depth;
  if (!isFlowStart(r.text.charCodeAt(at)) && looksLikeKey(r)) return parseMap(r, r.indent(), at, depth);
  r.blockIndent = parentIndent;
  const value = parseInline(r, false);
  if (value === BAIL || !atLineEnd(r)) return BAIL;
  r.advance();
  return endsValue(r, parentIndent) ? value : continuePlain(r, parentIndent, at);
}

function parseSeq(r: Reader, indent: number, depth: number): unknown {
  const p = r.positions;
  const base = p.open();
  const itemMark = r.itemTop;
  while (!r.eof && r.indent() === indent && r.isSeqItem(r.content)) {
    const lineStart = r.start;
    r.pos = r.content + 1;
    skipSpaces(r);
    if (r.pos >= r.end || r.text.charCodeAt(r.pos) === 35) {
      // "-" alone: the item is the block below, or null.
      const dashEnd = r.pos;
      r.advance();
      if (!r.eof && r.indent() > indent) {
        const at = r.content;
        const value = parseBelow(r, indent, depth + 1);
        if (value === BAIL) return BAIL;
        p.item(at, p.childOf(value));
        pushItem(r, value);
      } else {
        p.item(dashEnd, -1);
        pushItem(r, null);
      }
      continue;
    }
    const itemAt = r.pos;
    if (r.isSeqItem(itemAt)) return BAIL; // "- - x": compact nested sequence
    r.depth = depth + 1;
    // A flow collection or a quoted scalar is read as the item's value without asking looksLikeKey, which would read it
    // twice (30,000 `- {reported: …, forecast: …}` and 9,500 quoted items with a ':' in a tester's national
    // programme; 7.27 → 6.51 G instructions for its parse). A flow collection as a key (`- {a: 1}: b`) is declined
    // either way: parseMap's key must be a string, and ': b' is not the value's line end. A quoted scalar on one line
    // with ': ' after it is a key: the item is then read again as a mapping (`- "a b": 1`).
    const first = r.text.charCodeAt(itemAt);
    const quoted = first === 34 || first === 39;
    const lineEnd = r.end;
    if (!quoted && !isFlowStart(first) && looksLikeKey(r)) {
      const value = parseMap(r, itemAt - lineStart, itemAt, depth + 1);
      if (value === BAIL) return BAIL;
      p.item(itemAt, p.childOf(value));
      pushItem(r, value);
      continue;
    }
    // The value to its end, as parseMap reads one: written out in both, since as a function of its own (not inlined)
    // it cost 11 M instructions more at 10,000 milestones (validate json, cachegrind, 2 Dec 2026).
    r.blockIndent = indent;
    let value = parseInline(r, false);
    if (value === BAIL) value = blockScalar(r, indent, itemAt);
    else if (!atLineEnd(r)) {
      if (!quoted || r.end !== lineEnd || !isKeyColon(r)) return BAIL;
      value = parseMap(r, itemAt - lineStart, itemAt, depth + 1);
    } else {
      r.advance();
      if (!endsValue(r, indent)) value = continuePlain(r, indent, itemAt);
    }
    if (value === BAIL) return BAIL;
    p.item(itemAt, p.childOf(value));
    pushItem(r, value);
  }
  p.closeSeq(base);
  return takeItems(r, itemMark);
}

/** A mapping at column `indent`; its first key starts at offset `at` (which may be after "- "). */
function parseMap(r: Reader, indent: number, at: number, depth: number): unknown {
  const map: Record<string, unknown> = {};
  const p = r.positions;
  const text = r.text;
  const base = p.open();
  for (let keyAt = at; ; keyAt = r.content) {
    r.pos = keyAt;
    r.depth = depth + 1;
    const key = parseKey(r);
    // A duplicate key is a finding the full parser reports; setKey makes `__proto__` an own property too.
    if (typeof key !== 'string' || key === '<<' || Object.hasOwn(map, key)) return BAIL;
    const keyIndex = r.keyIndex;
    skipSpaces(r);
    if (text.charCodeAt(r.pos) !== 58 /* : */ || (r.pos + 1 < r.end && text.charCodeAt(r.pos + 1) !== 32)) return BAIL;
    r.pos++;
    let value: unknown = null;
    let valueAt: number;
    if (atLineEnd(r)) {
      valueAt = r.pos;
      r.advance();
      const nextIndent = r.eof ? -1 : r.indent();
      if (nextIndent > indent || (nextIndent === indent && r.isSeqItem(r.content))) {
        valueAt = r.content;
        value = nextIndent > indent ? parseBelow(r, indent, depth + 1) : parseBlock(r, nextIndent, valueAt, depth + 1);
        if (value === BAIL) return BAIL;
      }
    } else {
      valueAt = r.pos;
      r.blockIndent = indent;
      value = parseInline(r, false);
      if (value === BAIL) value = blockScalar(r, indent, valueAt);
      else if (!atLineEnd(r)) return BAIL;
      else {
        r.advance();
        if (!endsValue(r, indent)) value = continuePlain(r, indent, valueAt);
      }
      if (value === BAIL) return BAIL;
    }
    setKey(map, key, value);
    p.entry(keyIndex, keyAt, valueAt, p.childOf(value));
    if (r.eof) break;
    const nextIndent = r.indent();
    if (nextIndent < indent) break;
    if (nextIndent > indent || r.isSeqItem(r.content)) {
      if (nextIndent === indent) break; // a sequence item at the mapping's column ends it (parent sequence)
      return BAIL;
    }
  }
  p.closeMap(base);
  return map;
}

/**
 * After a block value read on the current line (of a mapping or sequence at column `indent`) and the move to the next
 * significant line: whether that line ends the value; if it is more indented, the value goes on there, which only a
 * plain scalar without a comment may do.
 */
function endsValue(r: Reader, indent: number): boolean {
  return r.eof || r.indent() <= indent;
}

/**
 * A block scalar at `at` (fast-block-scalar.ts), the value parseInline declined there; the reader is then on the next
 * significant line, which must not be more indented than `indent`. BAIL for anything else.
 */
function blockScalar(r: Reader, indent: number, at: number): unknown {
  const first = r.text.charCodeAt(at);
  if (first !== 124 && first !== 62) return BAIL;
  const value = parseBlockScalar(r, indent, at);
  if (value === BAIL) return BAIL;
  r.advance();
  return endsValue(r, indent) ? value : BAIL;
}

/**
 * The value at `valueAt`, a plain scalar whose first line the reader has just left for a more indented one, with
 * its lines below folded in (YAML 1.2 §7.3.3); the reader is then on the next significant line. BAIL when the value
 * is anything else (a quoted one, a flow collection, a comment after it) or a line below is not plainly more of it.
 */
function continuePlain(r: Reader, indent: number, valueAt: number): unknown {
  const text = r.text;
  const first = text.charCodeAt(valueAt);
  if (first === 34 || first === 39 || first === 91 || first === 123) return BAIL;
  const lineEnd = lineEndAt(text, valueAt);
  if (lineEnd >= text.length) return BAIL;
  let end = lineEnd;
  while (text.charCodeAt(end - 1) === 32) end--;
  const line = r.slice(valueAt, end);
  if (line.includes(' #')) return BAIL;
  const folded = foldPlain(r, line, indent, lineAfter(text, lineEnd));
  if (folded === undefined) return BAIL;
  r.advance();
  return endsValue(r, indent) ? resolvePlain(folded) : BAIL;
}

/**
 * A plain scalar's first line `first` with the lines from offset `from` on that are indented past `indent` folded in:
 * a line break between two lines becomes a space, and one followed by empty lines a line feed for each of them. The
 * reader's `next` is left after its last line. Undefined when a line there could be anything but more of the scalar
 * (a comment, ': ' or ' #' inside, ':' last): the full parser decides those.
 */
function foldPlain(r: Reader, first: string, indent: number, from: number): string | undefined {
  const text = r.text;
  let out = first;
  let breaks = 0;
  for (let start = from; start <= text.length; ) {
    const lineEnd = lineEndAt(text, start);
    const content = indentEnd(text, start, lineEnd);
    const next = lineAfter(text, lineEnd);
    if (content === lineEnd) {
      breaks++;
      start = next;
      continue;
    }
    if (content - start <= indent) break;
    let end = lineEnd;
    while (text.charCodeAt(end - 1) === 32) end--;
    const line = r.slice(content, end);
    // Any character may start a continuation line (`- x` there is text, §7.3.3) but '#', a comment, which ends the scalar.
    if (line.charCodeAt(0) === 35 || line.includes(': ') || line.includes(' #') || line.endsWith(':')) return undefined;
    out += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + line;
    breaks = 0;
    start = next;
    r.next = start;
  }
  return out === first ? undefined : out;
}


/** Whether r.pos is at a ':' that a space or the line's end follows: the one after a block mapping's key. */
function isKeyColon(r: Reader): boolean {
  return r.text.charCodeAt(r.pos) === 58 && (r.pos + 1 >= r.end || r.text.charCodeAt(r.pos + 1) === 32);
}

/** Whether the sequence item at r.pos is a mapping (`- id: x`): a key, then ':' and a space or the line's end. */
function looksLikeKey(r: Reader): boolean {
  // No ':' on the rest of the line: a plain item such as `- one`, without reading it twice.
  if (nextColon(r, r.pos) >= r.end) return false;
  // A plain key read before, then ':' and a space or the line's end (`- id: x`, a milestone): parseKey's own test.
  if (isGuessedKey(r)) return true;
  const { pos, depth, itemTop, end } = r;
  const top = r.positions.open();
  const key = parseInline(r, true);
  let isKey = false;
  if (key !== BAIL) {
    skipSpaces(r);
    isKey = isKeyColon(r);
  }
  r.pos = pos;
  r.end = end; // a flow collection read as a key may have gone on over lines below
  r.depth = depth;
  r.itemTop = itemTop;
  r.positions.drop(top);
  return isKey;
}
