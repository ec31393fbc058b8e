// Block scalars (`|` literal, `>` folded, YAML 1.2 §8.1) as block values for the fast YAML path. js-yaml's `dump`,
// the YAML writer most Node scripts use, writes every string longer than its line width as `>-` and every string
// with a line break as `|` or `|-`: a generated workspace with long titles sent every file to the full parser, about
// seven times slower (source/fast-yaml.ts's module doc). What the spec makes subtle is left to the full parser:
// an indentation indicator, a scalar with no content line, a whitespace-only line with more spaces than the content's
// indentation, and leading empty lines with more spaces than the first content line.
import { BAIL } from './bail.js';
import { atLineEnd, indentEnd, lineAfter, lineEndAt, type Cursor } from './fast-cursor.js';

/** The reading state block scalars need besides the Cursor's: where the next line starts. */
export interface LineCursor extends Cursor {
  next: number;
}

/**
 * The block scalar whose header (`|` or `>`, then `-`, `+` or nothing) is at offset `at` on the current line, a value
 * of a mapping or sequence at column `indent`. Its content lines are those below indented past `indent` (the first
 * one sets the content's indentation); it ends before the first less indented line that is not empty. Leaves
 * c.next at the line after its last content line (the caller moves on from there), or returns BAIL.
 */
export function parseBlockScalar(c: LineCursor, indent: number, at: number): unknown {
  const text = c.text;
  const literal = text.charCodeAt(at) === 124; /* | */
  if (!literal && text.charCodeAt(at) !== 62 /* > */) return BAIL;
  let i = at + 1;
  const chomping = text.charCodeAt(i);
  const strip = chomping === 45; /* - */
  const keep = chomping === 43; /* + */
  if (strip || keep) i++;
  c.pos = i;
  // Only spaces and perhaps a comment after the header: an indentation indicator (a digit) is left to the full parser.
  if (i < c.end && text.charCodeAt(i) !== 32) return BAIL;
  if (!atLineEnd(c)) return BAIL;
  let out = '';
  let contentIndent = -1;
  let empty = 0;
  let emptySpaces = 0;
  let previousMore = false;
  let next = -1;
  for (let start = lineAfter(text, c.end); start < text.length; ) {
    const end = lineEndAt(text, start);
    const content = indentEnd(text, start, end);
    const spaces = content - start;
    const nextLine = lineAfter(text, end);
    if (content === end) {
      // A whitespace-only line: an empty line of the scalar, unless its spaces would be content.
      if (contentIndent >= 0 && spaces > contentIndent) return BAIL;
      // One at the very end of the text, with no line break after it, is not a line of the scalar (the yaml package).
      if (end < text.length) empty++;
      emptySpaces = Math.max(emptySpaces, spaces);
      start = nextLine;
      continue;
    }
    if (contentIndent < 0) {
      if (spaces <= indent || emptySpaces > spaces) return BAIL;
      contentIndent = spaces;
    } else if (spaces < contentIndent) {
      break;
    }
    const line = c.slice(start + contentIndent, end);
    const more = spaces > contentIndent;
    if (next < 0) out = '\n'.repeat(empty) + line;
    else if (literal || more || previousMore) out += '\n'.repeat(empty + 1) + line;
    else out += (empty === 0 ? ' ' : '\n'.repeat(empty)) + line;
    previousMore = more;
    empty = 0;
    start = nextLine;
    next = start;
  }
  if (next < 0) return BAIL;
  c.next = next;
  // Chomping (§8.1.1.2): strip drops the final line break, clip keeps it — the yaml package adds it at the end of the
  // text too — and keep keeps it and the empty lines after it.
  if (strip) return out;
  return keep ? out + '\n'.repeat(empty + 1) : `${out}\n`;
}
