// Critical path method (SPEC §5): forward pass, backward pass, total float, critical flags and paths.
// Iterative and linear in milestones + dependencies; everything lives in typed arrays indexed by milestone.
import type { DayNumber, Duration, WorkCalendar } from '../calendar/index.js';
import type { Graph } from '../graph/graph.js';
import type { Workspace } from '../model/types.js';

export interface CriticalPath {
  /** Milestone indices from start to end. */
  readonly milestones: readonly number[];
  readonly end: number;
  /** The end milestone's float, in working days. */
  readonly float: number;
}

export interface Schedule {
  /** p(M): the projected date. */
  readonly projected: Int32Array;
  /** l(M): the latest date that keeps every successor, deadline and end commitment. */
  readonly latest: Int32Array;
  /** Total float in working days of the milestone's plan calendar; negative when late. */
  readonly float: Int32Array;
  /** The predecessor that pushed M past its current date, or -1. */
  readonly driver: Int32Array;
  readonly critical: Uint8Array;
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

export function thresholdWorkdays(critical: Duration): number {
  return critical.unit === 'w' ? critical.n * 5 : critical.n;
}

export function computeSchedule(ws: Workspace, graph: Graph, rank: Int32Array): Schedule {
  const n = ws.milestones.length;
  const { order, predStart, predEdges, succStart, succEdges, edgeFrom, edgeTo, edgeInCycle } = graph;
  const calendarOf = (m: number): WorkCalendar => ws.plans[ws.milestones[m]!.plan]!.calendar;

  const projected = new Int32Array(n);
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
      const candidate = addEdgeWeight(calendarOf(v), projected[p]!, ws.dependencies[e]!.lag, m.duration);
      if (candidate > best || (candidate === best && by >= 0 && rank[p]! < rank[by]!)) {
        best = candidate;
        by = p;
      }
    }
    projected[v] = best;
    driver[v] = best > m.current ? by : -1;
  }

  const latest = new Int32Array(n);
  const float = new Int32Array(n);
  const critical = new Uint8Array(n);
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
      l = Math.min(l, subEdgeWeight(calendarOf(s), latest[s]!, ws.dependencies[e]!.lag, ws.milestones[s]!.duration));
    }
    if (!hasSuccessor) {
      isEnd[v] = 1;
      if (!m.deadline) l = m.date.day;
    }
    latest[v] = l;
    const plan = ws.plans[m.plan]!;
    float[v] = plan.calendar.between(projected[v]!, l);
    critical[v] = float[v]! <= thresholdWorkdays(plan.critical) ? 1 : 0;
  }

  return { projected, latest, float, driver, critical, paths: tracePaths(ws, graph, rank, { projected, float, critical, isEnd }) };
}

function tracePaths(
  ws: Workspace, graph: Graph, rank: Int32Array,
  s: { projected: Int32Array; float: Int32Array; critical: Uint8Array; isEnd: Uint8Array },
): CriticalPath[] {
  const paths: CriticalPath[] = [];
  for (let end = 0; end < ws.milestones.length; end++) {
    if (!s.critical[end] || !s.isEnd[end]) continue;
    const chain = [end];
    for (let v = end; ;) {
      let best = -1;
      let bestDay = -Infinity;
      const m = ws.milestones[v]!;
      const calendar = ws.plans[m.plan]!.calendar;
      for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
        const e = graph.predEdges[i]!;
        const p = graph.edgeFrom[e]!;
        if (graph.edgeInCycle[e] || !s.critical[p]) continue;
        const day = addEdgeWeight(calendar, s.projected[p]!, ws.dependencies[e]!.lag, m.duration);
        if (day > bestDay || (day === bestDay && rank[p]! < rank[best]!)) {
          best = p;
          bestDay = day;
        }
      }
      if (best < 0) break;
      chain.push(best);
      v = best;
    }
    paths.push({ milestones: chain.reverse(), end, float: s.float[end]! });
  }
  return paths.sort((a, b) => a.float - b.float || rank[a.end]! - rank[b.end]!);
}
