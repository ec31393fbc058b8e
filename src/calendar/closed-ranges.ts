// Closed day ranges of a calendar: merged for fast lookups.
import type { DayNumber } from './day.js';

export interface ClosedRange {
  readonly from: DayNumber;
  /** Inclusive. */
  readonly to: DayNumber;
}

/** Sorted, merged ranges (overlapping and adjacent ones joined). */
export function mergeRanges(ranges: readonly ClosedRange[]): ClosedRange[] {
  const sorted = ranges.filter((r) => r.from <= r.to).sort((a, b) => a.from - b.from);
  const merged: { from: DayNumber; to: DayNumber }[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.from <= last.to + 1) last.to = Math.max(last.to, range.to);
    else merged.push({ from: range.from, to: range.to });
  }
  return merged;
}

/** Index of the last range with from ≤ d, or -1. */
export function findRange(ranges: readonly ClosedRange[], d: DayNumber): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((ranges[mid]?.from ?? 0) <= d) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
