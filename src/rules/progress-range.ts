// progress-range: progress "started/total" with started > total.
import { msg } from '../messages/index.js';
import type { Rule, RuleContext } from './rule.js';
import type { Milestone, Origin } from '../model/types.js';
import { progressExceeds } from '../model/read-milestone-values.js';
import { fieldOrigin } from './where.js';

export const progressRange: Rule = {
  id: 'progress-range',
  severity: 'error',
  description: 'A milestone\'s progress "started/total" has more measures started than in total.',
  fix: 'Correct the counts so that started ≤ total.',
  check(ctx) {
    const milestones = ctx.workspace.milestones;
    for (let i = 0; i < milestones.length; i++) {
      const m = milestones[i]!;
      if (m.progress && progressExceeds(m.progress)) report(ctx, m);
    }
    // A milestone without a usable date is in no schedule, but its progress is still checked (SPEC §4.1).
    for (const m of ctx.workspace.undated ?? []) if (m.progress && progressExceeds(m.progress)) report(ctx, m);
  },
};

/** The finding of milestone `m`, scheduled or not, whose progress exceeds. */
function report(ctx: RuleContext, m: { readonly ref: string; readonly plan: number; readonly origin: Origin; readonly progress: Milestone['progress'] }): void {
  const p = m.progress!;
  const counts = { started: p.exact?.started ?? String(p.started), total: p.exact?.total ?? String(p.total) };
  ctx.report({
    at: fieldOrigin(m, 'progress'),
    message: msg('progress-range', { ref: m.ref, ...counts }),
    ref: m.ref,
    hint: msg('progress-range.hint', counts),
    plan: m.plan,
  });
}
