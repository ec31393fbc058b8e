// A plain scalar over several lines for the fast YAML parser (fast-block.ts): its lines below folded in (YAML 1.2
// §7.3.3), and whether the line after a block value ends it.
import { indentEnd, lineAfter, lineEndAt } from './fast-cursor.js';
import type { Reader } from './fast-reader.js';
import { BAIL, resolvePlain } from './fast-scalar.js';

/**
 * After a block value read on the current line (of a mapping or sequence at column `indent`) and the move to the next
 * significant line: whether that line ends the value; if it is more indented, the value goes on there, which only a
 * plain scalar without a comment may do.
 */
export function endsValue(r: Reader, indent: number): boolean {
  return r.eof || r.indent() <= indent;
}

/**
 * The value at `valueAt`, a plain scalar whose first line the reader has just left for a more indented one, with
 * its lines below folded in (YAML 1.2 §7.3.3); the reader is then on the next significant line. BAIL when the value
 * is anything else (a quoted one, a flow collection, a comment after it) or a line below is not plainly more of it.
 */
export function continuePlain(r: Reader, indent: number, valueAt: number): unknown {
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
