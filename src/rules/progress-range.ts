// progress-range: progress "started/total" with started > total.
import { msg } from '../messages/index.js';
import type { Rule } from './rule.js';
import { fieldOrigin } from './where.js';

export const progressRange: Rule = {
  id: 'progress-range',
  severity: 'error',
  description: 'A milestone\'s progress "started/total" has more measures started than in total.',
  fix: 'Correct the counts so that started ≤ total.',
  check(ctx) {
    for (let i = 0; i < ctx.workspace.milestones.length; i++) {
      const m = ctx.workspace.milestones[i]!;
      if (!m.progress || m.progress.started <= m.progress.total) continue;
      ctx.report({
        at: fieldOrigin(m, 'progress'),
        message: msg('progress-range', { ref: m.ref, started: m.progress.started, total: m.progress.total }),
        ref: m.ref,
        hint: msg('progress-range.hint', { started: m.progress.started, total: m.progress.total }),
        plan: m.plan,
      });
    }
  },
};
