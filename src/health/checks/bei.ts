// DCMA check 14 (BEI, SPEC §6): milestones achieved by T over milestones whose baseline is due by T.
import type { HealthCheck } from '../types.js';
import { byRank } from '../types.js';

export const bei: HealthCheck = {
  id: 'bei', unit: 'ratio', defaultThreshold: 0.95, dcma: 14,
  measure(ctx) {
    let achieved = 0;
    let due = 0;
    const behind: number[] = [];
    for (const i of ctx.milestones) {
      const m = ctx.workspace.milestones[i]!;
      const isAchieved = m.actual !== undefined && m.actual.day <= ctx.today;
      if (isAchieved) achieved++;
      if (m.date.day > ctx.today) continue;
      due++;
      if (!isAchieved) behind.push(i);
    }
    return { value: due === 0 ? null : achieved / due, count: behind.length, of: due, refs: byRank(behind, ctx.rank) };
  },
};
