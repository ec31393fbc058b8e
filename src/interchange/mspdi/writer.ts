// `export --format mspdi` (SPEC §10): one plan as Microsoft Project XML (MSPDI), with its schedule, links and calendar.
import { durationDays, formatDay, isWorkingUnit, type DayNumber, type Duration } from '../../calendar/index.js';
import type { Graph } from '../../graph/graph.js';
import type { LinkType, Plan, Workspace } from '../../model/types.js';
import { edgeEnds, firstDayOfWork, thresholdWorkdays, type Schedule } from '../../schedule/cpm.js';
import { forwardConstraint, type EdgeEnd } from '../../schedule/edge-constraint.js';
import { calendarXml, YearSet } from './write-calendar.js';
import { holdDay, LEFT_OUT_PROJECTED, LEFT_OUT_START, shownFloat, shownLatest } from '../../schedule/date-range.js';
import { cutToXmlLength, escapeXml, xmlCannotHold, xmlLines, type XmlNode } from './xml-text.js';
import { lineChunks } from '../../report/chunks.js';
import { leftOutNotes, named } from './left-out.js';
import { msg, type Message } from '../../messages/index.js';

export interface MspdiSource {
  readonly workspace: Workspace;
  readonly graph: Graph;
  readonly schedule: Schedule;
  /** The status date T. */
  readonly today: DayNumber;
  /** Index of the plan to write. */
  readonly plan: number;
}

export interface MspdiResult {
  /** The file in pieces that end at line ends (a million tasks' file is never one string); made when iterated. */
  readonly chunks: Iterable<string>;
  /**
   * What the file cannot say exactly, one line each (links to other plans, links inside cycles, what MS Project XML
   * cannot hold): Messages, rendered by the CLI in the run's locale. Complete once `chunks` has been iterated: the
   * note on titles XML cannot hold is added as the tasks are written (their text is made only then).
   */
  readonly notes: readonly Message[];
}

/** MSPDI PredecessorLink/Type: 0 FF, 1 FS, 2 SF, 3 SS. */
const LINK_CODE: Readonly<Record<LinkType, number>> = { FF: 0, FS: 1, SF: 2, SS: 3 };
/** MSPDI DurationFormat / LagFormat codes: 7 days, 8 elapsed days, 9 weeks, 10 elapsed weeks. */
const FORMAT_CODE = { d: 7, ed: 8, w: 9, ew: 10 } as const;
/** MS Project's standard day: 8 working hours (480 minutes), 5 days a week. */
const MINUTES_PER_DAY = 480;
/** MSPDI ConstraintType 6: finish no earlier than. */
const FINISH_NO_EARLIER_THAN = 6;
/** mspdi_pj12.xsd's maxLength of the project's Title and Company and of a calendar's or task's Name, in characters. */
const MAX_TEXT = 512;
/** mspdi_pj12.xsd's maxLength of the project's Name (its file name, `<plan id>.xml`), in characters. */
const MAX_FILE_NAME = 255;

const finishAt = (d: DayNumber): string => `${formatDay(d)}T17:00:00`;
const startAt = (d: DayNumber): string => `${formatDay(d)}T08:00:00`;

/** Minutes the duration spans: working days of 8 hours, elapsed days of 24. */
function minutesOf(d: Duration): number {
  return durationDays(d) * (isWorkingUnit(d.unit) ? MINUTES_PER_DAY : 1440);
}

/** An XML duration `PT<h>H<m>M0S`. */
function isoDuration(d: Duration): string {
  const minutes = minutesOf(d);
  return `PT${Math.trunc(minutes / 60)}H${minutes % 60}M0S`;
}

/**
 * The plan as MSPDI. Each milestone is a task (a milestone when its duration is 0) that finishes on its projected
 * date and starts on the first day of its work, with a finish-no-earlier-than constraint at its current date (how
 * milepel dates a milestone by hand), its deadline, its planned date as baseline 0 and its actual finish. Links keep
 * their type and lag (LinkLag in tenths of minutes, LagFormat in the lag's unit). A link from another plan, which
 * the file cannot hold, is folded into the constraint date; a link inside a cycle is left out (milepel leaves it
 * out of the schedule too). Tasks are in topological order.
 *
 * Dates left out (SPEC §4 `date-range`, schedule.leftOut) are not written: a milestone whose projected date or start
 * is left out is no task (Start and Finish place a task: GNOME Planner's reader turns a missing one into an invalid
 * date; links from it fold into their successors' constraint dates, as a link from another plan does, and a note says
 * so); a latest date left out leaves out LateFinish (optional, recomputed by MS Project). Held dates stretch no
 * calendar exceptions.
 *
 * The header needs the first start, the finish and the calendar's years, which depend on every task: a first pass
 * finds them (and the notes and constraint dates); the tasks' text is made while the file is written, one task at a
 * time (issue #18: a tree of every task's elements held a 100,000-task plan's export at 1 GB).
 */
export function writeMspdi(source: MspdiSource): MspdiResult {
  const { workspace: ws, graph, schedule: s } = source;
  const plan = ws.plans[source.plan]!;
  const ends = edgeEnds(ws);
  const uid = new Map<number, number>();
  const notes: Message[] = [];
  for (const v of graph.order) {
    if (ws.milestones[v]!.plan !== plan.index) continue;
    const leftOut = s.leftOut[v]!;
    if ((leftOut & (LEFT_OUT_PROJECTED | LEFT_OUT_START)) === 0) uid.set(v, uid.size + 1);
    else notes.push(msg('export.mspdi.date-range', { ref: ws.milestones[v]!.ref, projected: (leftOut & LEFT_OUT_PROJECTED) !== 0 }));
  }
  let first = Infinity;
  /** The latest projected date, or `plan.finish` when written: the project's finish. */
  let finish = -Infinity;
  /**
   * The days a reader's calendar arithmetic runs over: each task's work, each link from its predecessor's end to the
   * finish it allows the successor, and every date written. The holidays of the years they touch become exceptions (not every
   * year from the first date to the last: a plan dated 0001 and 9999 would write 120,000 of them).
   */
  const years = new YearSet();
  years.add(source.today, source.today);
  const held = (v: number): boolean => s.leftOut[v] !== 0;
  const constraints = new Float64Array(uid.size);
  let t = 0;
  for (const [v] of uid) {
    const m = ws.milestones[v]!;
    let constraint = m.current;
    for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
      const e = graph.predEdges[i]!;
      const d = ws.dependencies[e]!;
      const from = ws.milestones[d.from]!;
      if (graph.edgeInCycle[e]) {
        notes.push(msg('export.mspdi.cycle-link', { ref: m.ref, from: from.ref }));
        continue;
      }
      if (!uid.has(d.from)) {
        // Held like the schedule's own dates. From a predecessor with a date left out (date-range), the constraint
        // would come from a held date: M's own projected date, which that true constraint does not pass, keeps M exact.
        const isFromLeftOut = (s.leftOut[d.from]! & (LEFT_OUT_PROJECTED | LEFT_OUT_START)) !== 0;
        constraint = holdDay(Math.max(constraint, isFromLeftOut ? s.projected[v]! : forwardConstraint(d.type, d.lag, s.projected[d.from]!, ends[d.from]!, ends[v]!)));
        notes.push(msg('export.mspdi.link-as-constraint', { ref: m.ref, from: from.ref, otherPlan: from.plan !== plan.index, day: constraint }));
        continue;
      }
      if (!held(v) && !held(d.from)) {
        // The reader counts the lag (and M's duration) from P's end: that span, not the one to M's own date.
        years.add(d.type === 'SS' || d.type === 'SF' ? s.start[d.from]! : s.projected[d.from]!, holdDay(forwardConstraint(d.type, d.lag, s.projected[d.from]!, ends[d.from]!, ends[v]!)));
      }
    }
    constraints[t++] = constraint;
    const projected = s.projected[v]!;
    const startDay = startDayOf(source, ends, v);
    first = Math.min(first, startDay);
    finish = Math.max(finish, projected);
    if (held(v)) years.add(projected, projected);
    else years.add(startDay, projected);
    for (const day of [constraint, latestOf(s, v), m.date.day, m.deadline?.day, m.actual?.day]) if (day !== undefined) years.add(day, day);
  }
  if (uid.size === 0) first = finish = plan.start ?? source.today;
  if (plan.start !== undefined) years.add(plan.start, plan.start);
  // The project's finish is `plan.finish` when written: scheduled from the start, MS Project takes the late dates of
  // end tasks from it, and importing the file gives the plan its finish back (SPEC §5's end-milestone rule, §10).
  if (plan.finish !== undefined) {
    finish = plan.finish.day;
    years.add(finish, finish);
  }
  const texts = planTexts(plan);
  const header: XmlNode = ['Project', [
    ['SaveVersion', 14], ['Name', `${texts.id}.xml`], ['Title', texts.title], ...(texts.owner ? [['Company', texts.owner]] as XmlNode[] : []),
    ['ScheduleFromStart', 1], ['StartDate', startAt(plan.start !== undefined ? Math.min(plan.start, first) : first)], ['FinishDate', finishAt(finish)],
    // MS Project marks a task critical when its total slack is at most this many days, as milepel's `critical` does.
    ['CriticalSlackLimit', thresholdWorkdays(plan.critical)],
    ['CalendarUID', 1], ['DefaultStartTime', '08:00:00'], ['DefaultFinishTime', '17:00:00'],
    ['MinutesPerDay', MINUTES_PER_DAY], ['MinutesPerWeek', MINUTES_PER_DAY * 5], ['DaysPerMonth', 20],
    // mspdi_pj12.xsd's Project sequence puts StatusDate before CurrentDate: Project checks a file against it.
    ['DurationFormat', 7], ['StatusDate', finishAt(source.today)], ['CurrentDate', startAt(source.today)],
    ['Calendars', [calendarXml(texts.title, plan.calendar, years.spans())]],
  ]];
  // What the format cannot hold at all (ranges, gates' body and readiness, risks, meetings), after the per-link notes.
  for (const note of leftOutNotes(ws, plan.index)) notes.push(note);
  // The plan's own texts by the key that holds them (a tester's owner with a BEL was escaped without a word).
  const unholdable = [...(xmlCannotHold(texts.title) ? [`${plan.id} (title)`] : []), ...(texts.owner !== undefined && xmlCannotHold(texts.owner) ? [`${plan.id} (owner)`] : [])];
  return { chunks: lineChunks(fileLines(header, { source, ends, uid, constraints, unholdable, overlong: texts.overlong, notes })), notes };
}

/**
 * The plan's id, title and owner as the file holds them: cut to the schema's maxLength (MS Project checks a file
 * against it), with what was cut named by key for the export's note (`<id> (title)`).
 */
function planTexts(plan: Plan): { id: string; title: string; owner: string | undefined; overlong: string[] } {
  const id = cutToXmlLength(plan.id, MAX_FILE_NAME - '.xml'.length);
  const title = cutToXmlLength(plan.title, MAX_TEXT);
  const owner = plan.owner === undefined ? undefined : cutToXmlLength(plan.owner, MAX_TEXT);
  const cut = (key: string, isCut: boolean): string[] => (isCut ? [`${plan.id} (${key})`] : []);
  return { id, title, owner, overlong: [...cut('id', id !== plan.id), ...cut('title', title !== plan.title), ...cut('owner', owner !== plan.owner)] };
}

/** What the task pass needs: the source, each milestone's edge end, the tasks' UIDs and constraint dates. */
interface TaskContext {
  readonly source: MspdiSource;
  readonly ends: readonly EdgeEnd[];
  /** Milestone index → task UID, in task order. */
  readonly uid: ReadonlyMap<number, number>;
  /** Each task's finish-no-earlier-than day, in task order. */
  readonly constraints: Float64Array;
  /** The plan's id (for its title) and the refs of the tasks written so far whose title XML 1.0 cannot hold. */
  readonly unholdable: string[];
  /** The plan's texts (`<id> (title)`) and the refs of the tasks written so far whose title was cut to MAX_TEXT. */
  readonly overlong: string[];
  /** MspdiResult.notes, where the notes on those titles go once the tasks are written. */
  readonly notes: Message[];
}

/** The day M's work starts: working time from the first day of work, elapsed time and milestones from s(M). */
function startDayOf(source: MspdiSource, ends: readonly EdgeEnd[], v: number): DayNumber {
  const s = source.schedule;
  return startsInWorkingTime(source.workspace.milestones[v]!.duration) ? firstDayOfWork(s.start[v]!, s.projected[v]!, ends[v]!) : s.start[v]!;
}

/** Working time starts at 08:00 of the first day of work; elapsed time runs from 17:00 of s(M) to 17:00 of p(M). */
function startsInWorkingTime(duration: Duration): boolean {
  return duration.n !== 0 && isWorkingUnit(duration.unit);
}

/** M's latest date as outputs show it, unless left out (date-range). */
function latestOf(s: Schedule, v: number): DayNumber | undefined {
  return shownLatest(s, v) ?? undefined;
}

function* fileLines(header: XmlNode, ctx: TaskContext): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  // The header's lines but its closing tag, then the tasks as xmlLines writes an element with children, then that tag.
  let previous: string | undefined;
  for (const line of xmlLines(header, ' xmlns="http://schemas.microsoft.com/project"')) {
    if (previous !== undefined) yield previous;
    previous = line;
  }
  if (ctx.uid.size === 0) yield '  <Tasks/>';
  else {
    yield '  <Tasks>';
    let t = 0;
    for (const [v, id] of ctx.uid) yield taskText(ctx, v, id, ctx.constraints[t++]!);
    yield '  </Tasks>';
  }
  // Written as visible escapes (escapeXml): said, with the first few refs, as the other notes are.
  const { unholdable, overlong } = ctx;
  if (unholdable.length > 0) ctx.notes.push(msg('export.mspdi.unholdable-titles', named(unholdable)));
  if (overlong.length > 0) ctx.notes.push(msg('export.mspdi.overlong-texts', named(overlong)));
  yield previous!;
}

/** One <Task> element's lines (joined by line feeds, none after the last), as xmlLines writes them at depth 2. */
function taskText(ctx: TaskContext, v: number, id: number, constraint: DayNumber): string {
  const { workspace: ws, graph, schedule: s } = ctx.source;
  const m = ws.milestones[v]!;
  const projected = s.projected[v]!;
  const startDay = startDayOf(ctx.source, ctx.ends, v);
  const start = startsInWorkingTime(m.duration) ? startAt(startDay) : finishAt(startDay);
  const latest = latestOf(s, v);
  const duration = isoDuration(m.duration);
  const format = FORMAT_CODE[m.duration.unit];
  const full = m.title;
  const title = cutToXmlLength(full, MAX_TEXT);
  if (xmlCannotHold(title)) ctx.unholdable.push(m.ref);
  if (title !== full) ctx.overlong.push(m.ref);
  let text = `    <Task>
      <UID>${id}</UID>
      <ID>${id}</ID>
      <Name>${escapeXml(title)}</Name>
      <Type>1</Type>
      <IsNull>0</IsNull>
      <WBS>${escapeXml(m.id)}</WBS>
      <OutlineNumber>${id}</OutlineNumber>
      <OutlineLevel>1</OutlineLevel>
      <Start>${start}</Start>
      <Finish>${finishAt(projected)}</Finish>
      <Duration>${duration}</Duration>
      <DurationFormat>${format}</DurationFormat>
      <Work>PT0H0M0S</Work>
      <Milestone>${m.duration.n === 0 ? 1 : 0}</Milestone>
      <Summary>0</Summary>
      <Critical>${s.critical[v] ? 1 : 0}</Critical>
      <EarlyFinish>${finishAt(projected)}</EarlyFinish>
`;
  if (latest !== undefined) text += `      <LateFinish>${finishAt(latest)}</LateFinish>\n`;
  // A float left out (date-range: its latest date is) is not written either: optional, as LateFinish is.
  const float = shownFloat(s, v);
  if (float !== null) text += `      <TotalSlack>${float * MINUTES_PER_DAY * 10}</TotalSlack>\n`;
  text += `      <PercentComplete>${m.actual ? 100 : 0}</PercentComplete>
`;
  if (m.actual) text += `      <ActualStart>${start}</ActualStart>\n      <ActualFinish>${finishAt(m.actual.day)}</ActualFinish>\n`;
  text += `      <ConstraintType>${FINISH_NO_EARLIER_THAN}</ConstraintType>
      <ConstraintDate>${finishAt(constraint)}</ConstraintDate>
`;
  if (m.deadline) text += `      <Deadline>${finishAt(m.deadline.day)}</Deadline>\n`;
  text += `      <Notes>${escapeXml(m.ref)}</Notes>\n`;
  // The links the first pass kept: none inside a cycle, none from a milestone that is no task.
  for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
    const e = graph.predEdges[i]!;
    const d = ws.dependencies[e]!;
    const predecessor = ctx.uid.get(d.from);
    if (graph.edgeInCycle[e] || predecessor === undefined) continue;
    text += `      <PredecessorLink>
        <PredecessorUID>${predecessor}</PredecessorUID>
        <Type>${LINK_CODE[d.type]}</Type>
        <CrossProject>0</CrossProject>
        <LinkLag>${minutesOf(d.lag) * 10}</LinkLag>
        <LagFormat>${FORMAT_CODE[d.lag.unit]}</LagFormat>
      </PredecessorLink>
`;
  }
  return `${text}      <Baseline>
        <Number>0</Number>
        <Finish>${finishAt(m.date.day)}</Finish>
        <Duration>${duration}</Duration>
        <DurationFormat>${format}</DurationFormat>
      </Baseline>
    </Task>`;
}
