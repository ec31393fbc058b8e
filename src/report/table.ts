// Plain-text tables for reports: aligned columns, one flexible column cut with an ellipsis to fit the width.
import { displayWidth, oneColumnEach, padTo, truncateTo } from '../text/width.js';
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

export { displayWidth };

/** Cuts text to at most `width` columns (whole graphemes), ending in "…" when cut. */
export function truncate(text: string, width: number): string {
  return truncateTo(text, width);
}

export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  return padTo(text, width, align);
}

/**
 * Widest cell of each column (header included), and the display width of every cell (`cells[row · columns +
 * column]`), each measured once, with loops: spreading 100,000+ rows into Math.max overflows the stack.
 */
export function measureCells(headers: readonly string[], rows: readonly (readonly string[])[]): { widths: number[]; cells: Float64Array } {
  const count = headers.length;
  const widths = headers.map(displayWidth);
  const cells = new Float64Array(rows.length * count);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let i = 0; i < count; i++) {
      const w = displayWidth(row[i] ?? '');
      cells[r * count + i] = w;
      if (w > widths[i]!) widths[i] = w;
    }
  }
  return { widths, cells };
}

/** Widest cell of each column (header included): see {@link measureCells}. */
export function measureColumns(headers: readonly string[], rows: readonly (readonly string[])[]): number[] {
  return measureCells(headers, rows).widths;
}

/**
 * Renders rows under a header, columns separated by two spaces. Cells are escaped (no control
 * characters reach the terminal); the flexible column gives up width (down to its minimum) when the
 * table is wider than `maxWidth`. `paint` may colour a cell after layout (widths are measured uncoloured).
 * Each cell is measured once (issue #18: measuring it again to cut and to pad cost a second at 100,000 rows).
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], maxWidth: number, paint?: (row: number, column: number, text: string) => string): string[] {
  return Array.from(tableLines(columns, rows, maxWidth, paint));
}

/**
 * The lines of {@link renderTable}, made one at a time as they are asked for: a report that writes them as they come
 * (the meetings matrix, a block of columns for each group of bodies) never holds them all.
 */
export function* tableLines(columns: readonly Column[], rows: readonly (readonly string[])[], maxWidth: number, paint?: (row: number, column: number, text: string) => string): Generator<string> {
  const count = columns.length;
  // Every cell escaped and measured once, into flat arrays (no array per row: issue #18, 100,000 rows).
  const cells = new Array<string>(rows.length * count);
  const cellWidths = new Float64Array(rows.length * count);
  const widths = columns.map((c) => displayWidth(c.header));
  // A column often holds one text many rows running (a status, '·' in the meetings matrix): escaped and measured once.
  const lastRaw = new Array<string | undefined>(count);
  const lastText = new Array<string>(count);
  const lastWidth = new Float64Array(count);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let i = 0; i < count; i++) {
      const raw = row[i] ?? '';
      if (raw !== lastRaw[i]) {
        lastRaw[i] = raw;
        lastText[i] = escapeControl(raw);
        lastWidth[i] = displayWidth(lastText[i]!);
      }
      const w = lastWidth[i]!;
      cells[r * count + i] = lastText[i]!;
      cellWidths[r * count + i] = w;
      if (w > widths[i]!) widths[i] = w;
    }
  }
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
  const line = (cellAt: (i: number) => string, row: number, measured: (i: number) => number): string => {
    let out = '';
    for (let i = 0; i < count; i++) {
      const cell = cellAt(i);
      const width = widths[i]!;
      let w = measured(i);
      // As truncate and pad: a cell that fits is kept and filled to the column's width.
      let text = cell;
      if (w > width) {
        // A cell of one-column code points (most titles) is cut by counting units, as truncate would after measuring
        // it three times more (issue #18: 230 ms of slippage --trend at 100,000 rows, whose titles are all cut).
        if (width >= 1 && oneColumnEach(cell)) {
          const end = wholeEscapes(cell, Math.floor(width) - 1);
          text = `${cell.slice(0, end)}…`;
          w = end + 1;
        } else {
          text = truncate(cell, width);
          if (text !== cell) w = displayWidth(text);
        }
      }
      const fill = spaces(width - w);
      const padded = columns[i]!.align === 'right' ? fill + text : text + fill;
      const painted = paint && row >= 0 && text !== '' ? paint(row, i, text) : text;
      out += (i > 0 ? '  ' : '') + (painted === text ? padded : padded.replace(text, painted));
    }
    return out.trimEnd();
  };
  yield line((i) => columns[i]!.header, -1, (i) => displayWidth(columns[i]!.header));
  for (let r = 0; r < rows.length; r++) {
    const base = r * count;
    yield line((i) => cells[base + i]!, r, (i) => cellWidths[base + i]!);
  }
}

// The escapes escapeControl writes (src/report/safe-text.ts): \x7f, \u202e, \t, \n, \r. As src/text/width.ts's own.
const ESCAPE = /\\(?:x[0-9a-f]{2}|u[0-9a-f]{4}|[tnr])/y;

/** A cut at `end` moved back to the start of an escape it would split (as truncateTo does: src/text/width.ts). */
function wholeEscapes(text: string, end: number): number {
  const from = text.lastIndexOf('\\', end - 1);
  if (from < 0 || end - from > 5) return end;
  ESCAPE.lastIndex = from;
  return ESCAPE.test(text) && ESCAPE.lastIndex > end ? from : end;
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
