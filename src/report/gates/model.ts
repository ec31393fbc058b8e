// The `gates` report (SPEC §12): every gate with its model, date, deciding body and serving meeting, readiness
// milestone and margin, in workspace order.
import { formatDuration, type DateValue, type DayNumber } from '../../calendar/index.js';
import { shownProjected } from '../../schedule/date-range.js';
import { gateStatus } from '../../gates/status.js';
import { isOverdue } from '../../schedule/overdue.js';
import { findGateModel } from '../../gates/models.js';
import type { Workspace } from '../../model/types.js';
import type { Schedule } from '../../schedule/cpm.js';
import { meetingsByBody } from '../../schedule/governance.js';

export interface GateRow {
  readonly ref: string;
  readonly id: string;
  readonly title: string;
  readonly model: string | undefined;
  /** The built-in model's display name, when the model is built in. */
  readonly modelName: { readonly nb: string; readonly en: string } | undefined;
  readonly date: DateValue | undefined;
  readonly decided: DayNumber | undefined;
  readonly current: DayNumber | undefined;
  readonly body: string | undefined;
  /** The latest admissible meeting of the deciding body, or undefined. */
  readonly meeting: string | undefined;
  /** The deciding body's nearest meeting after c(gate), when none is admissible. */
  readonly nextMeeting: string | undefined;
  /**
   * The deciding body's meeting on c(gate) itself, when none is admissible: the lead rules it out (with a lead of 0 it
   * would count, SPEC §4.2). Named so that a reader does not take the next meeting for the body's first (tester round
   * 33 F4: a director read NEHS as not meeting until October while it met on the decision day).
   */
  readonly sameDayMeeting: string | undefined;
  /** projected and margin: null when the milestone's projected date is left out (date-range, SPEC §4). */
  readonly ready: { readonly milestone: string; readonly projected: DayNumber | null; readonly lead: string; readonly margin: number | null } | undefined;
  /** No failure: the checks of SPEC §12 pass, and neither the gate nor its readiness milestone is overdue. */
  readonly ok: boolean;
  /**
   * Every check that fails: no deciding body or one that names nothing, then in the order the rules run (SPEC §12)
   * no admissible meeting, readiness milestone late; then what validate's overdue says of the two: the gate's date is
   * before the status date with no decision, its readiness milestone's projected date is with no actual.
   */
  readonly failures: readonly GateFailure[];
}

/**
 * `no-body`: the gate names no body; `unknown-body`: its body names nothing; `no-meeting`: gate-decision fails; `late`:
 * gate-readiness fails; `undecided`: the gate is overdue (its date passed, not decided); `ready-overdue`: its readiness
 * milestone is (SPEC §4 overdue). A director asking whether a gate is ready three weeks after its date, its readiness
 * milestone not reached, read `ok` and a margin of +1 (tester round 95 F1): the readiness check compares dates only.
 * `decided-later`: its decision is dated after the status date (SPEC §4 actual-in-future); `unchecked`: it has no
 * date, so nothing was checked (it read `ok: true` in JSON beside an empty status: tester round 97 F10).
 */
export type GateFailure = 'no-body' | 'unknown-body' | 'no-meeting' | 'late' | 'undecided' | 'ready-overdue' | 'decided-later' | 'unchecked';

export interface GatesReport {
  readonly today: DayNumber;
  readonly rows: readonly GateRow[];
  /** The plan asked for (--plan), whose gates alone the rows are. */
  readonly plan?: string | undefined;
}

export function buildGatesReport(input: { workspace: Workspace; schedule: Schedule; today: DayNumber; plan?: string | undefined }): GatesReport {
  const ws = input.workspace;
  const byBody = meetingsByBody(ws);
  const rows: GateRow[] = [];
  for (const gate of ws.gates ?? []) {
    if (input.plan !== undefined && ws.plans[gate.plan]!.id !== input.plan) continue;
    const s = gateStatus(ws, input.schedule, byBody, gate);
    const model = findGateModel(gate.model);
    // What the status date says of the gate and its readiness milestone, beside the rules' checks.
    const asOfToday: GateFailure[] = [];
    if (gate.node < 0) asOfToday.push('unchecked');
    if (gate.decided !== undefined && gate.decided.day > input.today) asOfToday.push('decided-later');
    if (gate.node >= 0 && isOverdue(ws.milestones[gate.node]!, input.schedule.projected[gate.node]!, input.today)) asOfToday.push('undecided');
    if (s.readiness !== undefined && isOverdue(ws.milestones[s.readiness.milestone]!, s.readiness.projected, input.today)) asOfToday.push('ready-overdue');
    rows.push({
      ref: gate.ref, id: gate.id, title: gate.title, model: gate.model, modelName: model === undefined ? undefined : { nb: model.nb, en: model.en },
      date: gate.date, decided: gate.decided?.day, current: s.current, body: gate.body,
      meeting: s.decision !== undefined && s.decision.meeting >= 0 ? ws.meetings[s.decision.meeting]!.ref : undefined,
      nextMeeting: s.decision !== undefined && s.decision.meeting < 0 && s.decision.nearestAfter >= 0 ? ws.meetings[s.decision.nearestAfter]!.ref : undefined,
      sameDayMeeting: s.decision !== undefined && s.decision.meeting < 0 && s.decision.nearestBefore >= 0 && ws.meetings[s.decision.nearestBefore]!.date === s.current
        ? ws.meetings[s.decision.nearestBefore]!.ref : undefined,
      ready: s.readiness === undefined ? undefined : {
        // Left out (date-range): no projected date, and no margin counted from the bound it was held at.
        milestone: ws.milestones[s.readiness.milestone]!.ref, projected: shownProjected(input.schedule, s.readiness.milestone), lead: formatDuration(s.readiness.lead),
        margin: shownProjected(input.schedule, s.readiness.milestone) === null ? null : s.readiness.margin,
      },
      ok: s.ok && asOfToday.length === 0,
      failures: [
        // A missing body fails the checks of a dated gate only: an undated one is listed, not checked (SPEC §1.7).
        ...(s.body === 'unknown' ? ['unknown-body' as const] : s.body === 'missing' && s.current !== undefined ? ['no-body' as const] : []),
        ...(s.decision !== undefined && s.decision.meeting < 0 ? ['no-meeting' as const] : []), ...(s.readiness !== undefined && !s.readiness.ok ? ['late' as const] : []),
        ...asOfToday,
      ],
    });
  }
  return { today: input.today, rows, plan: input.plan };
}
