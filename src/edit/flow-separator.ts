// What goes between an item of a flow collection and a new one written after it, in the collection's own layout.
import { detectEol, findLineStart } from './yaml-source.js';

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
