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
 * by each link the file cannot hold (from another plan, or from a milestone with a date left out: that one keeps
 * M's own projected date) to the finish that link allows, held like the schedule's own dates. A link inside a cycle
 * is left out (milepel leaves it out of the schedule too). Each of those links gets a note in `pass.notes`; each
 * link the file holds adds, to `pass.years`, the days a reader counts its lag over.
 */
export function constraintOf(pass: LinkPass, v: number): DayNumber {
  const { source, ends, uid, years, notes } = pass;
  const { workspace: ws, graph, schedule: s } = source;
  const plan = ws.plans[source.plan]!;
  const held = (u: number): boolean => s.leftOut[u] !== 0;
  const m = ws.milestones[v]!;
  let constraint = m.current;
  const linked = new Set<number>();
  for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
    const e = graph.predEdges[i]!;
    const d = ws.dependencies[e]!;
    const from = ws.milestones[d.from]!;
    if (graph.edgeInCycle[e]) {
      notes.push(msg('export.mspdi.cycle-link', { ref: m.ref, from: from.ref }));
      continue;
    }
    // A link the file cannot hold: from a milestone that is no task of it (another plan, a date left out), or a second
    // link between the same two tasks (MS Project holds one: predecessorLinksText writes the first; `MP1` and `{id: MP1,
    // type: SS}` are two in SPEC §5). It holds M as a finish-no-earlier-than date instead, held like the schedule's own
    // dates. From a predecessor with a date left out (date-range), the constraint would come from a held date: M's own
    // projected date, which that true constraint does not pass, keeps M exact.
    const isTask = uid.has(d.from);
    if (!isTask || isSecondLink(linked, d.from)) {
      const isFromLeftOut = (s.leftOut[d.from]! & (LEFT_OUT_PROJECTED | LEFT_OUT_START)) !== 0;
      constraint = holdDay(Math.max(constraint, isFromLeftOut ? s.projected[v]! : forwardConstraint(d.type, d.lag, s.projected[d.from]!, ends[d.from]!, ends[v]!)));
      notes.push(isTask
        ? msg('export.mspdi.second-link', { ref: m.ref, from: from.ref, type: d.type, day: constraint })
        : msg('export.mspdi.link-as-constraint', { ref: m.ref, from: from.ref, otherPlan: from.plan !== plan.index, day: constraint }));
      continue;
    }
    if (!held(v) && !held(d.from)) {
      // The reader counts the lag (and M's duration) from P's end: that span, not the one to M's own date; and back
      // from M's latest date to P's, the backward pass's.
      years.add(d.type === 'SS' || d.type === 'SF' ? s.start[d.from]! : s.projected[d.from]!, holdDay(forwardConstraint(d.type, d.lag, s.projected[d.from]!, ends[d.from]!, ends[v]!)));
      const latestFrom = latestOf(s, d.from);
      const latestTo = latestOf(s, v);
      if (latestFrom !== undefined && latestTo !== undefined) years.add(latestFrom, latestTo);
    }
  }
  return constraint;
}

/**
 * Task `v`'s <PredecessorLink> elements as lines at depth 3, each line ending in a line feed (empty without links):
 * the links constraintOf kept, none inside a cycle and none from a milestone that is no task. Each keeps its type
 * and lag: LinkLag in tenths of minutes, LagFormat in the lag's unit.
 */
export function predecessorLinksText(source: MspdiSource, uid: ReadonlyMap<number, number>, v: number): string {
  const { workspace: ws, graph } = source;
  let text = '';
  const linked = new Set<number>();
  for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
    const e = graph.predEdges[i]!;
    const d = ws.dependencies[e]!;
    const predecessor = uid.get(d.from);
    if (graph.edgeInCycle[e] || predecessor === undefined || isSecondLink(linked, d.from)) continue;
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

/** Whether a link from `from` was met before among a task's links (`linked`, which it joins): one link per two tasks. */
function isSecondLink(linked: Set<number>, from: number): boolean {
  if (linked.has(from)) return true;
  linked.add(from);
  return false;
}
