// Plain-text tables for reports: aligned columns, one flexible column cut with an ellipsis to fit the width.
import { cutWider, displayWidth, padTo, truncateTo } from '../text/width.js';
import { escapeControl } from './safe-text.js';

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
}

/** A column with its cells escaped (escapeControl) and measured, in row order: see {@link measureColumn}. */
export interface MeasuredColumn extends Column {
  readonly texts: readonly string[];
  /** The display width of each of `texts`. */
  readonly widths: Float64Array;
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
  let widest = displayWidth(column.header);
  let lastRaw: string | undefined;
  let lastText = '';
  let lastWidth = 0;
  for (let r = 0; r < cells.length; r++) {
    const raw = cells[r] ?? '';
    if (raw !== lastRaw) {
      lastRaw = raw;
      lastText = escapeControl(raw);
      lastWidth = displayWidth(lastText);
      if (lastWidth > widest) widest = lastWidth;
    }
    if (texts === undefined && lastText !== cells[r]) texts = cells.slice(0, r);
    if (texts !== undefined) texts.push(lastText);
    widths[r] = lastWidth;
  }
  return { ...column, texts: texts ?? cells, widths, widest };
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
  const isRight = columns.map((c) => c.align === 'right');
  // The laid-out cell of the text above it in each column (a status, a date, a float many rows running): kept, with
  // the two spaces before it (one piece a cell).
  const lastText = new Array<string | undefined>(count);
  const lastShown = new Array<string>(count).fill('');
  const lastPadded = new Array<string>(count).fill('');
  const lastJoined = new Array<string>(count).fill('');
  for (let r = 0; r < rowCount; r++) {
    let out = '';
    let tail = '';
    for (let i = 0; i < count; i++) {
      const text = texts[i]![r]!;
      if (text !== lastText[i]) {
        lastText[i] = text;
        const width = widths[i]!;
        let w = cellWidths[i]![r]!;
        let shown = text;
        if (w > width) {
          shown = cutWider(text, width);
          if (shown !== text) w = displayWidth(shown);
        }
        lastShown[i] = shown;
        const fill = spaces(width - w);
        lastPadded[i] = isRight[i] ? fill + shown : shown + fill;
        lastJoined[i] = i > 0 ? `  ${lastPadded[i]!}` : lastPadded[i]!;
      }
      const shown = lastShown[i]!;
      const painted = paint !== undefined && shown !== '' ? paint(r, i, shown) : shown;
      tail = painted === shown ? lastJoined[i]! : (i > 0 ? '  ' : '') + lastPadded[i]!.replace(shown, painted);
      out += tail;
    }
    // Trimmed only when it may end in white space: a line ending in a digit or letter (a right-aligned number, a
    // colour code) is not copied once more to be scanned.
    const end = tail.length > 0 ? tail.charCodeAt(tail.length - 1) : 0;
    yield end > 0x20 && end < 0x7f ? out : out.trimEnd();
  }
}

/**
 * The width of each column: its widest cell, the flexible column cut to what the width leaves it (not below its
 * minimum), then the columns with `cutTo` cut left to right while the table is still too wide.
 */
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
