// overdue: no actual date, and the projected date is before the status date.
import { formatDay } from '../calendar/index.js';
import type { Rule } from './rule.js';
import { currentDateOrigin, plural } from './where.js';

export const overdue: Rule = {
  id: 'overdue',
  severity: 'warning',
  description: 'A milestone without an actual date has a projected date before the status date.',
  fix: 'Record the actual date if it was achieved, or give it a new forecast.',
  check(ctx) {
    const { workspace: ws, schedule, today } = ctx;
    for (const m of ws.milestones) {
      const p = schedule.projected[m.index]!;
      if (m.actual || p >= today) continue;
      ctx.report({
        at: currentDateOrigin(m),
        message: `${m.ref} is overdue: projected ${formatDay(p)}, ${plural(today - p, 'day')} before the status date ${formatDay(today)}, and no actual date`,
        ref: m.ref,
        hint: `record actual: YYYY-MM-DD if ${m.id} was achieved, or set a forecast on or after ${formatDay(today)}`,
        plan: m.plan,
      });
    }
  },
};
