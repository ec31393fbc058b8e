// Meeting before milestone (SPEC §4.2): for each milestone, its admissible interval, listed meetings and required bodies.
import type { DayNumber, Duration, WorkCalendar } from '../calendar/index.js';
import type { Milestone, Workspace } from '../model/types.js';
import { admissibleFrom as planAdmissibleFrom, admissibleTo as planAdmissibleTo } from '../model/admissible.js';
import { latestMeetingIn, upperBound } from './meetings-by-body.js';

export interface BodyCheck {
  readonly body: string;
  /** Latest admissible meeting (index), or -1. */
  readonly meeting: number;
  /** Whether the body's meetings were taken from the milestone's own list. */
  readonly fromList: boolean;
  /** Nearest meeting of the body on or before / after the milestone's current date, or -1. */
  readonly nearestBefore: number;
  readonly nearestAfter: number;
  /**
   * When nearestBefore is on the current date itself (a lead rules it out), the body's nearest meeting before that day,
   * else -1: the messages name it too (SPEC §4.2 "the nearest B meeting before and after c"; tester round 101 F1: a
   * meeting one day short of the window was never named beside the one on the milestone's day).
   */
  readonly nearestEarlier: number;
}

export interface ListedCheck {
  /** Index into milestone.meetings. */
  readonly link: number;
  readonly meeting: number;
  /** -1 too early (before the window), 0 admissible, 1 too late (after c ⊖ lead). */
  readonly placement: -1 | 0 | 1;
}

export interface MeetingsBeforeMilestone {
  readonly milestone: number;
  readonly current: DayNumber;
  /** Admissible interval; `from` is -Infinity without a window. */
  readonly from: DayNumber;
  readonly to: DayNumber;
  readonly bodies: readonly BodyCheck[];
  readonly listed: readonly ListedCheck[];
  readonly ok: boolean;
}

export function requiredBodies(ws: Workspace, m: Milestone): readonly string[] {
  const list = requireList(ws, m);
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) if (isRequired(ws, list, i)) out.push(list[i]!);
  return out;
}

/** The bodies a milestone requires as written: its own `require`, else its plan's governance. */
function requireList(ws: Workspace, m: Milestone): readonly string[] {
  return m.require ?? ws.plans[m.plan]!.governance.require;
}

/**
 * Whether list[i] is checked: unknown bodies are reported by unknown-reference; a body named twice is checked once
 * (at its first place). Loops rather than [...new Set(list)].filter(…): it runs for every milestone, and the lists
 * hold a body or two.
 */
function isRequired(ws: Workspace, list: readonly string[], i: number): boolean {
  const body = list[i]!;
  if (!ws.bodyIndex.has(body)) return false;
  for (let j = 0; j < i; j++) if (list[j] === body) return false;
  return true;
}

/** `d ⊖ x`: working units go back in working days, elapsed units in calendar days. */
export function subtractDuration(calendar: WorkCalendar, day: DayNumber, duration: Duration): DayNumber {
  return calendar.subDuration(day, duration);
}

/** Shared by every milestone that lists no meeting (the result is never changed). */
const NOTHING_LISTED: readonly ListedCheck[] = Object.freeze([]);

/** The admissible interval's end, c ⊖ lead (SPEC §4.2), in the milestone's plan calendar; c is `current`. */
function admissibleTo(ws: Workspace, m: Milestone, current = m.current): DayNumber {
  return planAdmissibleTo(ws.plans[m.plan]!, current);
}

/** The admissible interval's start, c ⊖ window; -Infinity without a window (SPEC §4.2); c is `current`. */
function admissibleFrom(ws: Workspace, m: Milestone, current = m.current): DayNumber {
  return planAdmissibleFrom(ws.plans[m.plan]!, current);
}

/**
 * Whether the milestone meets SPEC §4.2: the same answer as `checkMeetingsBeforeMilestone(…)?.ok ?? true`, with
 * nothing allocated. The rule asks this of every milestone and makes the whole check only for the few that fail:
 * at 100,000 milestones the checks of milestones that pass were 40 MB of garbage (issue #18). `current`: the date
 * to check it on, its current date unless given (risk's share of iterations that meet §4.2, src/risk/analysis.ts,
 * asks it of each day drawn, where a copy of the milestone and a whole check per day were half a second at 100,000).
 */
export function meetsMeetingsBeforeMilestone(ws: Workspace, byBody: ReadonlyMap<string, readonly number[]>, m: Milestone, current = m.current): boolean {
  const list = requireList(ws, m);
  const links = m.meetings;
  if (list.length === 0 && links.length === 0) return true;
  const to = admissibleTo(ws, m, current);
  const from = admissibleFrom(ws, m, current);
  for (let i = 0; i < links.length; i++) {
    const meeting = links[i]!.meeting;
    if (meeting < 0) continue;
    const d = ws.meetings[meeting]!.date;
    if (d < from || d > to) return false;
  }
  for (let i = 0; i < list.length; i++) {
    if (!isRequired(ws, list, i)) continue;
    const body = list[i]!;
    if (admissibleMeeting(ws, links, listsBody(ws, links, body), byBody.get(body) ?? NO_MEETINGS, body, from, to) < 0) return false;
  }
  return true;
}

/**
 * The latest admissible meeting of `body` in [from, to] (index), or -1: among the milestone's listed meetings of the
 * body when it lists any (`fromList`, listsBody's answer), else among all of the body's meetings (`all`, sorted by
 * meetingsByBody).
 */
function admissibleMeeting(ws: Workspace, links: Milestone['meetings'], fromList: boolean, all: readonly number[], body: string, from: DayNumber, to: DayNumber): number {
  let meeting = -1;
  if (fromList) {
    for (const l of links) {
      if (l.meeting < 0 || ws.meetings[l.meeting]!.body !== body) continue;
      const d = ws.meetings[l.meeting]!.date;
      if (d >= from && d <= to && (meeting < 0 || isLater(ws, l.meeting, meeting))) meeting = l.meeting;
    }
    return meeting;
  }
  return latestMeetingIn(ws, all, from, to);
}

/** Whether the milestone lists a (known) meeting of `body`. */
function listsBody(ws: Workspace, links: Milestone['meetings'], body: string): boolean {
  for (let i = 0; i < links.length; i++) {
    const meeting = links[i]!.meeting;
    if (meeting >= 0 && ws.meetings[meeting]!.body === body) return true;
  }
  return false;
}

/**
 * Undefined when the milestone has neither required bodies nor listed meetings. It runs for every milestone of a
 * workspace (the meetings report; the rule asks meetsMeetingsBeforeMilestone first): written as loops that
 * allocate only the result.
 */
export function checkMeetingsBeforeMilestone(ws: Workspace, byBody: ReadonlyMap<string, readonly number[]>, m: Milestone): MeetingsBeforeMilestone | undefined {
  const required = requiredBodies(ws, m);
  const links = m.meetings;
  if (required.length === 0 && links.length === 0) return undefined;
  const c = m.current;
  const to = admissibleTo(ws, m);
  const from = admissibleFrom(ws, m);
  let listed: ListedCheck[] | readonly ListedCheck[] = NOTHING_LISTED;
  let ok = true;
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    if (link.meeting < 0) continue;
    const d = ws.meetings[link.meeting]!.date;
    const placement = d < from ? -1 : d > to ? 1 : 0;
    if (placement !== 0) ok = false;
    if (listed === NOTHING_LISTED) listed = [];
    (listed as ListedCheck[]).push({ link: i, meeting: link.meeting, placement });
  }
  const bodies: BodyCheck[] = [];
  for (const body of required) {
    const all = byBody.get(body) ?? NO_MEETINGS;
    const fromList = listsBody(ws, links, body);
    const meeting = admissibleMeeting(ws, links, fromList, all, body, from, to);
    if (meeting < 0) ok = false;
    const split = upperBound(ws, all, c);
    let earlier = split - 1;
    while (earlier >= 0 && ws.meetings[all[earlier]!]!.date === c) earlier--;
    bodies.push({
      body, meeting, fromList, nearestBefore: split > 0 ? all[split - 1]! : -1, nearestAfter: split < all.length ? all[split]! : -1,
      nearestEarlier: earlier >= 0 && earlier < split - 1 ? all[earlier]! : -1,
    });
  }
  return { milestone: m.index, current: c, from, to, bodies, listed, ok };
}

const NO_MEETINGS: readonly number[] = Object.freeze([]);

/** Later by date, ties by the greater ref: the same choice as the last admissible one of meetingsByBody's order. */
function isLater(ws: Workspace, a: number, b: number): boolean {
  const x = ws.meetings[a]!;
  const y = ws.meetings[b]!;
  return x.date > y.date || (x.date === y.date && x.ref > y.ref);
}
