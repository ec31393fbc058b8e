// unknown-reference: after, meetings, require, body, goal or measures[].milestones names nothing.
import type { ReferenceKind } from '../model/types.js';
import type { Rule } from './rule.js';

const WHAT: Readonly<Record<ReferenceKind, string>> = {
  after: 'milestone', meetings: 'meeting', require: 'body', body: 'body', goal: 'goal', milestones: 'milestone', 'risk-milestones': 'milestone',
};

const HOW: Readonly<Record<ReferenceKind, string>> = {
  after: 'write the id of a milestone of this plan, or plan-id/ID for another plan',
  meetings: 'write a meeting id, or <body>@<YYYY-MM-DD> of a meeting listed under meetings:',
  require: 'name a body defined under bodies:',
  body: 'name a body defined under bodies:',
  goal: 'name a goal defined under goals: in this plan',
  milestones: 'write the id of a milestone of this plan, or plan-id/ID for another plan',
  'risk-milestones': 'write the id of a milestone of this plan, or plan-id/ID for another plan',
};

export const unknownReference: Rule = {
  id: 'unknown-reference',
  severity: 'error',
  description: 'An entry of after, meetings, require, a meeting\'s body, a goal, a measure\'s or a risk\'s milestones names nothing in the workspace.',
  fix: 'Correct the spelling, add the missing entity, or include the file that defines it.',
  check(ctx) {
    const ws = ctx.workspace;
    for (const u of ws.unresolved) {
      const holder = u.holder ?? (u.plan !== undefined ? `plan ${ws.plans[u.plan]?.id ?? '?'}'s governance` : 'the plan\'s governance');
      const planId = (u.kind === 'after' || u.kind === 'milestones' || u.kind === 'risk-milestones') && u.target.includes('/') ? u.target.slice(0, u.target.indexOf('/')) : undefined;
      const noPlan = planId !== undefined && !ws.planIndex.has(planId);
      ctx.report({
        at: u.origin,
        message: `${holder} refers to ${WHAT[u.kind]} "${u.target}", which does not exist${noPlan ? `: there is no plan "${planId}" in the workspace` : ''}`,
        ref: u.holder ?? null,
        hint: u.suggestion !== undefined ? `did you mean "${u.suggestion}"?` : noPlan ? `correct the plan id, or include the file with plan: {id: ${planId}} in the workspace` : HOW[u.kind],
        ...(u.plan === undefined ? {} : { plan: u.plan }),
      });
    }
  },
};
