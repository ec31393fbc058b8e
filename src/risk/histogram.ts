// Whole-day histograms filled while sampling (SPEC §11, issue #18): one per position (p(M)) or per sampled quantity
// (its draws), each a window of day counts that widens when a value falls outside it. Memory is O(histograms ×
// distinct days) where the sample store held every iteration (100,000 milestones × 10,000 iterations: 2 GB of Int16).
// A count is a byte plus 256 × a carry kept aside (at 100,000 milestones × 2,000 iterations, 24 of 28.6 million days
// reached 256). Counts are exact, so histograms filled on any threads and merged give the same numbers for any split.
import type { DayDistribution } from './statistics.js';

/** A histogram set's arrays, as they cross between threads (postMessage with transfer). */
export interface HistogramData {
  readonly lo: Int32Array;
  readonly cap: Int32Array;
  readonly at: Int32Array;
  readonly low: Uint8Array;
  /** Carries as (histogram, day, carry) triples. */
  readonly carries: Float64Array;
}

/** The first window of a histogram: a few days each side of its first value. */
const FIRST_PAD = 4;

export class DayHistograms {
  /** Day of slot 0 of each window. */
  readonly lo: Int32Array;
  /** Slots of each window; 0 before the first value. */
  readonly cap: Int32Array;
  /** Where each window starts in `low`. */
  readonly at: Int32Array;
  /** The low byte of each count. */
  low: Uint8Array;
  /** Count ÷ 256 of the slots that reached 256, by histogram, then day. */
  private readonly high = new Map<number, Map<number, number>>();
  /** Slots of `low` handed out (windows left behind by a widening included). */
  private used: number;
  /** Slots in current windows. */
  private live: number;

  constructor(size: number, data?: HistogramData) {
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
    const i = day - this.lo[k]!;
    if (i < 0 || i >= this.cap[k]!) this.widen(k, day);
    const at = this.at[k]! + day - this.lo[k]!;
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
      let i = day - lo;
      if (i < 0 || i >= cap) {
        this.widen(k, day);
        lo = this.lo[k]!;
        cap = this.cap[k]!;
        at = this.at[k]!;
        low = this.low;
        i = day - lo;
      }
      const c = low[at + i]! + 1;
      if (c === 256) {
        low[at + i] = 0;
        this.carry(k, day, 1);
      } else low[at + i] = c;
    }
  }

  private carry(k: number, day: number, carry: number): void {
    let m = this.high.get(k);
    if (m === undefined) this.high.set(k, (m = new Map()));
    m.set(day, (m.get(day) ?? 0) + carry);
  }

  /** The count of `day` in histogram k. */
  count(k: number, day: number): number {
    const i = day - this.lo[k]!;
    const low = i >= 0 && i < this.cap[k]! ? this.low[this.at[k]! + i]! : 0;
    const m = this.high.get(k);
    return m === undefined ? low : low + 256 * (m.get(day) ?? 0);
  }

  /** A window for histogram k that holds `day`: the old one widened to it and by at least a quarter. */
  private widen(k: number, day: number): void {
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
    const at = this.reserve(cap);
    const low = this.low;
    if (oldCap > 0) low.copyWithin(at + (oldLo - lo), this.at[k]!, this.at[k]! + oldCap);
    this.live += cap - oldCap;
    this.lo[k] = lo;
    this.cap[k] = cap;
    this.at[k] = at;
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
    for (let k = 0; k < other.lo.length; k++) {
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

  /** The counting distribution of histogram k from its smallest to its largest day (as distributionOf gives it). */
  distribution(k: number): DayDistribution {
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
    return { min: lo + first, counts, total };
  }

  /** The arrays (windows compacted, the carries as triples), to post to another thread. */
  data(): HistogramData {
    this.compact();
    const carries: number[] = [];
    for (const [k, m] of this.high) for (const [day, carry] of m) carries.push(k, day, carry);
    return { lo: this.lo, cap: this.cap, at: this.at, low: this.low.subarray(0, this.used), carries: Float64Array.from(carries) };
  }
}
