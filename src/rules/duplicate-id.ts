// duplicate-id: two plans, bodies, meetings, or two entities of one kind in a plan share an id.
import type { Rule } from './rule.js';

const NOUNS = { plan: 'plan', body: 'body', meeting: 'meeting', milestone: 'milestone', goal: 'goal', measure: 'measure', risk: 'risk' } as const;

export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: 'Two plans, two bodies, two meetings (by reference) or two entities of one kind in a plan share an id.',
  fix: 'Rename one of them; references use the first.',
  check(ctx) {
    for (const d of ctx.workspace.duplicates) {
      const noun = NOUNS[d.kind];
      const first = `${d.first.file}`;
      ctx.report({
        at: d.origin,
        message: `${noun} ${d.ref} is defined twice: the first definition is in ${first}`,
        ref: d.ref,
        hint: `give this ${noun} another id; references to ${d.ref} use the first definition`,
        related: [{ at: d.first, message: `first definition of ${d.ref}` }],
        ...(d.plan === undefined ? {} : { plan: d.plan }),
      });
    }
  },
};
