// Statistics over whole-day samples: counting distributions, percentiles, means, mid-ranks and Spearman's rho.

/**
 * Counts of whole-day values, in one of two shapes (issue #18). Dense, without `days`: counts[i] samples of day
 * min + i, from the smallest day drawn to the largest (zeros between). Sparse, with `days`: counts[i] samples of
 * days[i], the days drawn ascending, each once and each with a count > 0, min = days[0]. Which shape a set of
 * samples takes is decided by the samples alone (keepsDense), so the same samples give the same distribution
 * whichever way they were counted. Every consumer walks entries i < counts.length with dayAt(dist, i): that costs
 * the distinct days drawn, not the range between the first and the last (thousands of days on a long risky chain).
 */
export interface DayDistribution {
  readonly min: number;
  readonly counts: Uint32Array;
  readonly total: number;
  readonly days?: Int32Array;
}

/** A dense distribution spans at most this many days whatever it holds. */
const DENSE_SPAN_FLOOR = 64;
/** … or this many days per distinct day drawn (4 bytes a day: 16 bytes per day drawn, a sparse entry's 8 twice). */
const DENSE_SPAN_PER_DAY = 4;

/**
 * Whether samples on `distinct` days from the first to the last of `span` days are kept dense: when the dense
 * counts (4 bytes a day) are at most 64 days or 4 days per distinct day drawn; otherwise sparse (issue #18).
 */
export function keepsDense(span: number, distinct: number): boolean {
  return span <= DENSE_SPAN_FLOOR || span <= DENSE_SPAN_PER_DAY * distinct;
}

/** The day of entry i of `dist` (0 ≤ i < counts.length), dense or sparse. */
export function dayAt(dist: DayDistribution, i: number): number {
  return dist.days === undefined ? dist.min + i : dist.days[i]!;
}

/** The largest day of a distribution with counts (dense: its last entry may not be 0, as distributionOf gives it). */
export function lastDay(dist: DayDistribution): number {
  return dayAt(dist, dist.counts.length - 1);
}

/** The last entry whose day is ≤ `day`, −1 when none: by arithmetic when dense, by bisection of `days` when sparse. */
export function lastEntryAtMost(dist: DayDistribution, day: number): number {
  const n = dist.counts.length;
  if (dist.days === undefined) return Math.max(-1, Math.min(day - dist.min, n - 1));
  return lastAtMost(dist.days, 0, n, day);
}

/**
 * The last index i in [from, to) of the ascending `days` with days[i] ≤ day, from − 1 when none (bisection: the
 * lookup of a sparse distribution's entry by day, O(log entries)).
 */
export function lastAtMost(days: Int32Array, from: number, to: number, day: number): number {
  let lo = from;
  let hi = to;
  // Invariant: days[i] ≤ day for i < lo, days[i] > day for i ≥ hi.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The distribution of `distinct` days (ascending, each once, counts > 0) with their counts and their sum `total`,
 * in the shape keepsDense picks: the arrays themselves when sparse (kept, not copied), else counts spread over the
 * days from the first to the last. `distinct` = 0 gives the empty distribution { min: 0, counts: [], total: 0 }.
 */
export function distributionOfDays(days: Int32Array, counts: Uint32Array, distinct: number, total: number): DayDistribution {
  if (distinct === 0) return { min: 0, counts: new Uint32Array(0), total: 0 };
  const min = days[0]!;
  const span = days[distinct - 1]! - min + 1;
  if (!keepsDense(span, distinct)) {
    return { min, counts: counts.length === distinct ? counts : counts.slice(0, distinct), total, days: days.length === distinct ? days : days.slice(0, distinct) };
  }
  const dense = new Uint32Array(span);
  for (let i = 0; i < distinct; i++) dense[days[i]! - min] = counts[i]!;
  return { min, counts: dense, total };
}

/**
 * The distribution of dense counts (counts[i] of day min + i, the first and the last > 0) in the shape keepsDense
 * picks: `counts` itself when dense, else its days with counts gathered.
 */
export function distributionOfDense(min: number, counts: Uint32Array, total: number): DayDistribution {
  let distinct = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i] !== 0) distinct++;
  if (keepsDense(counts.length, distinct)) return { min, counts, total };
  const days = new Int32Array(distinct);
  const kept = new Uint32Array(distinct);
  let j = 0;
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] === 0) continue;
    days[j] = min + i;
    kept[j++] = counts[i]!;
  }
  return { min, counts: kept, total, days };
}

/**
 * Counting distribution of integer samples, each counted once, shifted by `shift` days; dense or sparse as
 * keepsDense picks. O(samples) when their range is within a few times their number, else O(samples · log samples).
 */
export function distributionOf(values: Int32Array | Int16Array | Int8Array, shift = 0): DayDistribution {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (values.length === 0) return { min: 0, counts: new Uint32Array(0), total: 0 };
  const span = max - min + 1;
  if (keepsDense(span, values.length)) {
    // At most 64 days, or 4 per sample: count them in place (the shape still goes by the distinct days).
    const counts = new Uint32Array(span);
    for (let i = 0; i < values.length; i++) counts[values[i]! - min]!++;
    return distributionOfDense(min + shift, counts, values.length);
  }
  // Too few samples for a dense count over their range: sort them and count each run of a day.
  const sorted = Int32Array.from(values).sort();
  const days = new Int32Array(sorted.length);
  const counts = new Uint32Array(sorted.length);
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    const d = sorted[i]! + shift;
    if (distinct > 0 && days[distinct - 1] === d) counts[distinct - 1]!++;
    else {
      days[distinct] = d;
      counts[distinct++] = 1;
    }
  }
  return distributionOfDays(days, counts, distinct, values.length);
}

/** The smallest d with at least pct % of the samples ≤ d (SPEC §11). */
export function percentile(dist: DayDistribution, pct: number): number {
  let seen = 0;
  for (let i = 0; i < dist.counts.length; i++) {
    seen += dist.counts[i]!;
    if (seen * 100 >= pct * dist.total) return dayAt(dist, i);
  }
  return lastDay(dist);
}

/** The mean, rounded to the nearest whole day (half up); the sum is of whole days from `min`, exact below 2^53. */
export function meanDay(dist: DayDistribution): number {
  let sum = 0;
  for (let i = 0; i < dist.counts.length; i++) sum += (dayAt(dist, i) - dist.min) * dist.counts[i]!;
  return dist.min + Math.floor(sum / dist.total + 0.5);
}

/** Share of samples ≤ day. */
export function shareAtMost(dist: DayDistribution, day: number): number {
  const last = lastEntryAtMost(dist, day);
  let seen = 0;
  for (let i = 0; i <= last; i++) seen += dist.counts[i]!;
  return seen / dist.total;
}

/** The entry of `day` in `dist` (a day it holds): by arithmetic when dense, by bisection when sparse. */
export function entryOf(dist: DayDistribution, day: number): number {
  return dist.days === undefined ? day - dist.min : lastAtMost(dist.days, 0, dist.counts.length, day);
}

/** Mid-ranks (1-based, ties averaged) of integer samples, written into `out`. */
export function midRanks(values: Int32Array | Int16Array | Int8Array, out: Float64Array): void {
  const dist = distributionOf(values);
  const rankOf = new Float64Array(dist.counts.length);
  let below = 0;
  for (let i = 0; i < dist.counts.length; i++) {
    const c = dist.counts[i]!;
    rankOf[i] = below + (c + 1) / 2;
    below += c;
  }
  if (dist.days === undefined) for (let i = 0; i < values.length; i++) out[i] = rankOf[values[i]! - dist.min]!;
  else for (let i = 0; i < values.length; i++) out[i] = rankOf[entryOf(dist, values[i]!)]!;
}

/** Pearson correlation of two rank vectors (Spearman's rho); 0 when either is constant. */
export function correlation(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i]!;
    sy += y[i]!;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Rounds to 4 decimals, the precision of every share in the report. */
export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
