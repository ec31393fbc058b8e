// The widths of a plain-text table's columns fitted to a width, and its header line.
import { cutWider, displayWidth } from '../text/width.js';
import type { Column, MeasuredColumn } from './table.js';
import { spaces } from './table-cells.js';

/**
 * The width of the widest line {@link measuredTableLines} can make of `columns` at `maxWidth`: every cell is cut to
 * its column's fitted width and every cell but a line's last is filled to it, so no line is wider than the columns'
 * widths and the gaps between them. A caller that must know whether every line fits asks this first, and measures
 * lines only when it is over (issue #18: measuring each of 100,000 risk rows cost more than laying them out).
 */
export function fittedTableWidth(columns: readonly MeasuredColumn[], maxWidth: number): number {
  return fitWidths(columns, maxWidth).reduce((a, b) => a + b, 0) + 2 * (columns.length - 1);
}

/**
 * The width of each column at `maxWidth`: its widest cell, then, while the table is too wide, the flexible column cut
 * to a readable width, the columns with `cutTo` to cappedWidth (left to right), the flexible column to its minimum,
 * and the `cutTo` columns to that.
 */
export function fitWidths(columns: readonly MeasuredColumn[], maxWidth: number): number[] {
  const count = columns.length;
  const widths = columns.map((c) => c.widest);
  const flex = columns.findIndex((c) => c.flex);
  const over = (): number => widths.reduce((a, b) => a + b, 0) + 2 * (count - 1) - maxWidth;
  // The flexible column (the titles) first gives up what it has past a readable width; then the columns that may be
  // cut (ids, references) what they have past a quarter of the table; then the flexible column down to its minimum,
  // and the cut columns down to theirs. One long id took 48 of 80 columns and left the titles 7 (tester round 67 F4).
  const shrinkFlex = (floor: number): void => {
    if (flex >= 0 && over() > 0) widths[flex] = Math.max(floor, widths[flex]! - over());
  };
  const shrinkCut = (floorOf: (i: number) => number): void => {
    for (let i = 0; i < count && over() > 0; i++) {
      if (columns[i]!.cutTo === undefined) continue;
      widths[i] = Math.max(Math.min(widths[i]!, floorOf(i)), widths[i]! - over());
    }
  };
  const min = flex >= 0 ? (columns[flex]!.min ?? 8) : 0;
  if (flex >= 0) shrinkFlex(Math.max(min, Math.min(columns[flex]!.widest, READABLE)));
  shrinkCut((i) => cappedWidth(columns[i]!, columns[i]!.widest, maxWidth));
  shrinkFlex(min);
  shrinkCut((i) => columns[i]!.cutTo!);
  return widths;
}

/** The width a flexible column (titles) keeps while a cut column is wider than cappedWidth allows it. */
const READABLE = 24;
/** The least width cappedWidth gives a cut column: a reference cut shorter reads as none (`…/READINE…LONG-ID`). */
const MIN_CAP = 20;

/**
 * The width a column that may be cut (`cutTo`: ids, references) keeps before the flexible column is cut below a
 * readable width, or columns are left out: a quarter of the table's width, not less than 20 columns or its `cutTo`,
 * not more than its `widest` cell. Other columns keep `widest`. Reports that leave columns out to fit (critical-path,
 * slippage) measure such a column at this width when they choose (tester round 67 F4: an 82-character id hid Current
 * and Latest).
 */
export function cappedWidth(column: Column, widest: number, maxWidth: number): number {
  return column.cutTo === undefined ? widest : Math.min(widest, Math.max(column.cutTo, MIN_CAP, Math.floor(maxWidth / 4)));
}

/** The header line: each header cut and filled to its column's width (never painted), joined by two spaces. */
export function headerLine(columns: readonly Column[], widths: readonly number[]): string {
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
