// Bins of a whole-day distribution for the histogram and the S-curve (text and HTML share them).
import { dayAt, lastDay, type DayDistribution } from '../../risk/statistics.js';

export interface Bin {
  /** First and last day of the bin. */
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** Share of samples ≤ `to`. */
  readonly cumulative: number;
}

/**
 * At most `maxBins` bins of equal whole-day width covering the sampled range (days from `dist.min`), dense or sparse
 * (statistics.ts): each entry is added to its bin once, O(entries + bins).
 */
export function binsOf(dist: DayDistribution, maxBins: number): Bin[] {
  if (dist.counts.length === 0) return [];
  const span = lastDay(dist) - dist.min + 1;
  const width = Math.max(1, Math.ceil(span / maxBins));
  const bins: Bin[] = [];
  let seen = 0;
  let i = 0;
  for (let start = 0; start < span; start += width) {
    let count = 0;
    for (const end = dist.min + Math.min(span, start + width); i < dist.counts.length && dayAt(dist, i) < end; i++) count += dist.counts[i]!;
    seen += count;
    bins.push({ from: dist.min + start, to: dist.min + Math.min(span, start + width) - 1, count, cumulative: seen / dist.total });
  }
  return bins;
}
