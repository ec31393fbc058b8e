// gate-readiness (SPEC §12): the readiness milestone's projected date is no later than sub(c(gate), lead).
import { formatDay } from '../calendar/index.js';
import { gateStatus } from '../gates/status.js';
import { meetingsByBody } from '../schedule/governance.js';
import type { Rule } from './rule.js';
import { plural, showDuration } from './where.js';

export const gateReadiness: Rule = {
  id: 'gate-readiness',
  severity: 'error',
  description: 'A gate\'s readiness milestone is projected later than the gate\'s date minus its lead: the decision would be taken before the work it rests on is done.',
  fix: 'Bring the readiness milestone forward, move the gate later, or shorten the lead.',
  check(ctx) {
    const ws = ctx.workspace;
    const byBody = meetingsByBody(ws);
    for (const gate of ws.gates ?? []) {
      const status = gateStatus(ws, ctx.schedule, byBody, gate);
      const r = status.readiness;
      if (r === undefined || r.ok || status.current === undefined || gate.ready === undefined) continue;
      const milestone = ws.milestones[r.milestone]!;
      const lead = r.lead.n > 0 ? ` (${showDuration(r.lead)} before the gate)` : '';
      ctx.report({
        at: gate.ready.origin,
        message: `${milestone.ref} is projected on ${formatDay(r.projected)}, ${plural(-r.margin, 'working day')} too late for gate ${gate.ref} (${formatDay(status.current)}): it must be reached by ${formatDay(r.due)}${lead}`,
        ref: gate.ref,
        hint: `bring ${milestone.ref} forward to ${formatDay(r.due)} or earlier, move ${gate.id} later, or shorten the lead`,
        related: [{ at: milestone.origin, message: `${milestone.ref} is defined here` }],
        plan: gate.plan,
      });
    }
  },
};
