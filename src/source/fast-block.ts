// The block structure for the fast YAML parser (fast-yaml.ts): block mappings and sequences, read recursively, and
// the node on the lines below a key or a lone '-'; each value in them is read by fast-scalar.ts's parseInline, a block
// scalar by fast-block-scalar.ts, a plain scalar's further lines by fast-plain-fold.ts. BAIL declines the file.
import type { Reader } from './fast-reader.js';
import { atLineEnd, BAIL, isGuessedKey, nextColon, parseInline, parseKey, pushItem, setKey, skipSpaces, takeItems } from './fast-scalar.js';
import { parseBlockScalar } from './fast-block-scalar.js';
import { continuePlain, endsValue } from './fast-plain-fold.js';

export function isFlowStart(k: number): boolean {
  return k === 91 /* [ */ || k === 123 /* { */;
}

/** A block node whose first line is the current line, starting at column `indent` (offset `at`). */
export function parseBlock(r: Reader, indent: number, at: number, depth: number): unknown {
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
