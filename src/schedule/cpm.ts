// Critical path method (SPEC §5): forward pass, backward pass, total float, critical flags and paths.
// Iterative and linear in milestones + dependencies; everything lives in typed arrays indexed by milestone.
import type { DayNumber, Duration, WorkCalendar } from '../calendar/index.js';
import type { Graph } from '../graph/graph.js';
import type { Workspace } from '../model/types.js';
import { traceCriticalPaths, type CriticalPath } from './critical-paths.js';

export type { CriticalPath } from './critical-paths.js';

export interface Schedule {
  /** p(M): the projected date (day number). Float64 so that extreme lags can never wrap around. */
  readonly projected: Float64Array;
  /** l(M): the latest date that keeps every successor, deadline and end commitment. */
  readonly latest: Float64Array;
  /** Total float in working days of the milestone's plan calendar; negative when late. */
  readonly float: Float64Array;
  /** The predecessor that pushed M past its current date (M is *pushed*), or -1. */
  readonly driver: Int32Array;
  /** 1 when the float is at or below the plan's `critical` threshold. */
  readonly critical: Uint8Array;
  /** 1 when M has no successor over the scheduled (acyclic) edges. */
  readonly isEnd: Uint8Array;
  /** Sorted by float, then by the end milestone's ref. */
  readonly paths: readonly CriticalPath[];
}

/** `add(d, w(P, M))`: the edge's lag, then M's duration, each in its own unit, in M's calendar. */
export function addEdgeWeight(calendar: WorkCalendar, day: DayNumber, lag: Duration, duration: Duration): DayNumber {
  return calendar.addDuration(calendar.addDuration(day, lag), duration);
}

/** `sub(d, w(M, S))`: undoes S's duration, then the lag, in S's calendar. */
export function subEdgeWeight(calendar: WorkCalendar, day: DayNumber, lag: Duration, duration: Duration): DayNumber {
  return calendar.subDuration(calendar.subDuration(day, duration), lag);
}

/** The plan's `critical` threshold in working days (`w` = 5 working days; the schema allows only `d` and `w`). */
export function thresholdWorkdays(critical: Duration): number {
  return critical.unit === 'w' || critical.unit === 'ew' ? critical.n * 5 : critical.n;
}

/**
 * @param rank  each milestone's position in ref order: ties (drivers, path steps, path order) go to the lower rank.
 */
export function computeSchedule(ws: Workspace, graph: Graph, rank: Int32Array): Schedule {
  const n = ws.milestones.length;
  const calendars = ws.milestones.map((m) => ws.plans[m.plan]!.calendar);
  const { projected, driver } = forwardPass(ws, graph, rank, calendars);
  const { latest, isEnd } = backwardPass(ws, graph, calendars);
  const float = new Float64Array(n);
  const critical = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    float[v] = calendars[v]!.between(projected[v]!, latest[v]!);
    critical[v] = float[v]! <= thresholdWorkdays(ws.plans[ws.milestones[v]!.plan]!.critical) ? 1 : 0;
  }
  const paths = traceCriticalPaths(ws, graph, rank, calendars, { projected, float, critical, isEnd });
  return { projected, latest, float, driver, critical, isEnd, paths };
}

/** p(M) in topological order: actual, else the latest of c(M) and every predecessor's add(p(P), w). */
function forwardPass(ws: Workspace, graph: Graph, rank: Int32Array, calendars: readonly WorkCalendar[]): { projected: Float64Array; driver: Int32Array } {
  const n = ws.milestones.length;
  const { order, predStart, predEdges, edgeFrom, edgeInCycle } = graph;
  const projected = new Float64Array(n);
  const driver = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const v = order[k]!;
    const m = ws.milestones[v]!;
    if (m.actual) {
      projected[v] = m.actual.day;
      continue;
    }
    let best = m.current;
    let by = -1;
    for (let i = predStart[v]!; i < predStart[v + 1]!; i++) {
      const e = predEdges[i]!;
      if (edgeInCycle[e]) continue;
      const p = edgeFrom[e]!;
      const candidate = addEdgeWeight(calendars[v]!, projected[p]!, ws.dependencies[e]!.lag, m.duration);
      // Only a predecessor later than c(M) can drive M; among equal ones the lowest ref wins.
      if (candidate > best || (candidate === best && by >= 0 && rank[p]! < rank[by]!)) {
        best = candidate;
        by = p;
      }
    }
    projected[v] = best;
    driver[v] = by;
  }
  return { projected, driver };
}

/** l(M) in reverse topological order: the earliest of the deadline and every successor's sub(l(S), w). */
function backwardPass(ws: Workspace, graph: Graph, calendars: readonly WorkCalendar[]): { latest: Float64Array; isEnd: Uint8Array } {
  const n = ws.milestones.length;
  const { order, succStart, succEdges, edgeTo, edgeInCycle } = graph;
  const latest = new Float64Array(n);
  const isEnd = new Uint8Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k]!;
    const m = ws.milestones[v]!;
    let l = m.deadline ? m.deadline.day : Infinity;
    let hasSuccessor = false;
    for (let i = succStart[v]!; i < succStart[v + 1]!; i++) {
      const e = succEdges[i]!;
      if (edgeInCycle[e]) continue;
      hasSuccessor = true;
      const s = edgeTo[e]!;
      const day = subEdgeWeight(calendars[s]!, latest[s]!, ws.dependencies[e]!.lag, ws.milestones[s]!.duration);
      if (day < l) l = day;
    }
    if (!hasSuccessor) {
      isEnd[v] = 1;
      // An end milestone's planned date is a commitment (SPEC §5), unless a deadline says otherwise.
      if (!m.deadline) l = m.date.day;
    }
    latest[v] = l;
  }
  return { latest, isEnd };
}
