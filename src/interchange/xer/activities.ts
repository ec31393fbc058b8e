// The TASK table → milestones: code as id, name, planned/early/actual finish, duration in the calendar's working days, deadline, WBS.
import { msg, type Message } from '../../messages/index.js';
import { MAX_DURATION_N } from '../../calendar/index.js';
import type { WorkCalendar } from '../../calendar/index.js';
import { actualStartMessage } from '../actual-start.js';
import { wholeDurationDays } from '../round-lag.js';
import { dayText } from '../day-text.js';
import type { ImportFinding } from '../finding.js';
import type { IdAllocator } from '../ids.js';
import type { ImportedLink, ImportedMilestone } from '../plan-model.js';
import type { XerCalendar } from './calendar.js';
import { constraintDeadline } from './constraints.js';
import { dayBeforeNote, parseInstant, readFinish, type DateProblem, type FinishDay } from './instant.js';
import { isEveryDay, isSameCalendar } from './plan-calendar.js';
import type { WbsTree } from './project.js';
import { cell, type XerRow, type XerTable } from './tables.js';
import { STATUS_CODES, TASK_TYPES } from './values.js';


export interface Activity {
  readonly taskId: string;
  readonly planId: string;
  readonly id: string;
  readonly line: number;
  readonly calendar: XerCalendar;
  readonly milestone: ImportedMilestone & { after: ImportedLink[] };
}

/** An activity left out of the plans (no usable finish, no data date): its task_id, the id it was said as, its line. */
export interface LeftOutActivity {
  readonly taskId: string;
  readonly id: string;
  readonly line: number;
}

export interface ActivityContext {
  readonly table: XerTable;
  readonly planId: string;
  readonly planCalendar: XerCalendar;
  /** The plan.calendar written for the project, as the schedule reads it (actual-start.ts planWorkCalendar). */
  readonly planDays: WorkCalendar;
  readonly calendarOf: (clndrId: string) => XerCalendar | undefined;
  /** The calendar of an activity whose clndr_id is empty: the project's (defaultCalendarId in index.ts), or ''. */
  readonly projectCalendarId: string;
  /** Whether the file has any calendar: without one, the plan's stand-in is said once, not for every activity. */
  readonly hasCalendars: boolean;
  readonly wbs: WbsTree;
  readonly ids: IdAllocator;
  readonly findings: ImportFinding[];
  /** The status date read from the data date (statusDay), for an activity without any finish date; undefined when the file has none (no PROJECT row). */
  readonly dataDay: number | undefined;
}

const MILESTONE_TYPES = new Set(['TT_Mile', 'TT_FinMile']);
/** The finish fields a milestone's dates come from, as P6 names them on screen. */
const FINISH_NAMES = { target_end_date: 'planned finish', early_end_date: 'early finish', act_end_date: 'actual finish' } as const;
const SPECIAL_TYPES: ReadonlySet<string> = new Set(['TT_LOE', 'TT_WBS', 'TT_Rsrc']);

/**
 * The id an activity's row writes (`code`): its activity code (task_code); else its task_id, P6's internal number,
 * which is no code the file writes for it (`noCode`), so another activity's code 4 stays that activity's (IdAllocator).
 */
function activityCode(table: XerTable, row: XerRow): { code: string; noCode: boolean } {
  const code = cell(table, row, 'task_code');
  return code !== '' ? { code, noCode: false } : { code: cell(table, row, 'task_id'), noCode: true };
}

/**
 * The activity as a milestone; when it has no usable finish and the file no data date to date it at, the activity as
 * it was said to be left out (its links say so too).
 */
export function readActivity(ctx: ActivityContext, row: XerRow): Activity | LeftOutActivity {
  const get = (field: string): string => cell(ctx.table, row, field);
  const { code, noCode } = activityCode(ctx.table, row);
  const { id, isChanged, isRepeated, taken } = ctx.ids.allocate(code, noCode ? 'fallback' : 'own');
  const line = row.line;
  const where = { line, activity: id };
  const note = (kind: ImportFinding['kind'], topic: ImportFinding['topic'], message: Message): void => void ctx.findings.push({ kind, topic, ...where, message });
  if (isChanged) note('approximated', 'id', msg('import.xer.id-changed', { code, noCode, id, repeated: isRepeated, taken }));
  // Kept as it is, a task_id is still no code P6 shows for the activity: said as every other id change is (tester round 57 F7).
  else if (noCode) note('approximated', 'id', msg('import.xer.no-code', { id }));
  const clndrId = get('clndr_id') || ctx.projectCalendarId;
  const own = ctx.calendarOf(clndrId);
  const calendar = own ?? ctx.planCalendar;
  const isOtherCalendar = own !== undefined && !isSameCalendar(own, ctx.planCalendar);
  // On another calendar that works every day, the activity's working days are calendar days: its duration is exact in `ed`.
  const elapsed = isOtherCalendar && isEveryDay(own);
  if (own === undefined && ctx.hasCalendars) note('approximated', 'calendar', msg('import.xer.calendar-unknown', { id, calendar: clndrId }));
  else if (isOtherCalendar) note('approximated', 'calendar', msg('import.calendar-other', { id, name: own.name, plan: ctx.planCalendar.name, everyDay: elapsed }));
  const type = get('task_type');
  if (SPECIAL_TYPES.has(type)) note('approximated', 'activity type', msg('import.xer.activity-type', { id, type: type as 'TT_LOE' | 'TT_WBS' | 'TT_Rsrc' }));
  // An empty one too, in a file that has the column: P6 never writes it (tester round 68 F9: taken as a task silently).
  else if (!TASK_TYPES.has(type) && (type !== '' || ctx.table.fields.has('task_type'))) note('approximated', 'activity type', msg('import.xer.unknown-value', { subject: id, field: 'task_type', value: type }));

  const isMilestone = MILESTONE_TYPES.has(type);
  const hours = Number(get('target_drtn_hr_cnt') || '0');
  const exactDays = isMilestone ? 0 : (hours * 60) / calendar.dayMinutes;
  // A duration that is no finite number is written as none (0), as its finding says; 1e309 was written as 99999d.
  const durationDays = Number.isFinite(exactDays) ? wholeDurationDays(exactDays) : 0;
  if (!Number.isFinite(exactDays)) note('approximated', 'hours', msg('import.xer.duration-not-number', { id, value: get('target_drtn_hr_cnt') }));
  else if (exactDays > MAX_DURATION_N) note('approximated', 'hours', msg('import.duration-too-long', { id, hours, max: MAX_DURATION_N }));
  else if (Math.abs(exactDays - durationDays) > 1e-9) note('approximated', 'hours', msg('import.duration-rounded', { id, hours, written: get('target_drtn_hr_cnt'), exact: exactDays, dayHours: calendar.dayMinutes / 60, days: durationDays }));

  // A date field that gives no day is said as what it is (2020-02-30 does not exist), with what is used instead.
  const unusable = (field: string, problem: DateProblem, fallback: string | null, day: number | undefined): void =>
    note('approximated', 'dates', msg('import.date-unusable', { id, field, value: get(field), problem, fallback: day === undefined ? null : fallback, day: day ?? null }));
  const finishOf = (field: string): FinishDay | DateProblem | undefined => {
    const read = readFinish(calendar, get(field));
    return read !== undefined && 'problem' in read ? read.problem : read;
  };
  // An actual finish is read as every other finish is: at or before the start of its day's work (a start milestone
  // done at Monday 08:00), it is the end of the working day before, so its FS successors start when P6's do.
  const done = finishOf('act_end_date');
  if (typeof done === 'string') unusable('act_end_date', done, null, undefined);
  const actual = typeof done === 'string' ? undefined : done;
  const early = finishOf('early_end_date');
  if (typeof early === 'string') unusable('early_end_date', early, null, undefined);
  const earlyDay = typeof early === 'string' ? undefined : early;
  const target = finishOf('target_end_date');
  if (typeof target === 'string') unusable('target_end_date', target, earlyDay !== undefined ? 'early_end_date' : 'act_end_date', earlyDay?.day ?? actual?.day);
  const targetDay = target === undefined || typeof target === 'string' ? earlyDay : target;
  // The instant as facts (day, minutes): the English text writes it as P6 does, another locale in its own forms.
  const earlyAt = parseInstant(get('early_end_date'));
  if (earlyAt !== undefined && earlyDay !== undefined && !earlyDay.isWholeDay && actual === undefined) note('approximated', 'hours', msg('import.finish-inside-day', { id, at: earlyAt.day, minute: earlyAt.minute, form: 'p6', day: earlyDay.day }));
  const status = get('status_code');
  if (!STATUS_CODES.has(status) && (status !== '' || ctx.table.fields.has('status_code'))) note('approximated', 'progress', msg('import.xer.unknown-value', { subject: id, field: 'status_code', value: status }));
  // An activity under way is written with its remaining duration: its start is an actual, so a predecessor pushes
  // only the work left (P6's retained logic), and its forecast finish holds. With its planned duration, a predecessor
  // finished long before pushed it, and every successor, past P6's early finish (tester round 26 F1: 23 of the 170
  // in-progress activities of a P6 sample).
  // An empty cell is no remaining duration (Number('') is 0): the planned one is kept, and said (tester round 29 F4).
  const remainCell = get('remain_drtn_hr_cnt').trim();
  const remaining = status === 'TK_Active' && actual === undefined && remainCell !== '' ? (Number(remainCell) * 60) / calendar.dayMinutes : undefined;
  const remainingDays = remaining !== undefined && Number.isFinite(remaining) ? wholeDurationDays(remaining) : undefined;
  if (status === 'TK_Active') note('approximated', 'progress', msg('import.xer.in-progress', { id, started: parseInstant(get('act_start_date'))?.day ?? get('act_start_date').slice(0, 10), remaining: remainingDays === undefined ? null : remaining!, written: remainingDays ?? durationDays, original: durationDays }));
  const writtenDays = remainingDays ?? durationDays;
  // A finished activity's actual start has no field in a plan: said where the start of work the plan derives from its
  // actual finish and original duration is another day (tester round 57 F4: validate then failed on the plan written).
  const startedAt = actual === undefined ? undefined : parseInstant(get('act_start_date'));
  const moved = actual === undefined || startedAt === undefined ? undefined
    : actualStartMessage({ id, started: startedAt, form: 'p6', calendar, plan: ctx.planDays, finish: actual.day, duration: { n: writtenDays, unit: elapsed ? 'ed' : 'd' } });
  if (moved !== undefined) note('approximated', 'actual start', moved);

  const date = targetDay?.day ?? actual?.day;
  // A finish at or before its day's work is written as the working day before (finishDay), and P6's own date beside it:
  // the same moment, but not the day P6 shows (tester round 57 F1: "imported exactly", and 737 milestones a day early).
  const noteOf = (field: keyof typeof FINISH_NAMES, day: number): string | undefined => dayBeforeNote(`P6 ${FINISH_NAMES[field]}`, parseInstant(get(field)), day);
  const dateField = typeof target === 'object' ? 'target_end_date' : earlyDay !== undefined ? 'early_end_date' : 'act_end_date';
  const dateNote = date === undefined ? undefined : noteOf(dateField, date);
  const forecast = actual === undefined && earlyDay !== undefined && earlyDay.day !== date ? earlyDay.day : undefined;
  const forecastNote = forecast === undefined ? undefined : noteOf('early_end_date', forecast);
  const actualNote = actual === undefined ? undefined : noteOf('act_end_date', actual.day);
  // c(M) of the written milestone: actual, else the forecast (early finish), else the date.
  const currentDay = actual?.day ?? earlyDay?.day ?? date;
  const deadlines = [
    constraintDeadline(get('cstr_type'), get('cstr_date'), calendar, where, ctx.findings, currentDay),
    constraintDeadline(get('cstr_type2'), get('cstr_date2'), calendar, where, ctx.findings, currentDay),
  ].filter((d): d is number => d !== undefined);
  // Without a data date there is no day to date it at: left out and said, never dated 1970-01-01 (day 0).
  const written = date ?? ctx.dataDay;
  if (written === undefined) {
    note('dropped', 'dates', msg('import.xer.no-finish-no-data-date', { id }));
    return { taskId: get('task_id'), id, line };
  }
  if (date === undefined) note('approximated', 'dates', msg('import.xer.no-finish', { id }));
  // The title as a sheet's title cell and an MS Project <Name> give it: without the blanks around it; none is the id,
  // said (an activity code with blanks is no title either).
  const name = get('task_name').trim();
  if (name === '') note('approximated', 'title', msg('import.xer.no-title', { id }));
  const milestone: Activity['milestone'] = {
    id,
    title: name || id,
    date: dayText(written),
    ...(dateNote !== undefined ? { dateNote } : {}),
    ...(forecast !== undefined ? { forecast: dayText(forecast) } : {}),
    ...(forecastNote !== undefined ? { forecastNote } : {}),
    ...(actual !== undefined ? { actual: dayText(actual.day) } : {}),
    ...(actualNote !== undefined ? { actualNote } : {}),
    ...(deadlines.length > 0 ? { deadline: dayText(Math.min(deadlines[0] ?? 0, deadlines[1] ?? Infinity)) } : {}),
    ...(writtenDays > 0 ? { durationDays: writtenDays } : {}),
    ...(writtenDays > 0 && elapsed ? { durationUnit: 'ed' as const } : {}),
    after: [],
    wbs: ctx.wbs.pathOf(get('wbs_id')),
  };
  return { taskId: get('task_id'), planId: ctx.planId, id, line, calendar, milestone };
}
