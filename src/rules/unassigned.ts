// unassigned: a measure without a responsible party, or a milestone with responsible "?".
import { assignedParty } from '../model/responsible.js';
import type { Rule } from './rule.js';
import { fieldOrigin } from './where.js';

export const unassigned: Rule = {
  id: 'unassigned',
  severity: 'warning',
  description: 'A measure has no responsible party (missing or "?"), or a milestone has responsible: "?".',
  fix: 'Name the organisation responsible for it.',
  check(ctx) {
    const ws = ctx.workspace;
    for (const measure of ws.measures) {
      if (assignedParty(measure.responsible) !== undefined) continue;
      const goal = measure.goal ? ` (goal ${measure.goal})` : '';
      ctx.report({
        at: measure.responsible === undefined ? fieldOrigin(measure, 'id') : fieldOrigin(measure, 'responsible'),
        message: `measure ${measure.ref}${goal} has no responsible party`,
        ref: measure.ref,
        hint: 'set responsible: to the organisation that carries out and funds the measure',
        plan: measure.plan,
      });
    }
    for (const m of ws.milestones) {
      if (m.responsible?.trim() !== '?') continue;
      ctx.report({
        at: fieldOrigin(m, 'responsible'),
        message: `milestone ${m.ref} has no responsible party ("?")`,
        ref: m.ref,
        hint: 'set responsible: to the organisation that answers for the milestone',
        plan: m.plan,
      });
    }
  },
};
