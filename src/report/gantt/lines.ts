// The gantt chart's lines: a row of label, flags and chart cells; a heading; an empty row with the today line.
import { flattenText } from '../safe-text.js';
import { displayWidth } from '../table.js';
import { drawToday, createEmptyCells, paintCells, choosePaint, type Cell } from './cells.js';
import { cutText } from './glyphs.js';
import { fitLabel } from './labels.js';
import { FLAGS, GUTTER, type Layout } from './layout.js';
import type { MilestoneRow } from './timeline.js';

/** A row's three flag cells, painted: one text for each of the twelve combinations, made on first use. */
export function flags(row: MilestoneRow, l: Layout): string {
  const key = (row.isDone ? 2 : row.isLate ? 1 : 0) * 4 + (row.isCritical ? 2 : 0) + (row.isPushed ? 1 : 0);
  let text = l.flags[key];
  if (text === undefined) {
    const cells: Cell[] = [
      row.isDone ? { ch: l.g.done, kind: 'done' } : row.isLate ? { ch: l.g.late, kind: 'late' } : { ch: ' ', kind: 'empty' },
      row.isCritical ? { ch: l.g.critical, kind: 'critical' } : { ch: ' ', kind: 'empty' },
      row.isPushed ? { ch: l.g.pushed, kind: 'pushed' } : { ch: ' ', kind: 'empty' },
    ];
    text = paintCells(cells, l.style);
    l.flags[key] = text;
  }
  return text;
}

/**
 * A row: the label cut to the label column, the flags, the chart cells (trailing blanks dropped), without white space at
 * its end. `width` is the label's display width when known (else it is measured).
 */
export function chartLine(l: Layout, label: string, flagText: string, cells: readonly Cell[], width?: number): string {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.kind === 'empty') end--;
  const flagPart = flagText === '' ? NO_FLAGS : flagText;
  const shown = fitLabel(l, label, width ?? displayWidth(label));
  if (end === 0) return `${shown} ${flagPart}`.trimEnd();
  const line = `${shown} ${flagPart} ${paintCells(cells, l.style, end)}`;
  // Trimmed only when it may end in white space: trimEnd copies the line (it is made of pieces) to look at its end, and
  // a row ends in its last cell's character (or a colour code after it).
  const last = cells[end - 1]!.ch;
  return last !== '' && last !== ' ' && last.trimEnd() === last ? line : line.trimEnd();
}

/** The flag cells of a row without flags. */
const NO_FLAGS = ' '.repeat(FLAGS);

/** A heading across the row; the today line continues to the right of it when there is room. */
export function headingLine(l: Layout, text: string, paint: (t: string) => string): string {
  const shown = cutText(flattenText(text), l.width, l.g);
  const cells = createEmptyCells(l.map.columns);
  drawToday(cells, l.map, l.today, l.g);
  const todayAt = cells.findIndex((c) => c.kind === 'today');
  const used = displayWidth(shown);
  if (todayAt < 0 || used + 1 > l.label + GUTTER + todayAt) return paint(shown);
  return `${paint(shown)}${' '.repeat(l.label + GUTTER + todayAt - used)}${choosePaint('today', l.style)(l.g.today)}`;
}

/** An empty row with the today line, without white space at its end. */
export function gapLine(l: Layout): string {
  const cells = createEmptyCells(l.map.columns);
  drawToday(cells, l.map, l.today, l.g);
  return chartLine(l, '', '', cells);
}
