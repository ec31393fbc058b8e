// gate-readiness (SPEC §12): the readiness milestone's projected date is no later than sub(c(gate), lead).
import { durationDays, formatDuration, isWorkingUnit, LAST_DAY, type DayNumber, type Duration } from '../calendar/index.js';
import { gateStatus } from '../gates/status.js';
import { msg } from '../messages/index.js';
import { meetingsByBody } from '../schedule/governance.js';
import { shownProjected } from '../schedule/date-range.js';
import type { Rule, RuleContext } from './rule.js';
import { topologicalPositions } from '../graph/reaches.js';
import { shownDate } from './where.js';

export const gateReadiness: Rule = {
  id: 'gate-readiness',
  severity: 'error',
  description: 'A gate\'s readiness milestone is projected later than the gate\'s date minus its lead: the decision would be taken before the work it rests on is done.',
  fix: 'Bring the readiness milestone forward, move the gate later, or shorten the lead.',
  check(ctx) {
    const ws = ctx.workspace;
    const byBody = meetingsByBody(ws);
    let position: Int32Array | undefined;
    for (const gate of ws.gates ?? []) {
      const status = gateStatus(ws, ctx.schedule, byBody, gate);
      const r = status.readiness;
      if (r === undefined || r.ok || status.current === undefined || gate.ready === undefined) continue;
      const milestone = ws.milestones[r.milestone]!;
      // The milestone comes after the gate itself by more working days than the lead leaves before it: no date makes it
      // ready, and the usual hint sent the user moving dates that cannot help (tester round 82 F9). Counted along the
      // links (their lags and types, the durations), so that a lead of 0 with lags of 0, a negative lag or a
      // start-to-start link over a duration, which leave a date that can, keep the usual hint (rounds 83 F3, 84 F2).
      position ??= topologicalPositions(ctx.graph);
      const held = heldAfter(ctx, position, gate.node, r.milestone);
      const lead = workdays(r.lead);
      const afterGate = held !== undefined && lead !== null && held + lead > 0;
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
          : msg('gate-readiness.hint', { milestone: milestone.ref, due: r.due, id: gate.id, decided: gate.decided !== undefined, lead: r.lead.n > 0, forward: r.due >= ctx.today, later: gate.decided !== undefined ? null : readyGateDate(ctx, gate.plan, r.projected, r.lead) }),
        related: [{ at: milestone.origin, message: msg('gate-readiness.note.milestone', { milestone: milestone.ref }) }],
        plan: gate.plan,
      });
    }
  },
};

/**
 * The least number of working days node `to` is held after node `from` by the links between them, when a path of
 * them is known: the longest path from `from` to `to`, each link adding its lag and what the link type makes of the
 * durations (finish-to-start: the successor's duration; finish-to-finish: nothing; start-to-start: the successor's
 * less the predecessor's; start-to-finish: less the predecessor's), all in working days (`d`, `w` as 5 d). A link or
 * duration in elapsed days or weeks proves nothing and is passed over, as are links inside a cycle. Undefined when no
 * such path reaches `to`. A date is a working day's count here, so a path across plans with other calendars is
 * approximate. Only the nodes between the two in the topological order (`position`: each node's place in
 * graph.order) are read: no path between them leaves that stretch, so a rule run over many gates stays linear in
 * what lies between each gate and its milestone.
 */
function heldAfter(ctx: RuleContext, position: Int32Array, from: number, to: number): number | undefined {
  const { graph } = ctx;
  const ws = ctx.workspace;
  if (from < 0 || from >= graph.nodeCount || to < 0 || to >= graph.nodeCount || position[from]! > position[to]!) return undefined;
  const dist = new Map<number, number>([[from, 0]]);
  const durationOf = (node: number): number | null => workdays(ws.milestones[node]?.duration);
  for (let i = position[from]!; i < position[to]!; i++) {
    const node = graph.order[i]!;
    const at = dist.get(node);
    if (at === undefined) continue;
    for (let k = graph.succStart[node]!; k < graph.succStart[node + 1]!; k++) {
      const e = graph.succEdges[k]!;
      const link = graph.edgeInCycle[e] === 1 ? undefined : ws.dependencies.at(e);
      if (link === undefined) continue;
      const next = graph.edgeTo[e]!;
      const lag = workdays(link.lag);
      const mine = durationOf(node);
      const theirs = durationOf(next);
      if (lag === null || mine === null || theirs === null) continue;
      const offset = link.type === 'FS' ? lag + theirs : link.type === 'FF' ? lag : link.type === 'SS' ? lag - mine + theirs : lag - mine;
      if (position[next]! > position[to]!) continue;
      const held = dist.get(next);
      if (held === undefined || at + offset > held) dist.set(next, at + offset);
    }
  }
  return dist.get(to);
}

/**
 * The first day a gate of plan `plan` may be on for a milestone projected on `projected` to be ready `lead` before it
 * (SPEC §12: p(M) ≤ sub(c(gate), lead)), in the plan's calendar; null when none is found within a year of
 * add(p(M), lead) (a calendar with no working day there).
 */
function readyGateDate(ctx: RuleContext, plan: number, projected: DayNumber, lead: Duration): DayNumber | null {
  const calendar = ctx.workspace.plans[plan]!.calendar;
  const first = calendar.addDuration(projected, lead);
  for (let day = first; day <= Math.min(first + 366, LAST_DAY); day++) if (calendar.subDuration(day, lead) >= projected) return day;
  return null;
}

/** A duration in working days (`w` as 5), or null for elapsed days or weeks; 0 for none. */
function workdays(d: Duration | undefined): number | null {
  if (d === undefined) return 0;
  return isWorkingUnit(d.unit) ? durationDays(d) : null;
}
