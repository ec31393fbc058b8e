// Whole-day histograms filled while sampling (SPEC §11, issue #18): one per position (p(M)) or per sampled quantity
// (its draws), each a window of day counts that widens when a value falls outside it. Memory is O(histograms ×
// distinct days) where the sample store held every iteration (100,000 milestones × 10,000 iterations: 2 GB of Int16).
// Counts are exact, so histograms filled on any threads and merged give the same numbers for any split of iterations.
import type { DayDistribution } from './statistics.js';

/** A histogram set's arrays, as they cross between threads (postMessage with transfer). */
export interface HistogramData {
  readonly lo: Int32Array;
  readonly cap: Int32Array;
  readonly at: Int32Array;
  readonly counts: Uint16Array | Uint32Array;
  readonly used: number;
}

/** The first window of a histogram: a few days each side of its first value (most windows widen once or twice). */
const FIRST_PAD = 4;

export class DayHistograms {
  /** Day of slot 0 of each window. */
  readonly lo: Int32Array;
  /** Slots of each window; 0 before the first value. */
  readonly cap: Int32Array;
  /** Where each window starts in `counts`. */
  readonly at: Int32Array;
  counts: Uint16Array | Uint32Array;
  /** Slots of `counts` handed out (windows left behind by a widening included). */
  used: number;
  /** Slots in current windows. */
  private live: number;

  /** `size` histograms whose counts never exceed `maxCount` (Uint16 counts up to 65,535, else Uint32). */
  constructor(size: number, maxCount: number, data?: HistogramData) {
    if (data !== undefined) {
      this.lo = data.lo;
      this.cap = data.cap;
      this.at = data.at;
      this.counts = data.counts;
      this.used = data.used;
      let live = 0;
      for (let k = 0; k < size; k++) live += data.cap[k]!;
      this.live = live;
      return;
    }
    this.lo = new Int32Array(size);
    this.cap = new Int32Array(size);
    this.at = new Int32Array(size);
    this.counts = maxCount <= 0xffff ? new Uint16Array(Math.max(64, size * 16)) : new Uint32Array(Math.max(64, size * 16));
    this.used = 0;
    this.live = 0;
  }

  get size(): number {
    return this.lo.length;
  }

  /** Counts `times` samples of `day` in histogram k. */
  add(k: number, day: number, times: number): void {
    const i = day - this.lo[k]!;
    if (i >= 0 && i < this.cap[k]!) this.counts[this.at[k]! + i]! += times;
    else this.widen(k, day, times);
  }

  /** Counts values[from + t·stride] for t < count in histogram k (a tile column: one window lookup for all). */
  addColumn(k: number, values: Int32Array, from: number, stride: number, count: number): void {
    const lo = this.lo[k]!;
    const cap = this.cap[k]!;
    const at = this.at[k]!;
    const counts = this.counts;
    for (let t = 0; t < count; t++) {
      const day = values[from + t * stride]!;
      const i = day - lo;
      if (i >= 0 && i < cap) counts[at + i]!++;
      else {
        this.widen(k, day, 1);
        this.addColumn(k, values, from + (t + 1) * stride, stride, count - t - 1);
        return;
      }
    }
  }

  /** A wider window for histogram k that holds `day` (at least twice the old one), then counts it. */
  private widen(k: number, day: number, times: number): void {
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
      // At least double, the extra on the side of the new day (where the tail is).
      const want = 2 * oldCap;
      if (hi - lo + 1 < want) {
        if (day < oldLo) lo = hi - want + 1;
        else hi = lo + want - 1;
      }
    }
    const cap = hi - lo + 1;
    const at = this.reserve(cap);
    const counts = this.counts;
    if (oldCap > 0) counts.copyWithin(at + (oldLo - lo), this.at[k]!, this.at[k]! + oldCap);
    this.live += cap - oldCap;
    this.lo[k] = lo;
    this.cap[k] = cap;
    this.at[k] = at;
    counts[at + day - lo]! += times;
  }

  /** `slots` zeroed slots at the end of `counts`, after compacting or growing it when they do not fit. */
  private reserve(slots: number): number {
    if (this.used + slots > this.counts.length) {
      // Left-behind windows are more than half: compact into a new array (room for the live ones twice over).
      const length = Math.max(this.counts.length * (this.live * 2 < this.used ? 1 : 2), (this.live + slots) * 2, 64);
      const next = this.counts instanceof Uint16Array ? new Uint16Array(length) : new Uint32Array(length);
      let used = 0;
      for (let k = 0; k < this.lo.length; k++) {
        const cap = this.cap[k]!;
        if (cap === 0) continue;
        next.set(this.counts.subarray(this.at[k]!, this.at[k]! + cap), used);
        this.at[k] = used;
        used += cap;
      }
      this.counts = next;
      this.used = used;
    }
    const at = this.used;
    this.used += slots;
    return at;
  }

  /** Adds every count of `other` (the same number of histograms). */
  merge(other: DayHistograms): void {
    for (let k = 0; k < other.lo.length; k++) {
      const cap = other.cap[k]!;
      const at = other.at[k]!;
      const lo = other.lo[k]!;
      for (let i = 0; i < cap; i++) {
        const c = other.counts[at + i]!;
        if (c > 0) this.add(k, lo + i, c);
      }
    }
  }

  /** The counting distribution of histogram k from its smallest to its largest day (as distributionOf gives it). */
  distribution(k: number): DayDistribution {
    const at = this.at[k]!;
    const cap = this.cap[k]!;
    const counts = this.counts;
    let first = 0;
    while (first < cap && counts[at + first] === 0) first++;
    if (first === cap) return { min: 0, counts: new Uint32Array(0), total: 0 };
    let last = cap - 1;
    while (counts[at + last] === 0) last--;
    const out = Uint32Array.from(counts.subarray(at + first, at + last + 1));
    let total = 0;
    for (let i = 0; i < out.length; i++) total += out[i]!;
    return { min: this.lo[k]! + first, counts: out, total };
  }

  /** The arrays (counts cut to the slots in use), to post to another thread. */
  data(): HistogramData {
    return { lo: this.lo, cap: this.cap, at: this.at, counts: this.counts.subarray(0, this.used), used: this.used };
  }
}
