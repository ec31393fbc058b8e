// The forward pass again after one milestone is delayed (DCMA's critical path test), over what it can reach only.
import { edgeEnds } from '../schedule/cpm.js';
import { forwardConstraint } from '../schedule/edge-constraint.js';
import type { PlanHealthContext } from './types.js';

/** DCMA: a delay far longer than any float in a sound schedule. */
export const CRITICAL_PATH_TEST_WORKDAYS = 600;

/**
 * Delays `milestone`'s projected date by `workdays` working days of its plan's calendar, re-runs the forward pass
 * (SPEC §5) on everything downstream in topological order, and returns how far the plan's projected finish (its
 * latest projected date) moved, in working days of the plan's calendar. Linear in the workspace; no recursion.
 */
export function delayFinish(ctx: PlanHealthContext, milestone: number, workdays: number): number {
  const { workspace: ws, graph, schedule } = ctx;
  const n = ws.milestones.length;
  const projected = Float64Array.from(schedule.projected);
  const touched = new Uint8Array(n);
  const calendarOf = (v: number) => ws.plans[ws.milestones[v]!.plan]!.calendar;
  const ends = edgeEnds(ws);
  projected[milestone] = calendarOf(milestone).add(projected[milestone]!, workdays);
  markSuccessors(ctx, milestone, touched);
  let k = 0;
  while (graph.order[k] !== milestone) k++;
  for (k++; k < n; k++) {
    const v = graph.order[k]!;
    if (!touched[v]) continue;
    const m = ws.milestones[v]!;
    if (m.actual) continue;
    let best = m.current;
    for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
      const e = graph.predEdges[i]!;
      if (graph.edgeInCycle[e]) continue;
      const p = graph.edgeFrom[e]!;
      const d = ws.dependencies[e]!;
      const candidate = forwardConstraint(d.type, d.lag, projected[p]!, ends[p]!, ends[v]!);
      if (candidate > best) best = candidate;
    }
    if (best !== projected[v]) {
      projected[v] = best;
      markSuccessors(ctx, v, touched);
    }
  }
  let before = -Infinity;
  let after = -Infinity;
  for (const m of ctx.milestones) {
    before = Math.max(before, schedule.projected[m]!);
    after = Math.max(after, projected[m]!);
  }
  return ctx.calendar.between(before, after);
}

function markSuccessors(ctx: PlanHealthContext, v: number, touched: Uint8Array): void {
  const { graph } = ctx;
  for (let i = graph.succStart[v]!; i < graph.succStart[v + 1]!; i++) {
    const e = graph.succEdges[i]!;
    if (!graph.edgeInCycle[e]) touched[graph.edgeTo[e]!] = 1;
  }
}
