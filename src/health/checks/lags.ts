// DCMA check 3 (lags): the share of the plan's edges with a lag longer than 44 working days.
import type { HealthCheck } from '../types.js';
import { DCMA_LONG_WORKDAYS, share } from '../types.js';
import { edgeTargets, lagWorkdays } from '../edges.js';

export const lags: HealthCheck = {
  id: 'lags', unit: 'share', defaultThreshold: 5, dcma: 3,
  measure(ctx) {
    const edges = ctx.edges.filter((e) => lagWorkdays(ctx, e) > DCMA_LONG_WORKDAYS);
    return { ...share(edges, ctx.edges.length, ctx.rank), refs: edgeTargets(ctx, edges) };
  },
};
