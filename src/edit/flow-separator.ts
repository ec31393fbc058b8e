// What goes between an item of a flow collection and a new one written after it, in the collection's own layout.
import { detectEol, findLineStart } from './yaml-source.js';
import type { TextEdit } from './text-edit.js';

/**
 * The separator before a new item (a mapping's pair, a list's entry) inserted at `end`, after the item starting at
 * `itemStart`: `, ` when that item shares its line with what comes before it (`{id: A, date: 2019-09-10}`), or, when it
 * starts a line of its own (a collection written an item to a line, as JSON writers write it), a comma, a line break
 * and that item's indent, so the new item is on a line of its own beside it (tester round 67 F2: `"date": "2019-09-10",
 * "forecast": "2019-09-11"` on one line of a JSON plan, and snapshot's history entries likewise).
 */
export function flowSeparator(body: string, itemStart: number, end: number): string {
  const lineStart = findLineStart(body, itemStart);
  const indent = body.slice(lineStart, itemStart);
  return lineStart > 0 && /^[ \t]*$/.test(indent) ? `,${detectEol(body, end)}${indent}` : ', ';
}

/** The rest of a line after an item: blanks, a comma or none, and a comment (`  # last`, `, # last`). */
const COMMENT_AFTER = /([ \t]*)(,?)([ \t]+#[^\r\n]*)/y;

/**
 * How a new item, `text`, goes after the flow collection's item that starts at `itemStart` and ends at `end`: `edit`
 * writes it (separated as flowSeparator says; its `valueAt` is where `text` starts in the insert), and `lead`, when
 * there is one, must be applied too. An item on a line of its own whose line ends in a comment keeps the comment on
 * its line (tester round 92 F2: `date: 2026-06-01  # last` became `date: 2026-06-01,` and `forecast: 2027-01-04  #
 * last`; SPEC §7: comments elsewhere stay byte-identical): the new item goes on the line after it, with a comma after it
 * for what follows, and `lead` writes the comma before the comment when the line has none. Several items inserted
 * after one item each bring the same `lead`, to be applied once (set-field.ts); joinedInsert makes one edit of both.
 */
export function flowInsert(body: string, itemStart: number, end: number, text: string): { readonly edit: TextEdit; readonly lead?: TextEdit } {
  const sep = flowSeparator(body, itemStart, end);
  COMMENT_AFTER.lastIndex = end;
  const comment = sep === ', ' ? null : COMMENT_AFTER.exec(body);
  if (comment === null) return { edit: { start: end, end, insert: `${sep}${text}`, valueAt: sep.length } };
  const lineEnd = end + comment[0].length;
  const newLine = sep.slice(1);
  const edit = { start: lineEnd, end: lineEnd, insert: `${newLine}${text},`, valueAt: newLine.length };
  return comment[2] === ',' ? { edit } : { edit, lead: { start: end, end: end, insert: ',', valueAt: 0 } };
}

/** flowInsert's edit and lead, when it has one, as one edit of `body` (for a caller that inserts one item there). */
export function joinedInsert(body: string, insert: { readonly edit: TextEdit; readonly lead?: TextEdit }): TextEdit {
  const { edit, lead } = insert;
  if (lead === undefined) return edit;
  const kept = body.slice(lead.end, edit.start);
  return { start: lead.start, end: edit.end, insert: `${lead.insert}${kept}${edit.insert}`, valueAt: lead.insert.length + kept.length + edit.valueAt };
}
