// Critical path method (SPEC §5): the schedule from the forward and backward passes, total float, critical flags and paths.
// Iterative and linear in milestones + dependencies; everything lives in typed arrays indexed by milestone.
import { durationDays, isWorkingUnit, type DayNumber, type Duration } from '../calendar/index.js';
import type { Graph } from '../graph/graph.js';
import type { Workspace } from '../model/types.js';
import { backwardPass } from './backward-pass.js';
import { traceCriticalPaths, type CriticalPath } from './critical-paths.js';
import { startOf, type EdgeEnd } from './edge-constraint.js';
import { forwardPass } from './forward-pass.js';
import { milestoneFacts, type MilestoneFacts } from './milestone-facts.js';
import { planEnds, planFinishes } from './plan-finish.js';

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
