// The facts of each milestone the scheduler's passes read, in typed arrays by milestone index, made once per workspace.
import { ZERO_DURATION } from '../calendar/index.js';
import type { Workspace } from '../model/types.js';
import { edgeEnd, type EdgeEnd } from './edge-constraint.js';

/**
 * What the passes read of each milestone (issue #18): they visit milestones in topological order, which jumps
 * through the 100,000 milestone objects of a network (ties go by ref: `M1`, `M10`, `M100` …), and reading `actual`,
 * `current`, `deadline` and `plan` there cost more than the arithmetic. Copied here walking the milestones by index.
 */
export interface MilestoneFacts {
  /** Index into Workspace.plans. */
  readonly plan: Int32Array;
  /** c(M): actual, else forecast, else date. */
  readonly current: Float64Array;
  /** The actual date's day, NaN without one. */
  readonly actual: Float64Array;
  /** The deadline's day, Infinity without one. */
  readonly deadline: Float64Array;
  /** Each milestone's duration and plan calendar (edgeEnds). */
  readonly ends: readonly EdgeEnd[];
}

/** Made once per workspace: the schedule, the dependency-order rule and the reports ask for the same workspace's. */
const FACTS = new WeakMap<Workspace, MilestoneFacts>();

/** The facts of `ws`'s milestones; the model is never changed once built, so they are kept with the workspace. */
export function milestoneFacts(ws: Workspace): MilestoneFacts {
  let facts = FACTS.get(ws);
  if (facts !== undefined) return facts;
  const milestones = ws.milestones;
  const n = milestones.length;
  const plan = new Int32Array(n);
  const current = new Float64Array(n);
  const actual = new Float64Array(n);
  const deadline = new Float64Array(n);
  // Milestones without a duration (most of them) share one end per plan.
  const zero = ws.plans.map((p) => edgeEnd(ZERO_DURATION, p.calendar));
  const ends: EdgeEnd[] = [];
  for (let v = 0; v < n; v++) {
    const m = milestones[v]!;
    plan[v] = m.plan;
    current[v] = m.current;
    actual[v] = m.actual ? m.actual.day : NaN;
    deadline[v] = m.deadline ? m.deadline.day : Infinity;
    ends.push(m.duration.n === 0 ? zero[m.plan]! : edgeEnd(m.duration, ws.plans[m.plan]!.calendar));
  }
  facts = { plan, current, actual, deadline, ends };
  FACTS.set(ws, facts);
  return facts;
}

/**
 * Records `facts` as those of `ws`, made by the caller from another workspace's (src/schedule/update.ts: the model
 * after `set`, which differs from the one before in a few milestones' c(M) and actual); they must be what
 * milestoneFacts would make of `ws`.
 */
export function seedMilestoneFacts(ws: Workspace, facts: MilestoneFacts): void {
  FACTS.set(ws, facts);
}
