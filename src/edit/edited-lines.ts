// The lines of an edited file read from the text before the edit and the one place the edit changed, without the
// edited text itself: `set` makes that text by joining the file's text around the milestone's new lines, and the
// first search in the joined text copies all of it into one string (10 ms of `set` on a 3 MB file, issue #18) to
// quote the one or two lines of the findings the edit introduced.
import { LazyLines } from '../source/lazy-lines.js';
import type { TextSplice } from './text-edit.js';

/** A text's 1-based line without its line break, as LazyLines.lineAt gives it; undefined past the last line. */
export type LineReader = (line: number) => string | undefined;

/**
 * What `new LazyLines(after).lineAt` gives, where `after` is `before.slice(0, splice.start) + splice.text +
 * before.slice(splice.end)`. When the splice replaces whole lines (it starts a line of `before`, ends one or the text,
 * its text ends with a line break unless it ends the file, and no CR meets an LF across its ends), each line of
 * `after` is a line of `before` or of the splice's text; any other splice reads `after` itself.
 */
export function readEditedLines(before: string, splice: TextSplice, after: () => string): LineReader {
  if (!replacesWholeLines(before, splice)) {
    const lines = new LazyLines(after());
    return (line) => lines.lineAt(line);
  }
  const { start, end, text } = splice;
  const old = new LazyLines(before);
  const edited = new LazyLines(text);
  // Lines of `before` wholly above the splice (counted only when the splice does not say), lines of its text, and the
  // line of `before` the text after it starts.
  const above = splice.line === undefined ? countBreaks(before, 0, start) : splice.line - 1;
  const inside = countBreaks(text, 0, text.length);
  const below = end === before.length ? -1 : above + countBreaks(before, start, end) + 1;
  // The lines from `below` on, read from `end` (a line start): the findings an edit introduces are mostly below the
  // milestone (its successors), which the lines of `before` from its start would be searched to (issue #18).
  const rest = below < 0 ? undefined : new LazyLines(before.slice(end));
  return (line) => {
    if (line <= above) return old.lineAt(line);
    const j = line - above;
    if (rest === undefined) return edited.lineAt(j);
    return j <= inside ? edited.lineAt(j) : rest.lineAt(j - inside);
  };
}

/** Whether `splice` replaces whole lines of `before` with whole lines, so that no line of the result spans its ends. */
function replacesWholeLines(before: string, { start, end, text }: TextSplice): boolean {
  const isLineStart = (at: number): boolean => at === 0 || before[at - 1] === '\n' || (before[at - 1] === '\r' && before[at] !== '\n');
  if (start > end || end > before.length || !isLineStart(start) || (end < before.length && !isLineStart(end))) return false;
  // The characters on either side of each end in the result: a CR before an LF would join two breaks into one.
  const next = text.length > 0 ? text[0] : before[end];
  if (before[start - 1] === '\r' && next === '\n') return false;
  if (end === before.length) return true;
  const last = text.length > 0 ? text[text.length - 1] : before[start - 1];
  if (text.length > 0 && last !== '\n' && last !== '\r') return false;
  return !(last === '\r' && before[end] === '\n');
}

/** Line breaks (CR LF, CR or LF, each once) in `text[from, to)`. */
function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  // A lone CR breaks a line too; a text without CR is searched for one once.
  for (let i = text.indexOf('\r', from); i >= 0 && i < to; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 0x0a) n++;
  return n;
}
