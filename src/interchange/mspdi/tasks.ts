// MSPDI <Task> elements → milestones: baseline finish as date, finish as forecast, duration in the project's days, deadline.
import { msg, type Message } from '../../messages/index.js';
import type { WorkCalendar } from '../../calendar/index.js';
import { actualStartMessage } from '../actual-start.js';
import { wholeDurationDays } from '../round-lag.js';
import { dayText } from '../day-text.js';
import type { ImportFinding } from '../finding.js';
import { IdAllocator, MILESTONE_ID } from '../ids.js';
import type { ImportedLink, ImportedMilestone } from '../plan-model.js';
import type { XerCalendar } from '../xer/calendar.js';
import { finishDay, type Instant } from '../xer/instant.js';
import { isEveryDay, isSameCalendar } from '../xer/plan-calendar.js';
import { escapeControl } from '../../report/safe-text.js';
import type { MspdiTaskFields } from './parts.js';
import { dateOf, milestoneDates, readTaskFinishes, usableFinish } from './task-dates.js';
import { durationMinutes, readTaskDuration } from './task-duration.js';
import { xmlInstant } from './task-scope.js';
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

const CONSTRAINTS = ['As Soon As Possible', 'As Late As Possible', 'Must Start On', 'Must Finish On', 'Start No Earlier Than', 'Start No Later Than', 'Finish No Earlier Than', 'Finish No Later Than'];

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
  // MS Project puts top-level tasks at level 1 (0 is the project's own summary, UID 0); TaskJuggler starts at 0.
  const top = nodes.reduce((min, n) => (n.uid === '0' ? min : Math.min(min, Number(n.outlineLevel || '1'))), Infinity);
  for (const node of nodes) {
    const line = node.line;
    const level = Number(node.outlineLevel || '1');
    const uid = node.uid;
    if (node.isNull === '1' || uid === '0') { leave(uid, { why: uid === '0' ? 'summary' : 'blank' }); continue; }
    // <Name> is text; one holding elements (markup pasted into it) keeps the text around them, and says so below.
    const { name, nameHasElements } = node;
    outline.length = Math.max(0, Math.min(outline.length, level - top));
    if (node.summary === '1') {
      outline.push(name);
      leave(uid, { why: 'summary' });
      ctx.findings.push({ kind: 'approximated', topic: 'summary', ...(line !== undefined ? { line } : {}), message: msg('import.mspdi.summary', { name }) });
      continue;
    }
    const wbsCode = node.wbs;
    const { raw, field } = writtenId(node);
    const wbsIsId = field === 'WBS';
    const { id, isChanged, isRepeated, taken } = ids.allocate(raw, wbsIsId ? 'own' : 'fallback');
    const where = { ...(line !== undefined ? { line } : {}), activity: id };
    const note = (kind: ImportFinding['kind'], topic: string, message: Message): void => void ctx.findings.push({ kind, topic, ...where, message });
    // MS Project leaves an inactive task and its links out of the schedule: so does the plan, in one line for them all.
    if (node.active === '0') {
      linkCounts ??= countLinks(nodes);
      note('dropped', 'inactive', msg('import.mspdi.inactive', { id, title: escapeControl(name), links: linkCounts.get(uid) ?? 0 }));
      leave(uid, { why: 'inactive', id, line });
      continue;
    }
    // Another project's task, shown here as the end of a cross-project link: no milestone of this plan (a plan names
    // another plan's milestones as plan/ID, which the import cannot know), left out with its links as a link with
    // CrossProject is (tester round 52 F4: written as this plan's own milestone, without a word).
    if (node.externalTask === '1') {
      linkCounts ??= countLinks(nodes);
      note('dropped', 'external', msg('import.mspdi.external', { id, title: escapeControl(name), project: node.externalTaskProject === '' ? null : escapeControl(node.externalTaskProject), links: linkCounts.get(uid) ?? 0 }));
      leave(uid, { why: 'external', id, line });
      continue;
    }
    if (isChanged) note('approximated', 'id', msg('import.mspdi.id-changed', { written: escapeControl(raw), field, wbs: escapeControl(wbsCode), id, repeated: isRepeated, taken }));
    else if (wbsCode !== '' && field !== 'WBS') note('approximated', 'id', msg('import.mspdi.wbs-not-id', { wbs: escapeControl(wbsCode), id, field }));
    if (nameHasElements) note('approximated', 'title', msg('import.mspdi.name-elements', { id, kept: escapeControl(name) }));
    // A task without a name gets its id as its title, and says so, as a sheet's row with an empty title cell does.
    else if (name === '') note('approximated', 'title', msg('import.mspdi.no-title', { id }));
    const calUid = node.calendarUid;
    const own = calUid === '' || calUid === '-1' ? ctx.calendars.get(ctx.projectCalendarUid) : ctx.calendars.get(calUid);
    const calendar = own ?? ctx.planCalendar;
    const isOtherCalendar = own !== undefined && !isSameCalendar(own, ctx.planCalendar);
    // On another calendar that works every day, the task's working days are calendar days: exact in `ed`, as P6's are.
    const everyDay = isOtherCalendar && isEveryDay(own);
    if (isOtherCalendar) note('approximated', 'calendar', msg('import.calendar-other', { id, name: own.name, plan: ctx.planCalendar.name, everyDay }));
    const scope = { id, calendar, note };
    const duration = readTaskDuration(node, scope, everyDay, ctx.daysPerWeek);
    const finishes = readTaskFinishes(node, scope, ctx.statusDay);
    const { current, actual, percent: pct } = finishes;
    const date = dateOf(finishes);
    if (date === undefined) {
      note('dropped', 'dates', msg('import.mspdi.no-finish', { id }));
      leave(uid, { why: 'no-finish', id, line });
      continue;
    }
    // A task under way is written with its remaining duration (as P6's, xer/activities.ts): a predecessor pushes only
    // the work left, and its forecast finish holds (tester round 26 F1).
    // An actual start makes a task under way at 0 % too, as MS Project fixes it there (tester round 29 F3), when it
    // lies before the status date: TaskJuggler writes its planned start into <ActualStart> on every task.
    const startedAt = pct === 0 && actual === undefined ? xmlInstant(node.actualStart) : undefined;
    // Without a status date (or the file's current date) nothing tells an actual start from a plan written there (tester
    // round 34 F4: every task of such a file was under way): a 0 % task is then not under way, as before.
    const status = ctx.statusAt;
    const startedDay = startedAt !== undefined && status !== undefined && (startedAt.day < status.day || (startedAt.day === status.day && startedAt.minute < status.minute)) ? startedAt.day : undefined;
    const underWay = (pct > 0 || startedDay !== undefined) && pct < 100 && actual === undefined;
    const remainingMinutes = underWay ? durationMinutes(node.remainingDuration) : undefined;
    const remaining = remainingMinutes === undefined ? undefined : { n: wholeDurationDays(remainingMinutes / duration.dayMinutes), unit: duration.dayUnit };
    if (underWay) note('approximated', 'progress', msg('import.mspdi.progress', { id, percent: pct, written: remaining?.n ?? null, original: duration.days, ...(startedDay !== undefined ? { started: startedDay } : {}) }));
    const written = remaining ?? duration.written;
    // A finished task's actual start has no field in a plan: said where the start of work the plan derives from its
    // actual finish and duration is another day, as a P6 activity's (tester round 57 F4).
    const startedOn = actual === undefined ? undefined : xmlInstant(node.actualStart);
    const moved = actual === undefined || startedOn === undefined ? undefined : actualStartMessage({ id, started: startedOn, form: 'xml', calendar, plan: ctx.planDays, finish: actual.day, duration: written });
    if (moved !== undefined) note('approximated', 'actual start', moved);
    // MS Project keeps a manually scheduled task where it was put; milepel moves a milestone by its links (SPEC §5):
    // said of one that has links to be moved by (without, it stays at its date in milepel too).
    if (node.manual === '1' && actual === undefined && node.links.length > 0) note('approximated', 'manual', msg('import.mspdi.manual', { id, day: current?.day ?? date }));
    const deadlines: number[] = [];
    const deadline = usableFinish(scope, 'Deadline', node.deadline);
    if (deadline !== undefined) deadlines.push(deadline.day);
    const ctype = Number(node.constraintType || '0');
    const cdate = xmlInstant(node.constraintDate);
    if (ctype === 7 || ctype === 3) {
      if (cdate !== undefined) deadlines.push(finishDay(calendar, cdate).day);
      if (ctype === 3) note('approximated', 'constraint', msg('import.constraint-kept-as-deadline', { id, name: 'Must Finish On', day: cdate?.day ?? null }));
    } else if (ctype !== 0) {
      // Finish No Earlier Than bounds only the early finish from below; on or before the milestone's current date c(M)
      // (SPEC §5: actual, else the forecast = this Finish, else the date) milepel's floor holds it, and the schedule is
      // the same today. milepel's own export writes it on every task at c(M) (or later, for a link it cannot write), a
      // task whose Finish, its projected date, is never earlier: its files come back without a finding (#14). One the
      // user set is no constraint of the plan all the same: said, with the date that holds it (tester round 57 F2).
      const currentDay = actual?.day ?? current?.day ?? date;
      const isHeld = ctype === 6 && cdate !== undefined && finishDay(calendar, cdate).day <= currentDay;
      if (!isHeld || !node.isExportedTask) note('dropped', 'constraint', msg('import.constraint-dropped', { id, name: CONSTRAINTS[ctype] ?? String(ctype), day: cdate?.day ?? null, asap: false, ...(isHeld ? { heldBy: currentDay } : {}) }));
    }
    if (Number(node.cost || '0') !== 0) note('dropped', 'cost', msg('import.mspdi.cost', { id, cost: writtenNumber(node.cost) }));
    const milestone: MspdiTask['milestone'] = {
      id,
      title: name || id,
      ...milestoneDates(node, finishes, date),
      ...(deadlines.length > 0 ? { deadline: dayText(deadlines.reduce((a, b) => Math.min(a, b))) } : {}),
      ...(written.n > 0 ? { durationDays: written.n, ...(written.unit !== 'd' ? { durationUnit: written.unit } : {}) } : {}),
      after: [],
      wbs: outline.length === 0 ? NO_WBS : [...outline],
    };
    const task: MspdiTask = { uid, fields: node, line, calendar, milestone };
    const same = byUid.get(uid);
    const first = same?.[0];
    if (first !== undefined) note('approximated', 'id', msg('import.mspdi.duplicate-uid', { id, uid, first: first.milestone.id, firstLine: first.line ?? null }));
    if (same === undefined) byUid.set(uid, [task]);
    else same.push(task);
    list.push(task);
  }
  return { list, byUid, leftOut };
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
