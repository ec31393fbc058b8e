// DCMA check 13 (CPLI): (CPL + TF) / CPL, CPL the working days from T to the plan's finish, TF the critical path's
// total float (the least float of the plan's open milestones). Nothing to measure when the finish is not after T, nor
// when it is a projected date left out (date-range): CPL would count to the day it was held at.
import { LEFT_OUT_PROJECTED } from '../../schedule/date-range.js';
import type { HealthCheck, PlanHealthContext } from '../types.js';
import { byRank } from '../types.js';

/** The plan's finish is the latest projected date of its milestones (no plan.finish), and that date is left out. */
function isFinishLeftOut(ctx: PlanHealthContext): boolean {
  if (ctx.plan.finish !== undefined) return false;
  const s = ctx.schedule;
  return ctx.milestones.some((m) => (s.leftOut[m]! & LEFT_OUT_PROJECTED) !== 0 && s.projected[m] === ctx.finish);
}

export const cpli: HealthCheck = {
  id: 'cpli', unit: 'ratio', defaultThreshold: 0.95, dcma: 13,
  measure(ctx) {
    const cpl = ctx.calendar.between(ctx.today, ctx.finish);
    let tf = Infinity;
    // A float left out (NaN: date-range) is none: Math.min would make the whole TF NaN.
    for (const m of ctx.open) if (ctx.schedule.float[m]! < tf) tf = ctx.schedule.float[m]!;
    if (cpl <= 0 || tf === Infinity || isFinishLeftOut(ctx)) return { value: null, count: 0, of: ctx.open.length, refs: [] };
    const value = (cpl + tf) / cpl;
    const driving = tf < 0 ? ctx.open.filter((m) => ctx.schedule.float[m] === tf) : [];
    return { value, count: driving.length, of: ctx.open.length, refs: byRank(driving, ctx.rank) };
  },
};
