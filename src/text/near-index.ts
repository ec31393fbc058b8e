// An index of words for the searches of text/closest.ts that find a candidate at distance 0 or 1: a broken file among
// 10,000 milestones leaves hundreds of references unknown, each searched among all milestone refs (SPEC §14: a change
// re-analysed within 1 s). Most of them have a candidate one edit away (`plan-0/M12` → `plan-1/M12`), and the plain
// scan then still compares every later candidate. Here a candidate at distance 0 is one map lookup, and the
// candidates at distance 1 are among those that share a one-character deletion with the word (an insertion, deletion,
// substitution or swap of neighbours leaves such a shared deletion), checked one by one. The deletions are kept as
// 30-bit hashes, computed from prefix and suffix hashes without building the strings (10,000 refs have over 100,000
// deletions); a collision only adds a candidate that the check then refuses.

/** The hash's base (odd, so that multiplying by it is a bijection on 32-bit integers). */
const BASE = 0x01000193;

/** Lower-cased words by position: the exact ones and each one-character deletion of them (as hashes). */
export class NearIndex {
  /** Word → its first position. */
  private readonly exact = new Map<string, number>();
  /** Hash of a word with one character left out → the positions of the words it comes from, ascending (a number when one). */
  private readonly deleted = new Map<number, number | number[]>();
  /** BASE ** n (mod 2^32), grown as needed. */
  private readonly powers: number[] = [1];

  constructor(private readonly lower: readonly string[]) {
    for (let k = 0; k < lower.length; k++) {
      const w = lower[k]!;
      if (!this.exact.has(w)) this.exact.set(w, k);
      this.deletions(w, (h) => this.add(h, k));
    }
  }

  /**
   * The first position (in the words' order) of a word at the smallest distance from `w` (lower-cased) if that
   * distance is 0 or 1, with the distance; undefined when every word is further away.
   */
  nearest(w: string, withinOne: (a: string, b: string) => boolean): { index: number; distance: 0 | 1 } | undefined {
    const same = this.exact.get(w);
    if (same !== undefined) return { index: same, distance: 0 };
    let best = -1;
    const consider = (k: number): void => {
      if ((best < 0 || k < best) && withinOne(w, this.lower[k]!)) best = k;
    };
    // A word one longer: one of its deletions is w.
    this.each(small(hashOf(w)), consider);
    // A word one shorter is a deletion of w itself; one of equal length shares a deletion with w.
    for (let i = 0; i < w.length; i++) {
      if (i > 0 && w[i] === w[i - 1]) continue;
      const shorter = this.exact.get(w.slice(0, i) + w.slice(i + 1));
      if (shorter !== undefined && (best < 0 || shorter < best)) best = shorter;
    }
    this.deletions(w, (h) => this.each(h, consider));
    return best < 0 ? undefined : { index: best, distance: 1 };
  }

  /** Calls `fn` with the hash of each distinct one-character deletion of `w`. */
  private deletions(w: string, fn: (hash: number) => void): void {
    const n = w.length;
    while (this.powers.length <= n) this.powers.push(Math.imul(this.powers[this.powers.length - 1]!, BASE) >>> 0);
    // suffix[i] = hash of w.slice(i).
    const suffix = new Array<number>(n + 1);
    suffix[n] = 0;
    for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(w.charCodeAt(i), this.powers[n - 1 - i]!) + suffix[i + 1]!) >>> 0;
    let prefix = 0;
    for (let i = 0; i < n; i++) {
      // Deleting either of two equal neighbours gives the same string: one is enough.
      if (i === 0 || w[i] !== w[i - 1]) fn(small((Math.imul(prefix, this.powers[n - 1 - i]!) + suffix[i + 1]!) >>> 0));
      prefix = (Math.imul(prefix, BASE) + w.charCodeAt(i)) >>> 0;
    }
  }

  private add(hash: number, k: number): void {
    const at = this.deleted.get(hash);
    if (at === undefined) this.deleted.set(hash, k);
    else if (typeof at === 'number') {
      if (at !== k) this.deleted.set(hash, [at, k]);
    } else if (at[at.length - 1] !== k) at.push(k);
  }

  private each(hash: number, fn: (k: number) => void): void {
    const at = this.deleted.get(hash);
    if (at === undefined) return;
    if (typeof at === 'number') fn(at);
    else for (const k of at) fn(k);
  }
}

/** A hash cut to 30 bits: V8 keeps such numbers unboxed (small integers), which makes the map several times faster. */
function small(hash: number): number {
  return hash & 0x3fffffff;
}

/** The polynomial hash of `s` (the same as a deletion's hash of the string it leaves). */
function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) >>> 0;
  return h;
}
