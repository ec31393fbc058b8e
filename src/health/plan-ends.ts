// A plan's first and last milestone (earliest and latest current date, SPEC §13) and its start.
import type { DayNumber } from '../calendar/index.js';
import type { PlanHealthContext } from './types.js';

/**
 * Milestone indices (or -1 for an empty plan). Of milestones with the same current date, the first is one without a
 * predecessor and the last one without a successor where there is such (a tester's chain A → B → C all on one day
 * had A excepted as both, and C, the network's end, counted against `logic`); then the lower ref.
 */
export function firstAndLast(ctx: PlanHealthContext): { first: number; last: number } {
  const ms = ctx.workspace.milestones;
  let first = -1;
  let last = -1;
  // -1 when a is the better first (or last) of two with the same current date, 1 when b is.
  const tie = (a: number, b: number, open: (m: number) => boolean): number => {
    if (open(a) !== open(b)) return open(a) ? -1 : 1;
    return ctx.rank[a]! < ctx.rank[b]! ? -1 : 1;
  };
  for (const m of ctx.milestones) {
    const c = ms[m]!.current;
    if (first < 0 || c < ms[first]!.current || (c === ms[first]!.current && tie(m, first, (x) => ctx.predecessors[x] === 0) < 0)) first = m;
    if (last < 0 || c > ms[last]!.current || (c === ms[last]!.current && tie(m, last, (x) => ctx.successors[x] === 0) < 0)) last = m;
  }
  return { first, last };
}

/** `plan.start`, else the current date of the plan's first milestone. */
export function planStart(ctx: PlanHealthContext): DayNumber {
  if (ctx.plan.start !== undefined) return ctx.plan.start;
  const { first } = firstAndLast(ctx);
  return first < 0 ? ctx.today : ctx.workspace.milestones[first]!.current;
}
