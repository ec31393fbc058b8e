// DCMA check 13 (CPLI): (CPL + TF) / CPL, CPL the working days from T to the plan's finish, TF the critical path's
// total float (the least float of the plan's open milestones). Nothing to measure when the finish is not after T.
import type { HealthCheck } from '../types.js';
import { byRank } from '../types.js';

export const cpli: HealthCheck = {
  id: 'cpli', unit: 'ratio', defaultThreshold: 0.95, dcma: 13,
  measure(ctx) {
    const cpl = ctx.calendar.between(ctx.today, ctx.finish);
    let tf = Infinity;
    for (const m of ctx.open) tf = Math.min(tf, ctx.schedule.float[m]!);
    if (cpl <= 0 || tf === Infinity) return { value: null, count: 0, of: ctx.open.length, refs: [] };
    const value = (cpl + tf) / cpl;
    const driving = tf < 0 ? ctx.open.filter((m) => ctx.schedule.float[m] === tf) : [];
    return { value, count: driving.length, of: ctx.open.length, refs: byRank(driving, ctx.rank) };
  },
};
