// The time axis above the chart: coarse labels (months or years), tick labels, and a rule with ticks and today.
import type { DayNumber } from '../../calendar/index.js';
import { displayWidth } from '../table.js';
import type { Locale } from '../locale.js';
import { createEmptyCells, writeText, type Cell } from './cells.js';
import type { Glyphs } from './glyphs.js';
import { formatTickLabel, unitStart, unitStarts, formatUpperLabel, findUpperScale, type ColumnMap, type Scale } from './scale.js';

/** Places labels left to right at their columns, skipping any that would touch the previous one or run off the end. */
function placeLabels(cells: Cell[], labels: readonly { column: number; text: string }[]): number[] {
  let free = 0;
  const placed: number[] = [];
  for (const { column, text } of labels) {
    const width = displayWidth(text);
    if (column < free || column + width > cells.length) continue;
    writeText(cells, column, text);
    placed.push(column);
    free = column + width + 1;
  }
  return placed;
}

/** Two or three lines of cells: [upper labels], tick labels, rule. */
export function drawAxis(map: ColumnMap, scale: Scale, today: DayNumber, locale: Locale, g: Glyphs): Cell[][] {
  const ticks = unitStarts(map.from, map.to, scale);
  const lines: Cell[][] = [];
  const upper = findUpperScale(scale);
  if (upper !== undefined) {
    const cells = createEmptyCells(map.columns);
    const labels = unitStarts(map.from, map.to, upper).map((d, i) => ({ column: map.columnOf(d), text: formatUpperLabel(d, upper, locale, i === 0) }));
    // The chart may start inside a unit: name it at column 0 unless that would crowd out the next label.
    const first = formatUpperLabel(unitStart(map.from, upper), upper, locale, true);
    if (labels[0]?.column !== 0 && (labels[0] === undefined || labels[0].column > displayWidth(first))) labels.unshift({ column: 0, text: first });
    placeLabels(cells, labels);
    lines.push(cells);
  }
  const tickCells = createEmptyCells(map.columns);
  const placed = placeLabels(tickCells, ticks.map((d) => ({ column: map.columnOf(d), text: formatTickLabel(d, scale, locale) })));
  lines.push(tickCells);
  const rule: Cell[] = Array.from({ length: map.columns }, () => ({ ch: g.rule, kind: 'rule' }));
  // Ticks closer than every other column would merge into a solid comb: then only labelled ticks are drawn.
  const tickColumns = ticks.length * 2 > map.columns ? placed : ticks.map((d) => map.columnOf(d));
  for (const c of tickColumns) if (c >= 0 && c < map.columns) rule[c] = { ch: g.tick, kind: 'rule' };
  const t = map.columnOf(today);
  if (t >= 0 && t < map.columns) rule[t] = { ch: g.todayMark, kind: 'today' };
  lines.push(rule);
  return lines;
}
