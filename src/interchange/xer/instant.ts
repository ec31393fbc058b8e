// P6 date-times ("2021-12-06 17:00") → milepel day dates: a finish at the start of a working day is the end of the working day before.
import { dayFromYmd, FIRST_DAY, formatDay, isoWeekday, isValidYmd, LAST_DAY, type DayNumber } from '../../calendar/index.js';
import type { XerCalendar } from './calendar.js';

export interface Instant {
  readonly day: DayNumber;
  /** Minutes after midnight. */
  readonly minute: number;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?/;
/** A date of any year's width, to tell a year outside 0001–9999 (`10000-01-01`, `0000-01-01`) from text that is no date. */
const ANY_YEAR = /^\s*(\d+)-(\d{2})-(\d{2})(?:$|[ T])/;

/**
 * Why a date field gives no day milepel can write: `form` not a date, `no-day` a date the calendar does not have
 * (2019-02-30), `range` a year outside 0001–9999, `before-first` a finish at the start of 0001-01-01, which ends the
 * working day before it (finishDay).
 */
export type DateProblem = 'form' | 'no-day' | 'range' | 'before-first';

/** What parseInstant found for the texts it read last (NOT_INSTANT for none): an import reads the same few thousand dates 600,000 times. */
const instants = new Map<string, Instant | typeof NOT_INSTANT>();
const NOT_INSTANT = 0;

/** `YYYY-MM-DD HH:MM` (time optional); undefined for '' or anything else. The same object for the same text. */
export function parseInstant(text: string): Instant | undefined {
  const known = instants.get(text);
  if (known !== undefined) return known === NOT_INSTANT ? undefined : known;
  if (instants.size >= 100_000) instants.clear();
  const read = readInstant(text);
  instants.set(text, read ?? NOT_INSTANT);
  return read;
}

function readInstant(text: string): Instant | undefined {
  const m = DATE_TIME.exec(text);
  if (m === null) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidYmd(y, mo, d)) return undefined;
  return Object.freeze({ day: dayFromYmd(y, mo, d), minute: m[4] === undefined ? 0 : Number(m[4]) * 60 + Number(m[5]) });
}

/** Working minutes of `day` in the calendar (exceptions first, then the week). */
export function workMinutes(cal: XerCalendar, day: DayNumber): number {
  return cal.exceptions.get(day) ?? cal.weekMinutes[isoWeekday(day) - 1] ?? 0;
}

/**
 * `day`, or, when it has no work, the working day before it: a finish there is, in working time, the end of that day's
 * work (Saturday 17:00 is Friday's end). For MS Project files, whose scheduler never puts a date in non-working time
 * (mspdi/task-dates.ts workingEnd, the project's FinishDate, an actual start); finishDay keeps such a day.
 */
export function workingDayOf(cal: XerCalendar, day: DayNumber): DayNumber {
  return workMinutes(cal, day) > 0 ? day : previousWorkday(cal, day);
}

/** The working day before `day` (at most ~10 years back; the calendar always has working weekdays). */
export function previousWorkday(cal: XerCalendar, day: DayNumber): DayNumber {
  for (let d = day - 1; d > day - 3700; d--) if (workMinutes(cal, d) > 0) return d;
  return day - 1;
}

export interface FinishDay {
  readonly day: DayNumber;
  /** False when the instant lies inside a working day (a finish at 12:00): the day is then rounded. */
  readonly isWholeDay: boolean;
}

/**
 * The day at whose end a finish instant lies, in working time: an instant at or before the first
 * work period of its day belongs to the working day before (P6 shows a
 * start milestone after Friday's work at Monday 08:00; milepel dates it Friday, as its FS rule does);
 * an instant after a full day's work is that day. A full day ends at the end of the last work period,
 * or earlier, a day's minutes after the first period starts: P6 counts a day's hours from its start
 * and ends many 08:00–12:00 + 13:00–17:00 days at 16:00 (the third P6 file does so 2,224 times).
 */
export function finishDay(cal: XerCalendar, at: Instant): FinishDay {
  if (at.minute <= cal.dayStartMinute) return { day: previousWorkday(cal, at.day), isWholeDay: true };
  // A finish later in a non-working day is a date set by hand (milepel's export writes a Saturday milestone so): kept.
  if (workMinutes(cal, at.day) === 0) return { day: at.day, isWholeDay: true };
  return { day: at.day, isWholeDay: at.minute >= Math.min(cal.dayEndMinute, cal.dayStartMinute + cal.dayMinutes) };
}

/**
 * The status date T (SPEC §6) of a data date or status date instant, by finishDay's convention: everything up to the
 * instant is past, so a data date at or before its day's work (P6's `2017-09-16 00:00`, a Saturday) is the end of the
 * working day before (Friday). Read so, T agrees with the finishes read by the same rule: a start milestone P6 put at
 * Monday 08:00, the first work after that data date, is dated Friday and is due at T, not overdue; an actual finish at
 * the data date is not after T. The day named when that working day would come before 0001-01-01.
 */
export function statusDay(cal: XerCalendar, at: Instant): DayNumber {
  const day = finishDay(cal, at).day;
  return day < FIRST_DAY ? at.day : day;
}

/** `YYYY-MM-DD HH:MM`, as P6 writes an instant. */
export function formatInstant(at: Instant): string {
  const hhmm = (n: number): string => String(n).padStart(2, '0');
  return `${formatDay(at.day)} ${hhmm(Math.floor(at.minute / 60))}:${hhmm(at.minute % 60)}`;
}

/**
 * A data date or status date as an imported plan's `status_date`: its day (statusDay) and, when that is not the day
 * the source's date names, the comment written beside it, so that nobody takes it for a slip of the import. `field`
 * names the source's date in that comment (`P6 data date`, `StatusDate`).
 */
export function readStatusDate(cal: XerCalendar, at: Instant, field: string): { readonly day: DayNumber; readonly note?: string } {
  const day = statusDay(cal, at);
  const note = dayBeforeNote(field, at, day);
  return note === undefined ? { day } : { day, note };
}

/**
 * The comment written beside a day read from `at` by finishDay's rule when that is not the day `at` names (a finish at
 * or before its day's work is the end of the working day before), so that the plan file's `2019-09-27` is not taken for
 * a slip of the import where P6 or MS Project shows 2019-09-30 08:00; undefined when it is that day, and when `at` is
 * undefined (the source's field holds no instant parseInstant reads: nothing to set beside the day). `field` names the
 * source's date (`P6 data date`, `MS Project finish`).
 */
export function dayBeforeNote(field: string, at: Instant | undefined, day: DayNumber, cal?: XerCalendar): string | undefined {
  if (at === undefined || day === at.day) return undefined;
  // An elapsed task's midnight (mspdi/task-dates.ts elapsedEnd): the day before is one without work.
  if (cal !== undefined && at.minute === 0 && day === at.day - 1 && workMinutes(cal, day) === 0) return `${field} ${formatInstant(at)} is at midnight: the end of the day before`;
  // Later than the start of a day without work (a finish read in working time: mspdi/task-dates.ts).
  const where = cal !== undefined && at.minute > cal.dayStartMinute ? 'is in non-working time' : "is before that day's work";
  return `${field} ${formatInstant(at)} ${where}: the end of the working day before`;
}

/** Why a non-empty date-time text that parseInstant refuses gives no day (SPEC §2's days are 0001-01-01 to 9999-12-31). */
export function instantProblem(text: string): DateProblem {
  const m = ANY_YEAR.exec(text);
  if (m === null) return 'form';
  const year = Number(m[1]);
  return year < 1 || year > 9999 ? 'range' : 'no-day';
}

/**
 * A finish field's day (finishDay), undefined when empty, or why it has none: a text that is no date, and a finish at
 * the start of 0001-01-01 (whose working day before is no day of the plan: it was written as `0000-12-29`).
 */
export function readFinish(cal: XerCalendar, text: string): FinishDay | { readonly problem: DateProblem } | undefined {
  if (text.trim() === '') return undefined;
  const at = parseInstant(text);
  if (at === undefined) return { problem: instantProblem(text) };
  const finish = finishDay(cal, at);
  if (finish.day < FIRST_DAY) return { problem: 'before-first' };
  return finish.day > LAST_DAY ? { problem: 'range' } : finish;
}
