// P6 XER → plans: one plan per PROJECT row with its activities (TASK), links (TASKPRED) and main calendar; the rest reported.
import { msg, msg0 } from '../../messages/index.js';
import { escapeControl } from '../../report/safe-text.js';
import { planWorkCalendar } from '../actual-start.js';
import { UnreadableInput, type ImportFinding } from '../finding.js';
import { IdAllocator, toPlanId } from '../ids.js';
import type { ImportedLinkAt, ImportedPlan } from '../plan-model.js';
import { readActivity, type Activity, type LeftOutActivity } from './activities.js';
import { parseXerCalendar, type XerCalendar } from './calendar.js';
import { readLinks } from './links.js';
import { projectDates, readDataDate } from './project-dates.js';
import { toPlanCalendar } from './plan-calendar.js';
import { danglingProjectCalendar, defaultCalendarId, isDefaultCalendar, projectTitle, readCalendars, readProjects, readWbs, type XerProject } from './project.js';
import { reportUnusedTables } from './unused.js';
import { readLagRule, sayNoDurationColumn } from './values.js';
import { cell, readXerTables, type XerColumns, type XerFile, type XerRow, type XerTable } from './tables.js';

export interface XerImport {
  readonly plans: ImportedPlan[];
  readonly findings: ImportFinding[];
  /** Every link kept, in TASKPRED's order with its line, for the checks every import makes (loops.ts, called by importSchedule). */
  readonly links: ImportedLinkAt[];
}

const STANDARD_CALENDAR = parseXerCalendar('', 'Monday–Friday, 8 h', '', 8);

/** The columns the import reads (true: values that repeat, one string each); other tables are only counted (unused.ts). */
const COLUMNS: XerColumns = new Map<string, 'all' | ReadonlyMap<string, boolean>>([
  ['PROJECT', 'all'],
  ['CALENDAR', 'all'],
  ['PROJWBS', 'all'],
  ['SCHEDOPTIONS', 'all'],
  ['TASK', new Map([
    ['task_id', true], ['proj_id', true], ['wbs_id', true], ['clndr_id', true], ['task_code', false], ['task_name', false], ['task_type', true], ['status_code', true],
    ['target_drtn_hr_cnt', true], ['remain_drtn_hr_cnt', true], ['act_start_date', true], ['act_end_date', true], ['early_end_date', true], ['target_end_date', true],
    ['cstr_type', true], ['cstr_date', true], ['cstr_type2', true], ['cstr_date2', true],
  ])],
  ['TASKPRED', new Map([['task_id', true], ['pred_task_id', true], ['pred_type', true], ['lag_hr_cnt', true]])],
  ['TASKRSRC', new Map([['task_id', true], ['rsrc_id', true], ['target_qty', true], ['target_cost', true]])],
  ['PROJCOST', new Map([['task_id', true], ['cost_name', false], ['target_cost', true]])],
]);

/** The tables of an XER file (its text, or that text as UTF-8 bytes: decode.ts), the cells the import reads. */
export function readXerFile(source: string | Uint8Array): XerFile {
  return readXerTables(source, COLUMNS);
}

export function importXer(source: string | Uint8Array, options: { readonly planId?: string }): XerImport {
  return importXerFile(readXerFile(source), options);
}

export function importXerFile(file: XerFile, options: { readonly planId?: string }): XerImport {
  const findings = [...file.findings];
  const tasks = file.tables.get('TASK');
  if (tasks === undefined || tasks.rows.length === 0) {
    // What the file has instead: a table name with a stray character (a NUL) or a file cut off before its TASK table.
    const tables = [...file.tables.keys()].slice(0, 12).map((name) => escapeControl(name));
    throw new UnreadableInput(msg('import.unreadable.xer-no-tasks', { tables, endsAt: file.endsAt }));
  }
  // P6 ends every export with %E: a file without it was cut off (an interrupted download or copy), wherever that was.
  // Refused as truncated XML is, and nothing written (tester round 66 F3: 10 of 25 activities and none of the links
  // were written as a plan that validated clean, with exit 1 as nearly every P6 import has).
  if (file.endsAt !== null) {
    const table = file.cut?.table ?? null;
    throw new UnreadableInput(msg('import.unreadable.xer-truncated', { line: file.endsAt, table: table === null ? null : escapeControl(table), isRowCut: file.cut?.isRowCut ?? false }));
  }
  const projectTable = file.tables.get('PROJECT');
  const projects = readProjects(projectTable, findings);
  // A PROJECT table whose rows were all skipped (a row before its %F line) is said as such, not as no table (tester
  // round 71 F5).
  if (projects.length === 0) findings.push({ kind: 'dropped', topic: 'file', message: msg0(projectTable === undefined ? 'import.xer.no-project' : 'import.xer.no-project-row') });
  const calendars = readCalendars(file.tables.get('CALENDAR'), findings);
  const wbs = readWbs(file.tables.get('PROJWBS'), findings);
  const options_ = file.tables.get('SCHEDOPTIONS');

  const byProject = groupTasks(tasks, projects, projectTable !== undefined);
  // --plan-id names the one plan written; a file of several projects writes one plan each, named after its project
  // (SPEC §10): the option cannot apply, and was passed over without a word (a tester's finding).
  if (options.planId !== undefined && byProject.size > 1) {
    const names = [...byProject.keys()].map((id) => escapeControl(projects.find((p) => p.id === id)?.shortName || fallbackPlanId(id)));
    throw new UnreadableInput(msg('import.unreadable.xer-plan-id-many', { planId: options.planId, projects: names.slice(0, 5), count: names.length }));
  }
  const activities = new Map<string, Activity>();
  const planCalendars = new Map<string, XerCalendar>();
  const lagRules = new Map<string, string>();
  const lagRowsSaid = new Set<number>();
  sayNoDurationColumn(tasks, findings);
  const plans: { plan: Omit<ImportedPlan, 'milestones'>; activities: Activity[] }[] = [];
  const usedPlanIds = new IdAllocator();
  const leftOut = new Map<string, LeftOutActivity>();
  // Every activity read by task_id, the first one and those after it: a task_id two rows have (files joined from two
  // P6 databases) names neither for sure, here or in TASKPRED, TASKRSRC and PROJCOST.
  const firstOf = new Map<string, Activity | LeftOutActivity>();
  const repeated = new Map<string, (Activity | LeftOutActivity)[]>();
  for (const [projId, rows] of byProject) {
    const project = projects.find((p) => p.id === projId);
    const baseId = options.planId !== undefined && byProject.size === 1 ? options.planId : toPlanId(project?.shortName ?? '', fallbackPlanId(projId));
    const planId = usedPlanIds.allocate(baseId).id;
    // An activity without a calendar is on the project's, as P6 schedules it (tester round 66 F5: it was put on a
    // made-up Monday–Friday, and the project's holidays were lost).
    const projectCalendarId = defaultCalendarId(project, file.tables.get('CALENDAR'), calendars);
    // A project calendar the file does not hold is said with the one used instead (tester round 68 F7: nothing was).
    const dangling = danglingProjectCalendar(project, calendars);
    if (dangling !== undefined) findings.push({ kind: 'approximated', topic: 'calendar', line: project!.line, message: msg('import.xer.project-calendar-unknown', { calendar: dangling, used: calendars.get(projectCalendarId)?.calendar.name ?? null, ...(isDefaultCalendar(file.tables.get('CALENDAR'), projectCalendarId) ? {} : { only: true }) }) });
    const calendarIdOf = (row: XerRow): string => cell(tasks, row, 'clndr_id') || projectCalendarId;
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(calendarIdOf(row), (counts.get(calendarIdOf(row)) ?? 0) + 1);
    const mainId = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
    // When the calendar most activities name is not in the file, the project's is the plan's (tester round 68 F7: a
    // made-up Monday–Friday lost the project's closed days, and 6 of 25 floats came out 5 days above P6's).
    const main = calendars.get(mainId) ?? calendars.get(projectCalendarId);
    const planCalendar = main?.calendar ?? STANDARD_CALENDAR;
    planCalendars.set(planId, planCalendar);
    lagRules.set(planId, readLagRule(options_, projId, project?.shortName || projId, lagRowsSaid, findings));
    // A file without calendars (no CALENDAR table, or none of its rows readable) is said once, in its own terms; the
    // stand-in's findings speak of a clndr_data the file does not have (a tester read them for such a file).
    if (calendars.size === 0) findings.push({ kind: 'approximated', topic: 'calendar', line: tasks.line, message: msg0('import.xer.no-calendar') });
    // Calendars none of which the activities or the project name: the stand-in is said as such, not as a calendar of
    // the file whose clndr_data has no week (tester round 68 F7).
    else if (main === undefined) findings.push({ kind: 'approximated', topic: 'calendar', line: tasks.line, message: msg0('import.xer.no-project-calendar') });
    const calendar = toPlanCalendar(planCalendar, main?.line ?? tasks.line, main === undefined ? [] : findings);
    const status = readDataDate(project, planCalendar, findings);
    const dataDay = status?.day;
    // Every activity code of the project is held for its own activity, those left out included; a task_id an activity
    // without a code falls back on is not (IdAllocator).
    const ids = new IdAllocator(rows.map((row) => cell(tasks, row, 'task_code')));
    const own: Activity[] = [];
    const context = { table: tasks, planId, planCalendar, planDays: planWorkCalendar(calendar), calendarOf: (id: string) => calendars.get(id)?.calendar, projectCalendarId, hasCalendars: calendars.size > 0, wbs, ids, findings, dataDay };
    let firstRead: Activity | LeftOutActivity | undefined;
    for (const row of rows) {
      const activity = readActivity(context, row);
      firstRead ??= activity;
      if ('milestone' in activity) own.push(activity);
      else leftOut.set(activity.taskId, activity);
      const first = firstOf.get(activity.taskId);
      if (first === undefined) firstOf.set(activity.taskId, activity);
      else {
        const same = repeated.get(activity.taskId);
        if (same === undefined) repeated.set(activity.taskId, [first, activity]);
        else same.push(activity);
      }
    }
    for (const a of own) activities.set(a.taskId, a);
    if (project === undefined && projects.length > 0 && firstRead !== undefined) sayProjectMissing(projId, planId, firstRead, rows.length, findings);
    plans.push({ plan: { id: planId, title: project === undefined ? `P6 project ${projId}` : projectTitle(file.tables.get('PROJWBS'), project), ...projectDates(project, planCalendar, dataDay, findings), ...(status?.note !== undefined ? { statusDateNote: status.note } : {}), calendar, source: `Primavera P6 XER project ${project?.shortName ?? projId}` }, activities: own });
  }
  const ambiguous = sayRepeatedTaskIds(repeated, findings);
  for (const taskId of ambiguous.keys()) {
    activities.delete(taskId);
    leftOut.delete(taskId);
  }
  const links: ImportedLinkAt[] = [];
  readLinks(file.tables.get('TASKPRED'), {
    links,
    activities,
    ambiguous,
    planCalendar: (planId) => planCalendars.get(planId) ?? STANDARD_CALENDAR,
    lagCalendarRule: (planId) => lagRules.get(planId) ?? 'rcal_Predecessor',
    findings,
    leftOut,
    taskRowSkipped: file.rowsBeforeFields.has('TASK'),
  });
  reportUnusedTables(file.tables, activities, findings);
  return { plans: plans.map(({ plan, activities: own }) => ({ ...plan, milestones: own.map((a) => a.milestone) })), findings, links };
}

/**
 * Says each activity whose task_id an earlier row of the file has (projects are read in PROJECT's order, not the
 * file's), as an MS Project UID two tasks have is said: both activities are kept, and what names that task_id names
 * neither. Returns the ids of the activities of each such task_id, in the file's order.
 */
function sayRepeatedTaskIds(repeated: ReadonlyMap<string, readonly (Activity | LeftOutActivity)[]>, findings: ImportFinding[]): Map<string, readonly string[]> {
  const ambiguous = new Map<string, readonly string[]>();
  for (const [taskId, all] of repeated) {
    const ordered = [...all].sort((a, b) => a.line - b.line);
    const [first, ...later] = ordered;
    if (first === undefined) continue;
    for (const a of later) findings.push({ kind: 'approximated', topic: 'id', line: a.line, activity: a.id, message: msg('import.xer.duplicate-task-id', { id: a.id, taskId, first: first.id, firstLine: first.line }) });
    ambiguous.set(taskId, ordered.map((a) => a.id));
  }
  return ambiguous;
}

/**
 * The plan id of a project without a short name that gives one (or without a PROJECT row): `p6-` and its proj_id,
 * cleaned as a short name is (tester round 66 F1: `p6-ABC` and `p6-3_start` are no plan ids, and validate refused the
 * plans written); `p6-project` for an empty proj_id.
 */
function fallbackPlanId(projId: string): string {
  return projId === '' ? 'p6-project' : toPlanId(`p6-${projId}`, 'p6-project');
}

/**
 * Says activities whose proj_id no PROJECT row has, once per proj_id at the first one's line: they are written to a
 * plan made up for them, without the project's data date, start, finish and calendar (tester round 66 F1: moved
 * without a word, "imported exactly").
 */
function sayProjectMissing(projId: string, planId: string, first: { readonly id: string; readonly line: number }, count: number, findings: ImportFinding[]): void {
  findings.push({ kind: 'approximated', topic: 'project', line: first.line, activity: first.id, message: msg('import.xer.project-missing', { id: first.id, projId: escapeControl(projId), planId, count }) });
}

/** Task rows per proj_id, in the order projects are listed (tasks of an unlisted project after them). */
function groupTasks(tasks: XerTable, projects: readonly XerProject[], hasProjectTable: boolean): Map<string, XerTable['rows'][number][]> {
  const groups = new Map<string, XerTable['rows'][number][]>();
  for (const p of projects) groups.set(p.id, []);
  for (const row of tasks.rows) {
    const id = projects.length === 0 && !hasProjectTable ? '' : cell(tasks, row, 'proj_id');
    let group = groups.get(id);
    if (group === undefined) groups.set(id, (group = []));
    group.push(row);
  }
  for (const [id, rows] of groups) if (rows.length === 0) groups.delete(id);
  return groups;
}

