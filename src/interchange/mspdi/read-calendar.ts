// MS Project calendars → the same working-time shape as P6's (minutes per weekday, exception days), for day arithmetic.
import { isoWeekday, type DayNumber } from '../../calendar/index.js';
import { msg } from '../../messages/index.js';
import { escapeControl } from '../../report/safe-text.js';
import type { ImportFinding } from '../finding.js';
import type { XerCalendar } from '../xer/calendar.js';
import { applyLastWins, lastWins, workWeekSetter, type DayLayer } from './day-runs.js';
import { exceptionDays, LIMIT_DAYS, parseDay, recurrenceKey, type ExceptionDays } from './recurrence.js';
import { lineOf } from './xml-tree.js';
import { child, children, text, type XmlNode } from './xml.js';

export { parseDay } from './recurrence.js';

const TIME = /^(\d{2}):(\d{2})/;

function minutesOf(value: string): number | undefined {
  const m = TIME.exec(value.replace(/^.*T/, ''));
  return m === null ? undefined : Number(m[1]) * 60 + Number(m[2]);
}

interface Times {
  readonly minutes: number;
  readonly first: number;
  readonly last: number;
}

function workingTimes(node: XmlNode | undefined): Times {
  let minutes = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const wt of children(child(node, 'WorkingTimes'), 'WorkingTime')) {
    const from = minutesOf(text(wt, 'FromTime'));
    let to = minutesOf(text(wt, 'ToTime'));
    if (from === undefined || to === undefined) continue;
    if (to <= from) to += 24 * 60;
    minutes += to - from;
    first = Math.min(first, from);
    last = Math.max(last, to);
  }
  return { minutes, first, last };
}

/** A <Calendar> read: its working time, and what of it is not exactly the file's (inherited from its base too). */
export interface MspdiCalendar {
  readonly calendar: XerCalendar;
  readonly findings: readonly ImportFinding[];
}

/** Working minutes of a <WeekDay> or <Exception> (DayWorking 1 without times works a day of `minutesPerDay`), with its times. */
function dayMinutes(wd: XmlNode, minutesPerDay: number): { minutes: number; times: Times; isWorking: boolean } {
  const isWorking = text(wd, 'DayWorking') === '1';
  const times = workingTimes(wd);
  return { minutes: isWorking ? (times.minutes > 0 ? times.minutes : minutesPerDay) : 0, times, isWorking };
}

/**
 * Working time of an MSPDI <Calendar>; `minutesPerDay` is the project's, in which MS Project counts a day, and
 * `weekStart` its WeekStartDay (0 = Sunday), which a weekly exception every few weeks counts its weeks from. Later
 * entries win: the base calendar's days, the calendar's work weeks (Project 2010+: a date range with a week of its
 * own; a day the work week does not list keeps the calendar's), then its exceptions.
 */
export function parseMspdiCalendar(node: XmlNode, minutesPerDay: number, base: MspdiCalendar | undefined, weekStart = 0): MspdiCalendar {
  const week = base === undefined ? [0, 0, 0, 0, 0, 0, 0] : [...base.calendar.weekMinutes];
  let first = base?.calendar.dayStartMinute ?? Infinity;
  let last = base?.calendar.dayEndMinute ?? -Infinity;
  const exceptions = new Map<DayNumber, number>(base?.calendar.exceptions ?? []);
  const findings: ImportFinding[] = [...(base?.findings ?? [])];
  const name = text(node, 'Name') || `calendar ${text(node, 'UID')}`;
  // A range longer than LIMIT_DAYS is read up to there and said: a work week over 2020–2035 was cut at 3,700 days
  // without a word, and its later days followed the calendar's week (tester round 29 F1).
  const cut = (kind: 'exception' | 'work-week', node: XmlNode, a: DayNumber, b: DayNumber): DayNumber => {
    if (b - a < LIMIT_DAYS) return b;
    const line = lineOf(node);
    findings.push({ kind: 'approximated', topic: 'calendar', ...(line !== undefined ? { line } : {}), message: msg('import.mspdi.range-cut', { calendar: name, kind, from: a, to: b, until: a + LIMIT_DAYS - 1 }) });
    return a + LIMIT_DAYS - 1;
  };
  // Exception days as layers, applied in one go, a later layer's days over an earlier's (day-runs.ts).
  const ranges: DayLayer[] = [];
  const range = (at: XmlNode, from: string, to: string, minutes: number): void => {
    const a = parseDay(from);
    const b = parseDay(to);
    if (a === undefined || b === undefined || b < a) return;
    ranges.push({ runs: [{ from: a, to: cut('exception', at, a, b) }], minutes });
  };
  const listed = children(child(node, 'Exceptions'), 'Exception');
  for (const wd of children(child(node, 'WeekDays'), 'WeekDay')) {
    const type = Number(text(wd, 'DayType'));
    const { minutes, times, isWorking } = dayMinutes(wd, minutesPerDay);
    if (type >= 1 && type <= 7) {
      // MSPDI numbers days 1 = Sunday … 7 = Saturday.
      week[(type + 5) % 7] = minutes;
      if (isWorking && times.minutes > 0) {
        first = Math.min(first, times.first);
        last = Math.max(last, times.last);
      }
    } else if (type === 0 && listed.length === 0) {
      // Exceptions as Project 2003 wrote them; a file with <Exceptions> writes them there too (for older readers), and
      // a recurring one there as the range from its first day to its last.
      const period = child(wd, 'TimePeriod');
      range(wd, text(period, 'FromDate'), text(period, 'ToDate'), minutes);
    }
  }
  applyLastWins(exceptions, ranges);
  // Work weeks over those days, a later one's weekdays over an earlier's: last first, each day once (day-runs.ts).
  const weeks = children(child(node, 'WorkWeeks'), 'WorkWeek').flatMap((ww) => {
    const period = child(ww, 'TimePeriod');
    const from = parseDay(text(period, 'FromDate'));
    const to = parseDay(text(period, 'ToDate'));
    if (from === undefined || to === undefined) return [];
    const own = new Map<number, number>();
    for (const wd of children(child(ww, 'WeekDays'), 'WeekDay')) {
      const type = Number(text(wd, 'DayType'));
      // MSPDI numbers days 1 = Sunday … 7 = Saturday; ISO 1 = Monday … 7 = Sunday.
      if (type >= 1 && type <= 7) own.set(((type + 5) % 7) + 1, dayMinutes(wd, minutesPerDay).minutes);
    }
    return [{ from, to: cut('work-week', ww, from, to), own }];
  });
  const setWeek = workWeekSetter(exceptions);
  for (let i = weeks.length - 1; i >= 0; i--) setWeek(weeks[i]!.from, weeks[i]!.to, weeks[i]!.own);
  // Last first, each exception's days but those a later one has (day-runs.ts); their findings in the file's order.
  const setLastWins = lastWins(exceptions);
  const notes: ImportFinding[] = [];
  // An exception with the days of a later one (recurrenceKey) sets none: the later one has set them all already.
  const repeated = new Map<string, Omit<ExceptionDays, 'runs'> & { first: number | null; last: number | null }>();
  for (let i = listed.length - 1; i >= 0; i--) {
    const ex = listed[i]!;
    const key = recurrenceKey(ex);
    let days = repeated.get(key);
    if (days === undefined) {
      const { runs, ...rest } = exceptionDays(ex, weekStart);
      setLastWins(runs, dayMinutes(ex, minutesPerDay).minutes);
      days = { ...rest, first: runs[0]?.from ?? null, last: runs[runs.length - 1]?.to ?? null };
      repeated.set(key, days);
    }
    const { count, problem, toDateDays, first: firstDay, last: lastDay } = days;
    if (problem === undefined) continue;
    const line = lineOf(ex);
    notes.push({ kind: 'approximated', topic: 'calendar', ...(line !== undefined ? { line } : {}), message: msg('import.mspdi.exception-recurring', {
      calendar: name, name: escapeControl(text(ex, 'Name')), type: text(ex, 'Type'), problem, days: count, first: firstDay, last: lastDay, toDateDays: toDateDays ?? null,
    }) });
  }
  for (let i = notes.length - 1; i >= 0; i--) findings.push(notes[i]!);
  if (!week.some((m) => m > 0)) for (let i = 0; i < 5; i++) week[i] = minutesPerDay;
  const usual = week.find((m) => m > 0) ?? minutesPerDay;
  const calendar: XerCalendar = {
    id: text(node, 'UID'),
    name,
    weekMinutes: week,
    exceptions: new Map([...exceptions].filter(([day, m]) => m !== (week[isoWeekday(day) - 1] ?? 0))),
    dayMinutes: minutesPerDay > 0 ? minutesPerDay : usual,
    dayStartMinute: Number.isFinite(first) ? first : 8 * 60,
    dayEndMinute: Number.isFinite(last) ? last : 17 * 60,
    isAssumed: false,
  };
  return { calendar, findings };
}

/**
 * Calendars by UID, base calendars first so derived ones inherit their week and exceptions, each with what of it is
 * not exactly the file's (the import says that of the plan's calendar: other calendars' tasks are said anyway).
 */
export function readMspdiCalendars(project: XmlNode, minutesPerDay: number): Map<string, MspdiCalendar> {
  const nodes = children(child(project, 'Calendars'), 'Calendar');
  const weekStart = Number(text(project, 'WeekStartDay'));
  const out = new Map<string, MspdiCalendar>();
  const pending = [...nodes];
  for (let pass = 0; pass < 3 && pending.length > 0; pass++) {
    for (let i = pending.length - 1; i >= 0; i--) {
      const node = pending[i];
      if (node === undefined) continue;
      const baseUid = text(node, 'BaseCalendarUID');
      const base = baseUid === '' || baseUid === '-1' ? undefined : out.get(baseUid);
      if (base === undefined && baseUid !== '' && baseUid !== '-1' && pass < 2) continue;
      out.set(text(node, 'UID'), parseMspdiCalendar(node, minutesPerDay, base, Number.isInteger(weekStart) && weekStart >= 0 && weekStart <= 6 ? weekStart : 0));
      pending.splice(i, 1);
    }
  }
  return out;
}
