// Meeting before milestone (SPEC §4.2): for each milestone, its admissible interval, listed meetings and required bodies.
import { durationDays, type DayNumber, type Duration, type WorkCalendar } from '../calendar/index.js';
import { LAST_DAY } from './date-range.js';
import type { Milestone, Plan, Workspace } from '../model/types.js';

export interface BodyCheck {
  readonly body: string;
  /** Latest admissible meeting (index), or -1. */
  readonly meeting: number;
  /** Whether the body's meetings were taken from the milestone's own list. */
  readonly fromList: boolean;
  /** Nearest meeting of the body on or before / after the milestone's current date, or -1. */
  readonly nearestBefore: number;
  readonly nearestAfter: number;
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

/** Meetings of each body sorted by date, for binary search. */
export function meetingsByBody(ws: Workspace): ReadonlyMap<string, readonly number[]> {
  const map = new Map<string, number[]>();
  for (const m of ws.meetings) {
    const list = map.get(m.body);
    if (list) list.push(m.index);
    else map.set(m.body, [m.index]);
  }
  for (const list of map.values()) list.sort((a, b) => ws.meetings[a]!.date - ws.meetings[b]!.date || (ws.meetings[a]!.ref < ws.meetings[b]!.ref ? -1 : 1));
  return map;
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

/**
 * The first day D with D ⊖ lead ≥ `meeting` (SPEC §4.2's interval end reaching the meeting), or null after
 * 9999-12-31. D ⊖ lead grows with D and is at most D minus the lead's days (a working day step back passes at least
 * one calendar day): found by halving [meeting + days, 9999-12-31]. A day-by-day walk was as long as a closed range.
 */
function firstDayReaching(plan: Plan, meeting: DayNumber): DayNumber | null {
  const { calendar } = plan;
  const { lead } = plan.governance;
  let lo = meeting + Math.max(0, durationDays(lead));
  if (lo > LAST_DAY || subtractDuration(calendar, LAST_DAY, lead) < meeting) return null;
  let hi = LAST_DAY;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (subtractDuration(calendar, mid, lead) >= meeting) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The earliest working day of `plan`'s calendar (any day when it has none) on which every meeting of `dates` lies in
 * the admissible interval (SPEC §4.2: D ⊖ window ≤ meeting ≤ D ⊖ lead), so that a date a hint offers raises no
 * non-working-day warning; null when there is none (a window too short for them all, or past 9999-12-31). The first
 * day the latest of them reaches the lead's end, on to a working day (D ⊖ lead only grows on the way), if the
 * window still reaches the earliest of them there.
 */
function earliestAdmittingAll(plan: Plan, dates: readonly DayNumber[]): DayNumber | null {
  if (dates.length === 0) return null;
  let latest = dates[0]!;
  let earliest = dates[0]!;
  for (const d of dates) {
    if (d > latest) latest = d;
    if (d < earliest) earliest = d;
  }
  const first = firstDayReaching(plan, latest);
  if (first === null) return null;
  const day = plan.calendar.rollForward(first);
  if (day > LAST_DAY) return null;
  const { window } = plan.governance;
  return window !== undefined && subtractDuration(plan.calendar, day, window) > earliest ? null : day;
}

/**
 * The move a hint offers a milestone (or gate) of `plan` whose admissible interval ends on `to` and that has no
 * admissible meeting of a body: of `meetings` (the body's, sorted by date, meetingsByBody; or the ones it lists),
 * the first after `to` (an earlier one lies before the window, and moving later never brings it in: tester round 13
 * #1 asked for the first meeting inside the lead, not the nearest before the milestone), with the first working day
 * on which it counts and every meeting in `listed` (the milestone's own list, any body, which rule 1 holds to the
 * interval too: tester round 13 #2) still does; null when no such day is after `current` or none exists.
 */
export function nextAdmitting(ws: Workspace, plan: Plan, current: DayNumber, to: DayNumber, meetings: readonly number[], listed: readonly number[] = []): { readonly meeting: number; readonly earliest: DayNumber } | null {
  let meeting = -1;
  for (const k of meetings) {
    const d = ws.meetings[k]!.date;
    if (d > to && (meeting < 0 || d < ws.meetings[meeting]!.date)) meeting = k;
  }
  if (meeting < 0) return null;
  const earliest = earliestAdmittingAll(plan, [ws.meetings[meeting]!.date, ...listed.map((k) => ws.meetings[k]!.date)]);
  return earliest !== null && earliest > current ? { meeting, earliest } : null;
}

/** Shared by every milestone that lists no meeting (the result is never changed). */
const NOTHING_LISTED: readonly ListedCheck[] = Object.freeze([]);

/** The admissible interval's end, c ⊖ lead (SPEC §4.2), in the milestone's plan calendar; c is `current`. */
function admissibleTo(ws: Workspace, m: Milestone, current = m.current): DayNumber {
  const plan = ws.plans[m.plan]!;
  return subtractDuration(plan.calendar, current, plan.governance.lead);
}

/** The admissible interval's start, c ⊖ window; -Infinity without a window (SPEC §4.2); c is `current`. */
function admissibleFrom(ws: Workspace, m: Milestone, current = m.current): DayNumber {
  const plan = ws.plans[m.plan]!;
  return plan.governance.window ? subtractDuration(plan.calendar, current, plan.governance.window) : -Infinity;
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

/** The latest of `all` (a body's meetings, sorted by meetingsByBody) in [from, to] (index), or -1. */
export function latestMeetingIn(ws: Workspace, all: readonly number[], from: DayNumber, to: DayNumber): number {
  const last = upperBound(ws, all, to) - 1;
  if (last < 0) return -1;
  const d = ws.meetings[all[last]!]!.date;
  return d >= from && d <= to ? all[last]! : -1;
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
    bodies.push({ body, meeting, fromList, nearestBefore: split > 0 ? all[split - 1]! : -1, nearestAfter: split < all.length ? all[split]! : -1 });
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

/** Index of the first meeting in `sorted` dated after `day`. */
function upperBound(ws: Workspace, sorted: readonly number[], day: DayNumber): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws.meetings[sorted[mid]!]!.date <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
