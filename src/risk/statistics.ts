// Statistics over whole-day samples: counting distributions, percentiles, means, mid-ranks and Spearman's rho.

/** Counts of each whole-day value from `min` on: counts[d - min]. */
export interface DayDistribution {
  readonly min: number;
  readonly counts: Uint32Array;
  readonly total: number;
}

/** Counting distribution of integer samples (the range of drawn dates stays within a few thousand days). */
export function distributionOf(values: Int32Array | Int16Array | Int8Array, shift = 0): DayDistribution {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (values.length === 0) return { min: 0, counts: new Uint32Array(0), total: 0 };
  const counts = new Uint32Array(max - min + 1);
  for (let i = 0; i < values.length; i++) counts[values[i]! - min]!++;
  return { min: min + shift, counts, total: values.length };
}

/** The smallest d with at least pct % of the samples ≤ d (SPEC §11). */
export function percentile(dist: DayDistribution, pct: number): number {
  let seen = 0;
  for (let i = 0; i < dist.counts.length; i++) {
    seen += dist.counts[i]!;
    if (seen * 100 >= pct * dist.total) return dist.min + i;
  }
  return dist.min + dist.counts.length - 1;
}

/** The mean, rounded to the nearest whole day (half up). */
export function meanDay(dist: DayDistribution): number {
  let sum = 0;
  for (let i = 0; i < dist.counts.length; i++) sum += i * dist.counts[i]!;
  return dist.min + Math.floor(sum / dist.total + 0.5);
}

/** Share of samples ≤ day. */
export function shareAtMost(dist: DayDistribution, day: number): number {
  const last = Math.min(day - dist.min, dist.counts.length - 1);
  let seen = 0;
  for (let i = 0; i <= last; i++) seen += dist.counts[i]!;
  return seen / dist.total;
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
  for (let i = 0; i < values.length; i++) out[i] = rankOf[values[i]! - dist.min]!;
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
