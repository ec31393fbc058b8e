// dependency-order: a milestone's current date is earlier than add(current(P), lag + duration) for a predecessor P.
import { msg } from '../messages/index.js';
import { addEdgeWeight } from '../schedule/cpm.js';
import type { Rule } from './rule.js';
import { currentDateOrigin, shownDate, showDuration } from './where.js';
import { currentField } from '../model/current.js';

export const dependencyOrder: Rule = {
  id: 'dependency-order',
  severity: 'error',
  description: 'A milestone\'s current date is earlier than a predecessor\'s current date plus the lag and the milestone\'s duration.',
  fix: 'Move the milestone (or its forecast) to the earliest date shown, or move the predecessor earlier, or shorten the lag.',
  check(ctx) {
    const ws = ctx.workspace;
    ws.dependencies.forEach((d, e) => {
      if (ctx.graph.edgeInCycle[e]) return;
      const p = ws.milestones[d.from]!;
      const m = ws.milestones[d.to]!;
      const calendar = ws.plans[m.plan]!.calendar;
      const earliest = addEdgeWeight(calendar, p.current, d.lag, m.duration);
      if (m.current >= earliest) return;
      const lag = d.lag.n > 0 ? showDuration(d.lag) : null;
      const duration = m.duration.n > 0 ? showDuration(m.duration) : null;
      ctx.report({
        // The value that is wrong: the milestone's current date (the after entry is a related place).
        at: currentDateOrigin(m),
        message: msg('dependency-order', { ref: m.ref, current: shownDate(m), predecessor: p.ref, predecessorCurrent: shownDate(p), lag, duration, earliest }),
        ref: m.ref,
        hint: msg('dependency-order.hint', { id: m.id, field: currentField(m) === 'actual' ? 'actual' : 'forecast', earliest, predecessor: p.ref, hasGap: lag !== null || duration !== null }),
        related: [
          { at: d.origin, message: msg('dependency-order.note.edge', { ref: m.ref, predecessor: p.ref }) },
          { at: currentDateOrigin(p), message: msg('dependency-order.note.current', { ref: p.ref }) },
        ],
        plan: m.plan,
      });
    });
  },
};
