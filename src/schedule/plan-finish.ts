// Each plan's finish (SPEC §5's end-milestone rule) and the milestone that sets it, from the projected dates.
import type { Workspace } from '../model/types.js';
import { milestoneFacts } from './milestone-facts.js';

/**
 * SPEC §5's end-milestone rule, per plan: `plan.finish` if set, else the latest projected date of any milestone of
 * the plan (as Primavera P6 and MS Project give an end activity the project's finish). -Infinity for a plan
 * without milestones (never read).
 */
export function planFinishes(ws: Workspace, projected: Float64Array): Float64Array {
  const finish = projectedFinishes(ws, projected);
  for (const p of ws.plans) if (p.finish) finish[p.index] = p.finish.day;
  return finish;
}

/**
 * Per plan, the latest projected date of its schedule nodes (gates included): its projected finish, `plan.finish`
 * aside (health's cpli measures CPL to it). -Infinity for a plan without milestones.
 */
export function projectedFinishes(ws: Workspace, projected: Float64Array): Float64Array {
  const finish = new Float64Array(ws.plans.length).fill(-Infinity);
  const plan = milestoneFacts(ws).plan;
  for (let v = 0; v < plan.length; v++) if (projected[v]! > finish[plan[v]!]!) finish[plan[v]!] = projected[v]!;
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
