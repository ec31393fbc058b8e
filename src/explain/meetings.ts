// The meetings of §4.2 for one node (SPEC §14): per required body the meeting that serves it or the nearest ones,
// and each listed meeting with its placement; a gate's deciding body (§12) counts as its one required body.
import type { DayNumber } from '../calendar/index.js';
import { gateStatus } from '../gates/status.js';
import type { Workspace } from '../model/types.js';
import type { Schedule } from '../schedule/cpm.js';
import { checkMeetingsBeforeMilestone, type BodyCheck } from '../schedule/meeting-before-milestone.js';
import { meetingsByBody } from '../schedule/meetings-by-body.js';

export type MeetingStatus = 'admissible' | 'too-early' | 'too-late' | 'missing';

export interface MeetingEntry {
  readonly body: string;
  /** Index into `workspace.meetings`, or -1 when the body has no admissible meeting (status `missing`). */
  readonly meeting: number;
  readonly isRequired: boolean;
  readonly isListed: boolean;
  readonly status: MeetingStatus;
  /** For a missing body: its nearest meetings before and after the current date, or -1. */
  readonly nearestBefore: number;
  readonly nearestAfter: number;
  /** When nearestBefore is on the current date, the nearest meeting before that day (BodyCheck.nearestEarlier), or -1. */
  readonly nearestEarlier: number;
}

export interface MeetingsExplanation {
  /** The admissible interval [from, to]; `from` is -Infinity without a window. */
  readonly from: DayNumber;
  readonly to: DayNumber;
  readonly entries: readonly MeetingEntry[];
  readonly ok: boolean;
}

/** Undefined when the node has no required body and lists no meeting (nothing for §4.2 to check). */
export function explainMeetings(ws: Workspace, s: Schedule, v: number): MeetingsExplanation | undefined {
  const m = ws.milestones[v]!;
  const byBody = meetingsByBody(ws);
  if (m.gate !== undefined) {
    const gate = ws.gates?.[m.gate];
    const decision = gate === undefined ? undefined : gateStatus(ws, s, byBody, gate).decision;
    if (decision === undefined) return undefined;
    return { from: decision.from, to: decision.to, entries: [bodyEntry(decision)], ok: decision.meeting >= 0 };
  }
  const check = checkMeetingsBeforeMilestone(ws, byBody, m);
  if (check === undefined) return undefined;
  const entries = check.bodies.map(bodyEntry);
  const serving = new Set(check.bodies.map((b) => b.meeting));
  const required = new Set(check.bodies.map((b) => b.body));
  for (const l of check.listed) {
    if (serving.has(l.meeting)) continue;
    const body = ws.meetings[l.meeting]!.body;
    const status: MeetingStatus = l.placement === 0 ? 'admissible' : l.placement < 0 ? 'too-early' : 'too-late';
    entries.push({ body, meeting: l.meeting, isRequired: required.has(body), isListed: true, status, nearestBefore: -1, nearestAfter: -1, nearestEarlier: -1 });
  }
  return { from: check.from, to: check.to, entries, ok: check.ok };
}

function bodyEntry(b: BodyCheck): MeetingEntry {
  const found = b.meeting >= 0;
  return {
    body: b.body, meeting: b.meeting, isRequired: true, isListed: found && b.fromList, status: found ? 'admissible' : 'missing',
    nearestBefore: found ? -1 : b.nearestBefore, nearestAfter: found ? -1 : b.nearestAfter, nearestEarlier: found ? -1 : b.nearestEarlier,
  };
}
