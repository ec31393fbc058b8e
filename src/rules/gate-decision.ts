// gate-decision (SPEC §12): the deciding body meets in the admissible interval before the gate's current date.
import { formatDuration } from '../calendar/index.js';
import { gateStatus } from '../gates/status.js';
import { msg } from '../messages/index.js';
import { meetingsByBody } from '../schedule/governance.js';
import { nextAdmitting } from '../schedule/next-admitting.js';
import type { Rule } from './rule.js';
import { fieldOrigin, moveAfter, nearestMeetings, shownDate } from './where.js';

export const gateDecision: Rule = {
  id: 'gate-decision',
  severity: 'error',
  description: 'The body that decides a gate has no meeting in the admissible interval before the gate (SPEC §4.2\'s interval with the plan\'s governance window and lead).',
  fix: 'Hold a meeting of the deciding body in time, move the gate after one of its meetings, or name the body that actually decides.',
  check(ctx) {
    const ws = ctx.workspace;
    const byBody = meetingsByBody(ws);
    for (const gate of ws.gates ?? []) {
      const status = gateStatus(ws, ctx.schedule, byBody, gate);
      const d = status.decision;
      if (d === undefined || d.meeting >= 0 || status.current === undefined) continue;
      const c = status.current;
      const { lead, window } = ws.plans[gate.plan]!.governance;
      const before = d.nearestBefore >= 0 ? ws.meetings[d.nearestBefore]! : undefined;
      // A decided gate is not moved: its decision date is a fact (tester round 13 #3), as gate-readiness's hint says.
      const move = gate.decided !== undefined ? null : nextAdmitting(ws, ws.plans[gate.plan]!, c, d.to, byBody.get(d.body) ?? []);
      ctx.report({
        at: fieldOrigin(gate, 'body'),
        message: msg('gate-decision', {
          body: d.body, ref: gate.ref, current: shownDate(ws.milestones[gate.node]!), window: window !== undefined ? formatDuration(window) : null, lead: lead.n > 0 ? formatDuration(lead) : null,
          ...nearestMeetings(ws, d, c),
        }),
        ref: gate.ref,
        hint: msg('gate-decision.hint', {
          body: d.body, interval: { from: Number.isFinite(d.from) ? d.from : null, to: d.to }, id: gate.id,
          after: moveAfter(ws, move, lead, 'date'),
        }),
        ...(before === undefined ? {} : { related: [{ at: before.origin, message: msg('gate-decision.note.nearest', { body: d.body, sameDay: before.date === c }) }] }),
        plan: gate.plan,
      });
    }
  },
};
