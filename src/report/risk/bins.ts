// Bins of a whole-day distribution for the histogram and the S-curve (text and HTML share them).
import type { DayDistribution } from '../../risk/statistics.js';

export interface Bin {
  /** First and last day of the bin. */
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** Share of samples ≤ `to`. */
  readonly cumulative: number;
}

/** At most `maxBins` bins of equal whole-day width covering the sampled range. */
export function binsOf(dist: DayDistribution, maxBins: number): Bin[] {
  const span = dist.counts.length;
  if (span === 0) return [];
  const width = Math.max(1, Math.ceil(span / maxBins));
  const bins: Bin[] = [];
  let seen = 0;
  for (let start = 0; start < span; start += width) {
    let count = 0;
    for (let i = start; i < Math.min(span, start + width); i++) count += dist.counts[i]!;
    seen += count;
    bins.push({ from: dist.min + start, to: dist.min + Math.min(span, start + width) - 1, count, cumulative: seen / dist.total });
  }
  return bins;
}
