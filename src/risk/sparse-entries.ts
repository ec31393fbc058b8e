// The entries of the sparse day histograms (histogram.ts, issue #18): (day, count) pairs of every sparse histogram of a
// set pooled in one buffer, appended in O(1), settled (sorted, each day once) when read or when a long segment fills.
import { AT, CAP, HEAD, LENGTH, MAX, MAX_TOTAL, MIN, SparseSegments, STRIDE, TOTAL } from './sparse-segments.js';
import { settleEntries } from './sparse-settle.js';

/**
 * A full segment of this many entries or more is settled (sorted, each day once) before it grows, and grows only
 * when the days fill three quarters of it: a sparse histogram then holds O(distinct days), not O(samples).
 */
export const SETTLE_FROM = 256;

/**
 * The sparse histograms of a set, their entries in the segments of one pooled buffer (SparseSegments). Appending is
 * O(1); a full segment moves to one twice its size (settled first from SETTLE_FROM entries on), so a histogram holds
 * at most twice the entries it was given, or, once settled, a few times its distinct days.
 */
export class SparseEntries extends SparseSegments {
  /** Whether histogram k is sparse. */
  has(k: number): boolean {
    return this.state[k * STRIDE + CAP]! > 0;
  }

  /** Where histogram k's entries start (entry index: its days are days[2i], its counts counts[2i + 1]). */
  at(k: number): number {
    return this.state[k * STRIDE + AT]!;
  }

  /** Histogram k's entries (sorted, each day once, after settle). */
  length(k: number): number {
    return this.state[k * STRIDE + LENGTH]!;
  }

  /** Entries histogram k's segment holds. */
  capacity(k: number): number {
    return this.state[k * STRIDE + CAP]!;
  }

  /** The days from histogram k's smallest to its largest, both included. */
  span(k: number): number {
    return this.state[k * STRIDE + MAX]! - this.state[k * STRIDE + MIN]! + 1;
  }

  smallest(k: number): number {
    return this.state[k * STRIDE + MIN]!;
  }

  /** Histogram k's samples (held at 2^31 − 1). */
  total(k: number): number {
    return this.state[k * STRIDE + TOTAL]!;
  }

  /** Whether histogram k's segment is full. */
  full(k: number): boolean {
    return this.state[k * STRIDE + LENGTH] === this.state[k * STRIDE + CAP];
  }

  /** Makes histogram k sparse with room for `capacity` entries, none yet. */
  open(k: number, capacity: number): void {
    const at = this.reserve(k, capacity);
    const b = k * STRIDE;
    const st = this.state;
    st[b + AT] = at;
    st[b + CAP] = capacity;
    st[b + HEAD] = 0;
    st[b + LENGTH] = 0;
    st[b + MIN] = 2147483647;
    st[b + MAX] = -2147483648;
    st[b + TOTAL] = 0;
  }

  /** Histogram k is no longer sparse: its segment is left behind. */
  close(k: number): void {
    const b = k * STRIDE;
    this.release(this.state[b + AT]!);
    this.state[b + CAP] = 0;
    this.state[b + HEAD] = 0;
    this.state[b + LENGTH] = 0;
  }

  /** Appends `times` (> 0) samples of `day` to sparse histogram k, whose segment is not full. */
  append(k: number, day: number, times: number): void {
    const st = this.state;
    const b = k * STRIDE;
    const i = 2 * (st[b + AT]! + st[b + LENGTH]!);
    st[b + LENGTH]!++;
    this.days[i] = day;
    this.counts[i + 1] = times;
    if (day < st[b + MIN]!) st[b + MIN] = day;
    if (day > st[b + MAX]!) st[b + MAX] = day;
    st[b + TOTAL] = Math.min(MAX_TOTAL, st[b + TOTAL]! + times);
  }

  /** Room for more entries in histogram k's full segment: twice the segment, unless settling it left a quarter free. */
  grow(k: number): void {
    const b = k * STRIDE;
    const cap = this.state[b + CAP]!;
    if (cap >= SETTLE_FROM) {
      this.settle(k);
      if (this.state[b + LENGTH]! * 4 <= cap * 3) return;
    }
    this.move(k, 2 * cap);
  }

  /** Sorts histogram k's appended entries by day and merges them into its sorted ones, each day once. */
  settle(k: number): void {
    const st = this.state;
    const b = k * STRIDE;
    const at = st[b + AT]!;
    const t0 = at + st[b + HEAD]!;
    const end = at + st[b + LENGTH]!;
    const tail = end - t0;
    if (tail === 0) return;
    const length = settleEntries(this.days, this.counts, at, t0, end);
    st[b + HEAD] = length;
    st[b + LENGTH] = length;
  }
}
