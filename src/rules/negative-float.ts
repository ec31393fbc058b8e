// negative-float: the milestone's total float is negative: it cannot keep a successor, its deadline or its plan's finish.
import { msg } from '../messages/index.js';
import { shownLatest, shownProjected } from '../schedule/date-range.js';
import type { Rule } from './rule.js';
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
      if (f >= 0) continue;
      const driver = schedule.driver[m.index]!;
      ctx.report({
        at: m.deadline ? fieldOrigin(m, 'deadline') : currentDateOrigin(m),
        message: msg('negative-float', { ref: m.ref, float: f, projected: shownProjected(schedule, m.index), driver: driver >= 0 ? ws.milestones[driver]!.ref : null, latest: shownLatest(schedule, m.index) }),
        ref: m.ref,
        hint: msg('negative-float.hint', { id: m.id, days: -f }),
        plan: m.plan,
      });
    }
  },
};
