// overdue: no actual date, and the projected date is before the status date.
import { msg } from '../messages/index.js';
import type { Rule } from './rule.js';
import { currentDateOrigin } from './where.js';
import { isOverdue } from '../schedule/overdue.js';

export const overdue: Rule = {
  id: 'overdue',
  severity: 'warning',
  description: 'A milestone without an actual date has a projected date before the status date.',
  fix: 'Record the actual date if it was achieved, or give it a new forecast.',
  check(ctx) {
    const { workspace: ws, schedule, today } = ctx;
    for (let i = 0; i < ws.milestones.length; i++) {
      const m = ws.milestones[i]!;
      const p = schedule.projected[m.index]!;
      if (!isOverdue(m, p, today)) continue;
      ctx.report({
        at: currentDateOrigin(m),
        message: msg('overdue', { ref: m.ref, projected: p, days: today - p, today }),
        ref: m.ref,
        hint: msg('overdue.hint', { id: m.id, today }),
        plan: m.plan,
      });
    }
  },
};
