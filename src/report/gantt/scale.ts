// Time scales of the chart: which one fits a range, unit boundaries, and the day → column mapping.
import { dayFromYmd, isoWeek, isoWeekday, ymdOf, type DayNumber } from '../../calendar/index.js';
import { formatYear, monthName, type Locale } from '../locale.js';

export type Scale = 'day' | 'week' | 'month' | 'quarter' | 'year';

export const SCALES: readonly Scale[] = ['day', 'week', 'month', 'quarter', 'year'];

/** Average length of a unit in days, and the columns a unit needs for its tick label to fit. */
const UNIT: ReadonlyMap<Scale, { days: number; columns: number }> = new Map([
  ['day', { days: 1, columns: 3 }],
  ['week', { days: 7, columns: 4 }],
  ['month', { days: 30.44, columns: 4 }],
  ['quarter', { days: 91.31, columns: 3 }],
  ['year', { days: 365.25, columns: 0 }],
]);

export function isScale(text: string): text is Scale {
  return (SCALES as readonly string[]).includes(text);
}

/** The finest scale whose units get enough columns for their labels. */
export function chooseScale(from: DayNumber, to: DayNumber, columns: number): Scale {
  const days = to - from + 1;
  for (const scale of SCALES) {
    const unit = UNIT.get(scale)!;
    if ((columns * unit.days) / days >= unit.columns) return scale;
  }
  return 'year';
}

/**
 * Columns a unit needs at least for a --scale the user names: one per unit so ticks stay apart, and for quarters
 * room for a year label (four digits and a blank) in every year even at the chart's end. Years always fit: at year
 * scale, when a year gets fewer than 5 columns, every 2nd, 5th, 10th … year is labelled.
 */
const MIN_COLUMNS: ReadonlyMap<Scale, number> = new Map([['day', 1], ['week', 1], ['month', 1], ['quarter', 2.5], ['year', 0]]);

/** The chart columns the range [first, last] needs at `scale` (see MIN_COLUMNS). */
export function columnsNeeded(first: DayNumber, last: DayNumber, scale: Scale): number {
  const { from, to } = snapRange(first, last, scale);
  return Math.ceil((MIN_COLUMNS.get(scale)! * (to - from + 1)) / UNIT.get(scale)!.days);
}

/** The finest scale whose units all get their minimum columns: what an unreadable --scale is refused in favour of. */
export function finestFittingScale(first: DayNumber, last: DayNumber, columns: number): Scale {
  return SCALES.find((s) => columnsNeeded(first, last, s) <= columns) ?? 'year';
}

/** The first day of the unit that holds `day`. */
export function unitStart(day: DayNumber, scale: Scale): DayNumber {
  if (scale === 'day') return day;
  if (scale === 'week') return day - isoWeekday(day) + 1;
  const { year, month } = ymdOf(day);
  if (scale === 'month') return dayFromYmd(year, month, 1);
  if (scale === 'quarter') return dayFromYmd(year, month - ((month - 1) % 3), 1);
  return dayFromYmd(year, 1, 1);
}

/** The first day of the unit after the one that starts at `start`. */
export function nextUnit(start: DayNumber, scale: Scale): DayNumber {
  if (scale === 'day') return start + 1;
  if (scale === 'week') return start + 7;
  const { year, month } = ymdOf(start);
  const step = scale === 'month' ? 1 : scale === 'quarter' ? 3 : 12;
  const m = month - 1 + step;
  return dayFromYmd(year + Math.floor(m / 12), (m % 12) + 1, 1);
}

/** Widens a range to whole units of the scale. */
export function snapRange(first: DayNumber, last: DayNumber, scale: Scale): { from: DayNumber; to: DayNumber } {
  return { from: unitStart(first, scale), to: nextUnit(unitStart(last, scale), scale) - 1 };
}

/**
 * The starts of the units inside [from, to], the first unit's start included only when it is `from`; the first
 * `limit` of them, by default all. All are few: a text chart's range has at most its columns' worth of days, weeks,
 * months or quarters (a finer --scale is refused, checkGanttScale), and any range at most 9,999 years (0001–9999,
 * SPEC §2). A default cap of 5,000 once cut the axes of the text chart and the HTML timeline from 0001 to 9999 off
 * at the year 5000 (a tester's finding, session 11).
 */
export function unitStarts(from: DayNumber, to: DayNumber, scale: Scale, limit = Infinity): DayNumber[] {
  const starts: DayNumber[] = [];
  let d = unitStart(from, scale);
  if (d < from) d = nextUnit(d, scale);
  for (; d <= to && starts.length < limit; d = nextUnit(d, scale)) starts.push(d);
  return starts;
}

/** The label under a tick: day of month, ISO week (uke 37 / W37), month, quarter (K3 / Q3) or year. */
export function formatTickLabel(day: DayNumber, scale: Scale, locale: Locale): string {
  const { year, month, day: dom } = ymdOf(day);
  if (scale === 'day') return String(dom);
  if (scale === 'week') return locale === 'nb' ? `uke ${isoWeek(day).week}` : `W${isoWeek(day).week}`;
  if (scale === 'month') return monthName(month, locale, true);
  if (scale === 'quarter') return `${locale === 'nb' ? 'K' : 'Q'}${Math.floor((month - 1) / 3) + 1}`;
  return formatYear(year);
}

/** The coarser unit shown above the ticks: months for day and week scales, years for month and quarter. */
export function findUpperScale(scale: Scale): Scale | undefined {
  if (scale === 'day' || scale === 'week') return 'month';
  if (scale === 'month' || scale === 'quarter') return 'year';
  return undefined;
}

/** A month above week or day ticks carries its year when it is the first label or January. */
export function formatUpperLabel(day: DayNumber, scale: Scale, locale: Locale, isFirst: boolean): string {
  const { year, month } = ymdOf(day);
  if (scale !== 'month') return formatYear(year);
  return isFirst || month === 1 ? `${monthName(month, locale, true)} ${formatYear(year)}` : monthName(month, locale, true);
}

/** Maps days to chart columns 0 … columns-1; -1 before the range, `columns` after it. */
export interface ColumnMap {
  readonly from: DayNumber;
  readonly to: DayNumber;
  readonly columns: number;
  readonly columnOf: (day: DayNumber) => number;
}

/**
 * The columns of [from, to]. With a `scale`, each of its units gets whole columns (its first at the column nearest
 * its place in the range, its tick's): no column holds the end of one unit and the start of the next, so a date is
 * drawn on its own period's side of the tick. Spread evenly over the range, a column of some six days at month scale
 * put every 31 December under the next year's tick (a tester's finding: the roadmap's "by end of 2019" milestones
 * drawn under 2020). A unit narrower than a column (years at a narrow width) shares its column with the next.
 */
export function createColumnMap(from: DayNumber, to: DayNumber, columns: number, scale?: Scale): ColumnMap {
  const span = to - from + 1;
  const even = (day: DayNumber): number => Math.min(columns - 1, Math.floor(((day - from) * columns) / span));
  // Where a unit that starts on `day` begins: the column boundary nearest to its even place.
  const boundary = (day: DayNumber): number => Math.round(((day - from) * columns) / span);
  const columnOf = (day: DayNumber): number => {
    if (day < from) return -1;
    if (day > to) return columns;
    if (scale === undefined || scale === 'day') return even(day);
    const unit = unitStart(day, scale);
    const start = Math.max(from, unit);
    const end = Math.min(to + 1, nextUnit(unit, scale));
    const first = boundary(start);
    const width = boundary(end) - first;
    return Math.min(columns - 1, width <= 0 ? first : first + Math.floor(((day - start) * width) / (end - start)));
  };
  return { from, to, columns, columnOf };
}
