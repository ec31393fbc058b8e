// DCMA check 5 (hard constraints), as a milestone network has them: open milestones dated by hand, not by logic —
// no predecessor and a current date later than the plan start.
import type { HealthCheck } from '../types.js';
import { share } from '../types.js';
import { planStart } from '../plan-ends.js';

export const hardDates: HealthCheck = {
  id: 'hard-dates', unit: 'share', defaultThreshold: 5, dcma: 5,
  measure(ctx) {
    const start = planStart(ctx);
    const dated = ctx.open.filter((m) => ctx.predecessors[m] === 0 && ctx.workspace.milestones[m]!.current > start);
    return share(dated, ctx.open.length, ctx.rank);
  },
};
