// unassigned: a measure without a responsible party, or a milestone with responsible "?".
import { assignedParty } from '../model/responsible.js';
import { msg, msg0 } from '../messages/index.js';
import type { Rule, RuleContext } from './rule.js';
import type { Origin } from '../model/types.js';
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
      ctx.report({
        at: measure.responsible === undefined ? fieldOrigin(measure, 'id') : fieldOrigin(measure, 'responsible'),
        message: msg('unassigned.measure', { ref: measure.ref, goal: measure.goal ? measure.goal : null }),
        ref: measure.ref,
        hint: msg0('unassigned.measure.hint'),
        plan: measure.plan,
      });
    }
    for (let i = 0; i < ws.milestones.length; i++) {
      const m = ws.milestones[i]!;
      if (m.responsible?.trim() === '?') reportMilestone(ctx, m);
    }
    // A milestone without a usable date is in no schedule, but who answers for it is still checked (SPEC §4.1).
    for (const m of ws.undated ?? []) if (m.responsible?.trim() === '?') reportMilestone(ctx, m);
  },
};

function reportMilestone(ctx: RuleContext, m: { readonly ref: string; readonly plan: number; readonly origin: Origin }): void {
  ctx.report({
    at: fieldOrigin(m, 'responsible'),
    message: msg('unassigned.milestone', { ref: m.ref }),
    ref: m.ref,
    hint: msg0('unassigned.milestone.hint'),
    plan: m.plan,
  });
}
