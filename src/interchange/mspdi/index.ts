// MS Project XML (MSPDI) → one plan: tasks as milestones, summary tasks as `x-wbs`, links with type and lag; the rest reported.
import { Buffer } from 'node:buffer';
import { msg, msg0 } from '../../messages/index.js';
import { formatDay, MAX_DURATION_N, type DayNumber } from '../../calendar/index.js';
import { planWorkCalendar } from '../actual-start.js';
import type { ImportFinding } from '../finding.js';
import { refuseLargeTable } from '../decode.js';
import { toPlanId } from '../ids.js';
import type { ImportedLinkAt, ImportedPlan } from '../plan-model.js';
import type { XerCalendar } from '../xer/calendar.js';
import { finishDay, instantProblem, parseInstant, readStatusDate, workingDayOf, type Instant } from '../xer/instant.js';
import { parseXerCalendar } from '../xer/calendar.js';
import { toPlanCalendar } from '../xer/plan-calendar.js';
import { readMspdiCalendars } from './read-calendar.js';
import { readMspdiLinks } from './links.js';
import { readMspdiTasks } from './tasks.js';
import { partsOfTree, readCommonParts, type MspdiParts, type MspdiTaskFields } from './parts.js';
import { lineOf, type XmlNode } from './xml-tree.js';
import { wholeCriticalDays } from '../critical-days.js';
import { writtenNumber } from '../written-number.js';
import { child, children, isUtf8Safe, readMspdi, text } from './xml.js';

/** Bytes that are valid UTF-8 (checked by the caller) as text, byte order marks kept: readMspdi drops one, as the common reader does. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The parts of an MSPDI file (its text, or its UTF-8 bytes without the byte order mark their decoder drops, decode.ts):
 * read from the bytes in the common shape, else by saxes from the text.
 */
export function readMspdiParts(source: string | Uint8Array): MspdiParts {
  if (typeof source === 'string') return isUtf8Safe(source) ? readMspdiParts(Buffer.from(source, 'utf8')) : partsOfTree(readMspdi(source, false).project);
  const utf8 = source;
  const body = utf8[0] === 0xef && utf8[1] === 0xbb && utf8[2] === 0xbf ? utf8.subarray(3) : utf8;
  const common = readCommonParts(body);
  if (common !== undefined) return common;
  refuseLargeTable(utf8.byteLength);
  return partsOfTree(readMspdi(UTF8.decode(utf8), false).project);
}

/** `source`: as readMspdiParts reads it. */
export function importMspdi(source: string | Uint8Array, options: { readonly planId?: string }): { plans: ImportedPlan[]; findings: ImportFinding[]; links: ImportedLinkAt[] } {
  return importMspdiParts(readMspdiParts(source), options);
}

/**
 * The days of slack at or below which MS Project marks a task critical (CriticalSlackLimit), as milepel's `critical`
 * (its export writes it): the whole days in it, since floats are whole working days (1.5 marks what 1 does); undefined
 * for 0 or none. One no plan file can hold (negative, past 99999 days, no number) is said, with what is used instead.
 */
function criticalThreshold(written: string, findings: ImportFinding[]): number | undefined {
  const value = written.trim();
  if (value === '') return undefined;
  const { days, isOutside } = wholeCriticalDays(Number(value));
  if (isOutside) findings.push({ kind: 'approximated', topic: 'project', message: msg('import.mspdi.critical-limit', { value: writtenNumber(value), days, max: MAX_DURATION_N }) });
  return days > 0 ? days : undefined;
}

/**
 * A project date element's instant, undefined when empty or no date; one that is no date is said with what the plan
 * then lacks (tester round 66 F4: `<StatusDate>garbage</StatusDate>` was "imported exactly", and the status date the
 * system date). No line: the reader keeps lines of elements, not of the project's fields.
 */
function projectInstant(project: XmlNode, name: 'StatusDate' | 'StartDate' | 'FinishDate', lost: 'status_date' | 'start' | 'finish', findings: ImportFinding[]): Instant | undefined {
  const value = text(project, name);
  if (value.trim() === '') return undefined;
  const at = parseInstant(value.replace('T', ' '));
  if (at === undefined) findings.push({ kind: 'approximated', topic: 'dates', message: msg('import.project-date-unusable', { project: null, field: name, value, problem: instantProblem(value.replace('T', ' ')), lost }) });
  return at;
}

/**
 * The plan of an MSPDI file's parts and the findings of what it could not carry over (SPEC §10), with `links`, every
 * link it kept in file order with its line, for the checks every import makes (loops.ts, called by importSchedule).
 */
export function importMspdiParts(parts: MspdiParts, options: { readonly planId?: string }): { plans: ImportedPlan[]; findings: ImportFinding[]; links: ImportedLinkAt[] } {
  const project = parts.project;
  const findings: ImportFinding[] = [];
  const minutesPerDay = Number(text(project, 'MinutesPerDay')) || 480;
  // MS Project's week (`w`) is MinutesPerWeek of working time: milepel's `w` is 5 working days (SPEC §2).
  const daysPerWeek = (Number(text(project, 'MinutesPerWeek')) || 5 * minutesPerDay) / minutesPerDay;
  const read = readMspdiCalendars(project, minutesPerDay);
  const calendars = new Map([...read].map(([uid, c]) => [uid, c.calendar]));
  const taskNodes = parts.tasks;
  const writtenCalendarUid = text(project, 'CalendarUID');
  // A project CalendarUID that names no calendar of the file: the file's first base calendar stands in for it, said
  // (tester round 66 F5: "the file has no calendar" was said of a file with one, and its 19 closed days were lost).
  const standIn = calendars.has(writtenCalendarUid) ? undefined : firstBaseCalendar(project, calendars);
  const projectCalendarUid = standIn?.id ?? writtenCalendarUid;
  if (standIn !== undefined) findings.push({ kind: 'approximated', topic: 'calendar', ...lineAt(project, 'CalendarUID'), message: msg('import.mspdi.calendar-dangling', { uid: writtenCalendarUid, name: standIn.name, standIn: standIn.id }) });
  const counts = new Map<string, number>();
  for (const t of taskNodes) {
    const uid = t.calendarUid;
    const cal = uid === '' || uid === '-1' ? projectCalendarUid : uid;
    if (t.summary !== '1') counts.set(cal, (counts.get(cal) ?? 0) + 1);
  }
  const mainUid = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? projectCalendarUid;
  const found = calendars.get(mainUid) ?? calendars.get(projectCalendarUid);
  const planCalendar: XerCalendar = found ?? parseXerCalendar('', 'Standard', '', minutesPerDay / 60);
  const calendarNode = children(child(project, 'Calendars'), 'Calendar').find((c) => text(c, 'UID') === planCalendar.id);
  // Without a calendar in the file, say so in MS Project's terms (the stand-in's own finding speaks of P6's clndr_data).
  const calendar = toPlanCalendar(planCalendar, lineOf(calendarNode) ?? 1, found === undefined ? [] : findings);
  // What of the plan's calendar is not the file's (a recurring exception not expanded); its tasks' findings say none.
  if (found !== undefined) for (const f of read.get(found.id)?.findings ?? []) findings.push(f);
  if (found === undefined) findings.push({ kind: 'approximated', topic: 'calendar', message: msg0('import.mspdi.no-calendar') });
  const status = projectInstant(project, 'StatusDate', 'status_date', findings);
  // A status date at the start of a day's work is the end of the working day before, as a finish there is.
  const statusOn = status === undefined ? undefined : readStatusDate(planCalendar, status, 'StatusDate');
  const tasks = readMspdiTasks(taskNodes, { planCalendar, planDays: planWorkCalendar(calendar), projectCalendarUid, calendars, findings, statusDay: statusOn?.day, statusAt: status ?? parseInstant(text(project, 'CurrentDate').replace('T', ' ')), daysPerWeek });
  const links: ImportedLinkAt[] = [];
  readMspdiLinks(taskNodes, tasks, { planCalendar, minutesPerDay, daysPerWeek, findings, links });
  for (const a of parts.assignments) {
    const task = tasks.byUid.get(a.taskUid)?.[0];
    if (task === undefined || a.resourceUid === '-65535') continue;
    const line = a.line;
    findings.push({ kind: 'dropped', topic: 'resource', ...(line !== undefined ? { line } : {}), activity: task.milestone.id, message: msg('import.mspdi.resource', { id: task.milestone.id, resource: a.resourceUid }) });
  }
  const name = text(project, 'Title') || text(project, 'Name') || 'MS Project plan';
  const start = projectInstant(project, 'StartDate', 'start', findings);
  const fromStart = text(project, 'ScheduleFromStart') !== '0';
  // The finish is read only where MS Project took late dates from it (scheduled from the start), and said there.
  const written = fromStart ? projectInstant(project, 'FinishDate', 'finish', findings) : undefined;
  const finish = written === undefined ? undefined : finishUsed(written, parts.tasks, planCalendar, findings);
  const critical = criticalThreshold(text(project, 'CriticalSlackLimit'), findings);
  const company = text(project, 'Company').trim();
  const plan: ImportedPlan = {
    id: options.planId ?? toPlanId(text(project, 'Name').replace(/\.(xml|mpp)$/i, '') || name, 'imported'),
    title: name,
    ...(company !== '' ? { owner: company } : {}),
    ...(start !== undefined ? { start: formatDay(start.day) } : {}),
    ...(statusOn !== undefined ? { statusDate: formatDay(statusOn.day) } : {}),
    ...(statusOn?.note !== undefined ? { statusDateNote: statusOn.note } : {}),
    // Scheduled from the start, MS Project takes late dates from the project's finish (SPEC §10).
    ...(finish !== undefined ? { finish: formatDay(finish) } : {}),
    ...(critical !== undefined ? { critical } : {}),
    calendar,
    milestones: tasks.list.map((t) => t.milestone),
    source: 'MS Project XML',
  };
  if (!fromStart) findings.push({ kind: 'approximated', topic: 'project', message: msg0('import.mspdi.from-finish') });
  // A project without tasks is nothing to import: the caller refuses it (import.unreadable.no-activities).
  return { plans: plan.milestones.length > 0 ? [plan] : [], findings, links };
}

/**
 * The day of the project's FinishDate when the tool took the tasks' late dates from it (SPEC §10: "becomes
 * `plan.finish` when the tool used it for late dates"), else undefined, said as dropped. Scheduled from its start, MS
 * Project computes a project's finish as the latest finish of its tasks (it cannot be entered) and runs the late dates
 * back from it, so its tasks' latest LateFinish is that day; a file whose late dates end elsewhere, or without late
 * dates one whose tasks all finish before it, was not scheduled from it. TaskJuggler's `mspxml` writes the project's
 * end there, weeks after its last task: taken as the plan's finish, every task had 227–246 days of float and none was
 * critical, against the file's own 0 (tester round 99 F1).
 */
function finishUsed(written: Instant, tasks: readonly MspdiTaskFields[], cal: XerCalendar, findings: ImportFinding[]): DayNumber | undefined {
  // In working time, as the tasks' finishes are read (task-dates.ts workingEnd): Saturday 17:00 is Friday's end (tester
  // round 100 F5: a Saturday FinishDate beside Friday late finishes was dropped, and the floats lost). milepel's own
  // export writes plan.finish as it is, a Saturday too, and reads it back so.
  const exported = tasks.some((t) => t.isExportedTask);
  const dayOf = (at: Instant): DayNumber => (exported ? finishDay(cal, at).day : workingDayOf(cal, finishDay(cal, at).day));
  const day = dayOf(written);
  const counted = tasks.filter((t) => !(t.isNull === '1' || t.uid === '0' || t.summary === '1' || t.active === '0' || t.externalTask === '1'));
  const from = lastFinish(counted, dayOf);
  if (from.day === undefined || from.day === day) return day;
  // The tasks the project's finish bounds are those no task follows and no deadline bounds (SPEC §5: "no successors
  // and no deadline"); an SF or SS predecessor's late finish, or a later deadline's, runs past it (tester round 107 F1:
  // milepel's own export of such a plan lost its plan.finish and every float).
  const followed = new Set<string>();
  for (const t of counted) for (const link of t.links) followed.add(link.predecessorUid);
  const ends = counted.filter((t) => !followed.has(t.uid) && t.deadline === '');
  if (ends.length > 0 && lastFinish(ends, dayOf).day === day) return day;
  findings.push({ kind: 'dropped', topic: 'project', message: msg('import.mspdi.finish-unused', { finish: formatDay(day), latest: formatDay(from.day), lateDates: from.isLate }) });
  return undefined;
}

/** The latest LateFinish of `tasks` (`isLate`), else, when none has one, their latest Finish; each as `dayOf` reads it. */
function lastFinish(tasks: readonly MspdiTaskFields[], dayOf: (at: Instant) => DayNumber): { day: DayNumber | undefined; isLate: boolean } {
  let lateFinish: DayNumber | undefined;
  let finish: DayNumber | undefined;
  for (const t of tasks) {
    const late = t.lateFinish === '' ? undefined : parseInstant(t.lateFinish.replace('T', ' '));
    if (late !== undefined) lateFinish = Math.max(lateFinish ?? -Infinity, dayOf(late)) as DayNumber;
    const end = t.finish === '' ? undefined : parseInstant(t.finish.replace('T', ' '));
    if (end !== undefined) finish = Math.max(finish ?? -Infinity, dayOf(end)) as DayNumber;
  }
  return { day: lateFinish ?? finish, isLate: lateFinish !== undefined };
}

/** The file's first base calendar (IsBaseCalendar 1), else its first calendar; undefined when it has none. */
function firstBaseCalendar(project: XmlNode, calendars: ReadonlyMap<string, XerCalendar>): XerCalendar | undefined {
  const nodes = children(child(project, 'Calendars'), 'Calendar');
  const base = nodes.find((c) => text(c, 'IsBaseCalendar') === '1' && calendars.has(text(c, 'UID'))) ?? nodes.find((c) => calendars.has(text(c, 'UID')));
  return base === undefined ? undefined : calendars.get(text(base, 'UID'));
}

/** The line of `project`'s element `name`, as a finding's `line` when the reader kept one. */
function lineAt(project: XmlNode, name: string): { line?: number } {
  const line = lineOf(child(project, name));
  return line === undefined ? {} : { line };
}
