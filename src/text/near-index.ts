// An index of words for the searches of text/closest.ts that find a candidate at distance 0 or 1: a broken file among
// 10,000 milestones leaves hundreds of references unknown, each searched among all milestone refs (SPEC §14: a change
// re-analysed within 1 s). Most of them have a candidate one edit away (`plan-0/M12` → `plan-1/M12`), and the plain
// scan then still compares every later candidate. Here a candidate at distance 0 is one map lookup, and the
// candidates at distance 1 are among those that share a one-character deletion with the word (an insertion, deletion,
// substitution or swap of neighbours leaves such a shared deletion), checked one by one.

/** Lower-cased words by position: the exact ones and each one-character deletion of them. */
export class NearIndex {
  /** Word → its first position. */
  private readonly exact = new Map<string, number>();
  /** A word with one character left out → the positions of the words it comes from, ascending (a number when one). */
  private readonly deleted = new Map<string, number | number[]>();

  constructor(private readonly lower: readonly string[]) {
    for (let k = 0; k < lower.length; k++) {
      const w = lower[k]!;
      if (!this.exact.has(w)) this.exact.set(w, k);
      for (let i = 0; i < w.length; i++) {
        // Deleting either of two equal neighbours gives the same key: one entry is enough.
        if (i > 0 && w[i] === w[i - 1]) continue;
        this.add(w.slice(0, i) + w.slice(i + 1), k);
      }
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
    this.each(w, consider);
    for (let i = 0; i < w.length; i++) {
      if (i > 0 && w[i] === w[i - 1]) continue;
      const d = w.slice(0, i) + w.slice(i + 1);
      // A word one shorter is such a deletion itself; one of equal length shares a deletion with w.
      const shorter = this.exact.get(d);
      if (shorter !== undefined && (best < 0 || shorter < best)) best = shorter;
      this.each(d, consider);
    }
    return best < 0 ? undefined : { index: best, distance: 1 };
  }

  private add(key: string, k: number): void {
    const at = this.deleted.get(key);
    if (at === undefined) this.deleted.set(key, k);
    else if (typeof at === 'number') {
      if (at !== k) this.deleted.set(key, [at, k]);
    } else if (at[at.length - 1] !== k) at.push(k);
  }

  private each(key: string, fn: (k: number) => void): void {
    const at = this.deleted.get(key);
    if (at === undefined) return;
    if (typeof at === 'number') fn(at);
    else for (const k of at) fn(k);
  }
}
