// DCMA check 1 (logic): open milestones without a predecessor or without a successor, the plan's first and last excepted.
import type { HealthCheck } from '../types.js';
import { share } from '../types.js';
import { firstAndLast } from '../plan-ends.js';

export const logic: HealthCheck = {
  id: 'logic', unit: 'share', defaultThreshold: 5, dcma: 1,
  measure(ctx) {
    const { first, last } = firstAndLast(ctx);
    const dangling: number[] = [];
    for (const m of ctx.open) {
      if (m === first || m === last) continue;
      if (ctx.predecessors[m] === 0 || ctx.successors[m] === 0) dangling.push(m);
    }
    return share(dangling, ctx.open.length, ctx.rank);
  },
};
