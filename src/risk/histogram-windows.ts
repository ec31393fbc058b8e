// The shape of each day histogram (histogram.ts): a window widened to hold a new day, or kept sparse when the window
// would be too wide, and a window again when the sparse entries would fill one.
//
// A window costs a byte per day from the smallest day seen to the largest. On a long chain with range estimates and
// many risk events the late milestones spread over thousands of days while each holds only as many samples as
// iterations (risky-10000 at 20 iterations: windows of 3,550 days on average, each for 20 samples; 4.5 GB at
// 100,000 milestones). A histogram whose window would be wider than 16 days per sample (and 64 days) is kept sparse
// instead: the (day, count) entries it was given, 8 bytes each, at most one per sample; a sparse histogram becomes a
// window again when its samples would fill one to a day in 8.
import { FIRST_ENTRIES, HistogramPool } from './histogram-pool.js';
import { SETTLE_FROM } from './sparse-entries.js';

/** The first window of a histogram: a few days each side of its first value. */
const FIRST_PAD = 4;
/** A window may always be this wide (bytes, a day each) … */
export const WINDOW_FLOOR = 64;
/** … and else 16 days (bytes) per sample, 4 × the 4 bytes a sample would take kept as a day; wider goes sparse. */
const WINDOW_PER_SAMPLE = 16;
/** A sparse histogram becomes a window again when its range is at most 8 days per sample (half the above: no flapping). */
export const DENSE_AGAIN_PER_SAMPLE = 8;

/** The moves of HistogramPool's histograms between window and sparse; DayHistograms (histogram.ts) counts into them. */
export class HistogramWindows extends HistogramPool {
  /**
   * A window for histogram k that holds `day`: the old one widened to it and by at least a quarter; true. When that
   * window would be wider than 64 days and 16 days per sample (those in the window and the `times` to come), the
   * histogram goes sparse instead; false. Both cost what copying the old window costs.
   */
  protected widen(k: number, day: number, times: number): boolean {
    const oldCap = this.cap[k]!;
    const oldLo = this.lo[k]!;
    let lo: number;
    let hi: number;
    if (oldCap === 0) {
      lo = day - FIRST_PAD;
      hi = day + FIRST_PAD;
    } else {
      const oldHi = oldLo + oldCap - 1;
      lo = Math.min(oldLo, day);
      hi = Math.max(oldHi, day);
      // The extra on the side of the new day (where the tail is).
      const want = oldCap + Math.max(FIRST_PAD, oldCap >> 2);
      if (hi - lo + 1 < want) {
        if (day < oldLo) lo = hi - want + 1;
        else hi = lo + want - 1;
      }
    }
    const cap = hi - lo + 1;
    const total = cap > WINDOW_FLOOR ? this.windowTotal(k) : 0;
    if (cap > WINDOW_FLOOR && cap > WINDOW_PER_SAMPLE * (total + times)) {
      this.toSparse(k, total);
      return false;
    }
    const at = this.reserve(cap);
    const low = this.low;
    if (oldCap > 0) low.copyWithin(at + (oldLo - lo), this.at[k]!, this.at[k]! + oldCap);
    this.live += cap - oldCap;
    this.lo[k] = lo;
    this.cap[k] = cap;
    this.at[k] = at;
    return true;
  }

  /** The samples in histogram k's window (its bytes and carries). */
  private windowTotal(k: number): number {
    const at = this.at[k]!;
    let total = 0;
    for (let i = at, end = at + this.cap[k]!; i < end; i++) total += this.low[i]!;
    const high = this.high.get(k);
    if (high !== undefined) for (const carry of high.values()) total += 256 * carry;
    return total;
  }

  /**
   * Histogram k's window (with its carries, `total` samples) as sparse entries; the window is left behind (compact
   * reclaims it).
   */
  private toSparse(k: number, total: number): void {
    const cap = this.cap[k]!;
    const at = this.at[k]!;
    const lo = this.lo[k]!;
    const high = this.high.get(k);
    const low = this.low;
    let distinct = 0;
    for (let i = 0; i < cap; i++) if (low[at + i] !== 0 || high?.has(lo + i) === true) distinct++;
    const sp = this.sparse;
    // An entry per sample at most: room for those still expected after the `total` in the window, and in the pool
    // for every histogram of the set going sparse the same way.
    const capacity = Math.max(FIRST_ENTRIES, 2 * distinct, Math.min(SETTLE_FROM, distinct + this.expected - total));
    if (this.expected > 0) sp.plan(this.size * (capacity + 1));
    sp.open(k, capacity);
    for (let i = 0; i < cap; i++) {
      const c = low[at + i]! + (high === undefined ? 0 : 256 * (high.get(lo + i) ?? 0));
      if (c !== 0) sp.append(k, lo + i, c);
    }
    this.high.delete(k);
    this.live -= cap;
    this.lo[k] = 0;
    this.cap[k] = 0;
    this.at[k] = 0;
  }

  /** Sparse histogram k as a window of exactly its range again: its entries added in (counts of 256 and more carried). */
  protected toWindow(k: number): void {
    const sp = this.sparse;
    const lo = sp.smallest(k);
    const cap = sp.span(k);
    // Reserved first: a compaction of the windows on the way must not see this one yet.
    const window = this.reserve(cap);
    this.lo[k] = lo;
    this.cap[k] = cap;
    this.at[k] = window;
    this.live += cap;
    const from = sp.at(k);
    for (let i = from, end = from + sp.length(k); i < end; i++) {
      const day = sp.days[2 * i]!;
      const at = window + day - lo;
      const sum = this.low[at]! + sp.counts[2 * i + 1]!;
      this.low[at] = sum & 255;
      if (sum > 255) this.carry(k, day, Math.floor(sum / 256));
    }
    sp.close(k);
  }
}
