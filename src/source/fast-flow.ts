// Flow collections for the fast YAML path, on one line or over several: JSON, and YAML writers' flow style.
import { BAIL } from './bail.js';
import { indentEnd, lineAfter, lineEndAt, skipSpaces, type Cursor } from './fast-cursor.js';
import { parseDouble, parseSingle } from './fast-quoted.js';
import { parseInline, parseKey, plainFlowEnd, pushItem, resolvePlain, setKey, takeItems } from './fast-scalar.js';

/**
 * A flow sequence or mapping, on one line or over several (as JSON written with indentation, and YAML writers' flow
 * lists wrapped at their line width, are); its positions are recorded as a block collection's are. Its lines after the
 * first must be indented past c.blockIndent (YAML 1.2 §7.4, s-separate(n+1)), -1 for a collection at the root. A line
 * may break after '[', '{', ',' and a key's ':', after an item or an entry's value and inside one (flowValue); anywhere
 * else (between a key and its ':', inside a key) and at a comment the full parser decides.
 */
export function parseFlow(c: Cursor): unknown {
  const { text, positions } = c;
  const isSeq = text.charCodeAt(c.pos) === 91;
  const close = isSeq ? 93 : 125;
  const base = positions.open();
  const itemMark = c.itemTop;
  const map: Record<string, unknown> | undefined = isSeq ? undefined : {};
  const minIndent = c.blockIndent;
  c.pos++;
  c.depth++;
  for (let first = true; ; first = false) {
    if (!flowSpace(c, minIndent)) return BAIL;
    if (text.charCodeAt(c.pos) === close && first) break;
    const at = c.pos;
    if (map === undefined) {
      const value = flowValue(c, minIndent);
      if (value === BAIL) return BAIL;
      if (!flowSpace(c, minIndent) || text.charCodeAt(c.pos) === 58) return BAIL; // a single-pair mapping inside a sequence
      positions.item(at, positions.childOf(value));
      pushItem(c, value);
    } else {
      const key = parseKey(c);
      if (typeof key !== 'string' || Object.hasOwn(map, key)) return BAIL;
      const keyIndex = c.keyIndex;
      skipSpaces(c);
      if (text.charCodeAt(c.pos) !== 58) return BAIL;
      c.pos++;
      // The value may be on a line below (the yaml package's flow style writes a collection there); none is left to
      // the full parser.
      skipSpaces(c);
      if (c.pos >= c.end && !flowSpace(c, minIndent)) return BAIL;
      const afterColon = text.charCodeAt(c.pos);
      if (afterColon === 44 || afterColon === close) return BAIL;
      const valueAt = c.pos;
      const value = flowValue(c, minIndent);
      if (value === BAIL) return BAIL;
      setKey(map, key, value);
      positions.entry(keyIndex, at, valueAt, positions.childOf(value));
      if (!flowSpace(c, minIndent)) return BAIL;
    }
    const sep = text.charCodeAt(c.pos);
    if (sep === close) break;
    if (sep !== 44) return BAIL;
    c.pos++;
    if (!flowSpace(c, minIndent)) return BAIL;
    if (text.charCodeAt(c.pos) === close) return BAIL; // trailing comma: leave to the full parser
  }
  c.pos++;
  c.depth--;
  if (map !== undefined) {
    positions.closeMap(base);
    return map;
  }
  positions.closeSeq(base);
  return takeItems(c, itemMark);
}

/**
 * Skips spaces, and at the end of a line the line breaks and blank lines after it inside a flow collection: c.pos then
 * at the next token, c.end at the end of its line. False where the full parser must decide: the text ends, a comment
 * (here or on a line of its own), a line not indented past `minIndent`, a document marker.
 */
function flowSpace(c: Cursor, minIndent: number): boolean {
  skipSpaces(c);
  const text = c.text;
  while (c.pos >= c.end) {
    const start = lineAfter(text, c.end);
    if (start > text.length) return false;
    const end = lineEndAt(text, start);
    const content = indentEnd(text, start, end);
    c.pos = content;
    c.end = end;
    if (content === end) continue;
    if (content - start <= minIndent || text.charCodeAt(content) === 35) return false;
    if (content === start && (text.startsWith('---', start) || text.startsWith('...', start))) return false;
  }
  return true;
}

/**
 * An item or an entry's value in a flow collection whose lines must be indented past `minIndent`: as parseInline reads
 * it, except that a quoted or plain scalar may go on over the lines below, as PyYAML and the yaml package wrap long
 * texts in flow style (YAML 1.2 §7.3: each line break folds to a space). Keys are left to parseInline: an implicit key
 * must be on one line (§7.4.2). A plain scalar goes on only onto a line that starts with a letter, a digit or a
 * character past U+00A0, after no blank line: anything else there is for the full parser to judge.
 */
function flowValue(c: Cursor, minIndent: number): unknown {
  const at = c.pos;
  const ch = c.text.charCodeAt(at);
  // At the root (-1) too, a scalar's lines after its first must be indented: a line at column 0 could be a document
  // marker, which ends the document (the full parser reports it).
  if (ch === 34 /* " */) return parseDouble(c, Math.max(minIndent, 0));
  if (ch === 39 /* ' */) return parseSingle(c, Math.max(minIndent, 0));
  const value = parseInline(c, true);
  // Most values end at a ',' or a bracket on their line: nothing more to read.
  if ((c.pos < c.end && c.text.charCodeAt(c.pos) !== 32) || value === BAIL || ch === 91 || ch === 123) return value;
  return foldPlainFlow(c, at, value, Math.max(minIndent, 0));
}

/**
 * The plain scalar at `at` in a flow collection, read to c.pos as `value`, with the lines below that go on with it
 * folded in when it reached its line's end (see flowValue); `value` itself when it did not.
 */
function foldPlainFlow(c: Cursor, at: number, value: unknown, indent: number): unknown {
  const text = c.text;
  const firstEnd = c.pos;
  skipSpaces(c);
  if (c.pos < c.end) return value;
  let out = c.slice(at, firstEnd);
  while (c.pos >= c.end) {
    const start = lineAfter(text, c.end);
    if (start > text.length) break;
    const lineEnd = lineEndAt(text, start);
    const content = indentEnd(text, start, lineEnd);
    if (content - start <= indent || !continuesPlain(c.sourceCode(content))) break;
    c.end = lineEnd;
    const last = plainFlowEnd(c, content);
    out += ` ${c.slice(content, last)}`;
    c.pos = last;
    skipSpaces(c);
  }
  return out.length === firstEnd - at ? value : resolvePlain(out);
}

/** Whether a line that starts with character code `k` may go on with a plain scalar in flow (see flowValue). */
function continuesPlain(k: number): boolean {
  return (k >= 48 && k <= 57) || ((k | 32) >= 97 && (k | 32) <= 122) || k > 0xa0;
}
