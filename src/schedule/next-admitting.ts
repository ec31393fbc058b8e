// The move a hint offers a milestone without an admissible meeting (SPEC §4.2): the first later meeting and the day it counts from.
import { durationDays, type DayNumber } from '../calendar/index.js';
import { LAST_DAY } from './date-range.js';
import type { Plan, Workspace } from '../model/types.js';
import { subtractDuration } from './meeting-before-milestone.js';

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
 * window still reaches the earliest of them there. With it, the earliest of `dates` (lastDayAdmitting's bound).
 */
function earliestAdmittingAll(plan: Plan, dates: readonly DayNumber[]): { readonly day: DayNumber; readonly earliestMeeting: DayNumber } | null {
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
  return window !== undefined && subtractDuration(plan.calendar, day, window) > earliest ? null : { day, earliestMeeting: earliest };
}

/**
 * The last working day D from `first` on with D ⊖ window ≤ `earliest` (SPEC §4.2: the window still reaches the earliest
 * meeting), or null without a window (every later day admits them). D ⊖ window grows with D: found by halving
 * [first, 9999-12-31]. `first` is such a day (earliestAdmittingAll's answer), so the answer is never before it.
 */
function lastDayAdmitting(plan: Plan, first: DayNumber, earliest: DayNumber): DayNumber | null {
  const { window } = plan.governance;
  if (window === undefined) return null;
  let lo = first;
  let hi = LAST_DAY;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (subtractDuration(plan.calendar, mid, window) <= earliest) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(first, plan.calendar.rollBackward(lo));
}

/**
 * The move a hint offers a milestone (or gate) of `plan` whose admissible interval ends on `to` and that has no
 * admissible meeting of a body: of `meetings` (the body's, sorted by date, meetingsByBody; or the ones it lists),
 * the first after `to` (an earlier one lies before the window, and moving later never brings it in: tester round 13
 * #1 asked for the first meeting inside the lead, not the nearest before the milestone), with the first working day
 * on which it counts and every meeting in `listed` (the milestone's own list, any body, which rule 1 holds to the
 * interval too: tester round 13 #2) still does; null when no such day is after `current` or none exists.
 */
export function nextAdmitting(ws: Workspace, plan: Plan, current: DayNumber, to: DayNumber, meetings: readonly number[], listed: readonly number[] = []): { readonly meeting: number; readonly earliest: DayNumber; readonly latest: DayNumber | null } | null {
  let meeting = -1;
  for (const k of meetings) {
    const d = ws.meetings[k]!.date;
    if (d > to && (meeting < 0 || d < ws.meetings[meeting]!.date)) meeting = k;
  }
  if (meeting < 0) return null;
  const dates = [ws.meetings[meeting]!.date, ...listed.map((k) => ws.meetings[k]!.date)];
  const first = earliestAdmittingAll(plan, dates);
  if (first === null || first.day <= current) return null;
  // With a window the move has an end too: past it the window no longer reaches the earliest of the meetings (tester
  // round 52 F3: "to 2024-04-22 or later" with a window of 3d, where 2024-04-30 failed again).
  return { meeting, earliest: first.day, latest: lastDayAdmitting(plan, first.day, first.earliestMeeting) };
}
