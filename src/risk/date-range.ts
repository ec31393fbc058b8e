// Simulated dates outside 0001-01-01 … 9999-12-31 (SPEC §4 `date-range`, §11): the kernel draws on raw day numbers,
// so a lag near the schema's limit can take p(M) past 9999-12-31 in some iterations even when the deterministic
// date stays inside. Those dates are left out of every output, as the scheduler's are (schedule/date-range.ts): a
// percentile or mean that falls outside is null, charts draw the iterations inside only (their shares still of all
// iterations), and the count of iterations outside is reported.
import { daysBeyond, FIRST_DAY, isDayInRange, LAST_DAY } from '../schedule/date-range.js';
import { dayAt, lastAtMost, lastDay, type DayDistribution } from './statistics.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { msg } from '../messages/index.js';
import type { Origin, Workspace } from '../model/types.js';
import { currentDateOrigin } from '../rules/where.js';

/** One side of one milestone's distribution that left the range. */
export interface SimulatedOutOfRange {
  readonly milestone: number;
  /** The farthest simulated date's distance from the range, in calendar days (positive: after 9999-12-31). */
  readonly beyondDays: number;
  /** Iterations whose p(M) was on that side of the range. */
  readonly iterations: number;
}

/** A simulated date (a percentile, the mean) as outputs show it: null outside the range (left out, SPEC §4). */
export function shownSimulated(day: number): number | null {
  return isDayInRange(day) ? day : null;
}

/**
 * The distribution of the iterations inside 0001-01-01 … 9999-12-31, for charts: the days outside are left out
 * (their share is what the S-curve never reaches), `total` stays the number of iterations; `dist` itself when it lies
 * inside. Each side with iterations outside is recorded in `found`. A sparse distribution gives a sparse one; the cost
 * is that of its entries.
 */
export function clipDistribution(dist: DayDistribution, milestone: number, found: SimulatedOutOfRange[]): DayDistribution {
  if (dist.counts.length === 0) return dist;
  const last = lastDay(dist);
  if (dist.min >= FIRST_DAY && last <= LAST_DAY) return dist;
  // The entries inside, [lo, hi]; the drawn range ends at the days simulated inside, not at the bound.
  let lo = firstEntryInside(dist);
  let hi = lastEntryInside(dist);
  while (lo <= hi && dist.counts[lo] === 0) lo++;
  while (hi >= lo && dist.counts[hi] === 0) hi--;
  if (lo > hi) {
    // Every iteration outside: nothing to draw.
    if (dist.min < FIRST_DAY) found.push({ milestone, beyondDays: daysBeyond(dist.min), iterations: countWhere(dist, (d) => d < FIRST_DAY) });
    if (last > LAST_DAY) found.push({ milestone, beyondDays: daysBeyond(last), iterations: countWhere(dist, (d) => d > LAST_DAY) });
    return { min: FIRST_DAY, counts: new Uint32Array(0), total: dist.total };
  }
  const counts = dist.counts.slice(lo, hi + 1);
  const below = countWhere(dist, (d) => d < FIRST_DAY);
  const above = countWhere(dist, (d) => d > LAST_DAY);
  if (below > 0) found.push({ milestone, beyondDays: daysBeyond(dist.min), iterations: below });
  if (above > 0) found.push({ milestone, beyondDays: daysBeyond(last), iterations: above });
  const min = dayAt(dist, lo);
  return dist.days === undefined ? { min, counts, total: dist.total } : { min, counts, total: dist.total, days: dist.days.slice(lo, hi + 1) };
}

/** The first entry of `dist` (with counts) whose day is ≥ 0001-01-01; counts.length when none. */
function firstEntryInside(dist: DayDistribution): number {
  if (dist.days === undefined) return Math.max(0, FIRST_DAY - dist.min);
  return lastAtMost(dist.days, 0, dist.counts.length, FIRST_DAY - 1) + 1;
}

/** The last entry of `dist` (with counts) whose day is ≤ 9999-12-31; −1 when none. */
function lastEntryInside(dist: DayDistribution): number {
  if (dist.days === undefined) return Math.min(dist.counts.length - 1, LAST_DAY - dist.min);
  return lastAtMost(dist.days, 0, dist.counts.length, LAST_DAY);
}

/** Iterations whose day satisfies `test` (one test per entry). */
function countWhere(dist: DayDistribution, test: (day: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < dist.counts.length; i++) if (test(dayAt(dist, i))) n += dist.counts[i]!;
  return n;
}

/**
 * The findings for simulated dates left out (rule date-range, error unless the plan's `rules` says otherwise), at the
 * milestone's current date; one per milestone and side, the side with more held iterations first. Milestones in
 * `reported` (whose deterministic dates the pipeline already held and reported) get none.
 */
export function simulatedRangeDiagnostics(ws: Workspace, found: readonly SimulatedOutOfRange[], reported: ReadonlySet<string>, locate: (origin: Origin) => { line: number; column: number }): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const o of found) {
    const m = ws.milestones[o.milestone]!;
    if (reported.has(m.ref)) continue;
    const setting = ws.plans[m.plan]!.rules.get('date-range') ?? 'error';
    if (setting === 'off') continue;
    const at = currentDateOrigin(m);
    const after = o.beyondDays > 0;
    out.push({
      file: at.file, ...locate(at), rule: 'date-range', severity: setting, ref: m.ref,
      message: msg('date-range.simulated', { ref: m.ref, days: Math.abs(o.beyondDays), after, bound: after ? LAST_DAY : FIRST_DAY, iterations: o.iterations }),
      hint: msg('date-range.hint', { id: m.id, cause: null }),
      related: [],
    });
  }
  return out;
}
