// overdue: no actual date, and the projected date is before the status date.
import { msg } from '../messages/index.js';
import type { Rule } from './rule.js';
import { currentDateOrigin } from './where.js';
import { isOverdue } from '../schedule/overdue.js';
import { isGateNode } from '../model/gates.js';

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
      const gate = isGateNode(m);
      // The first working day from the status date, in the milestone's plan's calendar: a forecast on a Sunday status
      // date swapped this warning for non-working-day (tester round 98 F4).
      const earliest = ws.plans[m.plan]?.calendar.rollForward(today) ?? today;
      ctx.report({
        at: currentDateOrigin(m),
        message: msg('overdue', { ref: m.ref, projected: p, days: today - p, today, ...(gate ? { gate } : {}) }),
        ref: m.ref,
        // A gate has no actual or forecast: its decision is recorded as `decided` (SPEC §1.7).
        hint: msg('overdue.hint', { id: m.id, today, ...(gate ? { gate } : {}), ...(earliest !== today ? { earliest } : {}) }),
        plan: m.plan,
      });
    }
  },
};
