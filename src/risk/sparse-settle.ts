// Settling a sparse histogram's entries (sparse-entries.ts): the run appended since it was last settled, sorted by
// day and merged into its sorted head, each day once, through scratch arrays kept per thread.

/** Runs of up to this many entries are sorted by insertion; longer ones by one native sort of exact doubles. */
const INSERTION_SORT = 32;
/** A longer run's sort key: day · 2^20 + place (exact below 2^53 for any Int32 day), for runs of up to 2^20 entries. */
const KEY_SCALE = 2 ** 20;
/** Views of the key scratch kept by length up to this many entries (a typed array's native sort takes all of it). */
const KEPT_VIEWS = 4096;

/** Sort keys and merged entries of settleEntries, grown as needed (one set per thread). */
let keyScratch = new Float64Array(1024);
let dayScratch = new Int32Array(1024);
let countScratch = new Uint32Array(1024);
let keyViews: Float64Array[] = [];

/** The first `n` keys of the key scratch as an array of their own. */
function keyView(n: number): Float64Array {
  if (n > KEPT_VIEWS) return keyScratch.subarray(0, n);
  return (keyViews[n] ??= keyScratch.subarray(0, n));
}

/**
 * Sorts entries [t0, end) (appended, at least one; entry i is days[2i], counts[2i + 1]) by day and merges them into
 * the sorted entries [at, t0), each day once. Returns how many entries from `at` on that leaves, sorted.
 */
export function settleEntries(days: Int32Array, counts: Uint32Array, at: number, t0: number, end: number): number {
  const tail = end - t0;
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
  } else sortRun(days, counts, t0, end);
  return mergeSorted(days, counts, at, t0, end);
}

/**
 * Sorts entries [from, to) (more than INSERTION_SORT) by day: up to 2^20 of them by one native sort of
 * day · 2^20 + place, more by their places sorted with a comparison (a histogram of a million days and more).
 */
function sortRun(days: Int32Array, counts: Uint32Array, from: number, to: number): void {
  const n = to - from;
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

/**
 * Merges the sorted head [at, t0) with the sorted tail [t0, end), each day once (the tail in place when it follows
 * the head). Returns how many entries from `at` on that leaves.
 */
function mergeSorted(days: Int32Array, counts: Uint32Array, at: number, t0: number, end: number): number {
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
  return w - at;
}
