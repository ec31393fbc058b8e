// invalid-date: a date or period that does not exist (2019-02-30, 2019-Q5).
import type { Rule } from './rule.js';

export const invalidDate: Rule = {
  id: 'invalid-date',
  severity: 'error',
  description: 'A date or period does not exist, such as 2019-02-30 or 2019-Q5.',
  fix: 'Write a real date (YYYY-MM-DD) or period (YYYY, YYYY-Qn with n 1–4, YYYY-MM).',
  check(ctx) {
    for (const d of ctx.workspace.invalidDates) {
      ctx.report({
        at: d.origin, message: d.holder ? `${d.message} (in ${d.holder})` : d.message, ref: d.holder ?? null,
        hint: 'write a date that exists in the calendar: YYYY-MM-DD, or a period YYYY, YYYY-Qn (n = 1–4) or YYYY-MM',
        ...(d.plan === undefined ? {} : { plan: d.plan }),
      });
    }
  },
};
