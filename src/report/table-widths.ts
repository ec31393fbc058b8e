// The widths of a plain-text table's columns fitted to a width, and its header line.
import { cutWider, displayWidth } from '../text/width.js';
import type { Column, MeasuredColumn } from './table.js';
import { spaces } from './table-cells.js';

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

export function fitWidths(columns: readonly MeasuredColumn[], maxWidth: number): number[] {
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
