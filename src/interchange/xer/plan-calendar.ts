// A P6 calendar → plan.calendar (workdays, closed days, `holidays: none`), with what it cannot say as findings.
import { msg } from '../../messages/index.js';
import { formatDay, isoWeekday, type DayNumber } from '../../calendar/index.js';
import type { ImportFinding } from '../finding.js';
import type { ImportedCalendar } from '../plan-model.js';
import type { XerCalendar } from './calendar.js';

export function toPlanCalendar(cal: XerCalendar, line: number, findings: ImportFinding[]): ImportedCalendar {
  const workdays = [1, 2, 3, 4, 5, 6, 7].filter((wd) => (cal.weekMinutes[wd - 1] ?? 0) > 0);
  const odd = workdays.filter((wd) => cal.weekMinutes[wd - 1] !== cal.dayMinutes);
  if (odd.length > 0) {
    findings.push({ kind: 'approximated', topic: 'calendar', line, message: msg('import.xer.calendar-uneven', { name: cal.name, odd: odd.map((wd) => ({ weekday: wd, hours: hours(cal.weekMinutes[wd - 1] ?? 0) })), dayHours: hours(cal.dayMinutes) }) });
  }
  if (cal.isAssumed) findings.push({ kind: 'approximated', topic: 'calendar', line, message: msg('import.xer.calendar-no-week', { name: cal.name }) });
  const closed: DayNumber[] = [];
  for (const [day, minutes] of [...cal.exceptions].sort((a, b) => a[0] - b[0])) {
    const isWorkday = (cal.weekMinutes[isoWeekday(day) - 1] ?? 0) > 0;
    if (minutes === 0 && isWorkday) closed.push(day);
    else if (minutes > 0 && !isWorkday) findings.push({ kind: 'approximated', topic: 'calendar', line, message: msg('import.xer.calendar-extra-workday', { name: cal.name, day, weekday: isoWeekday(day) }) });
    else if (minutes > 0 && minutes !== cal.dayMinutes) findings.push({ kind: 'approximated', topic: 'calendar', line, message: msg('import.xer.calendar-short-day', { name: cal.name, day, hours: hours(minutes), dayHours: hours(cal.dayMinutes) }) });
  }
  return { workdays, closed: compressDays(closed) };
}

/** Minutes → hours, to two decimals. */
function hours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** Sorted days → `YYYY-MM-DD` or `from..to` for runs of consecutive calendar days. */
export function compressDays(days: readonly DayNumber[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === (days[j] ?? 0) + 1) j++;
    const from = days[i] ?? 0;
    const to = days[j] ?? 0;
    out.push(from === to ? formatDay(from) : `${formatDay(from)}..${formatDay(to)}`);
    i = j + 1;
  }
  return out;
}

const fingerprints = new WeakMap<XerCalendar, string>();

/** Day length, week and the exceptions that change a day: equal for calendars that schedule alike. */
function fingerprint(cal: XerCalendar): string {
  let known = fingerprints.get(cal);
  if (known === undefined) {
    const changed = [...cal.exceptions].filter(([day, m]) => m !== (cal.weekMinutes[isoWeekday(day) - 1] ?? 0)).map(([day, m]) => `${day}:${m}`).sort();
    known = `${cal.dayMinutes}|${cal.weekMinutes.join(',')}|${changed.join(',')}`;
    fingerprints.set(cal, known);
  }
  return known;
}

/** Two calendars that give the same working days and day length schedule identically. */
export function isSameCalendar(a: XerCalendar, b: XerCalendar): boolean {
  return a === b || fingerprint(a) === fingerprint(b);
}

/**
 * Whether every day of `cal` is a working day of its usual length, with no exception: then its working days are
 * calendar days, and a duration or lag counted in them is exact in `ed` (SPEC §2), whatever the plan's calendar.
 */
export function isEveryDay(cal: XerCalendar): boolean {
  return !cal.isAssumed && cal.exceptions.size === 0 && cal.weekMinutes.length === 7 && cal.weekMinutes.every((m) => m === cal.dayMinutes);
}
