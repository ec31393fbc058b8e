// The time axis above the chart: coarse labels (months or years), tick labels at regular steps, and a rule with ticks and today.
import { ymdOf, type DayNumber } from '../../calendar/index.js';
import { displayWidth } from '../table.js';
import type { Locale } from '../locale.js';
import { createEmptyCells, writeText, type Cell } from './cells.js';
import type { Glyphs } from './glyphs.js';
import { formatTickLabel, unitStart, unitStarts, formatUpperLabel, findUpperScale, type ColumnMap, type Scale } from './scale.js';

interface Label {
  readonly column: number;
  readonly text: string;
}

/** A tick's label and the tick's day (the HTML timeline draws its grid line there). */
interface TickLabel extends Label {
  readonly day: DayNumber;
}

/**
 * Steps (in units) tried for tick labels, smallest first. Months, quarters and years are aligned to the calendar
 * (every 3rd month is Jan, Apr, Jul, Oct), days and weeks to the chart's first tick: either way the labelled ticks
 * lie at one regular step, never at whichever unit happened to have room (issue #12).
 */
const STEPS: ReadonlyMap<Scale, readonly number[]> = new Map<Scale, readonly number[]>([
  ['day', [1, 2, 3, 7, 14, 28]],
  ['week', [1, 2, 4, 8, 13, 26, 52]],
  ['month', [1, 2, 3, 6, 12]],
  ['quarter', [1, 2, 4]],
  // 1, 2, 2.5 and 5 in every decade from ten years on, as 20, 25 and 50: 0001–9999 in 23 columns (--width 40) is
  // labelled 2500 5000 7500 rather than 5000 alone.
  ['year', [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000]],
]);

/** The unit's index on the calendar: months and quarters since year 0, the year itself; undefined for days and weeks. */
function calendarIndex(day: DayNumber, scale: Scale): number | undefined {
  const { year, month } = ymdOf(day);
  if (scale === 'month') return year * 12 + month - 1;
  if (scale === 'quarter') return year * 4 + Math.floor((month - 1) / 3);
  if (scale === 'year') return year;
  return undefined;
}

/** Whether labels left to right touch (one blank column between them is needed); one past the end may be cut off. */
function collides(labels: readonly Label[]): boolean {
  for (let i = 1; i < labels.length; i++) if (labels[i]!.column < labels[i - 1]!.column + displayWidth(labels[i - 1]!.text) + 1) return true;
  return false;
}

/** Every `step`-th tick, aligned as {@link STEPS} says. */
function everyStep(ticks: readonly DayNumber[], scale: Scale, step: number): DayNumber[] {
  return ticks.filter((d, i) => ((calendarIndex(d, scale) ?? i) % step) === 0);
}

/** The tick labels: the smallest regular step at which no two labels touch. */
export function chooseTickLabels(map: ColumnMap, scale: Scale, locale: Locale): { step: number; labels: TickLabel[] } {
  const ticks = unitStarts(map.from, map.to, scale);
  const steps = STEPS.get(scale)!;
  let labels: TickLabel[] = [];
  for (const step of steps) {
    labels = everyStep(ticks, scale, step).map((d) => ({ column: map.columnOf(d), text: formatTickLabel(d, scale, locale), day: d }));
    if (!collides(labels)) return { step, labels };
  }
  return { step: steps[steps.length - 1]!, labels };
}

/**
 * The row above the ticks: months above days and weeks, years above months and quarters. A year is named at every
 * year change (January's label carries it, and so does the first label); a label that would run off the end is
 * moved left to end at the last column. Months between are labelled at the smallest regular step that has room.
 */
export function chooseUpperLabels(map: ColumnMap, scale: Scale, locale: Locale): Label[] {
  const upper = findUpperScale(scale);
  if (upper === undefined) return [];
  const starts = unitStarts(map.from, map.to, upper);
  const isYearChange = (d: DayNumber): boolean => ymdOf(d).month === 1;
  const fit = (l: Label): Label => ({ column: Math.max(0, Math.min(l.column, map.columns - displayWidth(l.text))), text: l.text });
  const lead = { column: 0, text: formatUpperLabel(unitStart(map.from, upper), upper, locale, true) };
  for (const step of upper === 'month' ? [1, 2, 3, 6, 12] : [1]) {
    const chosen = everyStep(starts, upper, step);
    const labels: Label[] = chosen.map((d) => fit({ column: map.columnOf(d), text: formatUpperLabel(d, upper, locale, false) }));
    // The unit the chart starts inside is named at column 0, with its year, unless it would crowd the next label;
    // then the next label carries the year.
    const first = labels[0];
    if (first === undefined || (first.column > 0 && !collides([lead, first]))) labels.unshift(lead);
    else labels[0] = fit({ column: first.column, text: formatUpperLabel(chosen[0]!, upper, locale, true) });
    if (!collides(labels)) return labels;
  }
  // Only year changes (and the start): they fit by the scale's minimum columns (see scale.ts MIN_COLUMNS).
  const years = starts.filter(isYearChange).map((d) => fit({ column: map.columnOf(d), text: formatUpperLabel(d, upper, locale, true) }));
  return years[0] === undefined || !collides([lead, years[0]]) ? [lead, ...years] : years;
}

/** Two or three lines of cells: [upper labels], tick labels, rule. */
export function drawAxis(map: ColumnMap, scale: Scale, today: DayNumber, locale: Locale, g: Glyphs): Cell[][] {
  const lines: Cell[][] = [];
  if (findUpperScale(scale) !== undefined) {
    const cells = createEmptyCells(map.columns);
    for (const l of chooseUpperLabels(map, scale, locale)) writeText(cells, l.column, l.text);
    lines.push(cells);
  }
  const tickCells = createEmptyCells(map.columns);
  const { step, labels } = chooseTickLabels(map, scale, locale);
  let free = 0;
  for (const l of labels) {
    if (l.column < free || l.column + displayWidth(l.text) > map.columns) continue;
    writeText(tickCells, l.column, l.text);
    free = l.column + displayWidth(l.text) + 1;
  }
  // No tick labelled inside the range (it lies inside one unit, or its one tick has no room): the unit it starts in is
  // named at the left edge, so that the axis always says where it is (a tester's finding: a year-scale chart of May to
  // July had no label at all, a month-scale one of part of May only "2026").
  if (free === 0) writeText(tickCells, 0, formatTickLabel(unitStart(map.from, scale), scale, locale));
  lines.push(tickCells);
  const rule: Cell[] = Array.from({ length: map.columns }, () => ({ ch: g.rule, kind: 'rule' }));
  // Every unit gets a tick when ticks stay two columns apart; else only the labelled ones, at their regular step.
  const ticks = unitStarts(map.from, map.to, scale);
  const columns = ticks.map((d) => map.columnOf(d));
  const sparse = columns.every((c, i) => i === 0 || c - columns[i - 1]! >= 2);
  const marked = sparse ? columns : everyStep(ticks, scale, step).map((d) => map.columnOf(d));
  for (const c of marked) if (c >= 0 && c < map.columns) rule[c] = { ch: g.tick, kind: 'rule' };
  const t = map.columnOf(today);
  if (t >= 0 && t < map.columns) rule[t] = { ch: g.todayMark, kind: 'today' };
  lines.push(rule);
  return lines;
}
