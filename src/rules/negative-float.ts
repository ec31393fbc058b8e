// negative-float: the milestone's total float is negative: it cannot keep a successor, its deadline or its plan's finish.
import { msg } from '../messages/index.js';
import type { LateBound } from '../messages/data/rules.js';
import { writtenOrNull } from '../calendar/index.js';
import { shownLatest, shownProjected } from '../schedule/date-range.js';
import { latestFrom } from '../schedule/latest-from.js';
import { isGateNode } from '../model/gates.js';
import type { Rule, RuleContext } from './rule.js';
import { currentDateOrigin, fieldOrigin } from './where.js';

export const negativeFloat: Rule = {
  id: 'negative-float',
  severity: 'warning',
  description: 'A milestone\'s total float is negative: its projected date is after its latest date (a successor, its deadline, or for an end milestone its plan\'s finish).',
  fix: 'Bring the milestone or its drivers forward, relax the deadline, or re-plan the successors.',
  check(ctx) {
    const { workspace: ws, schedule } = ctx;
    for (let i = 0; i < ws.milestones.length; i++) {
      const m = ws.milestones[i]!;
      const f = schedule.float[m.index]!;
      // NaN (date-range: counted from a date left out) is no float, so none below 0.
      if (!(f < 0)) continue;
      const driver = schedule.driver[m.index]!;
      const bound = lateBound(ctx, m.index);
      ctx.report({
        at: m.deadline ? fieldOrigin(m, 'deadline') : currentDateOrigin(m),
        message: msg('negative-float', { ref: m.ref, float: f, projected: shownProjected(schedule, m.index), driver: driver >= 0 ? ws.milestones[driver]!.ref : null, latest: shownLatest(schedule, m.index), bound }),
        ref: m.ref,
        // A milestone with an actual (a decided gate) cannot gain days: its negative float is its successors' to
        // make up, and the hint says so instead of asking for what is done (tester round 15 #2).
        hint: msg('negative-float.hint', { id: m.id, ref: m.ref, days: -f, bound, done: m.actual?.day ?? null, ...(isGateNode(m) ? { gate: true } : {}) }),
        plan: m.plan,
      });
    }
  },
};

/**
 * What milestone `v` is late for: what sets its latest date (schedule/latest-from.ts), named in the message so that a
 * plan's finish or a successor's lag is not mistaken for a deadline (a tester's finding, session 13).
 */
function lateBound(ctx: RuleContext, v: number): LateBound {
  const ws = ctx.workspace;
  const from = latestFrom(ctx, v);
  switch (from.kind) {
    case 'deadline': return { kind: 'deadline' };
    case 'successor': return { kind: 'successor', ref: ws.milestones[from.successor]!.ref, type: from.type, lag: writtenOrNull(from.lag) };
    case 'plan-finish': return { kind: 'plan-finish', plan: ws.plans[from.plan]!.id };
    case 'plan-end': return { kind: 'plan-end', plan: ws.plans[from.plan]!.id, ref: from.node >= 0 ? ws.milestones[from.node]!.ref : null };
  }
}
