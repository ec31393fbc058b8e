// The plan's dependencies in MSPDI: which become <PredecessorLink>s, which fold into a task's constraint date, and why.
import type { DayNumber } from '../../calendar/index.js';
import { msg, type Message } from '../../messages/index.js';
import type { LinkType } from '../../model/types.js';
import { holdDay, LEFT_OUT_PROJECTED, LEFT_OUT_START } from '../../schedule/date-range.js';
import { forwardConstraint, type EdgeEnd } from '../../schedule/edge-constraint.js';
import type { YearSet } from './write-calendar.js';
import type { MspdiSource } from './write-source.js';
import { FORMAT_CODE, latestOf, minutesOf } from './write-time.js';

/** MSPDI PredecessorLink/Type: 0 FF, 1 FS, 2 SF, 3 SS. */
const LINK_CODE: Readonly<Record<LinkType, number>> = { FF: 0, FS: 1, SF: 2, SS: 3 };

/** What the first pass over the links reads and adds to: the tasks' UIDs, and the export's notes and years. */
export interface LinkPass {
  readonly source: MspdiSource;
  readonly ends: readonly EdgeEnd[];
  /** Milestone index → task UID, in task order: the milestones the file holds as tasks. */
  readonly uid: ReadonlyMap<number, number>;
  /** The years whose holidays the calendar carries; each link the file holds adds the span its lag is counted over. */
  readonly years: YearSet;
  /** MspdiResult.notes: one line per link left out or folded into a constraint date. */
  readonly notes: Message[];
}

/**
 * Task `v`'s finish-no-earlier-than day (SPEC §10): its current date (how milepel dates a milestone by hand), raised
 * by each link the file cannot hold (from another plan, from a milestone with a date left out: that one keeps M's own
 * projected date, or from a task M has several links from, but the one keptLinks keeps) to the finish that link
 * allows, held like the schedule's own dates. A link inside a cycle is left out (milepel leaves it out of the schedule
 * too). Each of those links gets a note in `pass.notes`, once the day written is known: it says the day the link
 * requires itself, and the day written when that is later (tester round 45 F6: the running maximum, printed as each
 * link's day, gave a link the day of another). Each link the file holds adds, to `pass.years`, the days a reader
 * counts its lag over.
 */
export function constraintOf(pass: LinkPass, v: number): DayNumber {
  const { source, ends, uid, years, notes } = pass;
  const { workspace: ws, graph, schedule: s } = source;
  const plan = ws.plans[source.plan]!;
  const held = (u: number): boolean => s.leftOut[u] !== 0;
  const m = ws.milestones[v]!;
  const kept = keptLinks(source, ends, uid, v);
  let constraint = m.current;
  /** The notes on this task's links, in link order, made once `constraint` is final. */
  const pending: ((constraint: DayNumber) => Message)[] = [];
  for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
    const e = graph.predEdges[i]!;
    const d = ws.dependencies.at(e)!;
    const from = ws.milestones[d.from]!;
    if (graph.edgeInCycle[e]) {
      pending.push(() => msg('export.mspdi.cycle-link', { ref: m.ref, from: from.ref, type: d.type }));
      continue;
    }
    // A link the file cannot hold: from a milestone that is no task of it (another plan, a date left out), or one of
    // several links between the same two tasks (MS Project holds one, keptLinks chooses it; `MP1` and `{id: MP1, type:
    // SS}` are two in SPEC §5). It holds M as a finish-no-earlier-than date instead, held like the schedule's own
    // dates. From a predecessor with a date left out (date-range), the constraint would come from a held date: M's own
    // projected date, which that true constraint does not pass, keeps M exact.
    const isTask = uid.has(d.from);
    if (!isTask || kept.get(d.from) !== e) {
      const isFromLeftOut = (s.leftOut[d.from]! & (LEFT_OUT_PROJECTED | LEFT_OUT_START)) !== 0;
      const day = isFromLeftOut ? s.projected[v]! : requiredDay(source, ends, e);
      constraint = holdDay(Math.max(constraint, day));
      if (isTask) {
        const type = ws.dependencies.at(kept.get(d.from)!)!.type;
        pending.push((written) => msg('export.mspdi.second-link', { ref: m.ref, from: from.ref, type: d.type, day, written, kept: type }));
      } else {
        // From a date left out, the day is M's own projected date, no day the link requires: the date written.
        pending.push((written) => msg('export.mspdi.link-as-constraint', { ref: m.ref, from: from.ref, type: d.type, otherPlan: from.plan !== plan.index, day: isFromLeftOut ? written : day, written }));
      }
      continue;
    }
    if (!held(v) && !held(d.from)) {
      // The reader counts the lag (and M's duration) from P's end: that span, not the one to M's own date; and back
      // from M's latest date to P's, the backward pass's.
      years.add(d.type === 'SS' || d.type === 'SF' ? s.start[d.from]! : s.projected[d.from]!, requiredDay(source, ends, e));
      const latestFrom = latestOf(s, d.from);
      const latestTo = latestOf(s, v);
      if (latestFrom !== undefined && latestTo !== undefined) years.add(latestFrom, latestTo);
    }
  }
  for (const note of pending) notes.push(note(constraint));
  return constraint;
}

/**
 * The one link of task `v`'s from each predecessor task that the file holds as a <PredecessorLink>: predecessor →
 * edge. MS Project holds one link between two tasks, and SPEC §5 allows several of different types (`P` and `{id: P,
 * type: SS, lag: 2d}`); each other becomes part of `v`'s finish-no-earlier-than date (constraintOf). The link held is
 * the one that requires the latest finish of `v` (requiredDay), the first written of those that tie: the one that
 * drives `v` in milepel's schedule, so that in MS Project `v` still follows the predecessor, and the weaker links are
 * those frozen as a date. Until tester round 45 F6 the first written was held, and a milestone after P by an SF lead
 * and by FF 30d followed P by the lead, the link that drives it written as a date. Links inside a cycle and links
 * from milestones that are no task are none of these.
 */
function keptLinks(source: MspdiSource, ends: readonly EdgeEnd[], uid: ReadonlyMap<number, number>, v: number): Map<number, number> {
  const { workspace: ws, graph } = source;
  const kept = new Map<number, number>();
  for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
    const e = graph.predEdges[i]!;
    const from = ws.dependencies.at(e)!.from;
    if (graph.edgeInCycle[e] || !uid.has(from)) continue;
    const first = kept.get(from);
    // Most tasks have one link from each predecessor: no day is computed for them.
    if (first === undefined || requiredDay(source, ends, e) > requiredDay(source, ends, first)) kept.set(from, e);
  }
  return kept;
}

/** The finish link `e` allows its successor (SPEC §5, edge-constraint.ts), held like the schedule's own dates. */
function requiredDay(source: MspdiSource, ends: readonly EdgeEnd[], e: number): DayNumber {
  const d = source.workspace.dependencies.at(e)!;
  return holdDay(forwardConstraint(d.type, d.lag, source.schedule.projected[d.from]!, ends[d.from]!, ends[d.to]!));
}

/**
 * Task `v`'s <PredecessorLink> elements as lines at depth 3, each line ending in a line feed (empty without links):
 * the links keptLinks keeps, one from each predecessor task, none inside a cycle. Each keeps its type and lag: LinkLag
 * in tenths of minutes, LagFormat in the lag's unit.
 */
export function predecessorLinksText(source: MspdiSource, ends: readonly EdgeEnd[], uid: ReadonlyMap<number, number>, v: number): string {
  const { workspace: ws, graph } = source;
  let text = '';
  const kept = keptLinks(source, ends, uid, v);
  for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
    const e = graph.predEdges[i]!;
    const d = ws.dependencies.at(e)!;
    const predecessor = uid.get(d.from);
    if (predecessor === undefined || kept.get(d.from) !== e) continue;
    text += `      <PredecessorLink>
        <PredecessorUID>${predecessor}</PredecessorUID>
        <Type>${LINK_CODE[d.type]}</Type>
        <CrossProject>0</CrossProject>
        <LinkLag>${minutesOf(d.lag) * 10}</LinkLag>
        <LagFormat>${FORMAT_CODE[d.lag.unit]}</LagFormat>
      </PredecessorLink>
`;
  }
  return text;
}
