// Critical path method (SPEC §5): forward pass, backward pass, total float, critical flags and paths.
// Iterative and linear in milestones + dependencies; everything lives in typed arrays indexed by milestone.
import { durationDays, isWorkingUnit, type DayNumber, type Duration } from '../calendar/index.js';
import type { Graph } from '../graph/graph.js';
import type { Workspace } from '../model/types.js';
import { traceCriticalPaths, type CriticalPath } from './critical-paths.js';
import { backwardDays, forwardDays, FS, linkTable, startOf, type EdgeEnd } from './edge-constraint.js';
import { milestoneFacts, type MilestoneFacts } from './milestone-facts.js';

export type { CriticalPath } from './critical-paths.js';

export interface Schedule {
  /** p(M): the projected date (day number). Float64 so that extreme lags can never wrap around. */
  readonly projected: Float64Array;
  /** s(M) = sub(p(M), duration(M)) in M's calendar: the day at whose end its work begins (SPEC §5). */
  readonly start: Float64Array;
  /**
   * l(M): the latest date that keeps every successor and the deadline; for an end milestone without one, the plan's
   * finish. As shown: a deadline or plan finish as written; a bound a successor sets (latestBound) as that successor's
   * shown date when the edge has no lag or duration, else as its last working day on or before it (the same float).
   */
  readonly latest: Float64Array;
  /**
   * The latest day that keeps every successor and the deadline, exactly: what the backward pass carries to the
   * predecessors, which may be a non-working day (the Sunday after a Friday, when the successor's step is in working
   * days); `latest` is this day or its last working day before, the same number of working days from p(M).
   */
  readonly latestBound: Float64Array;
  /**
   * Total float in working days of the milestone's plan calendar; negative when late. NaN when p(M) or l(M) is left out
   * (date-range.ts leaveOutFloats; outputs read it through shownFloat).
   */
  readonly float: Float64Array;
  /** The predecessor that pushed M past its current date (M is *pushed*), or -1. */
  readonly driver: Int32Array;
  /** 1 when the float is at or below the plan's `critical` threshold. */
  readonly critical: Uint8Array;
  /** 1 when M has no successor over the scheduled (acyclic) edges. */
  readonly isEnd: Uint8Array;
  /** Sorted by float, then by the end milestone's ref. */
  readonly paths: readonly CriticalPath[];
  /**
   * Which of M's computed dates fell outside 0001-01-01 … 9999-12-31 and are left out of every output (SPEC §4
   * `date-range`): bits LEFT_OUT_PROJECTED, LEFT_OUT_LATEST, LEFT_OUT_START of schedule/date-range.ts; 0 for most.
   */
  readonly leftOut: Uint8Array;
  /**
   * Per plan, the milestone whose p(M) is the plan's end (planEnds), -1 for a plan without milestones: what sets l(M)
   * of an end milestone with no deadline or plan.finish. Found before date-range holds the dates, which makes every
   * p(M) past 9999-12-31 look alike (a tester's p/B, at 9999-12-31, was named for p/E at 10000-02-04).
   */
  readonly planEnd: Int32Array;
}

/** The plan's `critical` threshold in working days (`w` = 5 working days; the schema allows only `d` and `w`). */
export function thresholdWorkdays(critical: Duration): number {
  return durationDays(critical);
}

/**
 * @param rank  each milestone's position in ref order: ties (drivers, path steps, path order) go to the lower rank.
 */
export function computeSchedule(ws: Workspace, graph: Graph, rank: Int32Array): Schedule {
  const n = ws.milestones.length;
  const facts = milestoneFacts(ws);
  const ends = facts.ends;
  const { projected, driver } = forwardPass(ws, graph, rank, facts);
  const { latest, latestBound, isEnd } = backwardPass(ws, graph, facts, planFinishes(ws, projected));
  const { start, float, critical } = settleFloats(ws, facts, projected, latest);
  const paths = traceCriticalPaths(ws, graph, rank, ends, { projected, float, critical, isEnd });
  return { projected, start, latest, latestBound, float, driver, critical, isEnd, paths, leftOut: new Uint8Array(n), planEnd: planEnds(ws, projected, rank) };
}

/**
 * settleFloat for every milestone, with each plan's threshold worked out once: per milestone, the threshold's
 * duration and the milestone's plan were two more objects to visit (1,000,000 of them on the long chain).
 */
function settleFloats(ws: Workspace, facts: MilestoneFacts, projected: Float64Array, latest: Float64Array): Pick<ScheduleDates, 'start' | 'float' | 'critical'> {
  const n = projected.length;
  const start = new Float64Array(n);
  const float = new Float64Array(n);
  const critical = new Uint8Array(n);
  const threshold = new Float64Array(ws.plans.length);
  for (let i = 0; i < ws.plans.length; i++) threshold[i] = thresholdWorkdays(ws.plans[i]!.critical);
  const { ends, plan } = facts;
  for (let v = 0; v < n; v++) {
    const end = ends[v]!;
    const p = projected[v]!;
    const l = latest[v]!;
    // Equal dates are 0 working days apart in any calendar (between's own first test, without its checks).
    const f = p === l ? 0 : end.calendar.between(p, l);
    start[v] = startOf(p, end);
    float[v] = f;
    critical[v] = f <= threshold[plan[v]!]! ? 1 : 0;
  }
  return { start, float, critical };
}

/** A schedule's per-milestone dates as the passes fill them in. */
export interface ScheduleDates {
  readonly projected: Float64Array;
  readonly latest: Float64Array;
  readonly start: Float64Array;
  readonly float: Float64Array;
  readonly critical: Uint8Array;
}

/**
 * Each milestone's duration and plan calendar: the two facts an edge constraint needs of each end. Milestones
 * without a duration (most of them) share one end per plan. Made once per workspace (milestone-facts.ts).
 */
export function edgeEnds(ws: Workspace): readonly EdgeEnd[] {
  return milestoneFacts(ws).ends;
}

/**
 * SPEC §5's JSON `start`: the first day of a milestone's work: the working day after s(M) for working units,
 * s(M) + 1 for elapsed units, p(M) itself when the duration is 0. Never after p(M): when both dates were held at
 * 9999-12-31 (date-range), the day after s(M) would be in year 10000.
 */
export function firstDayOfWork(start: DayNumber, projected: DayNumber, end: Pick<EdgeEnd, 'duration' | 'calendar'>): DayNumber {
  if (end.duration.n === 0) return projected;
  return Math.min(projected, isWorkingUnit(end.duration.unit) ? end.calendar.add(start, 1) : start + 1);
}

/**
 * p(M) in topological order: actual, else the latest of c(M) and every predecessor's constraint (SPEC §5); each
 * step is projectMilestone's, reading the milestone's facts from their arrays rather than from its object.
 */
function forwardPass(ws: Workspace, graph: Graph, rank: Int32Array, facts: MilestoneFacts): { projected: Float64Array; driver: Int32Array } {
  const n = ws.milestones.length;
  const { order, predStart, predEdges, edgeFrom, edgeInCycle } = graph;
  const { type, lagDays, lagWorking } = linkTable(ws.dependencies);
  const { actual, current, ends } = facts;
  const projected = new Float64Array(n);
  const driver = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const v = order[k]!;
    const fixed = actual[v]!;
    if (fixed === fixed) {
      projected[v] = fixed;
      continue;
    }
    const end = ends[v]!;
    let best = current[v]!;
    let by = -1;
    for (let i = predStart[v]!; i < predStart[v + 1]!; i++) {
      const e = predEdges[i]!;
      if (edgeInCycle[e]) continue;
      const p = edgeFrom[e]!;
      // An FS edge without lag into a milestone without duration (most edges) allows p(P) itself: no calls for it.
      const t = type[e]!;
      const lag = lagDays[e]!;
      const candidate = t === FS && lag === 0 && end.days === 0 ? projected[p]! : forwardDays(t, lag, lagWorking[e]!, projected[p]!, ends[p]!, end);
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

/**
 * SPEC §5's end-milestone rule, per plan: `plan.finish` if set, else the latest projected date of any milestone of
 * the plan (as Primavera P6 and MS Project give an end activity the project's finish). -Infinity for a plan
 * without milestones (never read).
 */
export function planFinishes(ws: Workspace, projected: Float64Array): Float64Array {
  const finish = new Float64Array(ws.plans.length).fill(-Infinity);
  const plan = milestoneFacts(ws).plan;
  for (let v = 0; v < plan.length; v++) if (projected[v]! > finish[plan[v]!]!) finish[plan[v]!] = projected[v]!;
  for (const p of ws.plans) if (p.finish) finish[p.index] = p.finish.day;
  return finish;
}

/**
 * Per plan, the milestone with the latest projected date, the first in ref order (`rank`) of those: the one that sets
 * the plan's end (planFinishes without `plan.finish`); -1 for a plan without milestones.
 */
export function planEnds(ws: Workspace, projected: Float64Array, rank: Int32Array): Int32Array {
  const end = new Int32Array(ws.plans.length).fill(-1);
  const latest = new Float64Array(ws.plans.length).fill(-Infinity);
  const plan = milestoneFacts(ws).plan;
  for (let v = 0; v < plan.length; v++) {
    const p = plan[v]!;
    const day = projected[v]!;
    if (day > latest[p]! || (day === latest[p] && rank[v]! < rank[end[p]!]!)) {
      latest[p] = day;
      end[p] = v;
    }
  }
  return end;
}

/**
 * l(M) in reverse topological order: the earliest of the deadline and every successor's backward constraint, as
 * settleLatest gives it milestone by milestone. The facts of each milestone's scheduled successor edges (successor,
 * link type, lag) are first copied into arrays in successor-list order, walking the milestones by index: the pass
 * visits them in topological order, which jumps through the milestones (ties go by ref, `M1`, `M10`, `M100` …), and
 * read five tables indexed by edge there, at 896,000 edges (bench/generate-rich.mjs, 100,000 milestones) a third more
 * time than the forward pass, whose edges are stored by successor. Also src/schedule/update.ts's, when a plan's
 * finish moved.
 */
export function backwardPass(ws: Workspace, graph: Graph, facts: MilestoneFacts, finishes: Float64Array): { latest: Float64Array; latestBound: Float64Array; isEnd: Uint8Array } {
  const n = ws.milestones.length;
  const { order, succStart, succEdges, edgeTo, edgeInCycle } = graph;
  const links = linkTable(ws.dependencies);
  const slots = succEdges.length;
  const first = new Int32Array(n + 1);
  const to = new Int32Array(slots);
  const type = new Uint8Array(slots);
  const lagDays = new Float64Array(slots);
  const lagWorking = new Uint8Array(slots);
  let k = 0;
  for (let v = 0; v < n; v++) {
    first[v] = k;
    for (let i = succStart[v]!; i < succStart[v + 1]!; i++) {
      const e = succEdges[i]!;
      if (edgeInCycle[e]) continue;
      to[k] = edgeTo[e]!;
      type[k] = links.type[e]!;
      lagDays[k] = links.lagDays[e]!;
      lagWorking[k] = links.lagWorking[e]!;
      k++;
    }
  }
  first[n] = k;
  const latest = new Float64Array(n);
  const latestBound = new Float64Array(n);
  const isEnd = new Uint8Array(n);
  const { ends, deadline, plan } = facts;
  for (let j = n - 1; j >= 0; j--) {
    const v = order[j]!;
    const end = ends[v]!;
    let l = deadline[v]!;
    // What l(M) shows: a deadline or plan finish as written, what an edge without lag or duration passes on as the
    // successor shows it, another edge's bound as its last working day on or before it (Schedule.latest); of equal
    // bounds, the latest shown (so that the order of the edges never matters).
    let shown = l;
    const from = first[v]!;
    const until = first[v + 1]!;
    for (let i = from; i < until; i++) {
      const s = to[i]!;
      // Likewise backwards: such an edge allows P the successor's l(M) itself.
      const t = type[i]!;
      const lag = lagDays[i]!;
      const succ = ends[s]!;
      // (The successor's shown date is its own calendar's: another plan's goes through rollBackward below.)
      if (t === FS && lag === 0 && succ.days === 0 && succ.calendar === end.calendar) {
        const day = latestBound[s]!;
        if (day < l || (day === l && latest[s]! > shown)) shown = latest[s]!;
        if (day < l) l = day;
        continue;
      }
      const day = backwardDays(t, lag, lagWorking[i]!, latestBound[s]!, end, succ);
      if (day > l) continue;
      const dayShown = end.calendar.rollBackward(day);
      if (day < l || dayShown > shown) shown = dayShown;
      l = day;
    }
    const hasSuccessor = until > from;
    isEnd[v] = hasSuccessor ? 0 : 1;
    // An end milestone without a deadline gets its plan's finish (SPEC §5).
    if (!hasSuccessor && deadline[v] === Infinity) l = shown = finishes[plan[v]!]!;
    latestBound[v] = l;
    latest[v] = shown;
  }
  return { latest, latestBound, isEnd };
}
