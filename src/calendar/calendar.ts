// Working-day calendars (SPEC §3): workdays, holidays, closed days and add/sub/between.
import { isoWeekday, ymdOf, type DayNumber } from './day.js';
import { durationDays, isWorkingUnit, type Duration } from './duration.js';
import { isNorwegianHoliday, norwegianHolidays } from './holidays.js';
import { findRange, FirstRangeIndex, mergeRanges, type ClosedRange } from './closed-ranges.js';
import { INDEX_MAX, INDEX_MIN, WorkdayIndex } from './workday-index.js';
import type { Message } from '../messages/types.js';

export type { ClosedRange } from './closed-ranges.js';

export interface CalendarSpec {
  readonly holidays: 'NO' | 'none';
  /** Extra non-working days; a range with from > to is empty. */
  readonly closed: readonly ClosedRange[];
  /** ISO weekdays 1 (Monday) … 7 (Sunday); other numbers are ignored. */
  readonly workdays: readonly number[];
}

export const DEFAULT_CALENDAR_SPEC: CalendarSpec = Object.freeze({
  holidays: 'NO',
  closed: Object.freeze([]),
  workdays: Object.freeze([1, 2, 3, 4, 5]),
});

/**
 * A text that is the same for two specs exactly when their fields are: holidays, workdays and closed ranges, in
 * order (a calendar's spec is also what `export --format json` writes, so specs that differ only in order differ).
 */
export function calendarKey(spec: CalendarSpec): string {
  return `${spec.holidays};${spec.workdays.join(',')};${spec.closed.map((r) => `${r.from}:${r.to}`).join(',')}`;
}

function assertDay(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} is not an integer: ${value}`);
}

/**
 * A working-day calendar. Holidays and closed days apply inside years 0000–9999; outside
 * them only the weekly pattern does. With no workdays at all, nothing is a working day,
 * and add, sub and between count calendar days instead (they could never finish otherwise).
 * Arithmetic is O(log n) through a lazily built index, memoised per instance.
 */
export class WorkCalendar {
  readonly spec: CalendarSpec;
  readonly hasWorkdays: boolean;
  private readonly pattern: readonly boolean[];
  private readonly merged: readonly ClosedRange[];
  private readonly index: WorkdayIndex | undefined;
  /** The first closed range written that holds a day, made at the first reason asked for a closed day. */
  private firstRange: FirstRangeIndex | undefined;

  constructor(spec: CalendarSpec) {
    this.spec = spec;
    this.pattern = [1, 2, 3, 4, 5, 6, 7].map((wd) => spec.workdays.includes(wd));
    this.hasWorkdays = this.pattern.includes(true);
    this.merged = mergeRanges(spec.closed);
    this.index = this.hasWorkdays
      ? new WorkdayIndex(this.pattern, (from, flags) => this.markWorkdays(from, flags))
      : undefined;
  }

  isWorkday(d: DayNumber): boolean {
    if (this.index === undefined) return false;
    const known = this.index.lookup(d);
    if (known !== undefined) return known;
    if (this.pattern[isoWeekday(d) - 1] !== true) return false;
    if (d < INDEX_MIN || d >= INDEX_MAX) return true;
    if (this.spec.holidays === 'NO' && isNorwegianHoliday(d)) return false;
    return !this.isClosed(d);
  }

  /** Why d is not a working day (a weekday off, a holiday, a closed day), as a message; undefined on a working day. */
  nonWorkdayReason(d: DayNumber): Message | undefined {
    if (this.isWorkday(d)) return undefined;
    if (!this.hasWorkdays) return { id: 'calendar.no-workdays', data: {} };
    const weekday = isoWeekday(d);
    if (this.pattern[weekday - 1] !== true) return { id: 'calendar.weekday', data: { weekday } };
    if (this.spec.holidays === 'NO' && isNorwegianHoliday(d)) return { id: 'calendar.holiday', data: { day: d } };
    const range = this.spec.closed[(this.firstRange ??= new FirstRangeIndex(this.spec.closed)).firstHolding(d)];
    if (range !== undefined) return { id: 'calendar.closed', data: { from: range.from, to: range.to } };
    return { id: 'calendar.not-workday', data: {} };
  }

  /** n = 0: d; n > 0: the n-th working day after d; n < 0: sub(d, -n). */
  add(d: DayNumber, n: number): DayNumber {
    assertDay(d, 'day');
    assertDay(n, 'count');
    if (n === 0) return d;
    if (n < 0) return this.sub(d, -n);
    if (this.index === undefined) return d + n;
    return this.index.firstReaching(this.index.rank(d + 1) + n) - 1;
  }

  /** n = 0: d; n > 0: the n-th working day before d; n < 0: add(d, -n). */
  sub(d: DayNumber, n: number): DayNumber {
    assertDay(d, 'day');
    assertDay(n, 'count');
    if (n === 0) return d;
    if (n < 0) return this.add(d, -n);
    if (this.index === undefined) return d - n;
    return this.index.firstReaching(this.index.rank(d) - n + 1) - 1;
  }

  /**
   * The latest day d with add(d, n) ≤ x: add's greatest inverse, which the backward pass undoes a working-day step
   * with (SPEC §5: "the backward pass undoes each in reverse order"). n > 0: the day before the (n-1)-th working day
   * before the last working day ≤ x, i.e. sub(x + 1, n) − 1, which may be a non-working day: add from the weekend
   * after a Friday reaches what add from that Friday reaches. sub(x, n) (the n-th working day before x) is that day's
   * last working day when x is one, and a day too late when x is not (add(Fri, 1) is Monday, past a Saturday x); and
   * an elapsed step undone after it lost the non-working days in between (a tester's finding: a calendar-day lag
   * landing on a Saturday gave its predecessor a float of -1 on a network without deadlines).
   * n = 0: x; n < 0: add(x, -n) (a lead: sub's greatest inverse is add).
   */
  latestAdding(x: DayNumber, n: number): DayNumber {
    if (n === 0) return x;
    if (n < 0) return this.add(x, -n);
    return this.sub(x + 1, n) - 1;
  }

  /** Working days x with a < x ≤ b when b ≥ a; else minus those with b < x ≤ a. */
  between(a: DayNumber, b: DayNumber): number {
    assertDay(a, 'day');
    assertDay(b, 'day');
    if (a === b) return 0;
    if (this.index === undefined) return b - a;
    return this.index.rank(b + 1) - this.index.rank(a + 1);
  }

  /** d moved forward by a duration: working units in this calendar, elapsed units in days. */
  addDuration(d: DayNumber, dur: Duration): DayNumber {
    const days = durationDays(dur);
    return isWorkingUnit(dur.unit) ? this.add(d, days) : d + days;
  }

  /** d moved back by a duration; the reverse of addDuration. */
  subDuration(d: DayNumber, dur: Duration): DayNumber {
    const days = durationDays(dur);
    return isWorkingUnit(dur.unit) ? this.sub(d, days) : d - days;
  }

  /** The earliest working day ≥ d (d itself when the calendar has no workdays). */
  rollForward(d: DayNumber): DayNumber {
    return this.hasWorkdays ? this.add(d - 1, 1) : d;
  }

  /** The latest working day ≤ d (d itself when the calendar has no workdays). */
  rollBackward(d: DayNumber): DayNumber {
    return this.hasWorkdays ? this.sub(d + 1, 1) : d;
  }

  /**
   * flags[i] = 1 when day `from + i` is a working day, as isWorkday says, for a whole range at once: the weekly
   * pattern, then each year's holidays and the closed ranges inside 0000–9999 (outside, the pattern alone, as
   * isWorkday). O(days + holidays + closed ranges), where a call of isWorkday per day cost 250 ms for the million days
   * of the risk kernel's tables at 100,000 milestones (issue #18).
   */
  fillWorkdays(from: DayNumber, flags: Uint8Array): void {
    if (!this.hasWorkdays) {
      flags.fill(0);
      return;
    }
    this.fillPattern(from, flags);
    const lo = Math.max(from, INDEX_MIN);
    const hi = Math.min(from + flags.length, INDEX_MAX);
    if (lo < hi) this.clearDaysOff(lo, flags.subarray(lo - from, hi - from));
  }

  private isClosed(d: DayNumber): boolean {
    const range = this.merged[findRange(this.merged, d)];
    return range !== undefined && d <= range.to;
  }

  /** Bulk version of isWorkday for the index: weekly pattern, then holidays, then closed days. */
  private markWorkdays(from: DayNumber, flags: Uint8Array): void {
    this.fillPattern(from, flags);
    this.clearDaysOff(from, flags);
  }

  /** flags[i] = 1 when the weekday of `from + i` is a workday: one week, then the flags so far copied after themselves. */
  private fillPattern(from: DayNumber, flags: Uint8Array): void {
    let weekday = isoWeekday(from) - 1;
    for (let i = 0; i < Math.min(7, flags.length); i++) {
      flags[i] = this.pattern[weekday] === true ? 1 : 0;
      weekday = weekday === 6 ? 0 : weekday + 1;
    }
    for (let filled = 7; filled < flags.length; filled *= 2) flags.copyWithin(filled, 0, filled);
  }

  /** Clears the flags of the holidays and closed days of `from + i` (days inside 0000–9999). */
  private clearDaysOff(from: DayNumber, flags: Uint8Array): void {
    const to = from + flags.length;
    if (this.spec.holidays === 'NO') {
      const lastYear = ymdOf(to - 1).year;
      for (let year = ymdOf(from).year; year <= lastYear; year++) {
        for (const h of norwegianHolidays(year)) {
          if (h >= from && h < to) flags[h - from] = 0;
        }
      }
    }
    let i = Math.max(0, findRange(this.merged, from));
    for (let range = this.merged[i]; range !== undefined && range.from < to; range = this.merged[++i]) {
      const start = Math.max(range.from, from);
      const end = Math.min(range.to, to - 1);
      if (start <= end) flags.fill(0, start - from, end - from + 1);
    }
  }
}

/** The NO Monday–Friday calendar; meetings are checked against it. */
export const DEFAULT_CALENDAR: WorkCalendar = new WorkCalendar(DEFAULT_CALENDAR_SPEC);
