// DCMA check 2 (leads): the share of the plan's edges with a negative lag.
import type { HealthCheck } from '../types.js';
import { share } from '../types.js';
import { edgeTargets } from '../edges.js';

export const leads: HealthCheck = {
  id: 'leads', unit: 'share', defaultThreshold: 0, dcma: 2,
  measure(ctx) {
    const edges = ctx.edges.filter((e) => ctx.workspace.dependencies.at(e)!.lag.n < 0);
    return { ...share(edges, ctx.edges.length, ctx.rank), refs: edgeTargets(ctx, edges) };
  },
};
