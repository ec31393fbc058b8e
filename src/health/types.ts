// What a health check is (SPEC §13) and what it measures with: one plan's milestones, edges and schedule.
import type { DayNumber, WorkCalendar } from '../calendar/index.js';
import type { Graph } from '../graph/graph.js';
import type { Plan, Workspace } from '../model/types.js';
import type { Schedule } from '../schedule/cpm.js';
import type { HealthCheckId } from './ids.js';

/**
 * How a check's value is read against its threshold:
 * `share` — a fraction of `of`, threshold written in percent, passes at or below it;
 * `count` — passes at or below the threshold; `ratio` — passes at or above it; `test` — pass or fail.
 */
export type HealthUnit = 'share' | 'count' | 'ratio' | 'test';

/** One plan as the checks see it. Milestone and edge lists hold indices into the workspace. */
export interface PlanHealthContext {
  readonly workspace: Workspace;
  readonly graph: Graph;
  readonly schedule: Schedule;
  /** Each milestone's position in ref order (ties). */
  readonly rank: Int32Array;
  /** The status date T. */
  readonly today: DayNumber;
  readonly plan: Plan;
  readonly calendar: WorkCalendar;
  /** The plan's milestones (gates are not counted), in workspace order. */
  readonly milestones: readonly number[];
  /** Those without `actual`. */
  readonly open: readonly number[];
  /**
   * The plan's gate nodes not yet decided (no `decided`), in workspace order: not counted by the checks (SPEC §13), but
   * on the critical path cpli measures, whose CPL may run to a closing gate (tester round 60 F1).
   */
  readonly openGates: readonly number[];
  /** Edges into the plan's milestones that the schedule uses (inside a cycle: left out). */
  readonly edges: readonly number[];
  /** Scheduled predecessors / successors of each milestone of the workspace. */
  readonly predecessors: Int32Array;
  readonly successors: Int32Array;
  /**
   * The plan's projected finish, the end of its critical path, where cpli's CPL runs to (DCMA check 13): the latest
   * projected date of its schedule nodes, gates included (a closing gate, BP5, after the last delivery). The floats are
   * computed to SPEC §5's finish, which is `plan.finish` instead when that is set.
   */
  readonly finish: DayNumber;
  /** Whether that finish is a projected date held at 0001-01-01 or 9999-12-31 (date-range: its real date is left out). */
  readonly finishLeftOut: boolean;
}

/** What a check measured: its value (null: nothing to measure, which passes, unless `finishPassed` says it fails) and
 * the milestones that count against it. */
export interface Measurement {
  readonly value: number | null;
  /**
   * `cpli` only: the plan's finish is on or before the status date while the critical path's total float (`float`,
   * working days) is negative. CPL ≤ 0 leaves no ratio (value null), yet the finish is missed: the check fails.
   */
  readonly finishPassed?: { readonly finish: DayNumber; readonly float: number };
  readonly count: number;
  /** The denominator of a share; for counts and tests the number of milestones looked at. */
  readonly of: number;
  /** Milestone indices that count against the check, in ref order. */
  readonly refs: readonly number[];
}

export interface HealthCheck {
  readonly id: HealthCheckId;
  readonly unit: HealthUnit;
  /** In the unit's own terms: percent for shares, a count, a ratio; 1 for a test. */
  readonly defaultThreshold: number;
  /** DCMA check number (14-point assessment), for the scorecard. */
  readonly dcma: number;
  readonly measure: (ctx: PlanHealthContext) => Measurement;
}

/** A share measurement: `count` of `of`; a share of nothing is null (nothing to measure). */
export function share(refs: number[], of: number, rank: Int32Array): Measurement {
  // A share of nothing (no edges, no open milestones) is nothing to measure: null, `n/a`, as missed and bei say it
  // (tester round 106 F9: leads and lags of a plan without links read "0.0 % … 0 of 0" beside missed's n/a).
  return { value: of === 0 ? null : refs.length / of, count: refs.length, of, refs: byRank(refs, rank) };
}

export function byRank(refs: number[], rank: Int32Array): number[] {
  return refs.sort((a, b) => rank[a]! - rank[b]!);
}

/** 44 working days: DCMA's limit for a lag and for "high" float (two months of work). */
export const DCMA_LONG_WORKDAYS = 44;
