// A plan's first and last milestone (earliest and latest current date, SPEC §13) and its start.
import type { DayNumber } from '../calendar/index.js';
import type { PlanHealthContext } from './types.js';

/** Milestone indices (or -1 for an empty plan); ties go to the lower ref. */
export function firstAndLast(ctx: PlanHealthContext): { first: number; last: number } {
  let first = -1;
  let last = -1;
  for (const m of ctx.milestones) {
    const c = ctx.workspace.milestones[m]!.current;
    if (first < 0 || c < ctx.workspace.milestones[first]!.current || (c === ctx.workspace.milestones[first]!.current && ctx.rank[m]! < ctx.rank[first]!)) first = m;
    if (last < 0 || c > ctx.workspace.milestones[last]!.current || (c === ctx.workspace.milestones[last]!.current && ctx.rank[m]! < ctx.rank[last]!)) last = m;
  }
  return { first, last };
}

/** `plan.start`, else the current date of the plan's first milestone. */
export function planStart(ctx: PlanHealthContext): DayNumber {
  if (ctx.plan.start !== undefined) return ctx.plan.start;
  const { first } = firstAndLast(ctx);
  return first < 0 ? ctx.today : ctx.workspace.milestones[first]!.current;
}
