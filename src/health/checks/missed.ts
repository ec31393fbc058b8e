// DCMA check 11 (missed tasks): of the milestones due by the status date (baseline ≤ T), those achieved late or not at all.
import type { HealthCheck } from '../types.js';
import { byRank } from '../types.js';

export const missed: HealthCheck = {
  id: 'missed', unit: 'share', defaultThreshold: 5, dcma: 11,
  measure(ctx) {
    let due = 0;
    const late: number[] = [];
    for (const i of ctx.milestones) {
      const m = ctx.workspace.milestones[i]!;
      if (m.date.day > ctx.today) continue;
      due++;
      if (!m.actual || m.actual.day > m.date.day) late.push(i);
    }
    return { value: due === 0 ? null : late.length / due, count: late.length, of: due, refs: byRank(late, ctx.rank) };
  },
};
