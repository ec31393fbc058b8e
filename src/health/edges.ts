// Edge facts the lead and lag checks share: a lag in working days, and the milestones the edges lead into.
import { durationDays, isWorkingUnit } from '../calendar/index.js';
import type { PlanHealthContext } from './types.js';
import { byRank } from './types.js';

/**
 * The edge's lag in working days of the successor's plan calendar (SPEC §3): `d` and `w` by count, elapsed units
 * by the working days they span from the predecessor's projected date. Negative for a lead.
 */
export function lagWorkdays(ctx: PlanHealthContext, edge: number): number {
  const { lag, from } = ctx.workspace.dependencies.at(edge)!;
  if (isWorkingUnit(lag.unit)) return durationDays(lag);
  const start = ctx.schedule.projected[from]!;
  return ctx.calendar.between(start, ctx.calendar.addDuration(start, lag));
}

/** The successors of `edges`, each once, in ref order. */
export function edgeTargets(ctx: PlanHealthContext, edges: readonly number[]): number[] {
  return byRank([...new Set(edges.map((e) => ctx.workspace.dependencies.at(e)!.to))], ctx.rank);
}
