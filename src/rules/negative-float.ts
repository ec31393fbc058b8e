// negative-float: the milestone's total float is negative: it cannot keep a successor, its deadline or its plan's finish.
import { formatDay } from '../calendar/index.js';
import type { Rule } from './rule.js';
import { currentDateOrigin, fieldOrigin, plural } from './where.js';

export const negativeFloat: Rule = {
  id: 'negative-float',
  severity: 'warning',
  description: 'A milestone\'s total float is negative: its projected date is after its latest date (a successor, its deadline, or for an end milestone its plan\'s finish).',
  fix: 'Bring the milestone or its drivers forward, relax the deadline, or re-plan the successors.',
  check(ctx) {
    const { workspace: ws, schedule } = ctx;
    for (const m of ws.milestones) {
      const f = schedule.float[m.index]!;
      if (f >= 0) continue;
      const driver = schedule.driver[m.index]!;
      const because = driver >= 0 ? `, pushed by ${ws.milestones[driver]!.ref}` : '';
      ctx.report({
        at: m.deadline ? fieldOrigin(m, 'deadline') : currentDateOrigin(m),
        message: `${m.ref} has float ${f}: projected ${formatDay(schedule.projected[m.index]!)}${because}, but it must be done by ${formatDay(schedule.latest[m.index]!)} (${plural(-f, 'working day')} late)`,
        ref: m.ref,
        hint: `gain ${plural(-f, 'working day')} on ${m.id} or its predecessors, or move the deadline or successors; \`milepel critical-path\` shows the chain`,
        plan: m.plan,
      });
    }
  },
};
