// An MSPDI task's finish fields → its milestone's days: Finish, Baseline Finish and ActualFinish read by finishDay's
// rule (xer/instant.ts), a field that gives no day said, and MS Project's own date beside a day it shows otherwise.
import { msg } from '../../messages/index.js';
import type { DayNumber } from '../../calendar/index.js';
import { dayText } from '../day-text.js';
import type { ImportedMilestone } from '../plan-model.js';
import { dayBeforeNote, readFinish, workingDayOf, type FinishDay } from '../xer/instant.js';
import type { XerCalendar } from '../xer/calendar.js';
import { isElapsedFormat } from './formats.js';
import type { MspdiTaskFields } from './parts.js';
import { xmlInstant, type TaskScope } from './task-scope.js';

/**
 * The day of a date field (`value`, an MSPDI date-time) by finishDay's rule, undefined when it is empty or gives none.
 * A date field that gives no day is said, with what is used instead, never replaced quietly (the baseline by the
 * task's Finish) or written as a day outside the plan's years (0001-01-01T08:00 ended on 0000-12-29). `field` names it
 * in the finding; `fallback`, the field used instead and its day, when there is one.
 */
export function usableFinish(task: TaskScope, field: string, value: string, fallback?: { field: string; day: FinishDay | undefined }): FinishDay | undefined {
  const read = readFinish(task.calendar, value.replace('T', ' '));
  if (read === undefined || !('problem' in read)) return read;
  const instead = fallback?.day === undefined ? null : fallback;
  task.note('approximated', 'dates', msg('import.date-unusable', { id: task.id, field, value, problem: read.problem, fallback: instead?.field ?? null, day: instead?.day?.day ?? null }));
  return undefined;
}

/** A task's finish fields as days (usableFinish), and how far it is done. */
export interface TaskFinishes {
  /** <Finish>: the finish MS Project schedules (the milestone's forecast, or its date without a baseline). */
  readonly current: FinishDay | undefined;
  /** <Finish> of baseline 0: the milestone's date. */
  readonly planned: FinishDay | undefined;
  /** <ActualFinish>, of a finished task only. */
  readonly actual: FinishDay | undefined;
  /** <PercentComplete> as a number, 0 when empty. */
  readonly percent: number;
}

/**
 * The task's finishes. `statusDay`: the project's status date (TaskContext), which an actual finish of a task without
 * a PercentComplete must not lie after to count. Says, in this order, each of Finish, Baseline Finish and ActualFinish
 * that gives no day, and a Finish inside a day's work, which the day rounds.
 */
export function readTaskFinishes(node: MspdiTaskFields, task: TaskScope, statusDay: number | undefined): TaskFinishes {
  const inWork = endsInWorkingTime(node);
  const elapsed = !node.isExportedTask && isElapsedTask(node);
  const read = (field: string, value: string, fallback?: { field: string; day: FinishDay | undefined }): FinishDay | undefined => {
    const day = usableFinish(task, field, value, fallback);
    return inWork ? workingEnd(task.calendar, day) : elapsed ? elapsedEnd(value, day) : day;
  };
  const current = read('Finish', node.finish);
  const planned = read('Baseline Finish', node.baselineFinish, { field: 'Finish', day: current });
  // An actual finish counts only on a finished task (TaskJuggler writes its plan into the actual fields).
  const percent = Number(node.percentComplete || '0');
  // An actual finish is read as every other finish is: at the start of its day's work, the end of the working day before.
  const recorded = read('ActualFinish', node.actualFinish);
  const isDone = percent === 100 || (node.percentComplete === '' && recorded !== undefined && (statusDay === undefined || recorded.day <= statusDay));
  const actual = isDone ? recorded : undefined;
  // The instant as facts (day, minutes): the English text writes it as the XML does, another locale in its own forms.
  const end = xmlInstant(node.finish);
  if (end !== undefined && current !== undefined && !current.isWholeDay && actual === undefined) task.note('approximated', 'hours', msg('import.finish-inside-day', { id: task.id, at: end.day, minute: end.minute, form: 'xml', day: current.day }));
  return { current, planned, actual, percent };
}

/**
 * Whether the task's finishes are moments in working time: any task but one of elapsed duration (which runs through days
 * without work) and one of milepel's own export (parts.ts isExportedTask), whose dates come back as the plan had them,
 * a milestone on a Saturday too. MS Project never schedules a task or milestone into non-working time (a date typed on
 * a Saturday becomes a constraint it schedules from Monday's work), so only another tool's file has one there.
 */
export function endsInWorkingTime(node: MspdiTaskFields): boolean {
  return !node.isExportedTask && !isElapsedTask(node);
}

/** Whether the task's duration is elapsed time (DurationFormat ed, ew, eh …: formats.ts). */
function isElapsedTask(node: MspdiTaskFields): boolean {
  return node.durationFormat !== '' && isElapsedFormat(Number(node.durationFormat));
}

/**
 * A finish in a day without work (Saturday 17:00 on a Monday–Friday calendar) is, in working time, the same moment as
 * the end of the working day before, and that is its day. finishDay keeps such a day (a P6 milestone set on a Saturday
 * by hand); a task dated there had its start derived a day late, its SS successors pushed a day and `validate` then
 * failing the plan, with nothing said (tester round 99 F2: TaskJuggler ends calendar-day durations, and the milestones
 * after them, on a Sunday at 17:00).
 */
function workingEnd(cal: XerCalendar, finish: FinishDay | undefined): FinishDay | undefined {
  if (finish === undefined) return undefined;
  const day = workingDayOf(cal, finish.day);
  return day === finish.day ? finish : { day, isWholeDay: true };
}

/**
 * An elapsed-duration task's finish at midnight is the end of the calendar day before (it runs through days without
 * work), not of the working day before, which finishDay gives a finish at or before a day's work (tester round 100
 * F6: 2ed ending Sunday 00:00 was dated Friday, where MS Project shows Saturday).
 */
function elapsedEnd(value: string, finish: FinishDay | undefined): FinishDay | undefined {
  const at = xmlInstant(value);
  return finish === undefined || at === undefined || at.minute !== 0 ? finish : { day: (at.day - 1) as DayNumber, isWholeDay: true };
}

/** The milestone's day (day number): the baseline finish, else the finish; undefined when neither gives one. */
export function dateOf(finishes: TaskFinishes): number | undefined {
  return finishes.planned !== undefined ? finishes.planned.day : finishes.current?.day;
}

/**
 * The milestone's days as the plan file writes them (YYYY-MM-DD): `date` (dateOf), the Finish as `forecast` when it is
 * another day and the task is not done, `actual`; each with MS Project's own date beside it where that is another day.
 */
export function milestoneDates(node: MspdiTaskFields, finishes: TaskFinishes, date: number, calendar: XerCalendar): Pick<ImportedMilestone, 'date' | 'dateNote' | 'forecast' | 'forecastNote' | 'actual' | 'actualNote'> {
  const { current, planned, actual } = finishes;
  // A finish at or before its day's work is written as the working day before (finishDay), and MS Project's own date
  // beside it: the same moment, but not the day MS Project shows (tester round 57 F1).
  const noteOf = (name: string, value: string, day: number): string | undefined => dayBeforeNote(`MS Project ${name}`, xmlInstant(value), day, calendar);
  const dateNote = planned !== undefined ? noteOf('baseline finish', node.baselineFinish, date) : noteOf('finish', node.finish, date);
  const forecast = actual === undefined && current !== undefined && current.day !== date ? current.day : undefined;
  const forecastNote = forecast === undefined ? undefined : noteOf('finish', node.finish, forecast);
  const actualNote = actual === undefined ? undefined : noteOf('actual finish', node.actualFinish, actual.day);
  return {
    date: dayText(date),
    ...(dateNote !== undefined ? { dateNote } : {}),
    ...(forecast !== undefined ? { forecast: dayText(forecast) } : {}),
    ...(forecastNote !== undefined ? { forecastNote } : {}),
    ...(actual !== undefined ? { actual: dayText(actual.day) } : {}),
    ...(actualNote !== undefined ? { actualNote } : {}),
  };
}
