// DCMA check 7 (negative float): milestones whose total float is below zero (SPEC §5).
import type { HealthCheck } from '../types.js';
import { share } from '../types.js';

export const negativeFloat: HealthCheck = {
  id: 'negative-float', unit: 'share', defaultThreshold: 0, dcma: 7,
  measure(ctx) {
    return share(ctx.milestones.filter((m) => ctx.schedule.float[m]! < 0), ctx.milestones.length, ctx.rank);
  },
};
