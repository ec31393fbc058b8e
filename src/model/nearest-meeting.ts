// The suggestion for an unknown `BODY@date` meeting reference: the body's meeting nearest that date, rather than the
// reference nearest in spelling (a tester's KR@2019-11-16 was offered KR@2019-10-16, a month off, beside KR@2019-11-15).
import { formatDay, parseLenientDay } from '../calendar/index.js';
import { closestWord } from '../text/closest.js';
import type { Admissible } from './admissible.js';
import type { Meeting } from './types.js';

/**
 * A finder of the nearest meeting, made once for a workspace's meetings: each body's meetings sorted by date (stable:
 * meetings on one day keep their order), searched by bisection. A scan of every meeting for each unknown reference
 * took 4.8 s for 43,000 unknown references to 20,000 meetings (issue #18).
 *
 * The finder takes `target` and returns the ref of the meeting of its body nearest its date (the earlier of two as
 * near), when `target` is `BODY@date` with a day that exists — written YYYY-MM-DD, YYYY-M-D or DD.MM.YYYY — and the
 * body, as written or in another case, has meetings; undefined otherwise (the spelling search then suggests). Given
 * `within`, the admissible interval of the milestone whose `meetings` list holds the reference (SPEC §4.2), the nearest
 * of the body's meetings in it is taken: the nearest overall may fall after the milestone, and the offer, followed,
 * was a meeting-before-milestone error while an earlier meeting would do (tester round 98 F3); but its meeting on the
 * very day written is the one named, admitted or not. When the body has meetings but none there, null: no meeting is
 * offered, for any the reference could name would be that error when followed (tester round 100 F1: `PS@2019-11-20`
 * was offered for a milestone of 2019-11-01, and with a lead, one inside it); meeting-before-milestone then says the
 * interval to hold one in.
 * Distances are calendar days. Of bodies that differ only in case (`PS` and `Ps`), the meeting nearest the date is
 * taken, of two as near the one whose body differs from the one written in fewer letters (tester round 84 F8:
 * `ps@2026-01-08` was offered Ps@2026-01-12 by spelling beside PS's meeting on that day). A body no id names, in any
 * case, is looked up by its name with `named` (the body id whose name it is, or begins with: resolve-checks.ts bodyNamed),
 * and else by spelling among the bodies that have meetings (closestWord).
 */
export function nearestMeetingFinder(meetings: readonly Meeting[], named?: (written: string) => string | undefined): (target: string, within?: Admissible) => string | null | undefined {
  let byBody: Map<string, Meeting[]> | undefined;
  /** The body ids by their lower case. */
  let byLower: Map<string, string[]> | undefined;
  /** The bodies that have meetings. */
  let bodyIds: string[] | undefined;
  const sortedOf = (body: string): readonly Meeting[] | undefined => {
    if (byBody === undefined) {
      byBody = new Map();
      for (const m of meetings) {
        const list = byBody.get(m.body);
        if (list === undefined) byBody.set(m.body, [m]);
        else list.push(m);
      }
      for (const list of byBody.values()) list.sort((a, b) => a.date - b.date);
    }
    return byBody.get(body);
  };
  /** The bodies as their meetings name them: as written, else those written so in another case (`ps` for PS). */
  const bodiesOf = (written: string): readonly string[] => {
    if (sortedOf(written) !== undefined) return [written];
    if (byLower === undefined) {
      byLower = new Map();
      for (const body of byBody!.keys()) {
        const lower = body.toLowerCase();
        const same = byLower.get(lower);
        if (same === undefined) byLower.set(lower, [body]);
        else same.push(body);
      }
    }
    const same = byLower.get(written.toLowerCase());
    if (same !== undefined) return same;
    // A body written by its name (`Prosjektstyret@2019-08-28` for PS: tester round 94 F5), as `require` takes one.
    const id = named?.(written);
    if (id !== undefined && sortedOf(id) !== undefined) return [id];
    // A body id misspelt (`STYR@2026-10-21` for STYRE, which met that day: tester round 106 F3): the nearest by
    // spelling. The spelling search over meeting references found STYRE@2026-03-25, months off, as a meeting with an
    // id on the day written is no BODY@date it searches.
    bodyIds ??= [...byBody!.keys()];
    const spelt = closestWord(written, bodyIds);
    return spelt !== undefined ? [spelt] : [];
  };
  const nearestIn = (written: string, day: number, within: Admissible | undefined): string | undefined => {
    let found: { readonly ref: string; readonly distance: number; readonly differing: number } | undefined;
    for (const body of bodiesOf(written)) {
      const list = within === undefined ? sortedOf(body)! : between(sortedOf(body)!, within);
      if (list.length === 0) continue;
      const near = nearestOf(body, list, day);
      const differing = letterDifferences(body, written);
      if (found === undefined || near.distance < found.distance || (near.distance === found.distance && differing < found.differing)) found = { ...near, differing };
    }
    return found?.ref;
  };
  return (target, within) => {
    const at = target.lastIndexOf('@');
    if (at <= 0) return undefined;
    // A body written in another case is that body (tester round 83 F2: `ps@2026-01-08` was offered another board's
    // meeting by spelling, KR@2026-01-09).
    const written = target.slice(0, at);
    const day = parseLenientDay(target.slice(at + 1));
    if (day === undefined) return undefined;
    const overall = nearestIn(written, day, undefined);
    // The body's meeting on the very day written is the one the reference names, admitted or not (`Prosjektstyret@…`
    // for PS's meeting that day): meeting-before-milestone says whether it counts.
    if (within === undefined || overall === undefined || meetsOn(overall, day)) return overall;
    return nearestIn(written, day, within) ?? null;
  };
}

/** Whether the meeting nearestOf named as `ref` is on `day`: its `BODY@date` names that day (an id: not known here). */
function meetsOn(ref: string, day: number): boolean {
  return ref.endsWith(`@${formatDay(day)}`);
}

/** The meetings of `list` (sorted by date) in the interval `within`, both ends included, found by bisection. */
function between(list: readonly Meeting[], within: Admissible): readonly Meeting[] {
  return list.slice(firstFrom(list, within.from), firstFrom(list, within.to + 1));
}

/** The index of the first meeting of `list` (sorted by date) on or after `day`; list.length when none is. */
function firstFrom(list: readonly Meeting[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.date < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The meeting of `body` (its meetings `list`, sorted by date) nearest `day`, the earlier of two as near, as a reference
 * and its distance in calendar days.
 */
function nearestOf(body: string, list: readonly Meeting[], day: number): { readonly ref: string; readonly distance: number } {
  // The first meeting on or after the day, and the last before it: the nearer wins, the earlier on a tie.
  const lo = firstFrom(list, day);
  const after = list[lo];
  const before = lo > 0 ? list[lo - 1]! : undefined;
  let first = after === undefined || (before !== undefined && day - before.date <= after.date - day) ? lo - 1 : lo;
  // The first meeting of its day, in the order the meetings were written.
  while (first > 0 && list[first - 1]!.date === list[first]!.date) first--;
  const best = list[first]!;
  // Named as the reference was written, BODY@date, unless the body meets twice that day (then by the meeting's id).
  const twice = list[first + 1]?.date === best.date;
  return { ref: twice ? best.ref : `${body}@${formatDay(best.date)}`, distance: Math.abs(best.date - day) };
}

/** How many letters of `a` and `b`, which differ in case only, are written in another case. */
function letterDifferences(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) n++;
  return n;
}

/** nearestMeetingFinder(meetings)(target, within), for one reference. */
export function nearestMeeting(meetings: readonly Meeting[], target: string, within?: Admissible): string | null | undefined {
  return nearestMeetingFinder(meetings)(target, within);
}
