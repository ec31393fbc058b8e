// Simulated dates outside 0001-01-01 … 9999-12-31 (SPEC §4 `date-range`, §11): the kernel draws on raw day numbers,
// so a lag near the schema's limit can take p(M) past 9999-12-31 in some iterations even when the deterministic
// date stays inside. As the scheduler does (schedule/date-range.ts), those iterations are held at the bound: every
// percentile, mean and chart then shows a date that can be written, and the count of held iterations is reported.
import { daysBeyond, FIRST_DAY, LAST_DAY } from '../schedule/date-range.js';
import type { DayDistribution } from './statistics.js';
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

/**
 * The distribution with every day before 0001-01-01 counted at 0001-01-01 and every day after 9999-12-31 at
 * 9999-12-31; `dist` itself when it lies inside. Percentiles of the held distribution are the held percentiles
 * (holding is monotone), so pNN never names an impossible date.
 */
export function holdDistribution(dist: DayDistribution, milestone: number, found: SimulatedOutOfRange[]): DayDistribution {
  const last = dist.min + dist.counts.length - 1;
  if (dist.counts.length === 0 || (dist.min >= FIRST_DAY && last <= LAST_DAY)) return dist;
  const lo = Math.max(dist.min, FIRST_DAY);
  const hi = Math.min(last, LAST_DAY);
  if (lo > hi) {
    // Every iteration on one side: a single held day.
    const after = dist.min > LAST_DAY;
    found.push({ milestone, beyondDays: daysBeyond(after ? last : dist.min), iterations: dist.total });
    return { min: after ? LAST_DAY : FIRST_DAY, counts: Uint32Array.of(dist.total), total: dist.total };
  }
  const counts = dist.counts.slice(lo - dist.min, hi - dist.min + 1);
  let below = 0;
  for (let i = 0; i < lo - dist.min; i++) below += dist.counts[i]!;
  let above = 0;
  for (let i = hi - dist.min + 1; i < dist.counts.length; i++) above += dist.counts[i]!;
  if (below > 0) {
    counts[0]! += below;
    found.push({ milestone, beyondDays: daysBeyond(dist.min), iterations: below });
  }
  if (above > 0) {
    counts[counts.length - 1]! += above;
    found.push({ milestone, beyondDays: daysBeyond(last), iterations: above });
  }
  return { min: lo, counts, total: dist.total };
}

/**
 * The findings for held simulated dates (rule date-range, error unless the plan's `rules` says otherwise), at the
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
      hint: msg('date-range.hint', { id: m.id, successors: false }),
      related: [],
    });
  }
  return out;
}
