// MSPDI <Task> elements → milestones: baseline finish as date, finish as forecast, duration in the project's days, deadline.
// Here the tasks in file order, their ids, calendars and what is left out; each part of a task is read in its own file
// (task-duration.ts, task-dates.ts, task-progress.ts, task-constraints.ts).
import { msg } from '../../messages/index.js';
import type { WorkCalendar } from '../../calendar/index.js';
import { dayText } from '../day-text.js';
import type { ImportFinding } from '../finding.js';
import { IdAllocator, MILESTONE_ID } from '../ids.js';
import type { ImportedLink, ImportedMilestone } from '../plan-model.js';
import type { XerCalendar } from '../xer/calendar.js';
import type { Instant } from '../xer/instant.js';
import { isEveryDay, isSameCalendar } from '../xer/plan-calendar.js';
import { escapeControl } from '../../report/safe-text.js';
import type { MspdiTaskFields } from './parts.js';
import { taskDeadline } from './task-constraints.js';
import { dateOf, milestoneDates, readTaskFinishes } from './task-dates.js';
import { readTaskDuration } from './task-duration.js';
import { sayActualStart, writtenDuration } from './task-progress.js';
import type { TaskNote, TaskScope } from './task-scope.js';
import { writtenNumber } from '../written-number.js';

export interface MspdiTask {
  readonly uid: string;
  /** The <Task> element's fields, which hold the task's own links. */
  readonly fields: MspdiTaskFields;
  readonly line: number | undefined;
  readonly calendar: XerCalendar;
  readonly milestone: ImportedMilestone & { after: ImportedLink[] };
}

export interface TaskContext {
  readonly planCalendar: XerCalendar;
  /** The plan.calendar written, as the schedule reads it (actual-start.ts planWorkCalendar). */
  readonly planDays: WorkCalendar;
  readonly projectCalendarUid: string;
  readonly calendars: ReadonlyMap<string, XerCalendar>;
  readonly findings: ImportFinding[];
  /** The project's status date, if it has one. */
  readonly statusDay: number | undefined;
  /** The project's <StatusDate> (else its <CurrentDate>) as written, day and minute: an actual start after it is a plan. */
  readonly statusAt: Instant | undefined;
  /** The project's week in working days (MinutesPerWeek / MinutesPerDay), which says whether its `w` is milepel's. */
  readonly daysPerWeek: number;
}

/** The x-wbs of every task outside summary tasks: one empty list. */
const NO_WBS: readonly string[] = Object.freeze([]);


/**
 * Why a task is no milestone: a summary task (the project's own, UID 0, too), a blank row (IsNull), a task left out
 * for having no finish (`no-finish`, with the id it was said as), an inactive one (`inactive`, said with its links), or
 * another project's task (`external`, said with its links).
 */
export type LeftOutTask = { readonly why: 'summary' | 'blank' } | { readonly why: 'no-finish' | 'inactive' | 'external'; readonly id: string; readonly line: number | undefined };

export interface MspdiTasks {
  /** The tasks that became milestones, in file order. */
  readonly list: readonly MspdiTask[];
  /** Those tasks by UID: more than one when the file repeats a UID, and then no link can say which it means. */
  readonly byUid: ReadonlyMap<string, readonly MspdiTask[]>;
  /** The first task by UID of those that became no milestone, and why, for the links that name them. */
  readonly leftOut: ReadonlyMap<string, LeftOutTask>;
}

/**
 * The id a task writes: its WBS code when that is a milepel id (milepel's own export writes its ids there), with the
 * blanks around it that MS Project keeps (IdAllocator holds `A-100 ` only after another task's `A-100`, as it does a
 * sheet's id cell ` A-100`); else its ID, else its UID, numbers MS Project gives every task, which are no id the file
 * writes for it (`field`), so another task's WBS code 3 stays that task's (IdAllocator).
 */
function writtenId(node: MspdiTaskFields): { raw: string; field: 'WBS' | 'ID' | 'UID' } {
  if (MILESTONE_ID.test(node.wbs.trim())) return { raw: node.wbs, field: 'WBS' };
  return node.id !== '' ? { raw: node.id, field: 'ID' } : { raw: node.uid, field: 'UID' };
}

/** Tasks in file order; summary tasks become the `x-wbs` path of the tasks below them. */
export function readMspdiTasks(nodes: readonly MspdiTaskFields[], ctx: TaskContext): MspdiTasks {
  const list: MspdiTask[] = [];
  const byUid = new Map<string, MspdiTask[]>();
  const leftOut = new Map<string, LeftOutTask>();
  const leave = (uid: string, why: LeftOutTask): void => void (leftOut.has(uid) || leftOut.set(uid, why));
  // Every task's WBS code is held for its own task, those left out (no finish) included; an ID a task falls back on is
  // not (IdAllocator).
  const ids = new IdAllocator(nodes.filter((n) => n.isNull !== '1' && n.uid !== '0' && n.summary !== '1').map((n) => n.wbs));
  const outline: string[] = [];
  /** Links naming each UID, at either end: counted when a task is inactive. */
  let linkCounts: Map<string, number> | undefined;
  const linksOf = (uid: string): number => (linkCounts ??= countLinks(nodes)).get(uid) ?? 0;
  // MS Project puts top-level tasks at level 1 (0 is the project's own summary, UID 0); TaskJuggler starts at 0.
  const top = nodes.reduce((min, n) => (n.uid === '0' ? min : Math.min(min, Number(n.outlineLevel || '1'))), Infinity);
  for (const node of nodes) {
    const line = node.line;
    const uid = node.uid;
    if (node.isNull === '1' || uid === '0') { leave(uid, { why: uid === '0' ? 'summary' : 'blank' }); continue; }
    outline.length = Math.max(0, Math.min(outline.length, Number(node.outlineLevel || '1') - top));
    if (node.summary === '1') {
      outline.push(node.name);
      leave(uid, { why: 'summary' });
      if (!node.isExportedTask) ctx.findings.push({ kind: 'approximated', topic: 'summary', ...(line !== undefined ? { line } : {}), message: msg('import.mspdi.summary', { name: node.name }) });
      continue;
    }
    const task = readTask(node, ctx, ids, linksOf, outline);
    if ('why' in task) { leave(uid, task); continue; }
    fileByUid(byUid, task, ctx.findings);
    list.push(task);
  }
  return { list, byUid, leftOut };
}

/**
 * Files the task under its UID, after any task before it of the same UID. A task whose UID an earlier one has is said,
 * with that first task: no link can then say which of them it means.
 */
function fileByUid(byUid: Map<string, MspdiTask[]>, task: MspdiTask, findings: ImportFinding[]): void {
  const same = byUid.get(task.uid);
  const first = same?.[0];
  const id = task.milestone.id;
  if (first !== undefined) taskNote(findings, task.line, id)('approximated', 'id', msg('import.mspdi.duplicate-uid', { id, uid: task.uid, first: first.milestone.id, firstLine: first.line ?? null }));
  if (same === undefined) byUid.set(task.uid, [task]);
  else same.push(task);
}

/** The id IdAllocator gave a task, and how that is not the id it writes. */
type Allocated = ReturnType<IdAllocator['allocate']>;

/** Says a finding of the task with id `id` at `line` (ImportFinding's `line` when known, its `activity`). */
function taskNote(findings: ImportFinding[], line: number | undefined, id: string): TaskNote {
  const where = { ...(line !== undefined ? { line } : {}), activity: id };
  return (kind, topic, message) => void findings.push({ kind, topic, ...where, message });
}

/**
 * A task that is no summary and no blank row: the milestone it becomes, with the id `ids` gives it (writtenId), or,
 * said, why it is left out (inactive, another project's, no finish). Its findings are said in the order the import
 * lists them: id, title, calendar, duration, unusable dates and a finish inside a day, progress, actual start, manual
 * scheduling, Deadline and constraint, cost. `linksOf`: how many links name a UID; `outline`: the summary tasks above
 * it (its `x-wbs`).
 */
function readTask(node: MspdiTaskFields, ctx: TaskContext, ids: IdAllocator, linksOf: (uid: string) => number, outline: readonly string[]): MspdiTask | LeftOutTask {
  const writes = writtenId(node);
  const allocated = ids.allocate(writes.raw, writes.field === 'WBS' ? 'own' : 'fallback');
  const { id } = allocated;
  const note = taskNote(ctx.findings, node.line, id);
  const skipped = leftOutWithLinks(node, id, note, linksOf);
  if (skipped !== undefined) return skipped;
  sayIdAndTitle(node, writes, allocated, note);
  const { calendar, everyDay } = taskCalendar(node, ctx, id, note);
  const scope: TaskScope = { id, calendar, note };
  const duration = readTaskDuration(node, scope, everyDay, ctx.daysPerWeek);
  const finishes = readTaskFinishes(node, scope, ctx.statusDay);
  const date = dateOf(finishes);
  if (date === undefined) {
    note('dropped', 'dates', msg('import.mspdi.no-finish', { id }));
    return { why: 'no-finish', id, line: node.line };
  }
  const written = writtenDuration(node, scope, finishes, duration, ctx.statusAt);
  sayActualStart(node, scope, finishes.actual, written, ctx.planDays);
  // MS Project keeps a manually scheduled task where it was put; milepel moves a milestone by its links (SPEC §5):
  // said of one that has links to be moved by (without, it stays at its date in milepel too).
  if (node.manual === '1' && finishes.actual === undefined && node.links.length > 0) note('approximated', 'manual', msg('import.mspdi.manual', { id, day: finishes.current?.day ?? date }));
  const deadline = taskDeadline(node, scope, finishes, date);
  if (Number(node.cost || '0') !== 0) note('dropped', 'cost', msg('import.mspdi.cost', { id, cost: writtenNumber(node.cost) }));
  const milestone: MspdiTask['milestone'] = {
    id,
    title: node.name || id,
    ...milestoneDates(node, finishes, date, calendar),
    ...(deadline !== undefined ? { deadline: dayText(deadline) } : {}),
    ...(written.n > 0 ? { durationDays: written.n, ...(written.unit !== 'd' ? { durationUnit: written.unit } : {}) } : {}),
    after: [],
    wbs: outline.length === 0 ? NO_WBS : [...outline],
  };
  return { uid: node.uid, fields: node, line: node.line, calendar, milestone };
}

/**
 * Why a task that MS Project schedules in no plan of this file is no milestone, said with how many links name it
 * (`linksOf`), which go with it: an inactive task, or another project's; undefined for any other task.
 */
function leftOutWithLinks(node: MspdiTaskFields, id: string, note: TaskNote, linksOf: (uid: string) => number): LeftOutTask | undefined {
  // MS Project leaves an inactive task and its links out of the schedule: so does the plan, in one line for them all.
  if (node.active === '0') {
    note('dropped', 'inactive', msg('import.mspdi.inactive', { id, title: escapeControl(node.name), links: linksOf(node.uid) }));
    return { why: 'inactive', id, line: node.line };
  }
  // Another project's task, shown here as the end of a cross-project link: no milestone of this plan (a plan names
  // another plan's milestones as plan/ID, which the import cannot know), left out with its links as a link with
  // CrossProject is (tester round 52 F4: written as this plan's own milestone, without a word).
  if (node.externalTask === '1') {
    note('dropped', 'external', msg('import.mspdi.external', { id, title: escapeControl(node.name), project: node.externalTaskProject === '' ? null : escapeControl(node.externalTaskProject), links: linksOf(node.uid) }));
    return { why: 'external', id, line: node.line };
  }
  return undefined;
}

/**
 * Says how the task's id (`allocated`) is not the one it writes (`writes`, writtenId: changed, or its ID or UID used
 * beside a WBS code that is no milepel id), and how its title is not its <Name> (elements in it; none).
 */
function sayIdAndTitle(node: MspdiTaskFields, writes: ReturnType<typeof writtenId>, allocated: Allocated, note: TaskNote): void {
  const { raw, field } = writes;
  const { id, isChanged, isRepeated, taken } = allocated;
  const wbsCode = node.wbs;
  if (isChanged) note('approximated', 'id', msg('import.mspdi.id-changed', { written: escapeControl(raw), field, wbs: escapeControl(wbsCode), id, repeated: isRepeated, taken }));
  else if (wbsCode !== '' && field !== 'WBS') note('approximated', 'id', msg('import.mspdi.wbs-not-id', { wbs: escapeControl(wbsCode), id, field }));
  // <Name> is text; one holding elements (markup pasted into it) keeps the text around them, and says so.
  if (node.nameHasElements) note('approximated', 'title', msg('import.mspdi.name-elements', { id, kept: escapeControl(node.name) }));
  // A task without a name gets its id as its title, and says so, as a sheet's row with an empty title cell does.
  else if (node.name === '') note('approximated', 'title', msg('import.mspdi.no-title', { id }));
}

/**
 * The calendar a task's dates and duration are read in: its own (<CalendarUID>; none, -1 or one the file has not is the
 * project's), else the plan's; `everyDay` when its own is another calendar than the plan's that works every day.
 * Another is said, and a UID the file has not.
 */
function taskCalendar(node: MspdiTaskFields, ctx: TaskContext, id: string, note: TaskNote): { calendar: XerCalendar; everyDay: boolean } {
  const calUid = node.calendarUid;
  const project = ctx.calendars.get(ctx.projectCalendarUid);
  const isProjects = calUid === '' || calUid === '-1';
  const named = isProjects ? undefined : ctx.calendars.get(calUid);
  // A UID no calendar has is read as MS Project reads it, on the project's calendar, and said (tester round 93 F4: the
  // task was put on the plan's calendar without a word).
  if (named === undefined && !isProjects && project !== undefined) note('approximated', 'calendar', msg('import.mspdi.task-calendar-dangling', { id, uid: escapeControl(calUid), name: project.name }));
  const own = named ?? project;
  const isOtherCalendar = own !== undefined && !isSameCalendar(own, ctx.planCalendar);
  // On another calendar that works every day, the task's working days are calendar days: exact in `ed`, as P6's are.
  const everyDay = isOtherCalendar && isEveryDay(own);
  if (isOtherCalendar) note('approximated', 'calendar', msg('import.calendar-other', { id, name: own.name, plan: ctx.planCalendar.name, everyDay }));
  return { calendar: own ?? ctx.planCalendar, everyDay };
}

/** How many links name each UID, as predecessor or as successor. */
function countLinks(nodes: readonly MspdiTaskFields[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of nodes) {
    if (node.links.length > 0) counts.set(node.uid, (counts.get(node.uid) ?? 0) + node.links.length);
    for (const link of node.links) counts.set(link.predecessorUid, (counts.get(link.predecessorUid) ?? 0) + 1);
  }
  return counts;
}
