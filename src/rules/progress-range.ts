// progress-range: progress "started/total" with started > total.
import type { Rule } from './rule.js';
import { fieldOrigin } from './where.js';

export const progressRange: Rule = {
  id: 'progress-range',
  severity: 'error',
  description: 'A milestone\'s progress "started/total" has more measures started than in total.',
  fix: 'Correct the counts so that started ≤ total.',
  check(ctx) {
    for (const m of ctx.workspace.milestones) {
      if (!m.progress || m.progress.started <= m.progress.total) continue;
      ctx.report({
        at: fieldOrigin(m, 'progress'),
        message: `${m.ref} has progress ${m.progress.started}/${m.progress.total}: ${m.progress.started} started of only ${m.progress.total}`,
        ref: m.ref,
        hint: `write progress as "started/total" with started ≤ total, e.g. "${m.progress.total}/${m.progress.total}" or "${m.progress.total}/${m.progress.started}"`,
        plan: m.plan,
      });
    }
  },
};
