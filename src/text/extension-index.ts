// The candidates that extend a word or that the word extends (`MP4` and `MP4-revised`, `p/M1034` and `p/M103`),
// which closest.ts prefers to any other candidate but an equal one: a renamed id mostly keeps its old name as its
// start, and a substitution one edit away names another milestone (a tester's `after: [MP4]`, with MP4 renamed
// MP4-revised or MP4x, was told "did you mean MP1?").
//
// An extension keeps the text up to the last '/' (a ref's plan) and adds no '/': both are in one id. The shorter of
// the two has at least MIN_SHARED characters after its last '/': "M" is begun by every M-id. Among extensions the
// nearest wins, the one that adds or leaves out fewest characters, then the first in the candidates' order.

/** The characters after the last '/' the shorter of a word and its extension must have. */
export const MIN_SHARED = 2;

/**
 * How many characters `long` adds to `short` (lower-cased both) when it extends it, 0 when they are equal; -1 when
 * it does not, or `short` has fewer than MIN_SHARED characters after its last '/', or the characters added hold one.
 */
export function extensionGap(short: string, long: string): number {
  if (long.length < short.length || !long.startsWith(short)) return -1;
  if (short.length - short.lastIndexOf('/') - 1 < MIN_SHARED) return -1;
  return long.indexOf('/', short.length) < 0 ? long.length - short.length : -1;
}

/**
 * The position of the candidate equal to `w` (lower-cased), else of the nearest one that extends it or that it
 * extends, the first of equals, among `lower` (lower-cased candidates) at `positions` (ascending; all when
 * undefined), the one at position `except` passed over; -1 when there is none.
 */
export function nearestExtension(w: string, lower: readonly string[], positions?: readonly number[], except = -1): number {
  const m = w.length;
  if (m - w.lastIndexOf('/') - 1 < MIN_SHARED) return -1;
  let best = -1;
  let bestGap = Infinity;
  const count = positions === undefined ? lower.length : positions.length;
  for (let at = 0; at < count; at++) {
    const k = positions === undefined ? at : positions[at]!;
    if (k === except) continue;
    const c = lower[k]!;
    const n = c.length;
    // One is the other's start only if they agree at the shorter's last character: most candidates differ there
    // (a plan's refs share all but their last few), and are passed over without comparing their starts.
    const last = (n < m ? n : m) - 1;
    if (last < 0 || c.charCodeAt(last) !== w.charCodeAt(last)) continue;
    const gap = n >= m ? extensionGap(w, c) : extensionGap(c, w);
    if (gap === 0) return k;
    if (gap > 0 && gap < bestGap) {
      best = k;
      bestGap = gap;
    }
  }
  return best;
}

/** A group's candidates (slash-index.ts: the text up to the last '/'): positions, ascending; after SORT_AFTER look-ups also sorted by text. */
interface Bucket {
  readonly positions: readonly number[];
  walks: number;
  sorted: number[] | undefined;
}

/**
 * Look-ups that walk a group before it is sorted. Sorting costs about as much as thirty walks (a plan's 1,000 refs:
 * some 0.5 ms against 15 µs): most workspaces ask about a few unknown refs of a plan, some about hundreds.
 */
const SORT_AFTER = 32;

/**
 * nearestExtension's answer from the candidates of the word's group alone (its text up to the last '/'), which hold
 * all its extensions and all it extends: a plan's refs among 100,000 (bench/generate-programme.mjs), walked, or once
 * sorted, bisected. The groups are SlashIndex's, which the search of refs makes anyway: no pass of its own over the
 * candidates (one cost some 10–20 ms at 100,000 refs).
 */
export class ExtensionIndex {
  private readonly buckets = new Map<string, Bucket>();

  /** `groups`: SlashIndex.groups of `lower`. */
  constructor(private readonly lower: readonly string[], private readonly groups: ReadonlyMap<string, readonly number[]>) {}

  /** What nearestExtension(w, …) gives over all the candidates, the one at `except` passed over. */
  nearest(w: string, except = -1): number {
    const slash = w.lastIndexOf('/');
    const length = slash + 1 + MIN_SHARED;
    if (length > w.length) return -1;
    const key = w.slice(0, slash + 1);
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      const positions = this.groups.get(key);
      if (positions === undefined) return -1;
      this.buckets.set(key, (bucket = { positions, walks: 0, sorted: undefined }));
    }
    if (bucket.sorted === undefined && ++bucket.walks <= SORT_AFTER) {
      return nearestExtension(w, this.lower, bucket.positions, except);
    }
    const lower = this.lower;
    const sorted = (bucket.sorted ??= bucket.positions.slice().sort((a, b) => (lower[a]! < lower[b]! ? -1 : lower[a]! > lower[b]! ? 1 : a - b)));
    // Equal texts sort by position, so the first at or after a text is the first written of it.
    const from = (text: string): number => {
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (lower[sorted[mid]!]! < text) low = mid + 1;
        else high = mid;
      }
      return low;
    };
    let best = -1;
    let bestGap = Infinity;
    const take = (k: number, gap: number): void => {
      if (gap < bestGap || (gap === bestGap && k < best)) {
        best = k;
        bestGap = gap;
      }
    };
    // Those that extend w follow it in sorted order (the first, when equal, is the answer).
    for (let i = from(w); i < sorted.length && lower[sorted[i]!]!.startsWith(w); i++) {
      const k = sorted[i]!;
      if (k === except) continue;
      if (lower[k]!.length === w.length) return k;
      take(k, lower[k]!.length - w.length);
    }
    // Those that w extends are its starts of at least the key's length.
    for (let n = length; n < w.length; n++) {
      const start = w.slice(0, n);
      let i = from(start);
      if (sorted[i] === except) i++;
      if (i < sorted.length && lower[sorted[i]!] === start) take(sorted[i]!, w.length - n);
    }
    return best;
  }
}
