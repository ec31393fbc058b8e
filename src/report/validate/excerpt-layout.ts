// A source line's display layout for excerpts (excerpt.ts): its cells (escaped, tabs expanded, each with its width),
// the display column of each UTF-16 index, and windows of a long line laid out once.
import { displayWidth, graphemes, oneColumnEach } from '../../text/width.js';
import { escapeControl, hasUnsafe } from '../safe-text.js';

/** Tabs are expanded to the next multiple of this many columns, in the line and the marker alike. */
export const TAB_STOP = 4;

export interface Cell {
  readonly text: string;
  /** 0-based display column where the cell starts. */
  readonly start: number;
  readonly width: number;
}

/**
 * A line's display cells; `startOf[i]` is the display column of UTF-16 index i. `cells` and `startOf` are undefined
 * for a plain line (nothing to escape, every code point one column and one UTF-16 unit), where index i is column i.
 */
export interface Layout {
  readonly cells: readonly Cell[] | undefined;
  readonly startOf: readonly number[] | undefined;
  readonly total: number;
  /** Set when `cells` and `startOf` are a longer line's and this layout is a window of them (windowOf). */
  readonly view?: LayoutView;
}

/**
 * Where a window lies in a longer line's layout: its UTF-16 index i is `indexBase + i` there (up to `indexCount`;
 * past it, the window's end), its column c is `columnBase + c`, its cells are `cells[cellFrom, cellTo)`.
 */
interface LayoutView {
  readonly indexBase: number;
  readonly indexCount: number;
  readonly columnBase: number;
  readonly wholeTotal: number;
  readonly cellFrom: number;
  readonly cellTo: number;
}

/** Display column of UTF-16 index `i` (the line's end for an index past it). */
export function columnOf(layout: Layout, i: number): number {
  const { startOf, view } = layout;
  if (startOf === undefined) return Math.min(i, layout.total);
  if (view === undefined) return startOf[i] ?? layout.total;
  return i <= view.indexCount ? (startOf[view.indexBase + i] ?? view.wholeTotal) - view.columnBase : layout.total;
}

/**
 * How a line is laid out: `auto` takes the short way for a plain line (most lines: no cell per character);
 * `cells` always lays out cell by cell (tests check the two agree).
 */
export type LayoutChoice = 'auto' | 'cells';

/** A line's layout: the short way for a plain line (see LayoutChoice), else cell by cell. */
export function layOut(line: string, choice: LayoutChoice): Layout {
  return isPlain(line, choice) ? { cells: undefined, startOf: undefined, total: line.length } : layoutLine(line);
}

/** Whether `line` is laid out the short way: nothing to escape, every code point one column and one UTF-16 unit. */
export function isPlain(line: string, choice: LayoutChoice): boolean {
  return choice === 'auto' && oneColumnEach(line) && !hasUnsafe(line);
}

/** Splits a line into display cells; `startOf[i]` is the display column of UTF-16 index i. */
function layoutLine(line: string): { cells: Cell[]; startOf: number[]; total: number } {
  const cells: Cell[] = [];
  const startOf: number[] = [];
  let col = 0;
  for (const ch of graphemes(line)) {
    for (let k = 0; k < ch.length; k++) startOf.push(col);
    const escaped = escapeControl(ch);
    let text = ch;
    let width: number;
    if (ch === '\t') {
      width = TAB_STOP - (col % TAB_STOP);
      text = ' '.repeat(width);
    } else if (escaped !== ch) {
      text = escaped;
      width = escaped.length;
    } else {
      width = displayWidth(ch);
    }
    cells.push({ text, start: col, width });
    col += width;
  }
  startOf.push(col);
  return { cells, startOf, total: col };
}

/** The last long line laid out whole, and its layout: the findings on one line come one after another. */
let lastLongLine: { readonly text: string; readonly layout: Layout } | undefined;

/** The layout of `text`, a long line, laid out whole (the last one is kept: see lastLongLine). */
export function wholeLineLayout(text: string): Layout {
  if (lastLongLine?.text !== text) lastLongLine = { text, layout: layoutLine(text) };
  return lastLongLine.layout;
}

/**
 * The layout of the UTF-16 range [lo, hi) of a line laid out whole: its cells from the one holding index lo (whole,
 * so a cluster cut at lo shows complete) to the one holding hi (left out), columns counted from the first. A view
 * into the whole line's arrays, not a copy of them.
 */
export function windowOf(whole: Layout, lo: number, hi: number): Layout {
  const startOf = whole.startOf!;
  const cells = whole.cells!;
  const from = startOf[lo]!;
  const to = startOf[hi] ?? whole.total;
  const first = cellsWhile(cells, 0, cells.length, (cell) => cell.start < from);
  const last = cellsWhile(cells, first, cells.length, (cell) => cell.start < to);
  return { cells, startOf, total: to - from, view: { indexBase: lo, indexCount: hi - lo, columnBase: from, wholeTotal: whole.total, cellFrom: first, cellTo: last } };
}

/**
 * The first index in [from, to) whose cell fails `holds`, or `to`: a binary search, for a test that holds of a prefix
 * of the cells and no further (cells are in column order).
 */
export function cellsWhile(cells: readonly Cell[], from: number, to: number, holds: (cell: Cell) => boolean): number {
  let k = from;
  for (let step = to - from; step > 0; step >>= 1) while (k + step <= to && holds(cells[k + step - 1]!)) k += step;
  return k;
}
