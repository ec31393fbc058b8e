// progress-range: progress "started/total" with started > total.
import { msg } from '../messages/index.js';
import type { Rule } from './rule.js';
import type { Milestone } from '../model/types.js';
import { fieldOrigin } from './where.js';

/** started > total, exactly: counts past 2^53 − 1 compare as their digits (longer is larger, then in order). */
function exceeds(p: NonNullable<Milestone['progress']>): boolean {
  if (p.exact === undefined) return p.started > p.total;
  const { started, total } = p.exact;
  return started.length !== total.length ? started.length > total.length : started > total;
}

export const progressRange: Rule = {
  id: 'progress-range',
  severity: 'error',
  description: 'A milestone\'s progress "started/total" has more measures started than in total.',
  fix: 'Correct the counts so that started ≤ total.',
  check(ctx) {
    for (let i = 0; i < ctx.workspace.milestones.length; i++) {
      const m = ctx.workspace.milestones[i]!;
      const p = m.progress;
      if (!p || !exceeds(p)) continue;
      const counts = { started: p.exact?.started ?? String(p.started), total: p.exact?.total ?? String(p.total) };
      ctx.report({
        at: fieldOrigin(m, 'progress'),
        message: msg('progress-range', { ref: m.ref, ...counts }),
        ref: m.ref,
        hint: msg('progress-range.hint', counts),
        plan: m.plan,
      });
    }
  },
};
