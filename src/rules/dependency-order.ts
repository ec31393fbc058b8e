// dependency-order: a milestone's current date is earlier than add(current(P), lag + duration) for a predecessor P.
import { formatDay } from '../calendar/index.js';
import { addEdgeWeight } from '../schedule/cpm.js';
import type { Rule } from './rule.js';
import { currentDateOrigin, showDate, showDuration } from './where.js';

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
      const gap = [d.lag.n > 0 ? `lag ${showDuration(d.lag)}` : '', m.duration.n > 0 ? `duration ${showDuration(m.duration)}` : ''].filter(Boolean).join(' + ');
      const field = m.actual ? 'actual' : m.forecast ? 'forecast' : 'date';
      ctx.report({
        // The value that is wrong: the milestone's current date (the after entry is a related place).
        at: currentDateOrigin(m),
        message: `${m.ref} (${showDate(m)}) is before its predecessor ${p.ref} (${showDate(p)})${gap ? ` + ${gap}` : ''}: it can be on ${formatDay(earliest)} at the earliest`,
        ref: m.ref,
        hint: `set ${m.id}'s ${field === 'date' ? 'forecast' : field} to ${formatDay(earliest)} or later, move ${p.ref} earlier${gap ? ', or shorten the lag' : ''}`,
        related: [{ at: d.origin, message: `${m.ref} is after ${p.ref} here` }, { at: currentDateOrigin(p), message: `${p.ref}'s current date` }],
        plan: m.plan,
      });
    });
  },
};
