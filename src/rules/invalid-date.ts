// invalid-date: a date or period that does not exist (2019-02-30, 2019-Q5).
import { msg, msg0 } from '../messages/index.js';
import type { Rule } from './rule.js';
import { dateKey, undatedWaitedOn, waitingNotes } from './where.js';

export const invalidDate: Rule = {
  id: 'invalid-date',
  severity: 'error',
  description: 'A date or period does not exist, such as 2019-02-30 or 2019-Q5.',
  fix: 'Write a real date (YYYY-MM-DD) or period (YYYY, YYYY-Qn with n 1–4, YYYY-MM).',
  check(ctx) {
    // A gate's or milestone's `date` that does not exist leaves it without one (a milestone only when it has no actual
    // or forecast either: Workspace.undated): the note names each milestone after it (schema.ts).
    const waitedOn = undatedWaitedOn(ctx.workspace);
    for (const d of ctx.workspace.invalidDates) {
      const undated = waitedOn.size === 0 ? undefined : waitedOn.get(dateKey(d.origin.file, d.origin.path));
      ctx.report({
        at: d.origin, message: msg('invalid-date', { problem: d.message, holder: d.holder ? d.holder : null }), ref: d.holder ?? null,
        hint: d.hint ?? msg0('invalid-date.hint'),
        ...(d.plan === undefined ? {} : { plan: d.plan }),
        ...(undated === undefined ? {} : { related: waitingNotes(undated) }),
      });
    }
  },
};
