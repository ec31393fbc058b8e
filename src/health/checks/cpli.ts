// DCMA check 13 (CPLI): (CPL + TF) / CPL, CPL the working days from T to the plan's finish (SPEC §5: the one the
// floats are computed to, a closing gate's date included), TF the critical path's
// total float (the least float of the plan's open milestones). Nothing to measure when the finish is not after T, nor
// when it is a projected date left out (date-range): CPL would count to the day it was held at.
import type { HealthCheck } from '../types.js';
import { byRank } from '../types.js';

export const cpli: HealthCheck = {
  id: 'cpli', unit: 'ratio', defaultThreshold: 0.95, dcma: 13,
  measure(ctx) {
    const cpl = ctx.calendar.between(ctx.today, ctx.finish);
    let tf = Infinity;
    // A float left out (NaN: date-range) is none: Math.min would make the whole TF NaN.
    for (const m of ctx.open) if (ctx.schedule.float[m]! < tf) tf = ctx.schedule.float[m]!;
    if (cpl <= 0 || tf === Infinity || ctx.finishLeftOut) return { value: null, count: 0, of: ctx.open.length, refs: [] };
    const value = (cpl + tf) / cpl;
    const driving = tf < 0 ? ctx.open.filter((m) => ctx.schedule.float[m] === tf) : [];
    return { value, count: driving.length, of: ctx.open.length, refs: byRank(driving, ctx.rank) };
  },
};
