// An MSPDI task under way → the duration its milestone writes, the work left (as P6's, xer/activities.ts); a finished
// task's actual start, which no plan field holds, said where the plan's start of work is another day.
import { msg } from '../../messages/index.js';
import type { Duration, WorkCalendar } from '../../calendar/index.js';
import { actualStartMessage } from '../actual-start.js';
import { wholeDurationDays } from '../round-lag.js';
import type { FinishDay, Instant } from '../xer/instant.js';
import type { MspdiTaskFields } from './parts.js';
import type { TaskFinishes } from './task-dates.js';
import { durationMinutes, type TaskDuration } from './task-duration.js';
import { endsInWorkingTime } from './task-dates.js';
import { xmlInstant, type TaskScope } from './task-scope.js';

/**
 * The day of a 0 % task's <ActualStart> when that lies before `status` (TaskContext statusAt: <StatusDate>, else
 * <CurrentDate>), to the minute; undefined for any other task, and without a status.
 * An actual start makes a task under way at 0 % too, as MS Project fixes it there (tester round 29 F3), when it
 * lies before the status date: TaskJuggler writes its planned start into <ActualStart> on every task.
 */
function startedBeforeStatus(node: MspdiTaskFields, finishes: TaskFinishes, status: Instant | undefined): number | undefined {
  const startedAt = finishes.percent === 0 && finishes.actual === undefined ? xmlInstant(node.actualStart) : undefined;
  // Without a status date (or the file's current date) nothing tells an actual start from a plan written there (tester
  // round 34 F4: every task of such a file was under way): a 0 % task is then not under way, as before.
  return startedAt !== undefined && status !== undefined && (startedAt.day < status.day || (startedAt.day === status.day && startedAt.minute < status.minute)) ? startedAt.day : undefined;
}

/**
 * The duration the task's milestone writes: of a task under way (begun, by its percent complete or its actual start
 * before `status`, and not done), its <RemainingDuration> in whole days of the duration's (`duration.dayMinutes`,
 * `dayUnit`), said with how far it is; else, or without one, `duration.written`.
 * A task under way is written with its remaining duration (as P6's, xer/activities.ts): a predecessor pushes only
 * the work left, and its forecast finish holds (tester round 26 F1).
 */
export function writtenDuration(node: MspdiTaskFields, task: TaskScope, finishes: TaskFinishes, duration: TaskDuration, status: Instant | undefined): Duration {
  const pct = finishes.percent;
  const startedDay = startedBeforeStatus(node, finishes, status);
  const underWay = (pct > 0 || startedDay !== undefined) && pct < 100 && finishes.actual === undefined;
  const remainingMinutes = underWay ? durationMinutes(node.remainingDuration) : undefined;
  const remaining = remainingMinutes === undefined ? undefined : { n: wholeDurationDays(remainingMinutes / duration.dayMinutes), unit: duration.dayUnit };
  if (underWay) task.note('approximated', 'progress', msg('import.mspdi.progress', { id: task.id, percent: pct, written: remaining?.n ?? null, original: duration.days, ...(startedDay !== undefined ? { started: startedDay } : {}) }));
  return remaining ?? duration.written;
}

/**
 * Says a finished task's <ActualStart> (`actual`: its actual finish) where the plan's start of work, derived from its
 * actual finish and `written` duration on `plan` (the plan's calendar, TaskContext planDays), is another day.
 * A finished task's actual start has no field in a plan: said where the start of work the plan derives from its
 * actual finish and duration is another day, as a P6 activity's (tester round 57 F4).
 */
export function sayActualStart(node: MspdiTaskFields, task: TaskScope, actual: FinishDay | undefined, written: Duration, plan: WorkCalendar): void {
  const startedOn = actual === undefined ? undefined : xmlInstant(node.actualStart);
  const moved = actual === undefined || startedOn === undefined ? undefined : actualStartMessage({ id: task.id, started: startedOn, form: 'xml', calendar: task.calendar, plan, finish: actual.day, duration: written, inWorkingTime: endsInWorkingTime(node) });
  if (moved !== undefined) task.note('approximated', 'actual start', moved);
}
