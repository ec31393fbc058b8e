// gate-decision (SPEC §12): the deciding body meets in the admissible interval before the gate's current date.
import { formatDay } from '../calendar/index.js';
import { gateStatus } from '../gates/status.js';
import { meetingsByBody } from '../schedule/governance.js';
import type { Rule } from './rule.js';
import { fieldOrigin, plural, showDuration } from './where.js';

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
      const lead = ws.plans[gate.plan]!.governance.lead;
      const near = [
        d.nearestBefore >= 0 ? `${ws.meetings[d.nearestBefore]!.ref} (${daysBefore(c - ws.meetings[d.nearestBefore]!.date)})` : '',
        d.nearestAfter >= 0 ? `${ws.meetings[d.nearestAfter]!.ref} (${plural(ws.meetings[d.nearestAfter]!.date - c, 'day')} after)` : '',
      ].filter(Boolean);
      const when = Number.isFinite(d.from) ? `between ${formatDay(d.from)} and ${formatDay(d.to)}` : `on or before ${formatDay(d.to)}`;
      ctx.report({
        at: fieldOrigin(gate, 'body'),
        message: `${d.body} does not meet before gate ${gate.ref} (${formatDay(c)}) to decide it${lead.n > 0 ? ` with the ${showDuration(lead)} lead` : ''}${near.length > 0 ? `; nearest ${d.body} meetings: ${near.join(', ')}` : `; ${d.body} has no meetings in the workspace`}`,
        ref: gate.ref,
        hint: `hold a ${d.body} meeting ${when}${d.nearestAfter >= 0 ? `, or move ${gate.id} after ${ws.meetings[d.nearestAfter]!.ref}` : ''}`,
        ...(d.nearestBefore >= 0 ? { related: [{ at: ws.meetings[d.nearestBefore]!.origin, message: `nearest earlier ${d.body} meeting` }] } : {}),
        plan: gate.plan,
      });
    }
  },
};

function daysBefore(days: number): string {
  return days === 0 ? 'on the same day' : `${plural(days, 'day')} before`;
}
