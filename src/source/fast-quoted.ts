// Quoted scalars on one line for the fast YAML path; `BAIL` (multi-line, unterminated, rare escapes) leaves the text
// to the full parser.
import { BAIL } from './bail.js';
import type { Cursor } from './fast-cursor.js';

export function parseSingle(c: Cursor): unknown {
  let out = '';
  let i = c.pos + 1;
  for (;;) {
    const j = c.text.indexOf("'", i);
    if (j < 0 || j >= c.end) return BAIL; // multi-line or unterminated
    out += c.text.slice(i, j);
    if (c.text.charCodeAt(j + 1) === 39) {
      out += "'";
      i = j + 2;
      continue;
    }
    c.pos = j + 1;
    return out;
  }
}

const ESCAPES: ReadonlyMap<string, string> = new Map([['\\', '\\'], ['"', '"'], ['/', '/'], ['n', '\n'], ['t', '\t'], ['r', '\r'], ['0', '\0'], ['e', '\x1b']]);

/** A double-quoted scalar on one line; the runs between escapes are sliced whole, not added character by character. */
export function parseDouble(c: Cursor): unknown {
  const { text, end } = c;
  let out = '';
  let from = c.pos + 1;
  let i = from;
  while (i < end) {
    const k = text.charCodeAt(i);
    if (k === 34) {
      c.pos = i + 1;
      return out + text.slice(from, i);
    }
    if (k !== 92 /* \ */) {
      i++;
      continue;
    }
    out += text.slice(from, i);
    const next = text[i + 1] ?? '';
    const simple = ESCAPES.get(next);
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      const code = parseInt(text.slice(i + 2, i + 6), 16);
      if (code >= 0xd800 && code <= 0xdfff) return BAIL;
      out += String.fromCharCode(code);
      i += 6;
    } else {
      return BAIL;
    }
    from = i;
  }
  return BAIL; // multi-line or unterminated
}
