// Each body's meetings sorted by date (SPEC §4.2), and the binary searches over them.
import type { DayNumber } from '../calendar/index.js';
import type { Workspace } from '../model/types.js';

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

/** The latest of `all` (a body's meetings, sorted by meetingsByBody) in [from, to] (index), or -1. */
export function latestMeetingIn(ws: Workspace, all: readonly number[], from: DayNumber, to: DayNumber): number {
  const last = upperBound(ws, all, to) - 1;
  if (last < 0) return -1;
  const d = ws.meetings[all[last]!]!.date;
  return d >= from && d <= to ? all[last]! : -1;
}

/** Index of the first meeting in `sorted` dated after `day`. */
export function upperBound(ws: Workspace, sorted: readonly number[], day: DayNumber): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws.meetings[sorted[mid]!]!.date <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
