// unknown-reference: after, meetings, require, body, goal or measures[].milestones names nothing.
import { msg } from '../messages/index.js';
import type { Rule } from './rule.js';

export const unknownReference: Rule = {
  id: 'unknown-reference',
  severity: 'error',
  description: 'An entry of after, meetings, require, a meeting\'s body, a goal, a measure\'s or a risk\'s milestones names nothing in the workspace.',
  fix: 'Correct the spelling, add the missing entity, or include the file that defines it.',
  check(ctx) {
    const ws = ctx.workspace;
    for (const u of ws.unresolved) {
      const planId = (u.kind === 'after' || u.kind === 'milestones' || u.kind === 'risk-milestones') && u.target.includes('/') ? u.target.slice(0, u.target.indexOf('/')) : undefined;
      const noPlan = planId !== undefined && !ws.planIndex.has(planId);
      const governanceOf = u.holder === undefined && u.plan !== undefined ? ws.plans[u.plan]?.id ?? '?' : null;
      ctx.report({
        at: u.origin,
        message: msg('unknown-reference', { holder: u.holder ?? null, governanceOf, field: u.kind, target: u.target, missingPlan: noPlan ? planId : null }),
        ref: u.holder ?? null,
        hint: u.suggestion !== undefined ? msg('unknown-reference.hint.did-you-mean', { suggestion: u.suggestion })
          : noPlan ? msg('unknown-reference.hint.missing-plan', { plan: planId }) : msg('unknown-reference.hint', { field: u.kind }),
        ...(u.plan === undefined ? {} : { plan: u.plan }),
      });
    }
  },
};
