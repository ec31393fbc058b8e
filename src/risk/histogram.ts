// Whole-day histograms filled while sampling (SPEC §11, issue #18): one per position (p(M)) or per sampled quantity
// (its draws), each a window of day counts that widens when a value falls outside it. Memory is O(histograms ×
// distinct days) where the sample store held every iteration (100,000 milestones × 10,000 iterations: 2 GB of Int16).
// A count is a byte plus 256 × a carry kept aside (at 100,000 milestones × 2,000 iterations, 24 of 28.6 million days
// reached 256). Counts are exact, so histograms filled on any threads and merged give the same numbers for any split.
//
// A window costs a byte per day from the smallest day seen to the largest. On a long chain with range estimates and
// many risk events the late milestones spread over thousands of days while each holds only as many samples as
// iterations (risky-10000 at 20 iterations: windows of 3,550 days on average, each for 20 samples; 4.5 GB at
// 100,000 milestones). A histogram whose window would be wider than 16 days per sample (and 64 days) is kept sparse
// instead: the (day, count) entries it was given, 8 bytes each, at most one per sample; a sparse histogram becomes a
// window again when its samples would fill one to a day in 8.
import { SETTLE_FROM, SparseEntries } from './sparse-entries.js';
import { distributionOfDays, distributionOfDense, type DayDistribution } from './statistics.js';

/** A histogram set's arrays, as they cross between threads (postMessage with transfer). */
export interface HistogramData {
  readonly lo: Int32Array;
  readonly cap: Int32Array;
  readonly at: Int32Array;
  readonly low: Uint8Array;
  /** Carries as (histogram, day, carry) triples. */
  readonly carries: Float64Array;
  /** The sparse histograms, ascending; sparse[j]'s entries are sparseStart[j] .. sparseStart[j + 1] − 1. */
  readonly sparse: Int32Array;
  readonly sparseStart: Int32Array;
  /** The entries of each sparse histogram (a day with a count > 0), in any order; a day may come more than once. */
  readonly sparseDays: Int32Array;
  readonly sparseCounts: Uint32Array;
}

/** The first window of a histogram: a few days each side of its first value. */
const FIRST_PAD = 4;
/** A window may always be this wide (bytes, a day each) … */
const WINDOW_FLOOR = 64;
/** … and else 16 days (bytes) per sample, 4 × the 4 bytes a sample would take kept as a day; wider goes sparse. */
const WINDOW_PER_SAMPLE = 16;
/** A sparse histogram becomes a window again when its range is at most 8 days per sample (half the above: no flapping). */
const DENSE_AGAIN_PER_SAMPLE = 8;
/** Entries of a new sparse histogram's segment at least; a full segment grows to twice its size. */
const FIRST_ENTRIES = 16;

export class DayHistograms {
  /** Day of slot 0 of each window. */
  readonly lo: Int32Array;
  /** Slots of each window; 0 before the first value and while the histogram is sparse. */
  readonly cap: Int32Array;
  /** Where each window starts in `low`. */
  readonly at: Int32Array;
  /** The low byte of each count. */
  low: Uint8Array;
  /** The entries of the histograms kept sparse. */
  private readonly sparse: SparseEntries;
  /** Count ÷ 256 of the slots that reached 256, by histogram, then day. */
  private readonly high = new Map<number, Map<number, number>>();
  /** Slots of `low` handed out (windows left behind by a widening included). */
  private used: number;
  /** Slots in current windows. */
  private live: number;
  /**
   * Samples each histogram is expected to get in all (0: not known). A histogram going sparse gets room for the rest
   * of them at once (up to SETTLE_FROM entries): on a risky chain every position goes sparse in the same iteration and
   * then moved its segment at 16, 32, 64 … entries in step with all the others (risky-100000 at 100 iterations:
   * 500 MB of pool, old and new, and 2 s of copying).
   */
  private readonly expected: number;

  /** `size` histograms, empty or from another thread's data; `expectedSamples` as `expected`. */
  constructor(size: number, data?: HistogramData, expectedSamples = 0) {
    this.expected = expectedSamples;
    this.sparse = new SparseEntries(size);
    if (data !== undefined) {
      this.lo = data.lo;
      this.cap = data.cap;
      this.at = data.at;
      this.low = data.low;
      let live = 0;
      for (let k = 0; k < size; k++) live += data.cap[k]!;
      this.live = live;
      this.used = data.low.length;
      for (let i = 0; i < data.carries.length; i += 3) this.carry(data.carries[i]!, data.carries[i + 1]!, data.carries[i + 2]!);
      for (let j = 0; j < data.sparse.length; j++) {
        const k = data.sparse[j]!;
        const from = data.sparseStart[j]!;
        const to = data.sparseStart[j + 1]!;
        this.sparse.open(k, Math.max(FIRST_ENTRIES, 2 * (to - from)));
        for (let i = from; i < to; i++) this.sparse.append(k, data.sparseDays[i]!, data.sparseCounts[i]!);
      }
      return;
    }
    this.lo = new Int32Array(size);
    this.cap = new Int32Array(size);
    this.at = new Int32Array(size);
    this.low = new Uint8Array(Math.max(64, size * 16));
    this.used = 0;
    this.live = 0;
  }

  get size(): number {
    return this.lo.length;
  }

  /** Counts `times` samples of `day` in histogram k. */
  add(k: number, day: number, times: number): void {
    if (times === 0) return;
    const i = day - this.lo[k]!;
    if (i < 0 || i >= this.cap[k]!) {
      this.addOutside(k, day, times);
      return;
    }
    const at = this.at[k]! + i;
    const sum = this.low[at]! + times;
    this.low[at] = sum & 255;
    if (sum > 255) this.carry(k, day, Math.floor(sum / 256));
  }

  /** Counts values[from + t·stride] for t < count in histogram k (a tile column: one window lookup for all). */
  addColumn(k: number, values: Int32Array, from: number, stride: number, count: number): void {
    let lo = this.lo[k]!;
    let cap = this.cap[k]!;
    let at = this.at[k]!;
    let low = this.low;
    for (let t = 0; t < count; t++) {
      const day = values[from + t * stride]!;
      const i = day - lo;
      if (i < 0 || i >= cap) {
        // Outside the window (or sparse): counted the slow way, then the window looked up again.
        this.addOutside(k, day, 1);
        lo = this.lo[k]!;
        cap = this.cap[k]!;
        at = this.at[k]!;
        low = this.low;
        continue;
      }
      const c = low[at + i]! + 1;
      if (c === 256) {
        low[at + i] = 0;
        this.carry(k, day, 1);
      } else low[at + i] = c;
    }
  }

  /**
   * Counts `times` (> 0) samples of `day`, outside histogram k's window: into its sparse entries (a full segment
   * becomes a window again when its samples would fill one to a day in 8, else grows), or into its window widened to
   * hold the day, or, when that window would be wider than 16 days per sample, into the entries it goes sparse to.
   */
  private addOutside(k: number, day: number, times: number): void {
    const sp = this.sparse;
    if (sp.has(k) || !this.widen(k, day, times)) {
      if (sp.full(k)) {
        if (sp.span(k) <= Math.max(WINDOW_FLOOR, DENSE_AGAIN_PER_SAMPLE * sp.total(k))) {
          this.toWindow(k);
          this.add(k, day, times);
          return;
        }
        sp.grow(k);
      }
      sp.append(k, day, times);
      return;
    }
    this.add(k, day, times);
  }

  private carry(k: number, day: number, carry: number): void {
    let m = this.high.get(k);
    if (m === undefined) this.high.set(k, (m = new Map()));
    m.set(day, (m.get(day) ?? 0) + carry);
  }

  /** The count of `day` in histogram k. */
  count(k: number, day: number): number {
    const sp = this.sparse;
    if (sp.has(k)) {
      // Its entries for that day (once each after settle).
      sp.settle(k);
      const from = sp.at(k);
      let n = 0;
      for (let i = from, end = from + sp.length(k); i < end; i++) if (sp.days[2 * i] === day) n += sp.counts[2 * i + 1]!;
      return n;
    }
    const i = day - this.lo[k]!;
    const low = i >= 0 && i < this.cap[k]! ? this.low[this.at[k]! + i]! : 0;
    const m = this.high.get(k);
    return m === undefined ? low : low + 256 * (m.get(day) ?? 0);
  }

  /** Bytes histogram k's counts take: its window (a byte a day) or its sparse segment with its header (8 bytes an entry). */
  bytes(k: number): number {
    return this.sparse.has(k) ? 8 * (this.sparse.capacity(k) + 1) : this.cap[k]!;
  }

  /** Whether histogram k is kept sparse (its window would be wider than 16 days per sample). */
  isSparse(k: number): boolean {
    return this.sparse.has(k);
  }

  /**
   * A window for histogram k that holds `day`: the old one widened to it and by at least a quarter; true. When that
   * window would be wider than 64 days and 16 days per sample (those in the window and the `times` to come), the
   * histogram goes sparse instead; false. Both cost what copying the old window costs.
   */
  private widen(k: number, day: number, times: number): boolean {
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
  private toWindow(k: number): void {
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

  /**
   * `slots` zeroed slots after the windows in use: when they do not fit, the windows are moved down over those left
   * behind (when these are a quarter of the array or more), else the array grows by half.
   */
  private reserve(slots: number): number {
    if (this.used + slots > this.low.length) {
      if ((this.used - this.live) * 4 >= this.low.length) this.compact();
      if (this.used + slots > this.low.length) {
        const next = new Uint8Array(Math.max(64, Math.ceil((this.used + slots) * 1.5)));
        next.set(this.low.subarray(0, this.used));
        this.low = next;
      }
    }
    const at = this.used;
    this.used += slots;
    return at;
  }

  /** Moves every window down over the space left behind, in place (windows in order of their place). */
  private compact(): void {
    const order: number[] = [];
    for (let k = 0; k < this.lo.length; k++) if (this.cap[k]! > 0) order.push(k);
    order.sort((a, b) => this.at[a]! - this.at[b]!);
    let used = 0;
    for (const k of order) {
      const at = this.at[k]!;
      const cap = this.cap[k]!;
      if (at !== used) this.low.copyWithin(used, at, at + cap);
      this.at[k] = used;
      used += cap;
    }
    this.low.fill(0, used, this.used);
    this.used = used;
  }

  /** Adds every count of `other` (the same number of histograms). */
  merge(other: DayHistograms): void {
    const sp = other.sparse;
    for (let k = 0; k < other.lo.length; k++) {
      if (sp.has(k)) {
        for (let i = sp.at(k), end = i + sp.length(k); i < end; i++) this.add(k, sp.days[2 * i]!, sp.counts[2 * i + 1]!);
        continue;
      }
      const cap = other.cap[k]!;
      const at = other.at[k]!;
      const lo = other.lo[k]!;
      const high = other.high.get(k);
      for (let i = 0; i < cap; i++) {
        const c = other.low[at + i]! + (high === undefined ? 0 : 256 * (high.get(lo + i) ?? 0));
        if (c > 0) this.add(k, lo + i, c);
      }
    }
  }

  /**
   * The counting distribution of histogram k (as distributionOf gives it for the same samples: dense from its
   * smallest to its largest day, or sparse; statistics.ts keepsDense).
   */
  distribution(k: number): DayDistribution {
    const sp = this.sparse;
    if (sp.has(k)) {
      sp.settle(k);
      const from = sp.at(k);
      const n = sp.length(k);
      const days = new Int32Array(n);
      const counts = new Uint32Array(n);
      let total = 0;
      for (let i = 0; i < n; i++) {
        days[i] = sp.days[2 * (from + i)]!;
        counts[i] = sp.counts[2 * (from + i) + 1]!;
        total += counts[i]!;
      }
      return distributionOfDays(days, counts, n, total);
    }
    const at = this.at[k]!;
    const cap = this.cap[k]!;
    const lo = this.lo[k]!;
    const high = this.high.get(k);
    const all = Uint32Array.from(this.low.subarray(at, at + cap));
    if (high !== undefined) for (const [day, carry] of high) all[day - lo]! += 256 * carry;
    let first = 0;
    while (first < cap && all[first] === 0) first++;
    if (first === cap) return { min: 0, counts: new Uint32Array(0), total: 0 };
    let last = cap - 1;
    while (all[last] === 0) last--;
    const counts = all.slice(first, last + 1);
    let total = 0;
    for (let i = 0; i < counts.length; i++) total += counts[i]!;
    return distributionOfDense(lo + first, counts, total);
  }

  /**
   * The arrays (windows compacted, the carries as triples, the sparse histograms' entries laid end to end in the
   * order of the histograms), to post to another thread.
   */
  data(): HistogramData {
    this.compact();
    const carries: number[] = [];
    for (const [k, m] of this.high) for (const [day, carry] of m) carries.push(k, day, carry);
    const sp = this.sparse;
    const sparse: number[] = [];
    const sparseStart: number[] = [0];
    let entries = 0;
    for (let k = 0; k < this.lo.length; k++) {
      if (!sp.has(k)) continue;
      sparse.push(k);
      entries += sp.length(k);
      sparseStart.push(entries);
    }
    const sparseDays = new Int32Array(entries);
    const sparseCounts = new Uint32Array(entries);
    sparse.forEach((k, j) => {
      const from = sp.at(k);
      const to = sparseStart[j]!;
      for (let i = 0, n = sp.length(k); i < n; i++) {
        sparseDays[to + i] = sp.days[2 * (from + i)]!;
        sparseCounts[to + i] = sp.counts[2 * (from + i) + 1]!;
      }
    });
    return {
      lo: this.lo, cap: this.cap, at: this.at, low: this.low.subarray(0, this.used), carries: Float64Array.from(carries),
      sparse: Int32Array.from(sparse), sparseStart: Int32Array.from(sparseStart), sparseDays, sparseCounts,
    };
  }
}
