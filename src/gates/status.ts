// Where a gate stands (SPEC §12): the deciding body's admissible meeting (§4.2's interval with the plan's governance
// window and lead) and the readiness margin. One home for both gate rules and the `gates` report.
import type { DayNumber, Duration } from '../calendar/index.js';
import type { Gate, Workspace } from '../model/types.js';
import { copyMilestone } from '../model/milestone.js';
import type { Schedule } from '../schedule/cpm.js';
import { checkGovernance, type BodyCheck } from '../schedule/governance.js';

export interface GateReadiness {
  /** The readiness milestone (index into `Workspace.milestones`). */
  readonly milestone: number;
  /** Its projected date p(M) (SPEC §5). */
  readonly projected: DayNumber;
  readonly lead: Duration;
  /** `sub(c(gate), lead)`: the latest date the milestone may be reached. */
  readonly due: DayNumber;
  /**
   * Working days from p(M) to `due` in the gate's plan calendar (SPEC §3 between): negative when the milestone is
   * late, counted from the first working day on or after p(M), so a late milestone is at least 1 day late.
   */
  readonly margin: number;
  readonly ok: boolean;
}

export interface GateStatus {
  readonly gate: number;
  /** c(gate): `decided` if set, else `date`; undefined for an undated gate (nothing is checked). */
  readonly current: DayNumber | undefined;
  /** The deciding body's meetings against the admissible interval; undefined without a known body. */
  readonly decision: (BodyCheck & { readonly from: DayNumber; readonly to: DayNumber }) | undefined;
  readonly readiness: GateReadiness | undefined;
  /**
   * The deciding body as named: `known`, `missing` (no `body`) or `unknown` (names no body: SPEC §4 unknown-reference
   * fires for `gates[].body`). Without a known body the decision check cannot pass (a tester's finding: such a gate was
   * reported ok).
   */
  readonly body: 'known' | 'missing' | 'unknown';
  /**
   * A known deciding body (when the gate is dated; an unknown one fails either way) and no failing decision or
   * readiness check.
   */
  readonly ok: boolean;
}

/** @param byBody each body's meetings sorted by date (`meetingsByBody`). */
export function gateStatus(ws: Workspace, schedule: Schedule, byBody: ReadonlyMap<string, readonly number[]>, gate: Gate): GateStatus {
  const body: GateStatus['body'] = gate.body === undefined ? 'missing' : ws.bodyIndex.has(gate.body) ? 'known' : 'unknown';
  // An undated gate is listed but not checked (SPEC §1.7), save for a body that names nothing.
  if (gate.node < 0) return { gate: gate.index, current: undefined, decision: undefined, readiness: undefined, body, ok: body !== 'unknown' };
  const node = ws.milestones[gate.node]!;
  const current = node.current;
  let decision: GateStatus['decision'];
  if (gate.body !== undefined && body === 'known') {
    const checked = checkGovernance(ws, byBody, copyMilestone(node, { require: [gate.body], meetings: [] }));
    const met = checked?.bodies[0];
    if (checked !== undefined && met !== undefined) decision = { ...met, from: checked.from, to: checked.to };
  }
  let readiness: GateReadiness | undefined;
  if (gate.ready !== undefined && gate.ready.milestone >= 0) {
    const calendar = ws.plans[gate.plan]!.calendar;
    const projected = schedule.projected[gate.ready.milestone]!;
    const due = calendar.subDuration(current, gate.ready.lead);
    // The margin is SPEC §3's between, as total float is: a Saturday after a Thursday due is 1 working day late (the
    // Friday), as its float says; rolled forward to the Monday it was 2 (tester round 70 F2). Late by date with no
    // working day between (a Saturday after a Friday due, which the rule reports) is 1 working day late, never "0
    // working days too late" (a tester's finding).
    const between = calendar.between(projected, due);
    readiness = { milestone: gate.ready.milestone, projected, lead: gate.ready.lead, due, margin: projected > due ? Math.min(between, -1) : between, ok: projected <= due };
  }
  const ok = body === 'known' && (decision === undefined || decision.meeting >= 0) && (readiness === undefined || readiness.ok);
  return { gate: gate.index, current, decision, readiness, body, ok };
}
