// Shared locators for rules: the node that holds a milestone's current date, dates as text, the gates and milestones
// without a date that `after` waits on.
import { formatDuration, type DayNumber, type Duration } from '../calendar/index.js';
import { msg, type Message, type ShownDate } from '../messages/index.js';
import type { MoveAfter } from '../messages/data/rules.js';
import type { AfterUndated, Milestone, Origin, Workspace } from '../model/types.js';
import type { Path } from '../source/parse.js';
import { currentField, currentValue, type CurrentField } from '../model/current.js';
import { MilestoneNode } from '../model/milestone.js';

/** The value that sets the milestone's current date: actual, else forecast, else date. */
export function currentDateOrigin(m: Milestone): Origin {
  if (m instanceof MilestoneNode && m.at >= 0 && m.details?.origin === undefined) return { file: m.file, path: ['milestones', m.at, currentField(m)] };
  const origin = m.origin;
  return { file: origin.file, path: [...origin.path, fieldKey(m, currentField(m))] };
}

/**
 * The key a milestone's dated field is written under: a gate's actual is its `decided` (SPEC §1.7). Until tester
 * round 42 F1 a gate's findings looked for an `actual` key it does not have and stood on the gate's first key, where
 * the editor's quick fix put the new date in place of the `id`.
 */
export function fieldKey(m: { readonly gate?: number | undefined }, field: CurrentField): CurrentField | 'decided' {
  return field === 'actual' && m.gate !== undefined ? 'decided' : field;
}

export function fieldOrigin(m: { readonly origin: Origin }, ...keys: (string | number)[]): Origin {
  return { file: m.origin.file, path: [...m.origin.path, ...keys] };
}

/** The milestone's current date for a message: the day, and the period as written when it is one. */
export function shownDate(m: Milestone): ShownDate {
  const v = currentValue(m);
  return v.isPeriod ? { day: v.day, written: v.written } : { day: v.day };
}

/** A duration as written (`5d`): calendar's formatDuration, under the name the rules have always called it by. */
export const showDuration: (d: Duration) => string = formatDuration;

/**
 * nextAdmitting's move as a governance hint's data (SPEC §4.2, §12): the meeting's reference, the first day it counts
 * on and with a window the last, the plan's lead as written (null when zero) and the field to set; null when no move is offered.
 */
export function moveAfter(ws: Workspace, move: { readonly meeting: number; readonly earliest: DayNumber; readonly latest: DayNumber | null } | null, lead: Duration, field: MoveAfter['field']): MoveAfter | null {
  return move === null ? null : { meeting: ws.meetings[move.meeting]!.ref, earliest: move.earliest, latest: move.latest, lead: lead.n > 0 ? showDuration(lead) : null, field };
}

export function calendarDays(from: DayNumber, to: DayNumber): number {
  return to - from;
}

/** A gate or milestone without a date that `after` entries name: Gate.waiting, Workspace.undated. */
export interface WaitedOn {
  readonly ref: string;
  readonly origin: Origin;
  readonly waiting?: readonly AfterUndated[] | undefined;
}

/**
 * The gates and milestones without a date that `after` entries name (Gate.waiting, Workspace.undated), by the path of
 * their `date` (dateKey): where the finding that leaves one without a date is when it has a value that is no date or
 * no day that exists; schema.ts looks a missing `date` up there too. Empty in most workspaces. (A milestone whose
 * `date` is left out but that has an actual or a forecast is scheduled on it: no such note, as it is in neither list.)
 */
export function undatedWaitedOn(ws: Workspace): Map<string, WaitedOn> {
  const found = new Map<string, WaitedOn>();
  for (const g of ws.gates ?? []) if (g.waiting !== undefined) found.set(dateKey(g.origin.file, [...g.origin.path, 'date']), g);
  for (const m of ws.undated ?? []) found.set(dateKey(m.origin.file, [...m.origin.path, 'date']), m);
  return found;
}

/** The key undatedWaitedOn finds a finding's gate or milestone by: its file and path. */
export function dateKey(file: string, path: Path): string {
  return `${file}\n${path.join('\n')}`;
}

/** A note for each `after` entry that names `u`, without a date: the dependency left out of the schedule. */
export function waitingNotes(u: WaitedOn): { at: Origin; message: Message }[] {
  return (u.waiting ?? []).map((w) => ({ at: w.origin, message: msg('note.after-undated', { ref: w.ref, undated: u.ref }) }));
}

/** A meeting a message names beside a day: its ref and the calendar days between them. */
export interface NearMeeting {
  readonly meeting: string;
  readonly days: number;
}

/**
 * A body's nearest meetings around day `c` as meeting-before-milestone's and gate-decision's messages name them (SPEC
 * §4.2: "the nearest B meeting before and after c"): `before` on or before c, `after` after it, and `earlier`, the
 * nearest before c when `before` is on c itself (BodyCheck's indices, -1 for none); each with its distance in days.
 */
export function nearestMeetings(ws: Workspace, b: { readonly nearestEarlier: number; readonly nearestBefore: number; readonly nearestAfter: number }, c: DayNumber): { earlier: NearMeeting | null; before: NearMeeting | null; after: NearMeeting | null } {
  const near = (k: number): NearMeeting | null => (k < 0 ? null : { meeting: ws.meetings[k]!.ref, days: Math.abs(ws.meetings[k]!.date - c) });
  return { earlier: near(b.nearestEarlier), before: near(b.nearestBefore), after: near(b.nearestAfter) };
}
