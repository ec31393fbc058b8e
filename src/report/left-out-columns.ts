// The columns a text report leaves out to fit its width, and the lines that say so.
import type { Column } from './table.js';
import { truncate } from './table-cells.js';
import { wrapWords } from './wrap.js';

/** The width of a table of the columns `keep` marks, each `widths[i]` wide, two spaces between them. */
export function keptWidth(widths: readonly number[], keep: readonly boolean[]): number {
  return widths.reduce((sum, w, i) => (keep[i] ? sum + 2 + w : sum), -2);
}

/**
 * `keep` with the columns of `order` given up one at a time, in that order, while the kept columns are wider than
 * `maxWidth`: how a text report that does not fit its width leaves out what it can best do without.
 */
export function dropToFit(widths: readonly number[], keep: readonly boolean[], order: readonly number[], maxWidth: number): boolean[] {
  let kept = [...keep];
  for (const drop of order) if (keptWidth(widths, kept) > maxWidth) kept = kept.map((k, i) => k && i !== drop);
  return kept;
}

/**
 * The lines that say which columns a text report left out to fit `width` (dropToFit), so that a reader at an
 * 80-column terminal knows they exist, and the width that shows them: one sentence, wrapped to `width` (continuation
 * lines indented by two), none when no column was left out. `widths` are the
 * columns' widths as dropToFit had them, `wanted` the columns the report would show with room enough, `kept` those it
 * shows. `needed`: the width the sentence names, by default this table's; a report of several tables passes the widest
 * of theirs, so that the width it names shows every column of every table (see health's text).
 */
export function leftOutLines(columns: readonly Column[], widths: readonly number[], wanted: readonly boolean[], kept: readonly boolean[], width: number, locale: 'en' | 'nb', indent = 0, needed = neededWidth(widths, wanted, indent)): string[] {
  const sentence = leftOutSentence(columns, wanted, kept, width, locale, needed);
  if (sentence === undefined) return [];
  // Wrapped, not cut: at 60 columns a cut line lost the very width that shows the columns (a tester's finding). A
  // column's name is kept whole (its spaces are no-break ones while wrapping): "Slip / wd" read as two names.
  const pad = ' '.repeat(indent);
  return wrapWords(sentence, width, pad, `${pad}  `).map((line) => truncate(line.replaceAll(NO_BREAK, ' '), width));
}

/** Stands for a space inside a column's name while the sentence is wrapped. */
const NO_BREAK = '\u00a0';

/**
 * The width at which a table of the columns `wanted` marks, each `widths[i]` wide, shows them all: `indent` counts the
 * columns the report puts before its table.
 */
export function neededWidth(widths: readonly number[], wanted: readonly boolean[], indent = 0): number {
  return keptWidth(widths, wanted) + indent;
}

/**
 * neededWidth where the columns' widths depend on the table's (`widthsAt`: an id column is capped at a quarter of the
 * width, table-widths.ts cappedWidth): the least width at which every wanted column shows with the widths it then has.
 * Tester round 68 F2: the widths at 80 named 92, where the id's cap had grown and still hid a column (95 showed all).
 */
export function neededWidthAt(widthsAt: (width: number) => readonly number[], wanted: readonly boolean[], width: number, indent = 0): number {
  let needed = neededWidth(widthsAt(width), wanted, indent);
  for (let k = 0; k < 32; k++) {
    const next = neededWidth(widthsAt(needed), wanted, indent);
    if (next <= needed) break;
    needed = next;
  }
  return needed;
}

/** {@link leftOutLines}'s sentence, each column name's spaces no-break ones, naming `needed` as the width that shows them. */
function leftOutSentence(columns: readonly Column[], wanted: readonly boolean[], kept: readonly boolean[], width: number, locale: 'en' | 'nb', needed: number): string | undefined {
  const names = columns.filter((_, i) => wanted[i] && !kept[i]).map((c) => c.header.replaceAll(' ', NO_BREAK));
  if (names.length === 0) return undefined;
  return locale === 'nb'
    ? `Ikke vist i ${width} kolonner: ${names.join(', ')} (--width ${needed} viser ${names.length === 1 ? 'den' : 'dem'})`
    : `Not shown in ${width} columns: ${names.join(', ')} (--width ${needed} shows ${names.length === 1 ? 'it' : 'them'})`;
}
