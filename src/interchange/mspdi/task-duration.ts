// An MSPDI task's <Duration> → the duration its milestone writes: working days of its calendar, or 24-hour days when
// its DurationFormat is elapsed; whole weeks shown in weeks kept as weeks; what is rounded or cut said.
import { msg } from '../../messages/index.js';
import { MAX_DURATION_N, type Duration } from '../../calendar/index.js';
import { wholeDurationDays } from '../round-lag.js';
import type { XerCalendar } from '../xer/calendar.js';
import { finishDay, workMinutes } from '../xer/instant.js';
import { importedUnit, inWholeWeeks, isElapsedFormat } from './formats.js';
import type { MspdiTaskFields } from './parts.js';
import { xmlInstant, type TaskScope } from './task-scope.js';

const DURATION = /^-?PT(\d+(?:\.\d+)?)H(\d+(?:\.\d+)?)M(\d+(?:\.\d+)?)S$/;

/** `PT40H0M0S` → minutes; undefined for other shapes. */
export function durationMinutes(value: string): number | undefined {
  const m = DURATION.exec(value);
  return m === null ? undefined : Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) / 60;
}

/** Working days d with from < d ≤ to (at most ~10 years apart). */
function workdaysBetween(cal: XerCalendar, from: number, to: number): number {
  let n = 0;
  for (let d = from + 1; d <= to && d - from < 3700; d++) if (workMinutes(cal, d) > 0) n++;
  return n;
}

/** The working days from a task's Start to its Finish, each read by finishDay's rule; undefined without both. */
function workdaysStartToFinish(node: MspdiTaskFields, calendar: XerCalendar): number | undefined {
  const start = xmlInstant(node.start);
  const end = xmlInstant(node.finish);
  return start !== undefined && end !== undefined ? workdaysBetween(calendar, finishDay(calendar, start).day, finishDay(calendar, end).day) : undefined;
}

/** A task's duration as its milestone writes it, and the days it is counted in. */
export interface TaskDuration {
  /** The duration in whole days, as a plan file holds them (wholeDurationDays): what a finding names as the original. */
  readonly days: number;
  /** Minutes in one of those days: 24 hours when <Duration> is elapsed time, else the calendar's working day. */
  readonly dayMinutes: number;
  /** The unit of a duration written in days: `ed` when elapsed or on another calendar that works every day, else `d`. */
  readonly dayUnit: 'd' | 'ed';
  /** The duration written (SPEC §2's n and unit). */
  readonly written: Duration;
}

/**
 * The task's duration: <Duration> (`PT…H…M…S`, durationMinutes) in days of `dayMinutes`, or without one the working
 * days from its Start to its Finish. `everyDay`: the task is on another calendar than the plan's that works every day
 * (its working days are calendar days). `daysPerWeek`: the project's week (TaskContext), which says whether its `w`
 * is milepel's. Says a duration cut to MAX_DURATION_N days or rounded to whole days (SPEC §10).
 */
export function readTaskDuration(node: MspdiTaskFields, task: TaskScope, everyDay: boolean, daysPerWeek: number): TaskDuration {
  // A task marked as a milestone (MS Project's "Mark task as milestone") keeps its duration: MS Project schedules it
  // with it, and so does milepel (a tester's 2-day review marked so was read as 0 days and reported as exact, which
  // moved its SS successor by 2 working days).
  // A negative <Duration> (`-PT16H0M0S`), which neither MS Project nor TaskJuggler writes, is none: its sign was dropped
  // and `2d` written under "imported exactly" (tester round 93 F2). Its start and finish say it instead, and the note so.
  const read = durationMinutes(node.duration);
  const negative = read !== undefined && node.duration.startsWith('-');
  const minutes = negative ? undefined : read;
  // TaskJuggler writes no <Duration>: the working days from start to finish say it.
  const spanned = minutes === undefined ? workdaysStartToFinish(node, task.calendar) : undefined;
  if (negative) task.note('approximated', 'hours', msg('import.mspdi.duration-negative', { id: task.id, written: node.duration, days: spanned ?? null }));
  const derived = negative ? spanned ?? 0 : spanned;
  // An elapsed DurationFormat (ed, ew, …) says <Duration> is calendar time: days of 24 hours, milepel's `ed` (SPEC §2),
  // not the calendar's working days (720 h in format 8 is 30ed, not 90d).
  const format = Number(node.durationFormat || '7');
  const elapsed = minutes !== undefined && isElapsedFormat(format);
  const dayMinutes = elapsed ? 24 * 60 : task.calendar.dayMinutes;
  const dayUnit = elapsed || everyDay ? 'ed' as const : 'd' as const;
  const exact = derived ?? (minutes ?? 0) / dayMinutes;
  // A plan file holds at most five digits of days (schemas/plan.schema.json): longer is cut and said, as P6's is.
  const days = wholeDurationDays(exact);
  // Past 99,999 days, whole weeks that fit are written in weeks (formats.ts inWholeWeeks): `99999w` comes back.
  const weeks = Math.abs(exact - Math.round(exact)) <= 1e-9 ? inWholeWeeks(Math.round(exact), elapsed || everyDay, daysPerWeek) : undefined;
  const isExact = weeks !== undefined || (exact <= MAX_DURATION_N && Math.abs(exact - days) <= 1e-9);
  if (weeks === undefined && exact > MAX_DURATION_N) task.note('approximated', 'hours', msg('import.duration-too-long', { id: task.id, hours: (minutes ?? exact * dayMinutes) / 60, max: MAX_DURATION_N, ...(elapsed ? { elapsed } : {}) }));
  else if (!isExact) task.note('approximated', 'hours', msg('import.duration-rounded', { id: task.id, hours: null, written: node.duration, exact, dayHours: dayMinutes / 60, days, ...(elapsed ? { elapsed } : {}) }));
  // Whole weeks shown in weeks stay weeks (2w comes back as 2w, 2ew as 2ew); else they are the days they span.
  const written = weeks ?? (!isExact || everyDay ? { n: days, unit: dayUnit } : importedUnit(format, days, daysPerWeek));
  return { days, dayMinutes, dayUnit, written };
}
