// DCMA check 9 (invalid dates): open milestones forecast before the status date, plus actuals after it.
import type { HealthCheck } from '../types.js';
import { byRank } from '../types.js';

export const invalidDates: HealthCheck = {
  id: 'invalid-dates', unit: 'count', defaultThreshold: 0, dcma: 9,
  measure(ctx) {
    const invalid: number[] = [];
    for (const i of ctx.milestones) {
      const m = ctx.workspace.milestones[i]!;
      if (m.actual ? m.actual.day > ctx.today : m.forecast !== undefined && m.forecast.day < ctx.today) invalid.push(i);
    }
    return { value: invalid.length, count: invalid.length, of: ctx.milestones.length, refs: byRank(invalid, ctx.rank) };
  },
};
