// DCMA check 13 (CPLI): (CPL + TF) / CPL, CPL the working days from T to the plan's projected finish (the end of its
// critical path, a closing gate's date included), TF the critical path's total float to SPEC §5's finish (the least
// float of the plan's open milestones and undecided gates): CPL + TF is the time to the commitment, CPL the time to
// the forecast. Nothing to measure when the finish is a projected date left out (date-range: CPL would count to the
// day it was held at), nor when it is not after T and no open milestone is late for it. A finish not after T that the
// critical path runs past (negative float) fails without a ratio (CPL ≤ 0 has none): it passed as "n/a" while a
// finish one day later failed (tester round 8 #1).
import type { HealthCheck } from '../types.js';
import { byRank } from '../types.js';

export const cpli: HealthCheck = {
  id: 'cpli', unit: 'ratio', defaultThreshold: 0.95, dcma: 13,
  measure(ctx) {
    const cpl = ctx.calendar.between(ctx.today, ctx.finish);
    // The critical path's nodes: the open milestones and the gates not yet decided. CPL may run to a closing gate, so its
    // float is the path's too: with the milestones' alone, a gate 5 days late for plan.finish scored (34 + 5) / 34, a
    // pass, and a plan without a commitment (34 + 5) / 34 where its float to its own end is 0 (tester round 60 F1).
    const nodes = ctx.openGates.length === 0 ? ctx.open : [...ctx.open, ...ctx.openGates];
    let tf = Infinity;
    // A float left out (NaN: date-range) is none: Math.min would make the whole TF NaN.
    for (const m of nodes) if (ctx.schedule.float[m]! < tf) tf = ctx.schedule.float[m]!;
    if (tf === Infinity || ctx.finishLeftOut || (cpl <= 0 && tf >= 0)) return { value: null, count: 0, of: nodes.length, refs: [] };
    const driving = tf < 0 ? nodes.filter((m) => ctx.schedule.float[m] === tf) : [];
    const counted = { count: driving.length, of: nodes.length, refs: byRank(driving, ctx.rank) };
    if (cpl <= 0) return { value: null, finishPassed: { finish: ctx.finish, float: tf }, ...counted };
    return { value: (cpl + tf) / cpl, ...counted };
  },
};
