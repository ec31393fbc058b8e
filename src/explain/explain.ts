// Why a schedule node has its dates (SPEC §14): the driving chain, the non-working days it crosses, what binds its
// latest date, and the meetings of §4.2. Pure: used by `milepel explain` and by the language server's hover.
import type { DateValue, DayNumber, Duration } from '../calendar/index.js';
import type { Graph } from '../graph/graph.js';
import { currentField, currentValue } from '../model/current.js';
import type { LinkType, Workspace } from '../model/types.js';
import type { Schedule } from '../schedule/cpm.js';
import { drivingEdge } from '../schedule/driving-edge.js';
import { shownFloat, shownLatest, shownProjected } from '../schedule/date-range.js';
import { latestFrom, type LatestFrom } from '../schedule/latest-from.js';
import { explainMeetings, type MeetingsExplanation } from './meetings.js';
import { nonWorkingDaysCrossed, type NonWorkingDay } from './non-working.js';

/** What the explanation reads: the analysis of a workspace (pipeline.ts). */
export interface ExplainSource {
  readonly workspace: Workspace;
  readonly graph: Graph;
  readonly schedule: Schedule;
}

/** One node of the driving chain; the edge fields describe the edge from the previous step into this one. */
export interface ChainStep {
  readonly node: number;
  /** null when left out (SPEC §4 `date-range`). */
  readonly projected: DayNumber | null;
  readonly duration: Duration;
  /** Undefined on the first step (held by its own date). */
  readonly lag: Duration | undefined;
  readonly type: LinkType | undefined;
}

export interface Explanation {
  readonly node: number;
  readonly kind: 'milestone' | 'gate';
  /** The field that sets the current date: actual, forecast or date (a gate: decided or date). */
  readonly currentField: 'actual' | 'forecast' | 'date' | 'decided';
  readonly current: DateValue;
  /** null when computed outside 0001-01-01 … 9999-12-31 (SPEC §4 `date-range`: left out), as is latest. */
  readonly projected: DayNumber | null;
  readonly latest: DayNumber | null;
  /** Working days of the node's plan calendar; negative when late. null when projected or latest is left out. */
  readonly float: number | null;
  readonly isCritical: boolean;
  /** The predecessor that pushed the node past its current date, or -1. */
  readonly driver: number;
  /** From the node that holds the chain by its own date to this node; one step when nothing pushes it. */
  readonly chain: readonly ChainStep[];
  /** Holidays and closed days on the calendars' weekdays between the chain's first day of work and p(node). */
  readonly nonWorkingDays: readonly NonWorkingDay[];
  readonly latestFrom: LatestFrom;
  readonly meetings: MeetingsExplanation | undefined;
}

/** The explanation of schedule node `v` (an index into `workspace.milestones`). Iterative: a chain of any length. */
export function explainNode(source: ExplainSource, v: number): Explanation {
  const { workspace: ws, schedule: s } = source;
  const m = ws.milestones[v]!;
  const chain = drivingChain(source, v);
  const gate = m.gate === undefined ? undefined : ws.gates?.[m.gate];
  return {
    node: v,
    kind: gate === undefined ? 'milestone' : 'gate',
    currentField: gate !== undefined ? (gate.decided ? 'decided' : 'date') : currentField(m),
    current: gate?.decided ?? currentValue(m),
    projected: shownProjected(s, v),
    latest: shownLatest(s, v),
    float: shownFloat(s, v),
    isCritical: s.critical[v] === 1,
    driver: s.driver[v]!,
    chain,
    nonWorkingDays: nonWorkingDaysCrossed(ws, s, chain),
    latestFrom: latestFrom(source, v),
    meetings: explainMeetings(ws, s, v),
  };
}

/** Follows the drivers back from `v`; each step with the edge that gave its projected date. */
function drivingChain(source: ExplainSource, v: number): ChainStep[] {
  const { workspace: ws, schedule: s } = source;
  const reversed: ChainStep[] = [];
  let node = v;
  // Drivers follow scheduled (acyclic) edges, so the walk ends; the bound guards against a corrupt schedule.
  for (let guard = 0; guard <= ws.milestones.length; guard++) {
    const driver = s.driver[node]!;
    const m = ws.milestones[node]!;
    // The edge the forward pass took from the driver (schedule/driving-edge.ts), as date-range and negative-float name it.
    const e = driver >= 0 ? drivingEdge(source, driver, node) : -1;
    const edge = e >= 0 ? ws.dependencies.at(e) : undefined;
    reversed.push({ node, projected: shownProjected(s, node), duration: m.duration, lag: edge?.lag, type: edge?.type });
    if (driver < 0) break;
    node = driver;
  }
  return reversed.reverse();
}

