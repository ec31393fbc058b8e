// Removing an entry of a flow collection (`{…}`, `[…]`, a member of a JSON plan), on whatever lines it spans, with the
// comma that parts it from the others: the one before it (the first entry: the one after it), with the blanks and line
// breaks between them. A comment among them stays where it is: `{dat: x,  # c` was cut to `{# c`, which is no comment
// and no YAML, and a comment above the entry's line kept the fix from being offered at all.
import { closingQuote, opensQuoted } from '../text/quoted-scalar.js';
import type { Cut, TextIndex } from './text-index.js';

/**
 * Where the value of a flow entry that the parser places at `valueStart` ends. An empty value (`dat: ,`, `dat:}`,
 * `dat: # c`) is placed at the token after it, whose end was taken for the value's: the entry's cut took the `,` or
 * `}` (tester round 53 F3). Before a `,]}` it ends there, the blanks after its `:` going with it; before a comment at
 * the `:`, as the blank before a `#` must stay.
 */
export function flowValueEnd(index: TextIndex, valueStart: number): number {
  const text = index.text;
  const c = text[valueStart];
  if (c === ',' || c === ']' || c === '}') return valueStart;
  if (c !== '#') return index.valueEnd(valueStart);
  let at = valueStart;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at;
}

/** The cut that removes the flow entry [start, end); undefined when no comma or bracket is found before it. */
export function cutFlowEntry(index: TextIndex, start: number, end: number): Cut | undefined {
  const text = index.text;
  const before = backOverBlanks(index, start);
  const left = text[before.at - 1];
  if (left === ',' && !before.hasComment) return { start: before.at - 1, end, newText: '' };
  const after = skipSpaces(text, end);
  if (left === '[' || left === '{' || (left === ',' && text[after] === ',')) {
    if (text[after] === ',') return withoutBlankLine(index, cutWithCommaAfter(text, start, after));
    const comma = pastComments(text, end);
    return text[comma] === ',' ? commaBelowComments(text, start, end, comma) : { start, end, newText: '' };
  }
  // The last entry with a comment between it and the comma before it: the comma goes, the comment stays, and one
  // after the entry on its line takes the entry's column (the blanks before it went to `      # d`: round 53 F9).
  if (left === ',') return { start: before.at - 1, end: text[after] === '#' ? after : end, newText: text.slice(before.at, start) };
  return undefined;
}

/**
 * The cut widened to its whole line where it takes all but blanks of a line (an entry with its comma between comment
 * lines): the blanks left were a line of nothing but them (tester round 53 F9). In a flow collection line breaks are
 * blanks, so the line may go.
 */
function withoutBlankLine(index: TextIndex, cut: Cut): Cut {
  const text = index.text;
  const lineStart = index.lineStartAt(cut.start);
  const isBlankAround = /^[ \t]*$/.test(text.slice(lineStart, cut.start)) && /^[ \t]*$/.test(text.slice(cut.end, index.lineEndAt(cut.end)));
  return cut.newText === '' && isBlankAround ? { start: lineStart, end: index.nextLineAt(cut.end), newText: '' } : cut;
}

/**
 * The entry from `start` with the comma at `comma` after it, and the blanks after that up to the next entry; up to
 * the comma only when a comment comes first (a `#` must keep the blank before it to stay one).
 */
function cutWithCommaAfter(text: string, start: number, comma: number): Cut {
  let right = comma + 1;
  while (right < text.length && /\s/.test(text[right]!)) right++;
  return { start, end: text[right] === '#' ? comma + 1 : right, newText: '' };
}

/**
 * The first entry [start, end) with its comma at `comma`, on a line below comments after the entry: the entry and the
 * comma (with the blanks after it) go, the comments and the line breaks between stay. Taking only the entry left
 * `{ # c` over `, id: A`, a comma before any entry (tester round 53 F4).
 */
function commaBelowComments(text: string, start: number, end: number, comma: number): Cut {
  return { start, end: cutWithCommaAfter(text, start, comma).end, newText: text.slice(end, comma) };
}

/** Where the text after `from` goes on once the blanks, line breaks and comments there are passed. */
function pastComments(text: string, from: number): number {
  let at = from;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (text[at] !== '#' || !/\s/.test(text[at - 1] ?? '')) return at;
    while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
  }
}

const skipSpaces = (text: string, from: number): number => {
  let at = from;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
  return at;
};

/**
 * Where the text before `start` ends once the blanks, line breaks and comments before it are passed (the offset after
 * the character found), and whether a comment was among them.
 */
function backOverBlanks(index: TextIndex, start: number): { at: number; hasComment: boolean } {
  const text = index.text;
  const own = index.lineStartAt(start);
  let at = start;
  let hasComment = false;
  for (;;) {
    while (at > 0 && /\s/.test(text[at - 1]!)) at--;
    const lineStart = index.lineStartAt(Math.max(0, at - 1));
    const comment = at === 0 || lineStart === own ? -1 : commentStart(text, lineStart, at);
    if (comment < 0) return { at, hasComment };
    at = comment;
    hasComment = true;
  }
}

/** The offset of the comment in [from, to) (a `#` at `from` or after a blank, outside quotes), else -1. */
function commentStart(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if ((c === '"' || c === "'") && opensQuoted(text, i, from)) {
      i = closingQuote(text, i + 1, c);
      if (i < 0 || i >= to) return -1;
    } else if (c === '#' && (i === from || /\s/.test(text[i - 1]!))) return i;
  }
  return -1;
}
