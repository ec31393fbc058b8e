// Days and durations as MSPDI holds them: dates at 08:00 and 17:00, durations in minutes of 8-hour days, unit codes.
import { durationDays, formatDay, isWorkingUnit, type DayNumber, type Duration } from '../../calendar/index.js';
import { firstDayOfWork, type Schedule } from '../../schedule/cpm.js';
import { shownLatest } from '../../schedule/date-range.js';
import type { EdgeEnd } from '../../schedule/edge-constraint.js';
import type { MspdiSource } from './write-source.js';

/** MSPDI DurationFormat / LagFormat codes: 7 days, 8 elapsed days, 9 weeks, 10 elapsed weeks. */
export const FORMAT_CODE = { d: 7, ed: 8, w: 9, ew: 10 } as const;
/** MS Project's standard day: 8 working hours (480 minutes), 5 days a week. */
export const MINUTES_PER_DAY = 480;

/** The end of working day `d`, `YYYY-MM-DDT17:00:00`: where a finish, a deadline or a constraint date falls. */
export const finishAt = (d: DayNumber): string => `${formatDay(d)}T17:00:00`;
/** The start of working day `d`, `YYYY-MM-DDT08:00:00`: where work in working time starts. */
export const startAt = (d: DayNumber): string => `${formatDay(d)}T08:00:00`;

/** Minutes the duration spans: working days of 8 hours, elapsed days of 24. */
export function minutesOf(d: Duration): number {
  return durationDays(d) * (isWorkingUnit(d.unit) ? MINUTES_PER_DAY : 1440);
}

/** An XML duration `PT<h>H<m>M0S`. */
export function isoDuration(d: Duration): string {
  const minutes = minutesOf(d);
  return `PT${Math.trunc(minutes / 60)}H${minutes % 60}M0S`;
}

/** The day M's work starts: working time from the first day of work, elapsed time and milestones from s(M). */
export function startDayOf(source: MspdiSource, ends: readonly EdgeEnd[], v: number): DayNumber {
  const s = source.schedule;
  return startsInWorkingTime(source.workspace.milestones[v]!.duration) ? firstDayOfWork(s.start[v]!, s.projected[v]!, ends[v]!) : s.start[v]!;
}

/** Working time starts at 08:00 of the first day of work; elapsed time runs from 17:00 of s(M) to 17:00 of p(M). */
export function startsInWorkingTime(duration: Duration): boolean {
  return duration.n !== 0 && isWorkingUnit(duration.unit);
}

/** M's latest date as outputs show it, unless left out (date-range). */
export function latestOf(s: Schedule, v: number): DayNumber | undefined {
  return shownLatest(s, v) ?? undefined;
}
