// DCMA check 6 (high float): open milestones with more than 44 working days of total float.
import type { HealthCheck } from '../types.js';
import { DCMA_LONG_WORKDAYS, share } from '../types.js';

export const highFloat: HealthCheck = {
  id: 'high-float', unit: 'share', defaultThreshold: 5, dcma: 6,
  measure(ctx) {
    return share(ctx.open.filter((m) => ctx.schedule.float[m]! > DCMA_LONG_WORKDAYS), ctx.open.length, ctx.rank);
  },
};
