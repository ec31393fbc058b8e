// actual-in-future: an actual date after the status date.
import { msg } from '../messages/index.js';
import type { Rule } from './rule.js';
import { fieldOrigin } from './where.js';

export const actualInFuture: Rule = {
  id: 'actual-in-future',
  severity: 'error',
  description: 'A milestone\'s actual date, or a gate\'s decided date, is after the status date: it cannot have happened yet.',
  fix: 'Correct the actual date, write the date as a forecast instead, or move the status date (status_date or --today).',
  check(ctx) {
    for (let i = 0; i < ctx.workspace.milestones.length; i++) {
      const m = ctx.workspace.milestones[i]!;
      if (!m.actual || m.actual.day <= ctx.today || m.gate !== undefined) continue;
      ctx.report({
        at: fieldOrigin(m, 'actual'),
        message: msg('actual-in-future', { ref: m.ref, actual: m.actual.day, today: ctx.today }),
        ref: m.ref,
        // "use forecast: … instead of actual" beside a forecast key, a date or not (null, 2019-02-30), made a second
        // one (tester rounds 95 F2, 97 F7): the hint never says to rename actual.
        // A forecast before the status date is not one to keep: the milestone would be overdue (tester round 98 F5).
        hint: msg('actual-in-future.hint', { id: m.id, actual: m.actual.day, forecast: m.forecast === undefined || m.forecast.day < ctx.today ? null : { day: m.forecast.day, ...(m.forecast.isPeriod ? { written: m.forecast.written } : {}) } }),
        plan: m.plan,
      });
    }
    // A gate's decision (SPEC §1.7 `decided`) is its actual: taken after the status date, it is not taken yet.
    for (const g of ctx.workspace.gates ?? []) {
      if (g.decided === undefined || g.decided.day <= ctx.today) continue;
      ctx.report({
        at: fieldOrigin(g, 'decided'),
        message: msg('actual-in-future', { ref: g.ref, actual: g.decided.day, today: ctx.today, gate: true }),
        ref: g.ref,
        hint: msg('actual-in-future.hint', { id: g.id, actual: g.decided.day, gate: true }),
        plan: g.plan,
      });
    }
  },
};
