// Plain-text tables for reports: aligned columns, one flexible column cut with an ellipsis to fit the width.
import { cutWider, displayWidth, fitPrefix, oneColumnEach, padTo, truncateTo } from '../text/width.js';
import { escapeControl } from './safe-text.js';
import { wrapWords } from './meetings/wrap.js';

export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
  /** The column that gives up width when the table is too wide (at most one). */
  readonly flex?: boolean;
  /** Narrowest a flexible column may become. */
  readonly min?: number;
  /**
   * Narrowest this column may be cut to (with its ellipsis) when the flexible column is at its minimum and the table
   * is still too wide: long references must not push a line past the width (a tester's finding, session 14). Such
   * columns give up width left to right.
   */
  readonly cutTo?: number;
  /**
   * The cells are ids or references `plan/ID`: one cut to the column keeps its id and cuts the plan id before it
   * (`nasjonal-sam…/RM5-T3.1`), and an id too long for the column keeps its start and end (`MILEPAEL-M…000003`), so
   * that ids of one long prefix stay apart (testers saw rows that all read `nasjonal-samhandlingsarkitektur-for-k…`
   * and `MILEPAEL-MED-EN-VELDIG-L…`).
   */
  readonly refs?: boolean;
}

/** A column with its cells escaped (escapeControl) and measured, in row order: see {@link measureColumn}. */
export interface MeasuredColumn extends Column {
  readonly texts: readonly string[];
  /** The display width of each of `texts`. */
  readonly widths: Float64Array;
  /** 1 where the text is of one-column code points (oneColumnEach: its width is its length, it is cut by units). */
  readonly plain: Uint8Array;
  /** The widest of `texts` and the header. */
  readonly widest: number;
}

/** Lays a cell out after the table's columns are fitted: paints it (colour is added after layout) or keeps it. */
export type CellPaint = (row: number, column: number, text: string) => string;

export { displayWidth };

/** Cuts text to at most `width` columns (whole graphemes), ending in "…" when cut. */
export function truncate(text: string, width: number): string {
  return truncateTo(text, width);
}

export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  return padTo(text, width, align);
}

/**
 * `column` with its cells (`cells[row]`, row order) escaped and measured, each once: a column often holds one text many
 * rows running (a status, a date, '·' in the meetings matrix), escaped and measured once for the run.
 */
export function measureColumn(column: Column, cells: readonly string[]): MeasuredColumn {
  // The cells themselves when none needs escaping (nearly always): no copy of 100,000 texts.
  let texts: string[] | undefined;
  const widths = new Float64Array(cells.length);
  const plain = new Uint8Array(cells.length);
  let widest = displayWidth(column.header);
  let lastRaw: string | undefined;
  let lastText = '';
  let lastWidth = 0;
  let lastPlain = 0;
  for (let r = 0; r < cells.length; r++) {
    const raw = cells[r] ?? '';
    if (raw !== lastRaw) {
      lastRaw = raw;
      lastText = escapeControl(raw);
      // Asked here once, where displayWidth would ask it too: the layout cuts such a text without measuring it again.
      lastPlain = oneColumnEach(lastText) ? 1 : 0;
      lastWidth = lastPlain === 1 ? lastText.length : displayWidth(lastText);
      if (lastWidth > widest) widest = lastWidth;
    }
    if (texts === undefined && lastText !== cells[r]) texts = cells.slice(0, r);
    if (texts !== undefined) texts.push(lastText);
    widths[r] = lastWidth;
    plain[r] = lastPlain;
  }
  return { ...column, texts: texts ?? cells, widths, plain, widest };
}

/**
 * Renders rows under a header, columns separated by two spaces. Cells are escaped (no control
 * characters reach the terminal); the flexible column gives up width (down to its minimum) when the
 * table is wider than `maxWidth`. `paint` may colour a cell after layout (widths are measured uncoloured).
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], maxWidth: number, paint?: CellPaint): string[] {
  return Array.from(tableLines(columns, rows, maxWidth, paint));
}

/**
 * The lines of {@link renderTable}, made one at a time as they are asked for: a report that writes them as they come
 * (the meetings matrix, a block of columns for each group of bodies) never holds them all.
 */
export function tableLines(columns: readonly Column[], rows: readonly (readonly string[])[], maxWidth: number, paint?: CellPaint): Generator<string> {
  const measured = columns.map((c, i) => measureColumn(c, rows.map((row) => row[i] ?? '')));
  return measuredTableLines(measured, rows.length, maxWidth, paint);
}

/**
 * The lines of a table of measured columns ({@link measureColumn}), `rowCount` rows under the header, as
 * {@link tableLines} lays them out. Each cell is measured once (issue #18: measuring it again to cut and to pad cost a
 * second at 100,000 rows), and a line is one string built cell by cell, never an array of cells.
 */
export function* measuredTableLines(columns: readonly MeasuredColumn[], rowCount: number, maxWidth: number, paint?: CellPaint): Generator<string> {
  const count = columns.length;
  const widths = fitWidths(columns, maxWidth);
  yield headerLine(columns, widths);
  const texts = columns.map((c) => c.texts);
  const cellWidths = columns.map((c) => c.widths);
  const plain = columns.map((c) => c.plain);
  const isRight = columns.map((c) => c.align === 'right');
  const isRef = columns.map((c) => c.refs === true);
  // The laid-out cell of the text above it in each column (a status, a date, a float many rows running): kept, with
  // the two spaces before it (one piece a cell), and without the fill after it for when it ends the line.
  const lastText = new Array<string | undefined>(count);
  const lastShown = new Array<string>(count).fill('');
  const lastFill = new Array<number>(count).fill(0);
  const lastJoined = new Array<string>(count).fill('');
  const lastBare = new Array<string>(count).fill('');
  const lastBlank = new Array<boolean>(count).fill(true);
  const lastTrim = new Array<boolean>(count).fill(false);
  // This row's cells: joined, bare (see above), whether it is white space only (left out when it ends the line), and
  // whether its bare cell ends in white space (trimmed when it ends the line).
  const joined = new Array<string>(count).fill('');
  const bare = new Array<string>(count).fill('');
  const blank = new Array<boolean>(count).fill(true);
  const trim = new Array<boolean>(count).fill(false);
  for (let r = 0; r < rowCount; r++) {
    for (let i = 0; i < count; i++) {
      const text = texts[i]![r]!;
      if (text !== lastText[i]) {
        lastText[i] = text;
        const width = widths[i]!;
        let w = cellWidths[i]![r]!;
        let shown = text;
        if (w > width) {
          shown = isRef[i] && plain[i]![r] === 1 ? cutRef(text, width) : cutCell(text, w, plain[i]![r] === 1, width);
          w = cutWidth;
        }
        lastShown[i] = shown;
        // A piece fewer for each: the gap and the fill before a right-aligned text are one run of spaces, and a
        // left-aligned text's joined cell is its bare one filled.
        const fill = Math.max(0, Math.floor(width - w));
        const gap = i > 0 ? 2 : 0;
        lastFill[i] = fill;
        if (isRight[i]) lastBare[i] = lastJoined[i] = spaces(gap + fill) + shown;
        else {
          lastBare[i] = gap > 0 ? `  ${shown}` : shown;
          lastJoined[i] = fill > 0 ? lastBare[i]! + spaces(fill) : lastBare[i]!;
        }
        lastBlank[i] = isBlank(shown);
        lastTrim[i] = !lastBlank[i] && endsInSpace(shown);
      }
      const shown = lastShown[i]!;
      const painted = paint !== undefined && shown !== '' ? paint(r, i, shown) : shown;
      if (painted === shown) {
        joined[i] = lastJoined[i]!;
        bare[i] = lastBare[i]!;
        blank[i] = lastBlank[i]!;
        trim[i] = lastTrim[i]!;
      } else {
        // As the cell was painted before (a text that is all spaces, filled on the left, is painted where replace finds it).
        const fill = spaces(lastFill[i]!);
        const padded = isRight[i] ? fill + shown : shown + fill;
        joined[i] = (i > 0 ? '  ' : '') + padded.replace(shown, painted);
        bare[i] = joined[i]!;
        blank[i] = false;
        trim[i] = true;
      }
    }
    // The line trimmed as trimEnd would trim it, without copying it to trim: the cells after the last that is not white
    // space are left out, and that one's fill (issue #18: a line ending in an empty driver column was copied to trim).
    let last = count - 1;
    while (last >= 0 && blank[last]) last--;
    if (last < 0) {
      yield '';
      continue;
    }
    let out = '';
    for (let i = 0; i < last; i++) out += joined[i]!;
    out += bare[last]!;
    // Trimmed still when its last cell ends in white space (a title ending in a space, a painted cell's fill). Its end
    // is not read from the line: that copies a line made of pieces into one.
    yield trim[last] ? out.trimEnd() : out;
  }
}

/** The width of the text cutCell returned last. */
let cutWidth = 0;

/**
 * `text`, `w` columns and wider than `width`, cut as cutWider cuts it; its width is left in cutWidth. It is not measured
 * again (issue #18: cutWider measured a title once more to cut it and the table once more after): a text of one-column
 * code points, or whose cut falls among them, is cut by units; another, after the whole graphemes that fit, where the
 * ellipsis adds its one column.
 * Cuts an escape could split (a backslash in the text) are left to cutWider, as are those after a Prepend character
 * (UAX #29: it joins the ellipsis that follows it).
 */
function cutCell(text: string, w: number, isPlain: boolean, width: number): string {
  if (width >= 1 && !text.includes('\\')) {
    const room = Math.floor(width) - 1;
    // A text of one-column code points, or one whose first `room` code points are and the next is too (a title whose
    // emoji comes after the cut): no grapheme crosses the cut, each before it is one column.
    if (isPlain || (text.length > room && oneColumnEach(text.slice(0, room + 1)))) {
      cutWidth = room + 1;
      return `${text.slice(0, room)}…`;
    }
    const fit = fitPrefix(text, width - 1);
    if (!endsInPrepend(fit.text)) {
      cutWidth = fit.width + 1;
      return `${fit.text}…`;
    }
  }
  const shown = cutWider(text, width);
  cutWidth = shown === text ? w : displayWidth(shown);
  return shown;
}

/**
 * An id or reference `plan/ID` of one-column code points, wider than `width`, cut to it (Column.refs): `plan…/ID` with
 * as much of the plan id as fits; else `…/` and the id cut in its middle; an id without `/` cut in its middle, its
 * start and end kept (`MILEPAEL-M…000003`).
 */
function cutRef(text: string, width: number): string {
  const room = Math.floor(width);
  if (room < 4 || text.includes('\\')) return cutCell(text, text.length, true, width);
  cutWidth = room;
  const slash = text.lastIndexOf('/');
  if (slash < 0) return cutMiddle(text, room);
  const id = text.slice(slash + 1);
  if (id.length + 2 <= room) return `${text.slice(0, room - id.length - 2)}…/${id}`;
  return `…/${cutMiddle(id, room - 2)}`;
}

/**
 * An id or reference cut to `width` columns as a Column.refs column cuts it (`MILEPAEL-M…000003`, `plan…/ID`); text of
 * other code points as truncate cuts it; as it is when it fits.
 */
export function cutId(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  return oneColumnEach(text) ? cutRef(text, width) : truncate(text, width);
}

/** `text` (one-column code points, longer than `room`) as `room` columns: its start, `…`, its end (the end's share the smaller). */
function cutMiddle(text: string, room: number): string {
  const end = Math.floor((room - 1) / 2);
  return `${text.slice(0, room - 1 - end)}…${end > 0 ? text.slice(text.length - end) : ''}`;
}

/**
 * Whether the last code point of `text` may be a Prepend character (Grapheme_Cluster_Break): U+0600–U+0D4E, or in
 * the planes' blocks U+11000–U+11FFF (high surrogates D804–D807). A little more than the set, never less.
 */
function endsInPrepend(text: string): boolean {
  const unit = text.charCodeAt(text.length - 1);
  if (unit >= 0x0600 && unit <= 0x0d4e) return true;
  if (unit < 0xdc00 || unit > 0xdfff) return false;
  const high = text.charCodeAt(text.length - 2);
  return high >= 0xd804 && high <= 0xd807;
}

/** Whether `text` ends in white space (trimEnd would cut it). */
function endsInSpace(text: string): boolean {
  const end = text.charCodeAt(text.length - 1);
  if (end > 0x20 && end < 0x7f) return false;
  return text.trimEnd() !== text;
}

/** Whether `text` is white space only (trimEnd would leave nothing of it). */
function isBlank(text: string): boolean {
  if (text === '') return true;
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return text.trimEnd() === '';
}

/**
 * The width of each column: its widest cell, the flexible column cut to what the width leaves it (not below its
 * minimum), then the columns with `cutTo` cut left to right while the table is still too wide.
 */
/**
 * The width of the widest line {@link measuredTableLines} can make of `columns` at `maxWidth`: every cell is cut to
 * its column's fitted width and every cell but a line's last is filled to it, so no line is wider than the columns'
 * widths and the gaps between them. A caller that must know whether every line fits asks this first, and measures
 * lines only when it is over (issue #18: measuring each of 100,000 risk rows cost more than laying them out).
 */
export function fittedTableWidth(columns: readonly MeasuredColumn[], maxWidth: number): number {
  return fitWidths(columns, maxWidth).reduce((a, b) => a + b, 0) + 2 * (columns.length - 1);
}

function fitWidths(columns: readonly MeasuredColumn[], maxWidth: number): number[] {
  const count = columns.length;
  const widths = columns.map((c) => c.widest);
  const total = widths.reduce((a, b) => a + b, 0) + 2 * (count - 1);
  const flex = columns.findIndex((c) => c.flex);
  if (total > maxWidth && flex >= 0) widths[flex] = Math.max(columns[flex]!.min ?? 8, widths[flex]! - (total - maxWidth));
  let over = widths.reduce((a, b) => a + b, 0) + 2 * (count - 1) - maxWidth;
  for (let i = 0; i < count && over > 0; i++) {
    const cutTo = columns[i]!.cutTo;
    if (cutTo === undefined || widths[i]! <= cutTo) continue;
    const give = Math.min(over, widths[i]! - cutTo);
    widths[i] = widths[i]! - give;
    over -= give;
  }
  return widths;
}

/** The header line: each header cut and filled to its column's width (never painted), joined by two spaces. */
function headerLine(columns: readonly Column[], widths: readonly number[]): string {
  let out = '';
  for (let i = 0; i < columns.length; i++) {
    const header = columns[i]!.header;
    const width = widths[i]!;
    let w = displayWidth(header);
    let text = header;
    if (w > width) {
      text = cutWider(header, width);
      if (text !== header) w = displayWidth(text);
    }
    const fill = spaces(width - w);
    out += (i > 0 ? '  ' : '') + (columns[i]!.align === 'right' ? fill + text : text + fill);
  }
  return out.trimEnd();
}

/**
 * `text` cut to at most `width` columns as {@link truncate} cuts it, and the width of what is left: measured once, not
 * again to cut it and once more to fill it (see cutCell).
 */
export function cutMeasured(text: string, width: number): { readonly text: string; readonly width: number } {
  const isPlain = oneColumnEach(text);
  const w = isPlain ? text.length : displayWidth(text);
  if (w <= width) return { text, width: w };
  const shown = cutCell(text, w, isPlain, width);
  return { text: shown, width: cutWidth };
}

/** Runs of spaces by length, made once each (a table pads every cell). */
const SPACES: string[] = [''];

/** `n` spaces (none when n ≤ 0). */
function spaces(count: number): string {
  const n = Math.floor(count);
  if (!(n > 0)) return '';
  if (n > 512) return ' '.repeat(n);
  while (SPACES.length <= n) SPACES.push(`${SPACES[SPACES.length - 1]!} `);
  return SPACES[n]!;
}

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

/** {@link leftOutLines}'s sentence, each column name's spaces no-break ones, naming `needed` as the width that shows them. */
function leftOutSentence(columns: readonly Column[], wanted: readonly boolean[], kept: readonly boolean[], width: number, locale: 'en' | 'nb', needed: number): string | undefined {
  const names = columns.filter((_, i) => wanted[i] && !kept[i]).map((c) => c.header.replaceAll(' ', NO_BREAK));
  if (names.length === 0) return undefined;
  return locale === 'nb'
    ? `Ikke vist i ${width} kolonner: ${names.join(', ')} (--width ${needed} viser dem)`
    : `Not shown in ${width} columns: ${names.join(', ')} (--width ${needed} shows them)`;
}

/** The largest of `values` and `floor`, without spreading them into Math.max (which overflows the stack for large arrays). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** `target.push(...items)` without passing every item as an argument (which overflows the stack for large arrays). */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
