// The scan of closest.ts: the candidates in order (or at given positions) compared with a word by edit distance,
// pruned by length and by the best distance so far, and, with a layout of the candidates, by the prefixes they share
// with the one before them.
import { beginBitWord, bitDistance, boundedDistance, endBitWord, MAX_COMPARED, prefixBound, savedPrefix, withinOne } from './edit-distance.js';

/**
 * What a scan in order knows of each lower-cased candidate without reading it (one object among 100,000 scattered
 * over the heap, a cache miss each): the length of the prefix it shares with the candidate before it (0 for the
 * first), its length and its last UTF-16 unit (-1 when empty). It costs about one scan to make.
 */
export interface Layout {
  readonly shared: Int32Array;
  readonly lengths: Int32Array;
  readonly last: Int32Array;
}

/** The largest distance a suggestion may have: a third of the word's length, at least 1. */
export function limitOf(word: string): number {
  return limitForLength(word.length);
}

/**
 * limitOf a word of `length` UTF-16 units: 1 for a word longer than MAX_COMPARED, whose larger distances are not
 * computed (edit-distance.ts): one edit away is still told exactly (withinOne).
 */
export function limitForLength(length: number): number {
  return length > MAX_COMPARED ? 1 : Math.max(1, Math.floor(length / 3));
}

export function layoutOf(lower: readonly string[]): Layout {
  const shared = new Int32Array(lower.length);
  const lengths = new Int32Array(lower.length);
  const last = new Int32Array(lower.length);
  let a = '';
  for (let k = 0; k < lower.length; k++) {
    const b = lower[k]!;
    const n = Math.min(a.length, b.length);
    let i = 0;
    while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    shared[k] = i;
    lengths[k] = b.length;
    last[k] = b.length > 0 ? b.charCodeAt(b.length - 1) : -1;
    a = b;
  }
  return { shared, lengths, last };
}

/**
 * The first of the candidates at `positions` (all, in order, when undefined) with the smallest distance from `word`
 * if that is at most the limit and `seed`: its position and distance, or position -1 and Infinity. With `layout` (only
 * when all are searched, in order), the prefix each candidate shares with the word follows from the one before it's,
 * mostly without reading either: refs of one plan share most of their text. A candidate at distance 2 or more whose
 * last character differs from the word's and whose shared prefix is short is then passed over unread, which is most
 * of them once a candidate at distance 1 is known: a scan of 100,000 refs seeded at distance 1 went from about 4 ms to 0.8.
 * The candidate at position `except` (-1: none) is passed over, as if it were not there.
 */
export function search(word: string, words: readonly string[], lower: readonly string[] | undefined, positions: readonly number[] | undefined, seed: number, layout?: Layout, except = -1): { index: number; distance: number } {
  const limit = limitOf(word);
  const w = word.toLowerCase();
  // A word of up to 32 characters is compared bit-parallel (one 32-bit word of the table's column per character).
  const bits = w.length <= 32;
  if (bits) beginBitWord(w);
  let best = -1;
  // A seed of d looks for d or less, as if a candidate at d + 1 had been found.
  let bestDistance = seed === Infinity ? Infinity : seed + 1;
  const count = positions === undefined ? words.length : positions.length;
  const inOrder = positions === undefined && lower !== undefined ? layout : undefined;
  const wLength = w.length;
  const wLast = wLength > 0 ? w.charCodeAt(wLength - 1) : -1;
  // The length of the prefix the word shares with the candidate (with `inOrder`; 0 when not known).
  let common = 0;
  // With `inOrder`: the length of the prefix the candidate shares with the last one bitDistance compared, and how much
  // of it puts a candidate past the bound (Infinity: none found).
  let sinceCompared = 0;
  let pastBound = Infinity;
  for (let at = 0; at < count; at++) {
    const k = positions === undefined ? at : positions[at]!;
    // Only a distance below the best so far replaces it, and only one within the limit can be the answer.
    const bound = Math.min(bestDistance - 1, limit);
    if (bound < 0) break;
    const c = lower !== undefined ? lower[k]! : words[k]!.toLowerCase();
    let d: number;
    if (inOrder !== undefined) {
      // The word shares `common` characters with the candidate before, which shares inOrder.shared[k] with this one:
      // the smaller of them, or, when they are equal, that many and perhaps more.
      const before = inOrder.shared[k]!;
      const length = inOrder.lengths[k]!;
      if (before < sinceCompared) sinceCompared = before;
      if (before < common) common = before;
      else if (before === common) {
        const n = Math.min(length, wLength);
        while (common < n && c.charCodeAt(common) === w.charCodeAt(common)) common++;
      }
      // Passed over after the shared prefix is followed: the next candidate's is told relative to this one's.
      if (k === except) continue;
      // A run of candidates that begin as the last one compared, where the table already is past the bound.
      if (sinceCompared >= pastBound) continue;
      if (Math.abs(length - wLength) > bound) continue;
      if (common === wLength && length === wLength) d = 0;
      // One edit leaves the last characters equal unless it is at the end, where the shared prefix reaches.
      else if (bound <= 1 && inOrder.last[k] !== wLast && common < Math.min(length, wLength) - 2) continue;
      else if (bound <= 1) d = bound === 0 ? 1 : withinOne(w, c, common) ? 1 : 2;
      else if (bits) {
        d = bitDistance(wLength, c, bound, sinceCompared);
        sinceCompared = length;
        pastBound = k + 1 < count ? boundReachedAt(inOrder.shared[k + 1]!, wLength, Math.min(d <= bound ? d - 1 : bound, limit)) : Infinity;
      } else d = boundedDistance(w, c, bound);
    } else {
      if (k === except || Math.abs(c.length - wLength) > bound) continue;
      // Distances 0 and 1 have a linear test; the table is for the rest.
      d = bound === 0 ? (c === w ? 0 : 1) : bound === 1 ? (c === w ? 0 : withinOne(w, c) ? 1 : 2) : bits ? bitDistance(wLength, c, bound) : boundedDistance(w, c, bound);
    }
    if (d <= bound) {
      best = k;
      bestDistance = d;
    }
  }
  if (bits) endBitWord(w);
  // Every candidate taken was within `bound`, so within the limit.
  return best >= 0 ? { index: best, distance: bestDistance } : { index: -1, distance: Infinity };
}

/**
 * After bitDistance compared a candidate with the word (of m characters): the shortest prefix of that candidate past
 * which no candidate beginning with it can be within `bound` (see prefixBound), when the next candidate, which shares
 * `next` characters with it, is such a one; else Infinity. The scan then passes over every candidate that shares that
 * prefix: a ref among 100,000 whose plan failed to load was compared with each one (about 2 ms a scan), and now with
 * a few of each plan.
 */
function boundReachedAt(next: number, m: number, bound: number): number {
  const saved = Math.min(next, savedPrefix());
  if (saved < 1 || prefixBound(saved, m) <= bound) return Infinity;
  // The bound grows with the prefix: the shortest prefix past it, by halves.
  let low = 1;
  let high = saved;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (prefixBound(mid, m) > bound) high = mid;
    else low = mid + 1;
  }
  return low;
}
