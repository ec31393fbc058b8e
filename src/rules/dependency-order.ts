// dependency-order: a milestone's current date is earlier than the SPEC §5 constraint of one of its edges on current dates.
import { msg } from '../messages/index.js';
import { isDayInRange } from '../schedule/date-range.js';
import { forwardDays, linkTable, startOf } from '../schedule/edge-constraint.js';
import { milestoneFacts } from '../schedule/milestone-facts.js';
import type { Rule } from './rule.js';
import { currentDateOrigin, shownDate, showDuration } from './where.js';
import { currentField } from '../model/current.js';

export const dependencyOrder: Rule = {
  id: 'dependency-order',
  severity: 'error',
  description: 'A milestone\'s current date is earlier than its dependency allows: for finish-to-start, a predecessor\'s current date plus the lag and the milestone\'s duration (SPEC §5 for SS, FF, SF).',
  fix: 'Move the milestone (or its forecast) to the earliest date shown, or move the predecessor earlier, or shorten the lag or its duration.',
  check(ctx) {
    const ws = ctx.workspace;
    // Each milestone's current date in one array (the schedule's, milestone-facts.ts): the edges visit them in no
    // order, and most edges are in order.
    const { current, ends } = milestoneFacts(ws);
    // The graph's edges are the dependencies, in their order (`set` runs this rule on a part of the workspace with a
    // graph of that part's dependencies alone: src/edit/scoped-findings.ts). Their ends are read from its tables: at
    // 100,000 milestones the 250,000 dependency objects, visited for two numbers each, were most of the rule's time.
    const { edgeInCycle: inCycle, edgeFrom, edgeTo } = ctx.graph;
    const { type, lagDays, lagWorking } = linkTable(ws.dependencies);
    for (let e = 0; e < ws.dependencies.length; e++) {
      if (inCycle[e]) continue;
      const from = edgeFrom[e]!;
      const to = edgeTo[e]!;
      const earliest = forwardDays(type[e]!, lagDays[e]!, lagWorking[e]!, current[from]!, ends[from]!, ends[to]!);
      // A constraint beyond 9999-12-31 cannot be written as a date: the rule date-range reports it instead.
      if (current[to]! >= earliest || !isDayInRange(earliest)) continue;
      const d = ws.dependencies.at(e)!;
      const p = ws.milestones[d.from]!;
      const m = ws.milestones[d.to]!;
      const lag = d.lag.n !== 0 ? showDuration(d.lag) : null;
      // FF and SF constrain M's finish directly: its duration is not part of the gap.
      const duration = m.duration.n > 0 && (d.type === 'FS' || d.type === 'SS') ? showDuration(m.duration) : null;
      // SS and SF count from the predecessor's start s(P) = sub(c(P), duration(P)).
      const predecessorStart = d.type === 'SS' || d.type === 'SF' ? startOf(p.current, ends[d.from]!) : null;
      ctx.report({
        // The value that is wrong: the milestone's current date (the after entry is a related place).
        at: currentDateOrigin(m),
        message: msg('dependency-order', { ref: m.ref, current: shownDate(m), predecessor: p.ref, predecessorCurrent: shownDate(p), lag, duration, earliest, type: d.type, predecessorStart }),
        ref: m.ref,
        hint: msg('dependency-order.hint', { id: m.id, field: currentField(m) === 'actual' ? 'actual' : 'forecast', earliest, predecessor: p.ref, predecessorDone: p.actual !== undefined, lag: d.lag.n > 0 ? 'lag' : d.lag.n < 0 ? 'lead' : null, duration: duration !== null }),
        related: [
          { at: d.origin, message: msg('dependency-order.note.edge', { ref: m.ref, predecessor: p.ref }) },
          { at: currentDateOrigin(p), message: msg('dependency-order.note.current', { ref: p.ref }) },
        ],
        plan: m.plan,
      });
    }
  },
};
