// gate-readiness (SPEC §12): the readiness milestone's projected date is no later than sub(c(gate), lead).
import { formatDuration } from '../calendar/index.js';
import { gateStatus } from '../gates/status.js';
import { REACH_BUDGET, reachesFrom } from '../graph/reaches.js';
import { msg } from '../messages/index.js';
import { meetingsByBody } from '../schedule/governance.js';
import { shownProjected } from '../schedule/date-range.js';
import type { Rule } from './rule.js';
import { shownDate } from './where.js';

export const gateReadiness: Rule = {
  id: 'gate-readiness',
  severity: 'error',
  description: 'A gate\'s readiness milestone is projected later than the gate\'s date minus its lead: the decision would be taken before the work it rests on is done.',
  fix: 'Bring the readiness milestone forward, move the gate later, or shorten the lead.',
  check(ctx) {
    const ws = ctx.workspace;
    const byBody = meetingsByBody(ws);
    let reaches: ((from: number, to: number) => boolean) | undefined;
    for (const gate of ws.gates ?? []) {
      const status = gateStatus(ws, ctx.schedule, byBody, gate);
      const r = status.readiness;
      if (r === undefined || r.ok || status.current === undefined || gate.ready === undefined) continue;
      const milestone = ws.milestones[r.milestone]!;
      // The milestone comes after the gate itself (through `after` entries): no date moves it before the decision, and
      // the usual hint sent the user moving dates that cannot help (tester round 82 F9).
      const afterGate = gate.node < ctx.graph.nodeCount && r.milestone < ctx.graph.nodeCount && (reaches ??= reachesFrom(ctx.graph, REACH_BUDGET))(gate.node, r.milestone);
      ctx.report({
        at: gate.ready.origin,
        message: msg('gate-readiness', {
          // A projected date left out (date-range) is not named, nor the count from the bound it was held at.
          milestone: milestone.ref, projected: shownProjected(ctx.schedule, r.milestone), late: shownProjected(ctx.schedule, r.milestone) === null ? null : -r.margin, ref: gate.ref, current: shownDate(ws.milestones[gate.node]!), due: r.due,
          lead: r.lead.n > 0 ? formatDuration(r.lead) : null,
        }),
        ref: gate.ref,
        // Only what would fix it: a decided gate's date is a decision taken, and a lead of 0 cannot be shortened (tester
        // round 8 #3).
        hint: afterGate ? msg('gate-readiness.after-gate.hint', { milestone: milestone.ref, id: gate.id })
          : msg('gate-readiness.hint', { milestone: milestone.ref, due: r.due, id: gate.id, decided: gate.decided !== undefined, lead: r.lead.n > 0 }),
        related: [{ at: milestone.origin, message: msg('gate-readiness.note.milestone', { milestone: milestone.ref }) }],
        plan: gate.plan,
      });
    }
  },
};
