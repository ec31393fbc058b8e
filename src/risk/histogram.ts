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
/**
 * A full segment of this many entries or more is settled (sorted, each day once) before it grows, and grows only
 * when the days fill three quarters of it: a sparse histogram then holds O(distinct days), not O(samples).
 */
const SETTLE_FROM = 256;
/** Runs of up to this many entries are sorted by insertion; longer ones by one native sort of exact doubles. */
const INSERTION_SORT = 32;
/** A longer run's sort key: day · 2^20 + place (exact below 2^53 for any Int32 day), for runs of up to 2^20 entries. */
const KEY_SCALE = 2 ** 20;
/** Views of the key scratch kept by length up to this many entries (a typed array's native sort takes all of it). */
const KEPT_VIEWS = 4096;

/** Sort keys and merged entries of SparseEntries.settle, grown as needed (one set per thread). */
let keyScratch = new Float64Array(1024);
let dayScratch = new Int32Array(1024);
let countScratch = new Uint32Array(1024);
let keyViews: Float64Array[] = [];

/** The first `n` keys of the key scratch as an array of their own. */
function keyView(n: number): Float64Array {
  if (n > KEPT_VIEWS) return keyScratch.subarray(0, n);
  return (keyViews[n] ??= keyScratch.subarray(0, n));
}

// A sparse histogram's state: 8 Int32 slots, one cache line with all an append reads.
const STRIDE = 8;
/** Where its entries start (entry index), and how many its segment holds (0: not sparse). */
const AT = 0;
const CAP = 1;
/** Entries [0, HEAD) are sorted, each day once; entries [HEAD, LENGTH) were appended since, in any order. */
const HEAD = 2;
const LENGTH = 3;
/** Its smallest and largest day. */
const MIN = 4;
const MAX = 5;
/** Its samples (held at 2^31 − 1: only weighed against its range). */
const TOTAL = 6;
const MAX_TOTAL = 2147483647;

/**
 * The entries of the sparse histograms of a set, pooled in one buffer (one allocation for all, as the windows'
 * bytes): entry i is the pair days[2i], counts[2i + 1] (an Int32 and a Uint32 view of the buffer; one cache line
 * for both). Histogram k's segment is entries [at, at + cap), after a header entry (its histogram, −1 once left
 * behind; its capacity). Appending is O(1); a full segment moves to one twice its size (settled first from
 * SETTLE_FROM entries on), so a histogram holds at most twice the entries it was given, or, once settled, a few
 * times its distinct days. The segments in use are moved down over those left behind in one pass in address order
 * (the headers say which are which) when a quarter of the pool is left behind; else the pool grows by half.
 */
class SparseEntries {
  days: Int32Array;
  counts: Uint32Array;
  readonly state: Int32Array;
  /** Entries handed out (segments left behind and headers included), and in current segments with their headers. */
  private used = 0;
  private live = 0;

  constructor(size: number) {
    const buffer = new ArrayBuffer(64 * 8);
    this.days = new Int32Array(buffer);
    this.counts = new Uint32Array(buffer);
    this.state = new Int32Array(size * STRIDE);
  }

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
    const { days, counts } = this;
    if (dayScratch.length < end - at) {
      dayScratch = new Int32Array(Math.max(end - at, dayScratch.length * 2));
      countScratch = new Uint32Array(dayScratch.length);
    }
    if (tail <= INSERTION_SORT) {
      for (let i = t0 + 1; i < end; i++) {
        const d = days[2 * i]!;
        const c = counts[2 * i + 1]!;
        let j = i - 1;
        while (j >= t0 && days[2 * j]! > d) {
          days[2 * j + 2] = days[2 * j]!;
          counts[2 * j + 3] = counts[2 * j + 1]!;
          j--;
        }
        days[2 * j + 2] = d;
        counts[2 * j + 3] = c;
      }
    } else this.sortRun(t0, end);
    this.mergeSorted(k);
  }

  /**
   * Sorts entries [from, to) (more than INSERTION_SORT) by day: up to 2^20 of them by one native sort of
   * day · 2^20 + place, more by their places sorted with a comparison (a histogram of a million days and more).
   */
  private sortRun(from: number, to: number): void {
    const n = to - from;
    const { days, counts } = this;
    if (n > KEY_SCALE) {
      const order = new Uint32Array(n);
      for (let i = 0; i < n; i++) order[i] = i;
      order.sort((x, y) => days[2 * (from + x)]! - days[2 * (from + y)]! || x - y);
      for (let i = 0; i < n; i++) {
        dayScratch[i] = days[2 * (from + order[i]!)]!;
        countScratch[i] = counts[2 * (from + order[i]!) + 1]!;
      }
    } else {
      if (keyScratch.length < n) {
        keyScratch = new Float64Array(Math.max(n, keyScratch.length * 2));
        keyViews = [];
      }
      const keys = keyView(n);
      for (let i = 0; i < n; i++) keys[i] = days[2 * (from + i)]! * KEY_SCALE + i;
      keys.sort();
      for (let i = 0; i < n; i++) {
        const key = keys[i]!;
        const d = Math.floor(key / KEY_SCALE);
        dayScratch[i] = d;
        countScratch[i] = counts[2 * (from + key - d * KEY_SCALE) + 1]!;
      }
    }
    for (let i = 0; i < n; i++) {
      days[2 * (from + i)] = dayScratch[i]!;
      counts[2 * (from + i) + 1] = countScratch[i]!;
    }
  }

  /** Merges histogram k's sorted head with its sorted tail, each day once (the tail in place when it follows the head). */
  private mergeSorted(k: number): void {
    const st = this.state;
    const b = k * STRIDE;
    const at = st[b + AT]!;
    const t0 = at + st[b + HEAD]!;
    const end = at + st[b + LENGTH]!;
    const { days, counts } = this;
    let w: number;
    if (t0 === at || days[2 * t0 - 2]! <= days[2 * t0]!) {
      w = t0;
      for (let i = t0; i < end; i++) {
        const d = days[2 * i]!;
        if (w > at && days[2 * w - 2] === d) counts[2 * w - 1]! += counts[2 * i + 1]!;
        else {
          days[2 * w] = d;
          counts[2 * w + 1] = counts[2 * i + 1]!;
          w++;
        }
      }
    } else {
      let x = at;
      let y = t0;
      let out = 0;
      while (x < t0 || y < end) {
        const i = y >= end || (x < t0 && days[2 * x]! <= days[2 * y]!) ? x++ : y++;
        const d = days[2 * i]!;
        if (out > 0 && dayScratch[out - 1] === d) countScratch[out - 1]! += counts[2 * i + 1]!;
        else {
          dayScratch[out] = d;
          countScratch[out++] = counts[2 * i + 1]!;
        }
      }
      for (let i = 0; i < out; i++) {
        days[2 * (at + i)] = dayScratch[i]!;
        counts[2 * (at + i) + 1] = countScratch[i]!;
      }
      w = at + out;
    }
    st[b + HEAD] = w - at;
    st[b + LENGTH] = w - at;
  }

  /** Moves histogram k's entries to a new segment of `capacity`. */
  private move(k: number, capacity: number): void {
    const to = this.reserve(k, capacity);
    const b = k * STRIDE;
    const from = this.state[b + AT]!;
    this.days.copyWithin(2 * to, 2 * from, 2 * (from + this.state[b + LENGTH]!));
    this.release(from);
    this.state[b + AT] = to;
    this.state[b + CAP] = capacity;
  }

  /**
   * A segment of `capacity` entries for histogram k after its header, past the segments in use: when it does not
   * fit, the segments are moved down over those left behind (when these are a quarter of the pool or more), else
   * the pool grows by half. Returns where its entries start.
   */
  private reserve(k: number, capacity: number): number {
    const slots = capacity + 1;
    if (this.used + slots > this.days.length / 2) {
      if ((this.used - this.live) * 8 >= this.days.length) this.compact();
      if (this.used + slots > this.days.length / 2) {
        const buffer = new ArrayBuffer(8 * Math.max(64, Math.ceil((this.used + slots) * 1.5)));
        const days = new Int32Array(buffer);
        days.set(this.days.subarray(0, 2 * this.used));
        this.days = days;
        this.counts = new Uint32Array(buffer);
      }
    }
    const header = this.used;
    this.days[2 * header] = k;
    this.counts[2 * header + 1] = capacity;
    this.used += slots;
    this.live += slots;
    return header + 1;
  }

  /** Leaves the segment whose entries start at `at` behind. */
  private release(at: number): void {
    this.days[2 * at - 2] = -1;
    this.live -= this.counts[2 * at - 1]! + 1;
  }

  /** Moves the segments in use (header and entries) down over those left behind, in address order, in place. */
  private compact(): void {
    const { days, counts, state } = this;
    let to = 0;
    for (let from = 0; from < this.used; ) {
      const k = days[2 * from]!;
      const slots = counts[2 * from + 1]! + 1;
      if (k >= 0) {
        if (from !== to) {
          days.copyWithin(2 * to, 2 * from, 2 * (from + 1 + state[k * STRIDE + LENGTH]!));
          state[k * STRIDE + AT] = to + 1;
        }
        to += slots;
      }
      from += slots;
    }
    this.used = to;
  }
}

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

  constructor(size: number, data?: HistogramData) {
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
    if (cap > WINDOW_FLOOR && cap > WINDOW_PER_SAMPLE * (this.windowTotal(k) + times)) {
      this.toSparse(k);
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

  /** Histogram k's window (with its carries) as sparse entries; the window is left behind (compact reclaims it). */
  private toSparse(k: number): void {
    const cap = this.cap[k]!;
    const at = this.at[k]!;
    const lo = this.lo[k]!;
    const high = this.high.get(k);
    const low = this.low;
    let distinct = 0;
    for (let i = 0; i < cap; i++) if (low[at + i] !== 0 || high?.has(lo + i) === true) distinct++;
    const sp = this.sparse;
    sp.open(k, Math.max(FIRST_ENTRIES, 2 * distinct));
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
