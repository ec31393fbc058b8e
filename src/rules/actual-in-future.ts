// actual-in-future: an actual date after the status date.
import { formatDay } from '../calendar/index.js';
import type { Rule } from './rule.js';
import { fieldOrigin } from './where.js';

export const actualInFuture: Rule = {
  id: 'actual-in-future',
  severity: 'error',
  description: 'A milestone\'s actual date is after the status date: it cannot have been achieved yet.',
  fix: 'Correct the actual date, write the date as a forecast instead, or move the status date (status_date or --today).',
  check(ctx) {
    for (const m of ctx.workspace.milestones) {
      if (!m.actual || m.actual.day <= ctx.today || m.gate !== undefined) continue;
      ctx.report({
        at: fieldOrigin(m, 'actual'),
        message: `${m.ref} has actual ${formatDay(m.actual.day)}, after the status date ${formatDay(ctx.today)}`,
        ref: m.ref,
        hint: `if ${m.id} is not achieved yet, use forecast: ${formatDay(m.actual.day)} instead of actual`,
        plan: m.plan,
      });
    }
  },
};
