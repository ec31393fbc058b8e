// An MSPDI calendar <Exception> (Project 2007+) → the days it falls on: its recurrence expanded, or why it cannot be.
import { dayFromYmd, daysInMonth, LAST_DAY, ymdOf, type DayNumber } from '../../calendar/index.js';
import { daysIn, type DayRun } from './day-runs.js';
import { child, text, type XmlNode } from './xml.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The day of an MSPDI date-time (`2027-01-01T00:00:00`); undefined for other text. */
export function parseDay(value: string): DayNumber | undefined {
  const m = DAY.exec(value);
  return m === null ? undefined : dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Why the days of an exception are not exactly the source's: `type`, a <Type> milepel does not expand (7 and 8, MS
 * Project's "day count" forms, or an unknown one: no day is used); `pattern`, a recurrence without the fields it
 * needs or with one out of range (no day is used); `missing-day`, a day of the month some months or years lack (the
 * 31st, 29 February: those get no day); `too-long`, more than LIMIT_DAYS after its first day (the days up to there);
 * `ends`, entered by occurrences, with a ToDate that gives another number of them (the occurrences are used).
 */
export type RecurrenceProblem = 'type' | 'pattern' | 'missing-day' | 'too-long' | 'ends';

export interface ExceptionDays {
  /** The days used, ascending, as runs of consecutive days that do not touch (a daily range is one run). */
  readonly runs: readonly DayRun[];
  /** How many days `runs` holds. */
  readonly count: number;
  /** Set when `runs` is not exactly the exception's days. */
  readonly problem?: RecurrenceProblem;
  /** With `ends`: how many days its ToDate gives. */
  readonly toDateDays?: number;
}

/** How far past its first day an exception is followed: about 110 years, as far as a plan's calendar is useful. */
export const LIMIT_DAYS = 40_000;

/** MSPDI's <DaysOfWeek> bits and <MonthItem> 3…9 count from Sunday; ISO weekday 7 is Sunday. */
function sundayBased(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The day of month `month` (1-based) of `year` that <MonthItem> `item` at <MonthPosition> `position` names, Microsoft's
 * schema: item 0 a day, 1 a weekday (Monday–Friday), 2 a weekend day, 3…9 Sunday…Saturday; position 0…3 the first
 * to fourth, 4 the last. Undefined for values outside those.
 */
function positional(year: number, month: number, item: number, position: number): DayNumber | undefined {
  if (!Number.isInteger(item) || item < 0 || item > 9 || !Number.isInteger(position) || position < 0 || position > 4) return undefined;
  const first = dayFromYmd(year, month, 1);
  const length = daysInMonth(year, month);
  const matches = (d: DayNumber): boolean => {
    const wd = sundayBased(d);
    if (item === 0) return true;
    if (item === 1) return wd >= 1 && wd <= 5;
    if (item === 2) return wd === 0 || wd === 6;
    return wd === item - 3;
  };
  const days: DayNumber[] = [];
  for (let d = first; d < first + length; d++) if (matches(d)) days.push(d);
  return position === 4 ? days[days.length - 1] : days[position];
}

/** A whole number of at least 1 from an element's text; `fallback` when absent or 0 (none given), undefined for no such number. */
function positive(value: string, fallback: number): number | undefined {
  if (value.trim() === '') return fallback;
  const n = Number(value);
  if (n === 0) return fallback;
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/**
 * The days of <Exception> `ex` from its <TimePeriod>'s FromDate on, as Microsoft's schema gives its <Type>: 1 daily
 * (every <Period> days; also when absent, as older files write a plain range), 2 yearly on <Month> (0 = January)
 * <MonthDay>, 3 yearly on <MonthItem> at <MonthPosition> of <Month>, 4 monthly on <MonthDay>, 5 monthly on
 * <MonthItem> at <MonthPosition>, every <Period> months, 6 weekly on <DaysOfWeek> (bits 1 = Sunday … 64 = Saturday),
 * every <Period> weeks from the week of FromDate, weeks starting on `weekStart` (the project's WeekStartDay, 0 =
 * Sunday). The range ends at <Occurrences> days when <EnteredByOccurrences> is 1, else at ToDate. No FromDate: none.
 */
export function exceptionDays(ex: XmlNode, weekStart: number): ExceptionDays {
  const period = child(ex, 'TimePeriod');
  const first = parseDay(text(period, 'FromDate'));
  if (first === undefined) return { runs: [], count: 0 };
  const to = parseDay(text(period, 'ToDate'));
  const count = text(ex, 'EnteredByOccurrences') === '1' ? positive(text(ex, 'Occurrences'), 0) : undefined;
  if (count === undefined || count === 0) return expand(ex, first, to ?? first, Infinity, weekStart);
  // Entered by occurrences, the count ends it; MS Project writes the ToDate they end by too (or a day after the last,
  // before the next). A file whose two ends differ is read by its count, and said.
  const byCount = expand(ex, first, Infinity, count, weekStart);
  if (to === undefined || byCount.problem !== undefined) return byCount;
  const byDate = expand(ex, first, to, Infinity, weekStart);
  return byDate.count === byCount.count ? byCount : { runs: byCount.runs, count: byCount.count, problem: 'ends', toDateDays: byDate.count };
}

/** The elements exceptionDays reads of an <Exception> (with the project's week start, which is the same for all). */
const RECURRENCE_FIELDS = ['EnteredByOccurrences', 'Occurrences', 'Type', 'Period', 'DaysOfWeek', 'Month', 'MonthDay', 'MonthItem', 'MonthPosition'];

/**
 * A key that two <Exception>s share exactly when exceptionDays gives them the same days: the text of every element
 * it reads. A calendar's exception that a later one with the same key repeats needs no days of its own (tester round
 * 41 F1: 10,000 identical weekly exceptions, each expanded and set, took 18 s).
 */
export function recurrenceKey(ex: XmlNode): string {
  const period = child(ex, 'TimePeriod');
  return JSON.stringify([text(period, 'FromDate'), text(period, 'ToDate'), ...RECURRENCE_FIELDS.map((name) => text(ex, name))]);
}

/** The days of `ex` (exceptionDays) from `first` up to `end` (a day, or Infinity) and at most `limit` of them. */
function expand(ex: XmlNode, first: DayNumber, end: number, limit: number, weekStart: number): ExceptionDays {
  const last = Math.min(end, first + LIMIT_DAYS, LAST_DAY);
  const type = text(ex, 'Type').trim() === '' ? 1 : Number(text(ex, 'Type'));
  const every = positive(text(ex, 'Period'), 1);
  const runs: { from: DayNumber; to: DayNumber }[] = [];
  let count = 0;
  let problem: RecurrenceProblem | undefined;
  /** Adds `d` (after the days added so far) when in range; false once the range is over. */
  const add = (d: DayNumber | undefined): boolean => {
    if (d === undefined || d < first) return true;
    if (d > last || count >= limit) return false;
    const run = runs[runs.length - 1];
    if (run !== undefined && run.to === d - 1) run.to = d;
    else runs.push({ from: d, to: d });
    count++;
    return true;
  };
  // Cut at LIMIT_DAYS (or the last day a plan holds) before its own end: the days up to there, said.
  const done = (): ExceptionDays => {
    const found = problem ?? (last < end && count < limit ? 'too-long' : undefined);
    return found === undefined ? { runs, count } : { runs, count, problem: found };
  };
  const none = (why: RecurrenceProblem): ExceptionDays => ({ runs: [], count: 0, problem: why });
  if (every === undefined) return none('pattern');
  if (type === 1 && every === 1) {
    // Every day: one run, not a day at a time (a range of 40,001 days was that many steps, tester round 38 O3).
    const to = Math.min(last, first + limit - 1);
    if (to >= first) runs.push({ from: first, to });
    count = daysIn(runs);
    return done();
  }
  if (type === 1) {
    for (let d = first; add(d); d += every);
    return done();
  }
  if (type === 6) {
    const mask = Number(text(ex, 'DaysOfWeek'));
    if (!Number.isInteger(mask) || mask < 1 || mask > 127) return none('pattern');
    const weekFirst = first - ((sundayBased(first) - weekStart + 7) % 7);
    for (let w = weekFirst; w <= last; w += 7 * every) {
      for (let d = w; d < w + 7; d++) if ((mask & (1 << sundayBased(d))) !== 0 && !add(d)) return done();
    }
    return done();
  }
  if (type < 2 || type > 5 || !Number.isInteger(type)) return none('type');
  const yearly = type === 2 || type === 3;
  const byDay = type === 2 || type === 4;
  const month = Number(text(ex, 'Month'));
  const monthDay = Number(text(ex, 'MonthDay'));
  const item = Number(text(ex, 'MonthItem'));
  const position = Number(text(ex, 'MonthPosition'));
  if (yearly && (text(ex, 'Month').trim() === '' || !Number.isInteger(month) || month < 0 || month > 11)) return none('pattern');
  if (byDay && (!Number.isInteger(monthDay) || monthDay < 1 || monthDay > 31)) return none('pattern');
  if (!byDay && positional(2000, 1, item, position) === undefined) return none('pattern');
  const start = ymdOf(first);
  /** The month (year, 1-based month) k months (years, yearly) after FromDate's, and its day of the pattern. */
  const nth = (k: number): { year: number; m: number; d: DayNumber | undefined } => {
    const index = yearly ? (start.year + k) * 12 + month : start.year * 12 + start.month - 1 + k;
    const year = Math.floor(index / 12);
    const m = index - year * 12 + 1;
    return { year, m, d: !byDay ? positional(year, m, item, position) : monthDay <= daysInMonth(year, m) ? dayFromYmd(year, m, monthDay) : undefined };
  };
  // Counted from the first month (year) whose day is on or after FromDate, in steps of Period: every 2 months on the
  // 15th from 20 January is 15 February, April, June, as MS Project (and MPXJ's reader) count them, not March and May
  // (tester round 29 F2).
  const firstDay = nth(0).d;
  for (let k = firstDay !== undefined && firstDay < first ? 1 : 0; ; k += every) {
    const { year, m, d } = nth(k);
    if (dayFromYmd(year, m, 1) > last) break;
    if (d === undefined && byDay && dayFromYmd(year, m, daysInMonth(year, m)) >= first) problem = 'missing-day';
    if (!add(d)) break;
  }
  return done();
}
