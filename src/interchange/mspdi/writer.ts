// `export --format mspdi` (SPEC §10): one plan as Microsoft Project XML (MSPDI), with its schedule, links and calendar.
// This module makes the two passes and streams the file; its parts are written by the write-*.ts modules beside it:
// write-header.ts (the <Project> element), write-task.ts (each <Task>), write-links.ts (links and constraint dates),
// write-calendar.ts (calendar and holidays), write-texts.ts (texts cut to the schema's maxLength), write-time.ts (units).
import { msg, type Message } from '../../messages/index.js';
import { lineChunks } from '../../report/chunks.js';
import { edgeEnds } from '../../schedule/cpm.js';
import { LEFT_OUT_PROJECTED, LEFT_OUT_START } from '../../schedule/date-range.js';
import { leftOutNotes, named } from './left-out.js';
import { dayFromYmd } from '../../calendar/index.js';
import { YearSet } from './write-calendar.js';
import { roundTripNotes } from './round-trip-notes.js';
import { projectHeader } from './write-header.js';
import { constraintOf } from './write-links.js';
import type { MspdiSource } from './write-source.js';
import { outlineRows, rowsInOrder, summaryText, type OutlineRow } from './write-outline.js';
import { taskStart, taskText, type TaskContext } from './write-task.js';
import { planTexts, unholdablePlanTexts } from './write-texts.js';
import { finishAt, latestOf, startDayOf } from './write-time.js';
import { xmlLines, type XmlNode } from './xml-text.js';

export type { MspdiSource } from './write-source.js';

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

/**
 * The plan as MSPDI. Each milestone is a task (a milestone when its duration is 0) that finishes on its projected
 * date and starts on the first day of its work, with a finish-no-earlier-than constraint at its current date (how
 * milepel dates a milestone by hand), its deadline, its planned date as baseline 0 and its actual finish. Links keep
 * their type and lag (LinkLag in tenths of minutes, LagFormat in the lag's unit). A link from another plan, which
 * the file cannot hold, is folded into the constraint date, as is each link between two tasks but the one MS Project
 * holds (write-links.ts keptLinks); a link inside a cycle is left out (milepel leaves it out of the schedule too).
 * Tasks are in topological order.
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
  /**
   * The days a reader's calendar arithmetic runs over: each task's work, each link from its predecessor's end to the
   * finish it allows the successor, and every date written. The holidays of the years they touch become exceptions (not every
   * year from the first date to the last: a plan dated 0001 and 9999 would write 120,000 of them).
   */
  const years = new YearSet();
  years.add(source.today, source.today);
  const held = (v: number): boolean => s.leftOut[v] !== 0;
  const constraints = new Float64Array(uid.size);
  const outside: string[] = [];
  const links = { source, ends, uid, years, notes };
  let t = 0;
  for (const [v] of uid) {
    const m = ws.milestones[v]!;
    const constraint = constraintOf(links, v);
    constraints[t++] = constraint;
    const projected = s.projected[v]!;
    const startDay = startDayOf(source, ends, v);
    first = Math.min(first, startDay);
    if (held(v)) years.add(projected, projected);
    else years.add(startDay, projected);
    // Float is counted in working days from the projected date to the latest: every year between carries its holidays
    // (until 5 Dec 2026 only the latest date's year did, and a plan finishing in 2030 lost 2025–2029's holidays on the
    // round trip, float 1,721 → 1,763: tester round 24 F5).
    const latest = latestOf(s, v);
    if (latest !== undefined) years.add(held(v) ? latest : Math.min(startDay, latest), latest);
    for (const day of [constraint, m.date.day, m.deadline?.day, m.actual?.day]) if (day !== undefined) years.add(day, day);
    if ([startDay, projected, constraint, m.date.day, m.deadline?.day, m.actual?.day].some((day) => day !== undefined && (day < MSP_FIRST_DAY || day > MSP_LAST_DAY))) outside.push(m.ref);
  }
  // MS Project opens no file with a date outside its range (tester round 66 F8: a typo year 0202 gave a file it cannot
  // open, and 13.9 MB of holidays for 1,824 years, without a word).
  if (outside.length > 0) notes.push(msg('export.mspdi.outside-msp', named(outside)));
  if (uid.size === 0) first = plan.start ?? source.today;
  if (plan.start !== undefined) years.add(plan.start, plan.start);
  // The project's FinishDate is `plan.finish`, and only that: scheduled from the start, MS Project takes the late dates
  // of end tasks from it, and an import reads it back as the plan's finish (SPEC §5's end-milestone rule, §10). The
  // latest projected date written there came back as a commitment nobody made (tester round 63 F3: after one slip the
  // re-imported plan was 4 days late); without it MS Project computes the finish itself, as milepel does.
  const finish = plan.finish?.day;
  if (finish !== undefined) years.add(finish, finish);
  const texts = planTexts(plan);
  const spans = years.spans();
  const header = projectHeader(source, texts, first, finish, spans);
  // What the format cannot hold at all (ranges, gates' body and readiness, risks, meetings), after the per-link notes;
  // then what it holds that an import reads back otherwise (pushed milestones, the holiday rule, x- keys).
  for (const note of leftOutNotes(ws, plan.index)) notes.push(note);
  for (const note of roundTripNotes(source, uid, spans, first)) notes.push(note);
  const unholdable = unholdablePlanTexts(plan, texts);
  const outline = outlineRows(ws.milestones, uid, (v) => taskStart(source, ends, v), (v) => finishAt(s.projected[v]!));
  return { chunks: lineChunks(fileLines(header, { source, ends, uid, constraints, unholdable, overlong: texts.overlong, notes }, outline)), notes };
}

/** The first and last day MS Project holds (its dates run from 1 January 1984 to 31 December 2149). */
const MSP_FIRST_DAY = dayFromYmd(1984, 1, 1);
const MSP_LAST_DAY = dayFromYmd(2149, 12, 31);

/**
 * The file's lines: the XML declaration, `header`'s lines but its closing tag, the <Tasks> element one task at a time
 * (taskText), then that tag. Once the tasks are written, the notes on titles XML cannot hold or that were cut go to
 * `ctx.notes`.
 */
function* fileLines(header: XmlNode, ctx: TaskContext, outline: readonly OutlineRow[] | undefined): Generator<string> {
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
    if (outline === undefined) {
      let t = 0;
      for (const [v, id] of ctx.uid) yield taskText(ctx, v, id, ctx.constraints[t++]!);
    } else {
      // Under summary tasks (write-outline.ts): each task's constraint by its UID, which counts tasks in task order.
      for (const r of rowsInOrder(outline)) {
        if ('summary' in r) yield summaryText(r.summary);
        else yield taskText(ctx, r.task, ctx.uid.get(r.task)!, ctx.constraints[ctx.uid.get(r.task)! - 1]!, r.place);
      }
    }
    yield '  </Tasks>';
  }
  // Written as visible escapes (escapeXml): said, with the first few refs, as the other notes are.
  const { unholdable, overlong } = ctx;
  if (unholdable.length > 0) ctx.notes.push(msg('export.mspdi.unholdable-titles', named(unholdable)));
  if (overlong.length > 0) ctx.notes.push(msg('export.mspdi.overlong-texts', named(overlong)));
  yield previous!;
}
