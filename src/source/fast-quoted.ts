// Quoted scalars for the fast YAML path: single- and double-quoted, every escape of YAML 1.2 §5.7, and — as a block
// value — over several lines, folded as §7.3 says. `BAIL` (unterminated, a surrogate escape, a continuation line not
// indented past its block, an escaped line break before an empty line) leaves the text to the full parser.
//
// Multi-line quoted values are what YAML writers produce for long texts: PyYAML's `safe_dump` and the yaml package's
// `stringify` fold a title longer than their line width over two lines, and PyYAML writes every non-ASCII character
// as a `\xNN` escape unless asked not to. A Norwegian title did both, and sent the whole file to the full parser,
// seven times slower (source/fast-yaml.ts's module doc).
import { BAIL } from './bail.js';
import { indentEnd, lineAfter, lineEndAt, nextBackslash, type Cursor } from './fast-cursor.js';

/**
 * A single-quoted scalar at c.pos. `blockIndent` ≥ 0: a block value whose lines after the first must be indented
 * further than that column; -1: it must end on its line (a key, a flow item). Leaves c.pos after the closing quote
 * and c.end at the end of that quote's line.
 */
export function parseSingle(c: Cursor, blockIndent: number): unknown {
  const text = c.text;
  let end = c.end;
  let out = '';
  let i = c.pos + 1;
  for (;;) {
    const j = text.indexOf("'", i);
    if (j < 0 || j >= end) {
      const folded = foldLine(c, i, end, blockIndent);
      if (folded === undefined) return BAIL;
      out += folded;
      i = c.pos;
      end = c.end;
      continue;
    }
    out += c.slice(i, j);
    if (j + 1 < end && text.charCodeAt(j + 1) === 39) {
      out += "'";
      i = j + 2;
      continue;
    }
    c.pos = j + 1;
    c.end = end;
    return out;
  }
}

/** The one-character escapes of YAML 1.2 §5.7 (production [42] onwards) and what they stand for. */
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['0', '\0'], ['a', '\x07'], ['b', '\b'], ['t', '\t'], ['\t', '\t'], ['n', '\n'], ['v', '\v'], ['f', '\f'], ['r', '\r'], ['e', '\x1b'],
  [' ', ' '], ['"', '"'], ['/', '/'], ['\\', '\\'], ['N', '\u0085'], ['_', '\u00a0'], ['L', '\u2028'], ['P', '\u2029'],
]);

/** The hexadecimal digits of `\x`, `\u` and `\U`. */
const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/**
 * A double-quoted scalar at c.pos (blockIndent as for parseSingle). The runs between escapes and line ends are
 * sliced whole, not added character by character, and found with indexOf: the next '"' (kept while it lies ahead)
 * and the next '\\' (kept by the cursor: nextBackslash), rather than a test of every character (a tester's national
 * programme quotes its titles and dates: 25–40 ms of 2.4 s).
 */
export function parseDouble(c: Cursor, blockIndent: number): unknown {
  const text = c.text;
  let end = c.end;
  let out = '';
  let from = c.pos + 1;
  let i = from;
  let quote = -1;
  for (;;) {
    if (i >= end) {
      const folded = foldLine(c, from, end, blockIndent);
      if (folded === undefined) return BAIL;
      out += folded;
      from = i = c.pos;
      end = c.end;
      continue;
    }
    // The first '"' at or after i: the one found before while it is not behind i.
    if (quote < i) {
      quote = text.indexOf('"', i);
      if (quote < 0) quote = text.length;
    }
    const backslash = nextBackslash(c, i);
    if (quote < end && quote < backslash) {
      c.pos = quote + 1;
      c.end = end;
      return out + c.slice(from, quote);
    }
    if (backslash >= end) {
      i = end;
      continue;
    }
    i = backslash;
    out += c.slice(from, i);
    if (i + 1 >= end) {
      // An escaped line break: the break and the next line's indentation are left out, nothing put in their place.
      if (foldBreak(c, end, blockIndent) !== ' ') return BAIL;
      from = i = c.pos;
      end = c.end;
      continue;
    }
    const next = text[i + 1]!;
    const simple = ESCAPES.get(next);
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else {
      const digits = HEX_DIGITS[next];
      const hex = digits === undefined ? '' : text.slice(i + 2, i + 2 + digits);
      if (digits === undefined || hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) return BAIL;
      const code = parseInt(hex, 16);
      if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return BAIL;
      out += String.fromCodePoint(code);
      i += 2 + digits;
    }
    from = i;
  }
}

/**
 * The line of a quoted scalar from `from` to its end at `end`, which the scalar goes on past: its text without the
 * trailing spaces (they are not content), then what the break folds to (§7.3.1), with c.pos and c.end on the next
 * non-empty line; undefined where foldBreak says so.
 */
function foldLine(c: Cursor, from: number, end: number, blockIndent: number): string | undefined {
  const fold = foldBreak(c, end, blockIndent);
  if (fold === undefined) return undefined;
  let stop = end;
  while (stop > from && c.text.charCodeAt(stop - 1) === 32) stop--;
  return c.slice(from, stop) + fold;
}

/**
 * A line break inside a quoted block value, at `end` (where the line's content ends, before CR LF or LF): what it
 * folds to — one space, or a line feed for each empty line after it — with c.pos at the next non-empty line's first
 * character and c.end at that line's end. Undefined for a scalar that must end on its line (`blockIndent` -1), when
 * the text ends first, or when that line is not indented past `blockIndent` (the yaml package reports it; the full
 * parser will).
 */
function foldBreak(c: Cursor, end: number, blockIndent: number): string | undefined {
  if (blockIndent < 0) return undefined;
  const text = c.text;
  let fold = '';
  for (let start = lineAfter(text, end); start <= text.length; ) {
    const lineEnd = lineEndAt(text, start);
    const content = indentEnd(text, start, lineEnd);
    if (content < lineEnd) {
      if (content - start <= blockIndent) return undefined;
      c.pos = content;
      c.end = lineEnd;
      return fold === '' ? ' ' : fold;
    }
    fold += '\n';
    start = lineAfter(text, lineEnd);
  }
  return undefined;
}
