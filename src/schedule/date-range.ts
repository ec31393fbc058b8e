// SPEC §4 `date-range`: computed dates outside 0001-01-01 … 9999-12-31, found after the CPM passes; left out of every output.
import { FIRST_DAY, LAST_DAY, type DayNumber } from '../calendar/index.js';
import type { Graph } from '../graph/graph.js';
import type { Workspace } from '../model/types.js';
import { edgeEnds, type Schedule } from './cpm.js';
import { traceCriticalPaths } from './critical-paths.js';

/** 0001-01-01 and 9999-12-31 (calendar/day.ts), here for the importers of date-range's bounds. */
export { FIRST_DAY, LAST_DAY };

export function isDayInRange(day: number): boolean {
  return day >= FIRST_DAY && day <= LAST_DAY;
}

/** The day held to 0001-01-01 … 9999-12-31: arithmetic on a held date stays inside the calendar; no output prints it. */
export function holdDay(day: number): number {
  return day > LAST_DAY ? LAST_DAY : day < FIRST_DAY ? FIRST_DAY : day;
}

/** Calendar days outside the range: positive after 9999-12-31, negative before 0001-01-01, 0 inside. */
export function daysBeyond(day: number): number {
  return day > LAST_DAY ? day - LAST_DAY : day < FIRST_DAY ? day - FIRST_DAY : 0;
}

/** Bits of Schedule.leftOut: which computed dates of a milestone are left out of every output. */
export const LEFT_OUT_PROJECTED = 1;
export const LEFT_OUT_LATEST = 2;
export const LEFT_OUT_START = 4;

/** p(M) as outputs show it: null when it was computed outside the range (SPEC §4 `date-range`, §8 absent = null). */
export function shownProjected(s: Schedule, v: number): DayNumber | null {
  return (s.leftOut[v]! & LEFT_OUT_PROJECTED) === 0 ? s.projected[v]! : null;
}

/**
 * l(M) as outputs show it: null when it was computed outside the range. A latest date before p(M) although the bound
 * (Schedule.latestBound) is not is the bound itself: p(M) is then a non-working day after the last working day before
 * the bound, the float 0, and the bound the day M may move to (a tester's milestone on a Saturday with float 0 showed
 * the Friday before as its latest date, gantt drew it late, and its predecessor's latest date led past it).
 */
export function shownLatest(s: Schedule, v: number): DayNumber | null {
  if ((s.leftOut[v]! & LEFT_OUT_LATEST) !== 0) return null;
  // A p(M) held at 9999-12-31 is no day to compare: the choice was made from the true one (latestShownDay), which a
  // bound can pass only when that bound is out too and l(M) left out with it.
  if ((s.leftOut[v]! & LEFT_OUT_PROJECTED) !== 0) return s.latest[v]!;
  return latestShownDay(s.projected[v]!, s.latest[v]!, s.latestBound[v]!);
}

/**
 * The day shownLatest gives for p(M), l(M) and the bound as the passes computed them: the bound when p(M) lies
 * between l(M) and it. holdScheduleInRange checks this day, not l(M) alone: a bound past 9999-12-31 over a closed
 * end of December (l(M) rolled back to November) was shown as 10000-01-02 with float 0 (a tester's finding).
 */
function latestShownDay(p: number, l: number, bound: number): number {
  return l < p && p <= bound ? bound : l;
}

/**
 * f(M) as outputs show it: null when p(M) or l(M) was computed outside the range, whose float leaveOutFloats made NaN
 * (a float counted from a date that is left out is left out with it, SPEC §4 `date-range`, §8 absent = null).
 */
export function shownFloat(s: Schedule, v: number): number | null {
  const f = s.float[v]!;
  return f === f ? f : null;
}

/** s(M) as outputs show it: null when it was computed outside the range. */
export function shownStart(s: Schedule, v: number): DayNumber | null {
  return (s.leftOut[v]! & LEFT_OUT_START) === 0 ? s.start[v]! : null;
}

export interface OutOfRange {
  readonly milestone: number;
  /**
   * Which computed dates were out of range; `both` when the projected and latest dates overflow on the same side;
   * `start` when only s(M), the day its work begins (SPEC §5: sub(p(M), duration)), does.
   */
  readonly which: 'projected' | 'latest' | 'both' | 'start';
  /**
   * How far outside, in calendar days (positive: after 9999-12-31; negative: before 0001-01-01); for `both`, the nearer:
   * the projected date's as a rule, which the hint's lag or duration moves ("at least" when the latest is farther).
   */
  readonly beyondDays: number;
  /** For `both`: the two dates lie at different distances (E's projected 35 days out, its latest 133: a tester's finding). */
  readonly isApart?: boolean;
}

/**
 * A step after the CPM passes (cpm.ts is not touched): every projected or latest date (as shownLatest shows it) outside the
 * range is recorded in schedule.leftOut, which every output consults to leave the date out (SPEC §4),
 * and held at the nearest bound inside, so that arithmetic after this step (rules, slippage status,
 * drawing ranges) stays within the calendar and a formatter that missed the mask could still never
 * print a year of five digits. Total float is left as the passes computed it; leaveOutFloats, after this
 * step, leaves it out where it counts from a date left out. One entry per milestone
 * and side (rule date-range says which date was left out and by how much). Starts: holdStartsInRange.
 */
export function holdScheduleInRange(ws: Workspace, schedule: Schedule): OutOfRange[] {
  const found: OutOfRange[] = [];
  for (let v = 0; v < ws.milestones.length; v++) {
    const p = daysBeyond(schedule.projected[v]!);
    const shown = latestShownDay(schedule.projected[v]!, schedule.latest[v]!, schedule.latestBound[v]!);
    const l = daysBeyond(shown);
    // l(M) rolled back before 0001-01-01 over a closed start of January, its bound (shown) inside: the bound is the
    // latest date, and l(M) is held at it (the same float: no working day lies between them).
    if (l === 0 && !isDayInRange(schedule.latest[v]!)) schedule.latest[v] = shown;
    if (p !== 0) {
      schedule.projected[v] = p > 0 ? LAST_DAY : FIRST_DAY;
      schedule.leftOut[v]! |= LEFT_OUT_PROJECTED;
    }
    if (l !== 0) {
      schedule.latest[v] = l > 0 ? LAST_DAY : FIRST_DAY;
      schedule.leftOut[v]! |= LEFT_OUT_LATEST;
    }
    if (p !== 0 && l !== 0 && p > 0 === l > 0) {
      found.push({ milestone: v, which: 'both', beyondDays: Math.abs(p) <= Math.abs(l) ? p : l, ...(p === l ? {} : { isApart: true }) });
      continue;
    }
    if (p !== 0) found.push({ milestone: v, which: 'projected', beyondDays: p });
    if (l !== 0) found.push({ milestone: v, which: 'latest', beyondDays: l });
  }
  return found;
}

/**
 * After holdScheduleInRange: a milestone whose projected or latest date is left out has no total float either, for
 * f(M) = between(p(M), l(M)) counts from that date (a milestone at 9999-12-30 whose plan ends after 9999-12-31 showed
 * float 26 beside a latest date of null): its float becomes NaN (shownFloat: null in JSON, `–` in text) and it is not
 * critical, so no critical path ends at it or passes through it (SPEC §5: every member of a path is critical). The
 * paths are traced again when there is such a milestone: a path ending at a milestone with no dates (a tester's
 * `{end: p/E, float: 0}`) is no path, and a critical predecessor may now end one (endsBeforeLeftOut). Every check of a float (`f < 0`, `f > 44`) is false for NaN, so the rules and
 * health checks that count floats leave these milestones out too. Returns `schedule` itself, its float and critical
 * arrays changed in place, with new paths when they changed.
 */
export function leaveOutFloats(ws: Workspace, graph: Graph, rank: Int32Array, schedule: Schedule): Schedule {
  let isAnyLeftOut = false;
  for (let v = 0; v < schedule.leftOut.length; v++) {
    if (!hasDateLeftOut(schedule, v)) continue;
    schedule.float[v] = NaN;
    isAnyLeftOut = true;
    schedule.critical[v] = 0;
  }
  return isAnyLeftOut ? { ...schedule, paths: traceCriticalPaths(ws, graph, rank, edgeEnds(ws), { ...schedule, isEnd: endsBeforeLeftOut(graph, schedule) }) } : schedule;
}

/** Whether milestone `v`'s projected or latest date is left out (its float counts from it). */
function hasDateLeftOut(schedule: Schedule, v: number): boolean {
  return (schedule.leftOut[v]! & (LEFT_OUT_PROJECTED | LEFT_OUT_LATEST)) !== 0;
}

/**
 * The path ends for leaveOutFloats's tracing: the milestones without successors, and those whose every scheduled
 * successor has its projected or latest date left out. A critical milestone followed only by such a successor (B
 * before E at 10000-02-04) ends its critical path, as if E were not there, rather than belong to none (a tester's
 * "1 critical … No critical paths"). Only for the paths: schedule.isEnd, which the latest dates came from, is kept.
 */
function endsBeforeLeftOut(graph: Graph, schedule: Schedule): Uint8Array {
  const isEnd = Uint8Array.from(schedule.isEnd);
  for (let v = 0; v < isEnd.length; v++) {
    if (isEnd[v] === 1 || hasDateLeftOut(schedule, v) || schedule.critical[v] !== 1) continue;
    let onlyLeftOut = true;
    for (let i = graph.succStart[v]!; i < graph.succStart[v + 1]! && onlyLeftOut; i++) {
      const e = graph.succEdges[i]!;
      if (!graph.edgeInCycle[e] && !hasDateLeftOut(schedule, graph.edgeTo[e]!)) onlyLeftOut = false;
    }
    if (onlyLeftOut) isEnd[v] = 1;
  }
  return isEnd;
}

/**
 * The start s(M) (critical-path's `start`, mspdi's Start, explain's spans) left out and held like the other dates, after
 * holdScheduleInRange. It gets an entry of its own only when p(M) is in range (a long duration before an early
 * date): a held p(M) already has one that explains it.
 */
export function holdStartsInRange(ws: Workspace, schedule: Schedule, heldBefore: readonly OutOfRange[]): OutOfRange[] {
  const found: OutOfRange[] = [];
  const projectedHeld = new Set(heldBefore.flatMap((o) => (o.which === 'latest' ? [] : [o.milestone])));
  for (let v = 0; v < ws.milestones.length; v++) {
    const s = daysBeyond(schedule.start[v]!);
    if (s === 0) continue;
    schedule.start[v] = s > 0 ? LAST_DAY : FIRST_DAY;
    schedule.leftOut[v]! |= LEFT_OUT_START;
    if (!projectedHeld.has(v)) found.push({ milestone: v, which: 'start', beyondDays: s });
  }
  return found;
}
