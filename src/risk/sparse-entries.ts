// The entries of the sparse day histograms (histogram.ts, issue #18): (day, count) pairs of every sparse histogram of a
// set pooled in one buffer, appended in O(1), settled (sorted, each day once) when read or when a long segment fills.

/**
 * A full segment of this many entries or more is settled (sorted, each day once) before it grows, and grows only
 * when the days fill three quarters of it: a sparse histogram then holds O(distinct days), not O(samples).
 */
export const SETTLE_FROM = 256;
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
export class SparseEntries {
  days: Int32Array;
  counts: Uint32Array;
  readonly state: Int32Array;
  /** Entries handed out (segments left behind and headers included), and in current segments with their headers. */
  private used = 0;
  private live = 0;
  /** Entries the pool is expected to need in all (plan): its next growth goes at least that far. */
  private planned = 0;

  constructor(size: number) {
    const buffer = new ArrayBuffer(64 * 8);
    this.days = new Int32Array(buffer);
    this.counts = new Uint32Array(buffer);
    this.state = new Int32Array(size * STRIDE);
  }

  /**
   * Expects `entries` entries (headers included) in all: the pool's next growth makes room for them at once instead
   * of growing by half again and again, each time copying what it holds (the histograms of a risky chain go sparse
   * in the same few iterations: 54 growths, 630 ms at 100,000 positions). Pages of the buffer not yet written cost no
   * memory (a large ArrayBuffer is mapped zeroed on demand), so a generous plan costs address space only.
   */
  plan(entries: number): void {
    if (entries > this.planned) this.planned = entries;
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
        const buffer = new ArrayBuffer(8 * Math.max(64, Math.ceil((this.used + slots) * 1.5), this.planned));
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
