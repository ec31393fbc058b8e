// The candidates at distance 0 or 1 from a word among refs (`plan/ID`), found from each candidate's group (its text
// up to and including its last '/': a plan's refs) instead of a scan of all (issue #18: a generated programme of
// 100,000 milestones has 15 refs to a plan's missing milestones, each one edit from a ref of that plan; each search
// scanned every ref, about 100 ms in all).
//
// Why the groups are enough. Let w be the word, s the position of its last '/' (-1: none), K = w[0, s] its group
// and R = w[s + 1, end) the rest, which has no '/'. A candidate c one edit from w (an insertion, deletion,
// substitution or swap of neighbours: optimal string alignment, see edit-distance.ts) keeps w[0, i) as its start
// and w[j, end) as its end, with j - i from 0 (insertion) to 2 (swap). Then either
//   1. j <= s: c ends with '/' + R, so its group X is the rest of it, and X is one edit from K (a common suffix leaves
//      the distance as it is): c is X + R for a group X within one of K, found by exact look-up;
//   2. i > s: c begins with K and the edit is in R: c's group is K, or, when the edit writes a '/' (an insertion
//      before R[p], or a substitution of R[p]), K + R[0, p) + '/';
//   3. i <= s < j: the edit touches w[s] itself: its deletion or substitution (c in the group of w[0, s), the group
//      before K: '' when w[0, s) has no '/'), or a swap with its neighbour (c = w[0, s - 1) + '/' + w[s - 1] + R, or
//      w[0, s) + R[0] + '/' + R[1, end)), the two found by exact look-up.
// test/text/slash-index.test.ts checks the answers against the plain loop.

/** Lower-cased candidates by position: the positions of each group, and each group's candidates by text once asked. */
export class SlashIndex {
  /** Group (the text up to and including the last '/'; '' for a candidate without one) → positions, ascending. */
  readonly groups = new Map<string, number[]>();
  /** Group → its candidates' first positions by text, made at the first look-up in that group. */
  private readonly exact = new Map<string, Map<string, number>>();

  /** Builds the index of `lower` (lower-cased candidates, in the order of the answers): one pass, no strings cut but the groups' keys. */
  constructor(private readonly lower: readonly string[]) {
    let before = '';
    let group: number[] | undefined;
    // The length of the key of the candidate before (-1: none yet).
    let keyLength = -1;
    for (let k = 0; k < lower.length; k++) {
      const w = lower[k]!;
      // The last '/' (lastIndexOf is a call into the runtime, as long as the rest of this loop).
      let slash = w.length - 1;
      while (slash >= 0 && w.charCodeAt(slash) !== 47) slash--;
      // Refs come plan by plan: a key is cut and looked up only where it changes.
      let same = group !== undefined && slash + 1 === keyLength;
      for (let i = 0; same && i < keyLength; i++) same = w.charCodeAt(i) === before.charCodeAt(i);
      if (!same) {
        const key = w.slice(0, slash + 1);
        group = this.groups.get(key);
        if (group === undefined) this.groups.set(key, (group = []));
        keyLength = slash + 1;
        before = w;
      }
      group!.push(k);
    }
  }

  /**
   * The first position (in the candidates' order) of a candidate at the smallest distance from `w` (lower-cased) if
   * that distance is 0 or 1, with the distance; position -1 when every candidate is further. Undefined when the
   * groups to read hold more than `budget` candidates (a workspace of one plan: its group is every ref), where a scan
   * does better. `withinOne(a, b)`: whether two different strings are one edit apart (edit-distance.ts).
   */
  nearest(w: string, withinOne: (a: string, b: string) => boolean, budget: number): { index: number; distance: number } | undefined {
    let s = w.length - 1;
    while (s >= 0 && w.charCodeAt(s) !== 47) s--;
    const key = w.slice(0, s + 1);
    const rest = w.slice(s + 1);
    let previous = s - 1;
    while (previous >= 0 && w.charCodeAt(previous) !== 47) previous--;
    // The groups whose candidates are read one by one: w's own, those a '/' written into the rest makes (2), and,
    // for the '/' deleted or substituted, the group before w's (3).
    const read: number[][] = [];
    let cost = s >= 0 ? this.groups.size : 0;
    const readGroup = (g: string): void => {
      const positions = this.groups.get(g);
      if (positions === undefined) return;
      read.push(positions);
      cost += positions.length;
    };
    readGroup(key);
    for (let p = 0; p <= rest.length; p++) readGroup(`${key}${rest.slice(0, p)}/`);
    if (s >= 0) readGroup(w.slice(0, previous + 1));
    if (cost > budget) return undefined;
    const same = this.find(key, w);
    if (same >= 0) return { index: same, distance: 0 };
    let best = -1;
    const take = (k: number): void => {
      if (k >= 0 && (best < 0 || k < best)) best = k;
    };
    if (s >= 0) {
      // 1: the rest after another group one edit from w's.
      for (const g of this.groups.keys()) if (g !== key && g.length > 0 && withinOne(g, key)) take(this.find(g, g + rest));
      // 3: the '/' swapped with a neighbour.
      const start = w.slice(0, s);
      if (s > 0 && w.charCodeAt(s - 1) !== 47) take(this.find(`${w.slice(0, s - 1)}/`, `${w.slice(0, s - 1)}/${w[s - 1]!}${rest}`));
      if (rest.length > 0) take(this.find(`${start}${rest[0]!}/`, `${start}${rest[0]!}/${rest.slice(1)}`));
    }
    const m = w.length;
    for (const positions of read) {
      for (const k of positions) {
        // The positions ascend: none after the best can replace it.
        if (best >= 0 && k >= best) break;
        const c = this.lower[k]!;
        if (c.length >= m - 1 && c.length <= m + 1 && withinOne(w, c)) best = k;
      }
    }
    return { index: best, distance: best < 0 ? Infinity : 1 };
  }

  /** The first position of `text` in group `g` (its text up to the last '/'), or -1. */
  private find(g: string, text: string): number {
    let texts = this.exact.get(g);
    if (texts === undefined) {
      texts = new Map();
      for (const k of this.groups.get(g) ?? []) if (!texts.has(this.lower[k]!)) texts.set(this.lower[k]!, k);
      this.exact.set(g, texts);
    }
    return texts.get(text) ?? -1;
  }
}
