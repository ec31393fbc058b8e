// gate-readiness (SPEC §12): the readiness milestone's projected date is no later than sub(c(gate), lead).
import { formatDuration } from '../calendar/index.js';
import { gateStatus } from '../gates/status.js';
import { msg } from '../messages/index.js';
import { meetingsByBody } from '../schedule/governance.js';
import { shownProjected } from '../schedule/date-range.js';
import type { Rule, RuleContext } from './rule.js';
import { shownDate } from './where.js';

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
      // The milestone comes after the gate itself, over links that each hold it on or after their predecessor's date,
      // and the lead asks for it before the gate: no date makes it ready, and the usual hint sent the user moving dates
      // that cannot help (tester round 82 F9). A lead of 0, a negative lag or an SS or SF link on the way leaves a date
      // that can (round 83 F3).
      const afterGate = r.lead.n > 0 && heldAfter(ctx, gate.node, r.milestone);
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

/**
 * Whether node `to` is reached from node `from` over links that each hold their successor's date on or after their
 * predecessor's: finish-to-start or finish-to-finish with a lag of 0 or more (a start-to-start or start-to-finish link
 * or a lead lets the successor finish earlier). Asked only for a gate whose readiness fails, so a search each.
 */
function heldAfter(ctx: RuleContext, from: number, to: number): boolean {
  const { graph } = ctx;
  const edges = ctx.workspace.dependencies;
  if (from < 0 || from >= graph.nodeCount || to < 0 || to >= graph.nodeCount) return false;
  const seen = new Uint8Array(graph.nodeCount);
  const stack = [from];
  seen[from] = 1;
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (let k = graph.succStart[node]!; k < graph.succStart[node + 1]!; k++) {
      const e = graph.succEdges[k]!;
      const link = edges.at(e);
      if (link === undefined || (link.type !== 'FS' && link.type !== 'FF') || link.lag.n < 0) continue;
      const next = graph.edgeTo[e]!;
      if (next === to) return true;
      if (seen[next] === 1) continue;
      seen[next] = 1;
      stack.push(next);
    }
  }
  return false;
}
