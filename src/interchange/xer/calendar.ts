// P6 calendars: the `clndr_data` text of the CALENDAR table → working minutes per weekday and per exception day.
import { dayFromYmd, type DayNumber } from '../../calendar/index.js';

export interface XerCalendar {
  readonly id: string;
  readonly name: string;
  /** Working minutes per ISO weekday, index 0 = Monday … 6 = Sunday. */
  readonly weekMinutes: readonly number[];
  /** Exception days (P6 "exceptions"): day → working minutes that day (0 = non-working). */
  readonly exceptions: ReadonlyMap<DayNumber, number>;
  /** Minutes of the calendar's usual working day: the length of its work periods (P6 counts durations in these). */
  readonly dayMinutes: number;
  /** Start of the first work period of a usual day, minutes after midnight (for instants at the start of a day). */
  readonly dayStartMinute: number;
  /** End of the last work period of a usual day, minutes after midnight. */
  readonly dayEndMinute: number;
  /** True when the CALENDAR row had no usable week (empty `clndr_data`): a Monday–Friday week of `day_hr_cnt` hours is assumed. */
  readonly isAssumed: boolean;
}

/** P6 serial day numbers count from 1899-12-30 (as spreadsheets do). */
const SERIAL_ORIGIN = dayFromYmd(1899, 12, 30);
const PERIOD = /\((?:s\|(\d{1,2}):(\d\d)\|f\|(\d{1,2}):(\d\d)|f\|(\d{1,2}):(\d\d)\|s\|(\d{1,2}):(\d\d))\)/g;
const WEEKDAY_ENTRY = /\(0\|\|([1-7])\(\)\(/g;
const EXCEPTION_ENTRY = /\(0\|\|\d+\(d\|(\d+)\)\(/g;

interface Periods {
  readonly minutes: number;
  readonly first: number;
  readonly last: number;
}

/** Sum and bounds of the `(s|08:00|f|12:00)` periods in a piece of calendar text; a finish of 00:00 means midnight at the end. */
function periodsIn(text: string): Periods {
  let minutes = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const m of text.matchAll(PERIOD)) {
    const s = m[1] !== undefined ? Number(m[1]) * 60 + Number(m[2]) : Number(m[7]) * 60 + Number(m[8]);
    let f = m[3] !== undefined ? Number(m[3]) * 60 + Number(m[4]) : Number(m[5]) * 60 + Number(m[6]);
    if (f <= s) f += 24 * 60;
    minutes += f - s;
    first = Math.min(first, s);
    last = Math.max(last, f);
  }
  return { minutes, first, last };
}

/** The text of each entry found by `entry`, up to the next entry or the end of `text`. */
function entries(text: string, entry: RegExp): { key: string; body: string }[] {
  const found = [...text.matchAll(entry)];
  return found.map((m, i) => ({ key: m[1] ?? '', body: text.slice((m.index ?? 0) + m[0].length, found[i + 1]?.index ?? text.length) }));
}

export function parseXerCalendar(id: string, name: string, data: string, dayHours: number): XerCalendar {
  const daysAt = data.indexOf('DaysOfWeek');
  const exceptionsAt = data.indexOf('Exceptions');
  const viewAt = data.indexOf('VIEW');
  const ends = [exceptionsAt, viewAt, data.length].filter((i) => i > daysAt);
  const weekText = daysAt < 0 ? '' : data.slice(daysAt, ends.reduce((a, b) => Math.min(a, b), Infinity));
  const weekMinutes: number[] = [0, 0, 0, 0, 0, 0, 0];
  let first = Infinity;
  let last = -Infinity;
  for (const { key, body } of entries(weekText, WEEKDAY_ENTRY)) {
    const p = periodsIn(body);
    // P6 numbers days 1 = Sunday … 7 = Saturday.
    weekMinutes[(Number(key) + 5) % 7] = p.minutes;
    first = Math.min(first, p.first);
    last = Math.max(last, p.last);
  }
  const isAssumed = !weekMinutes.some((m) => m > 0);
  const fallback = Math.round((Number.isFinite(dayHours) && dayHours > 0 ? dayHours : 8) * 60);
  if (isAssumed) for (let i = 0; i < 5; i++) weekMinutes[i] = fallback;
  const exceptions = new Map<DayNumber, number>();
  if (exceptionsAt >= 0) {
    for (const { key, body } of entries(data.slice(exceptionsAt), EXCEPTION_ENTRY)) exceptions.set(SERIAL_ORIGIN + Number(key), periodsIn(body).minutes);
  }
  return {
    id,
    name,
    weekMinutes,
    exceptions,
    dayMinutes: mostCommonPositive(weekMinutes) ?? fallback,
    dayStartMinute: Number.isFinite(first) ? first : 8 * 60,
    dayEndMinute: Number.isFinite(last) ? last : 8 * 60 + fallback,
    isAssumed,
  };
}

function mostCommonPositive(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) if (v > 0) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0) || (n === counts.get(best) && v > best)) best = v;
  return best;
}
