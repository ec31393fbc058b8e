// `export --format mspdi` (SPEC §10): one plan as Microsoft Project XML (MSPDI), with its schedule, links and calendar.
import { durationDays, formatDay, isWorkingUnit, type DayNumber, type Duration } from '../../calendar/index.js';
import type { Graph } from '../../graph/graph.js';
import type { LinkType, Workspace } from '../../model/types.js';
import { edgeEnds, firstDayOfWork, type Schedule } from '../../schedule/cpm.js';
import { forwardConstraint } from '../../schedule/edge-constraint.js';
import { calendarXml, yearsOf } from './write-calendar.js';
import { holdDay, LEFT_OUT_LATEST, LEFT_OUT_PROJECTED, LEFT_OUT_START } from '../../schedule/date-range.js';
import { xmlLines, type XmlNode } from './xml-text.js';
import { lineChunks } from '../../report/chunks.js';

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
  /** What the file cannot say exactly, one line each (links to other plans, links inside cycles). */
  readonly notes: readonly string[];
}

/** MSPDI PredecessorLink/Type: 0 FF, 1 FS, 2 SF, 3 SS. */
const LINK_CODE: Readonly<Record<LinkType, number>> = { FF: 0, FS: 1, SF: 2, SS: 3 };
/** MSPDI DurationFormat / LagFormat codes: 7 days, 8 elapsed days, 9 weeks, 10 elapsed weeks. */
const FORMAT_CODE = { d: 7, ed: 8, w: 9, ew: 10 } as const;
/** MS Project's standard day: 8 working hours (480 minutes), 5 days a week. */
const MINUTES_PER_DAY = 480;
/** MSPDI ConstraintType 6: finish no earlier than. */
const FINISH_NO_EARLIER_THAN = 6;

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
 */
export function writeMspdi(source: MspdiSource): MspdiResult {
  const { workspace: ws, graph, schedule: s } = source;
  const plan = ws.plans[source.plan]!;
  const ends = edgeEnds(ws);
  const uid = new Map<number, number>();
  const notes: string[] = [];
  for (const v of graph.order) {
    if (ws.milestones[v]!.plan !== plan.index) continue;
    const leftOut = s.leftOut[v]!;
    if ((leftOut & (LEFT_OUT_PROJECTED | LEFT_OUT_START)) === 0) uid.set(v, uid.size + 1);
    else notes.push(`${ws.milestones[v]!.ref}: left out, its ${(leftOut & LEFT_OUT_PROJECTED) !== 0 ? 'projected date' : 'start'} is outside 0001-01-01 … 9999-12-31 (date-range)`);
  }
  const tasks: XmlNode[] = [];
  let first = Infinity;
  /** The latest projected date, or `plan.finish` when written: the project's finish. */
  let finish = -Infinity;
  /**
   * The days a reader's calendar arithmetic runs over: each task's work, each link from its predecessor's end to the
   * finish it allows the successor, and every date written. The holidays of the years they touch become exceptions (not every
   * year from the first date to the last: a plan dated 0001 and 9999 would write 120,000 of them).
   */
  const spans: { from: DayNumber; to: DayNumber }[] = [{ from: source.today, to: source.today }];
  const span = (a: DayNumber, b: DayNumber): void => void spans.push(a <= b ? { from: a, to: b } : { from: b, to: a });
  const held = (v: number): boolean => s.leftOut[v] !== 0;
  const projectedOf = (v: number): DayNumber => s.projected[v]!;
  for (const [v, id] of uid) {
    const m = ws.milestones[v]!;
    const links: XmlNode[] = [];
    let constraint = m.current;
    for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
      const e = graph.predEdges[i]!;
      const d = ws.dependencies[e]!;
      const from = ws.milestones[d.from]!;
      if (graph.edgeInCycle[e]) {
        notes.push(`${m.ref}: the link from ${from.ref} lies in a dependency cycle and is left out, as in milepel's schedule`);
        continue;
      }
      const predecessor = uid.get(d.from);
      if (predecessor === undefined) {
        // Held like the schedule's own dates. From a predecessor with a date left out (date-range), the constraint
        // would come from a held date: M's own projected date, which that true constraint does not pass, keeps M exact.
        const isFromLeftOut = (s.leftOut[d.from]! & (LEFT_OUT_PROJECTED | LEFT_OUT_START)) !== 0;
        constraint = holdDay(Math.max(constraint, isFromLeftOut ? projectedOf(v) : forwardConstraint(d.type, d.lag, s.projected[d.from]!, ends[d.from]!, ends[v]!)));
        const why = from.plan === plan.index ? 'left out' : 'another plan';
        notes.push(`${m.ref}: the link from ${from.ref} (${why}) is written as a finish-no-earlier-than date of ${formatDay(constraint)}`);
        continue;
      }
      if (!held(v) && !held(d.from)) {
        // The reader counts the lag (and M's duration) from P's end: that span, not the one to M's own date.
        span(d.type === 'SS' || d.type === 'SF' ? s.start[d.from]! : s.projected[d.from]!, holdDay(forwardConstraint(d.type, d.lag, s.projected[d.from]!, ends[d.from]!, ends[v]!)));
      }
      links.push(['PredecessorLink', [
        ['PredecessorUID', predecessor], ['Type', LINK_CODE[d.type]], ['CrossProject', 0],
        ['LinkLag', minutesOf(d.lag) * 10], ['LagFormat', FORMAT_CODE[d.lag.unit]],
      ]]);
    }
    const projected = s.projected[v]!;
    const isMilestone = m.duration.n === 0;
    // Working time starts at 08:00 of the first day of work; elapsed time runs from 17:00 of s(M) to 17:00 of p(M).
    const startsInWorkingTime = !isMilestone && isWorkingUnit(m.duration.unit);
    const startDay = startsInWorkingTime ? firstDayOfWork(s.start[v]!, projected, ends[v]!) : s.start[v]!;
    const start = startsInWorkingTime ? startAt(startDay) : finishAt(startDay);
    const latest = (s.leftOut[v]! & LEFT_OUT_LATEST) === 0 ? s.latest[v]! : undefined;
    first = Math.min(first, startDay);
    finish = Math.max(finish, projected);
    if (held(v)) span(projected, projected);
    else span(startDay, projected);
    for (const day of [constraint, latest, m.date.day, m.deadline?.day, m.actual?.day]) if (day !== undefined) span(day, day);
    const float = s.float[v]!;
    tasks.push(['Task', [
      ['UID', id], ['ID', id], ['Name', m.title], ['Type', 1], ['IsNull', 0], ['WBS', m.id], ['OutlineNumber', String(id)], ['OutlineLevel', 1],
      ['Start', start], ['Finish', finishAt(projected)], ['Duration', isoDuration(m.duration)], ['DurationFormat', FORMAT_CODE[m.duration.unit]], ['Work', 'PT0H0M0S'],
      ['Milestone', isMilestone ? 1 : 0], ['Summary', 0], ['Critical', s.critical[v] ? 1 : 0],
      ['EarlyFinish', finishAt(projected)], ...(latest === undefined ? [] : [['LateFinish', finishAt(latest)]] as XmlNode[]), ['TotalSlack', float * MINUTES_PER_DAY * 10],
      ['PercentComplete', m.actual ? 100 : 0],
      ...(m.actual ? [['ActualStart', start], ['ActualFinish', finishAt(m.actual.day)]] as XmlNode[] : []),
      ['ConstraintType', FINISH_NO_EARLIER_THAN], ['ConstraintDate', finishAt(constraint)],
      ...(m.deadline ? [['Deadline', finishAt(m.deadline.day)]] as XmlNode[] : []),
      ['Notes', m.ref],
      ...links,
      ['Baseline', [['Number', 0], ['Finish', finishAt(m.date.day)], ['Duration', isoDuration(m.duration)], ['DurationFormat', FORMAT_CODE[m.duration.unit]]]],
    ]]);
  }
  if (uid.size === 0) first = finish = plan.start ?? source.today;
  if (plan.start !== undefined) span(plan.start, plan.start);
  // The project's finish is `plan.finish` when written: scheduled from the start, MS Project takes the late dates of
  // end tasks from it, and importing the file gives the plan its finish back (SPEC §5's end-milestone rule, §10).
  if (plan.finish !== undefined) {
    finish = plan.finish.day;
    span(finish, finish);
  }
  const project: XmlNode = ['Project', [
    ['SaveVersion', 14], ['Name', `${plan.id}.xml`], ['Title', plan.title], ...(plan.owner ? [['Company', plan.owner]] as XmlNode[] : []),
    ['ScheduleFromStart', 1], ['StartDate', startAt(plan.start !== undefined ? Math.min(plan.start, first) : first)], ['FinishDate', finishAt(finish)],
    ['CalendarUID', 1], ['DefaultStartTime', '08:00:00'], ['DefaultFinishTime', '17:00:00'],
    ['MinutesPerDay', MINUTES_PER_DAY], ['MinutesPerWeek', MINUTES_PER_DAY * 5], ['DaysPerMonth', 20],
    ['DurationFormat', 7], ['CurrentDate', startAt(source.today)], ['StatusDate', finishAt(source.today)],
    ['Calendars', [calendarXml(plan.title, plan.calendar, yearsOf(spans))]],
    ['Tasks', tasks],
  ]];
  return { chunks: lineChunks(fileLines(project)), notes };
}

function* fileLines(project: XmlNode): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  yield* xmlLines(project, ' xmlns="http://schemas.microsoft.com/project"');
}
