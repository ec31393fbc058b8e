// Removing a key of a block mapping written explicitly (`? dat` over `: value`): the `?` line, the `:` line at its
// column and the value's lines, with the blank lines remove-block-key.ts takes for a key of its own line; written as
// the first key of a list entry (`- ? dat`), up to the entry's next key, which moves up onto the dash's line.
import { cutKeyLines, isBlockScalar, pullNextKeyUp } from './remove-block-key.js';
import type { Cut, TextIndex } from './text-index.js';

const isBlank = (line: string): boolean => /^[ \t]*$/.test(line);
const indentOf = (line: string): number => /^ */.exec(line)![0].length;

/**
 * The cut that removes the explicit key whose `?` stands at `question` and whose key ends at `keyEnd`, with its value
 * when one is written (starting at `valueStart` and ending at `valueEnd`); undefined where no cut leaves the mapping
 * whole: the key runs past the `?` line or text other than a comment follows it there (`? dat : 1` is a mapping as a
 * key), the value lies outside the lines read as its own, or something other than `- ` stands before the `?`.
 */
export function cutExplicitKey(index: TextIndex, question: number, keyEnd: number, value?: { start: number; end: number }): Cut | undefined {
  const text = index.text;
  const lineStart = index.lineStartAt(question);
  if (index.lineStartAt(keyEnd) !== lineStart || !/^[ \t]*(#.*)?$/.test(text.slice(keyEnd, index.lineEndAt(keyEnd)))) return undefined;
  const column = question - lineStart;
  const last = explicitEntryEnd(index, lineStart, column);
  if (value !== undefined && index.lineStartAt(value.end) > last) return undefined;
  const prefix = text.slice(lineStart, question);
  if (/^[ \t]*$/.test(prefix)) return cutKeyLines(index, lineStart, last, column, value !== undefined && isBlockScalar(text, value.start));
  if (/^ *(?:- +)+$/.test(prefix)) return pullNextKeyUp(index, lineStart, question, last, column);
  return undefined;
}

/**
 * The start of the last line of the explicit entry whose `?` stands at `column` of the line at `lineStart`: the lines
 * indented deeper than it, one `:` line at its column, and a list's `- ` lines there (a value's block sequence may
 * stand at the key's column), with the blank and comment lines among them, not those after them.
 */
function explicitEntryEnd(index: TextIndex, lineStart: number, column: number): number {
  const text = index.text;
  let last = lineStart;
  let hasColon = false;
  for (let at = index.nextLineAt(lineStart); at < text.length; at = index.nextLineAt(at)) {
    const line = text.slice(at, index.lineEndAt(at));
    if (isBlank(line)) continue;
    const indent = indentOf(line);
    const rest = line.slice(indent);
    if (indent > column || (indent === column && /^-(?:[ \t]|$)/.test(rest))) last = at;
    else if (indent === column && !hasColon && /^:(?:[ \t]|$)/.test(rest)) {
      hasColon = true;
      last = at;
    } else if (rest[0] !== '#') break;
  }
  return last;
}
