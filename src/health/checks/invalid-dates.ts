// DCMA check 9 (invalid dates): open milestones forecast before the status date, plus actuals after it.
import { isOverdue } from '../../schedule/overdue.js';
import type { HealthCheck } from '../types.js';
import { byRank } from '../types.js';

export const invalidDates: HealthCheck = {
  id: 'invalid-dates', unit: 'count', defaultThreshold: 0, dcma: 9,
  measure(ctx) {
    const invalid: number[] = [];
    for (const i of ctx.milestones) {
      const m = ctx.workspace.milestones[i]!;
      // The schedule's forecast is the projected date (DCMA's forecast is the scheduled date of unfinished work): an
      // open milestone projected before T was never statused, with or without a written forecast (tester round 108
      // F1: a plan left for months with only planned dates passed, though validate called each milestone overdue).
      const stale = m.forecast !== undefined && m.forecast.day < ctx.today;
      if (m.actual ? m.actual.day > ctx.today : stale || isOverdue(m, ctx.schedule.projected[i]!, ctx.today)) invalid.push(i);
    }
    return { value: invalid.length, count: invalid.length, of: ctx.milestones.length, refs: byRank(invalid, ctx.rank) };
  },
};
