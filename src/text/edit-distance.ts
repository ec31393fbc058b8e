// Edit distances for spelling suggestions (closest.ts): the optimal string alignment distance, a test for distance 1,
// a bounded table and Hyyrö's bit-parallel form, which resumes after a prefix shared with the candidate before.

/** For each UTF-16 unit, the positions of the word being searched for (bit i: its character i); all zero between searches. */
const PEQ = new Int32Array(65536);

/** Makes `w` (at most 32 characters) the word bitDistance compares with, until endBitWord(w). */
export function beginBitWord(w: string): void {
  for (let i = 0; i < w.length; i++) PEQ[w.charCodeAt(i)]! |= 1 << i;
  resumed.last = '';
  resumed.saved = 0;
}

/** Clears what beginBitWord(w) set. */
export function endBitWord(w: string): void {
  for (let i = 0; i < w.length; i++) PEQ[w.charCodeAt(i)] = 0;
}

/**
 * bitDistance's column after each character of the last candidate it compared (index j: after j characters), for the
 * word being searched for: the next candidate that shares a prefix with that one resumes after the prefix. Refs of one
 * plan, in order, share most of their text ("prosjekt-05/P5-M5…"): a scan among 100,000 of them for a ref whose plan
 * has none (no seed, every candidate compared) went from about twenty steps per candidate to two or three. A candidate
 * compared has at most 42 characters: the word has at most 32, and the scan compares only candidates whose length is
 * within the limit (a third of the word's) of it.
 */
const resumed = {
  last: '',
  /** The characters of `last` whose columns are saved. */
  saved: 0,
  vp: new Int32Array(64),
  vn: new Int32Array(64),
  d0: new Int32Array(64),
  pm: new Int32Array(64),
  distance: new Int32Array(64),
};

/** The characters of the last candidate bitDistance compared whose columns are saved (see prefixBound). */
export function savedPrefix(): number {
  return resumed.saved;
}

/**
 * A lower bound of editDistance(w, c) for every candidate c that begins with the first j characters (1 ≤ j ≤
 * savedPrefix()) of the last one bitDistance compared, w being the word of m characters: the smallest cell of the
 * table's columns j - 1 and j. Every way through the table to its last cell crosses column j, or steps over it with
 * a swap of neighbours from column j - 1, and no step lowers the count. It never decreases as j grows, and costs a
 * pass over the m cells of two columns.
 */
export function prefixBound(j: number, m: number): number {
  return Math.min(columnMin(j - 1, m), columnMin(j, m));
}

/** The smallest cell of the saved column j (0: the column for no characters, 0 … m). */
function columnMin(j: number, m: number): number {
  if (j === 0) return 0;
  const vp = resumed.vp[j]!;
  const vn = resumed.vn[j]!;
  // The top cell is j (j characters of c against none of w); each row below adds its vertical difference.
  let cell = j;
  let min = j;
  for (let i = 0; i < m; i++) {
    if (((vp >>> i) & 1) !== 0) cell++;
    else if (((vn >>> i) & 1) !== 0) {
      cell--;
      if (cell < min) min = cell;
    }
  }
  return min;
}

/**
 * editDistance(w, c) when it is at most `bound`, otherwise some value above `bound`, for the word w of m ≤ 32
 * characters whose positions are in PEQ: Hyyrö's bit-vector algorithm for the restricted (optimal string alignment)
 * distance ("A bit-vector algorithm for computing Levenshtein and Damerau edit distances", 2003). The table's column
 * for each character of c is held as the differences between neighbouring cells (VP, VN: +1, -1), one bit per
 * character of w; the distance is the last cell, followed as it changes (bit m - 1). A pass over c of about twenty
 * integer operations per character, where the table costs a row of m cells per character (the suggestions for a
 * tester's unknown refs among 100,000 milestone refs were most of 100 ms). It stops once the remaining characters of
 * c cannot bring the distance back within the bound (each lowers it by at most one), and starts after the prefix c
 * shares with the candidate before it (see `resumed`): the column there is the same. `known` is the length of that
 * prefix when the caller knows it (closest-search.ts's layout), -1 to compare the two.
 */
export function bitDistance(m: number, c: string, bound: number, known = -1): number {
  const top = 1 << (m - 1);
  const n = c.length;
  const state = resumed;
  // Resume after the prefix c shares with the last candidate (the column for no characters when none is saved).
  const shared = Math.min(state.saved, n);
  let j = 0;
  if (known >= 0) j = Math.min(known, shared);
  else {
    const last = state.last;
    while (j < shared && c.charCodeAt(j) === last.charCodeAt(j)) j++;
  }
  let vp: number, vn: number, d0: number, pmBefore: number, distance: number;
  if (j === 0) {
    vp = -1;
    vn = 0;
    d0 = 0;
    pmBefore = 0;
    distance = m;
  } else {
    vp = state.vp[j]!;
    vn = state.vn[j]!;
    d0 = state.d0[j]!;
    pmBefore = state.pm[j]!;
    distance = state.distance[j]!;
  }
  state.last = c;
  for (; j < n; j++) {
    const pm = PEQ[c.charCodeAt(j)]!;
    // A swap of neighbours: c[j-1] c[j] = w[i] w[i-1], where the diagonal above did not already match.
    d0 = (((~d0 & pm) << 1) & pmBefore) | (((pm & vp) + vp) ^ vp) | pm | vn;
    const hp = vn | ~(d0 | vp);
    const hn = d0 & vp;
    if ((hp & top) !== 0) distance++;
    else if ((hn & top) !== 0) distance--;
    const hpShifted = (hp << 1) | 1;
    vp = (hn << 1) | ~(d0 | hpShifted);
    vn = d0 & hpShifted;
    pmBefore = pm;
    state.vp[j + 1] = vp;
    state.vn[j + 1] = vn;
    state.d0[j + 1] = d0;
    state.pm[j + 1] = pm;
    state.distance[j + 1] = distance;
    if (distance - (n - 1 - j) > bound) {
      state.saved = j + 1;
      return bound + 1;
    }
  }
  state.saved = n;
  return distance;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours ("titel" → "title" is
 * 1). Infinity for a string over MAX_COMPARED units: the table is not made for those (withinOne still tells distance 1).
 * Until 5 Dec 2026 such a pair scored its length difference plus 200, which a 600-character id's limit (a third of its
 * length) took for near: the first id of the file was suggested (tester round 24 F6).
 */
export function editDistance(a: string, b: string): number {
  if (a.length > MAX_COMPARED || b.length > MAX_COMPARED) return Infinity;
  return boundedDistance(a, b, Infinity);
}

/**
 * Whether two different strings are one insertion, deletion, substitution or swap of neighbours apart: their common
 * prefix and suffix leave at most that between them. Compared by code units, without cutting strings (the scan asks
 * this of every candidate of about the same length once a candidate at distance 1 is known), after the `known`
 * characters they are known to share at the start.
 */
export function withinOne(a: string, b: string, known = 0): boolean {
  if (a.length < b.length) return withinOne(b, a, known);
  const n = b.length;
  if (a.length > n + 1) return false;
  let i = known;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // The common suffix, not reaching back past the first difference.
  const shift = a.length - n;
  let j = 0;
  while (j < n - i && a.charCodeAt(a.length - 1 - j) === b.charCodeAt(n - 1 - j)) j++;
  // One character more in a, at i: the rest of b is a's rest after it.
  if (shift === 1) return i + j >= n;
  // A substitution at i, or a swap of i and i + 1.
  if (i + j >= n - 1) return true;
  return i + j === n - 2 && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i);
}

/** Character counts by the low 6 bits of the UTF-16 unit, reused (all zero between calls). */
const BAG = new Int32Array(64);

/**
 * A lower bound of the distance of a[from, aEnd) and b[from, bEnd): the characters of one that the other lacks, counted
 * as a multiset (each insertion, deletion or substitution changes that by at most one on each side, a swap not at
 * all). Characters are counted by their low 6 bits, which can only lower the count, so it stays a lower bound.
 */
function bagDistance(a: string, b: string, from: number, aEnd: number, bEnd: number): number {
  for (let i = from; i < aEnd; i++) BAG[a.charCodeAt(i) & 63]!++;
  let extra = 0;
  for (let j = from; j < bEnd; j++) if (BAG[b.charCodeAt(j) & 63]!-- <= 0) extra++;
  for (let i = from; i < aEnd; i++) BAG[a.charCodeAt(i) & 63] = 0;
  for (let j = from; j < bEnd; j++) BAG[b.charCodeAt(j) & 63] = 0;
  // b has `extra` characters a lacks, so b - extra of them are matched, and a has the rest of its own unmatched.
  return Math.max(extra, aEnd - from - (bEnd - from - extra));
}

/** The longest string the distance table is made for (see editDistance). */
export const MAX_COMPARED = 200;

// Three rows of the table, reused: strings longer than MAX_COMPARED never reach the table (see boundedDistance).
const ROWS: readonly Int32Array[] = [new Int32Array(MAX_COMPARED + 1), new Int32Array(MAX_COMPARED + 1), new Int32Array(MAX_COMPARED + 1)];

/**
 * editDistance(a, b) when it is at most `bound`; otherwise some value above `bound`. A common prefix and suffix are
 * left out first (they never change the distance, and refs of one plan share theirs: a tester's 500 unknown refs among
 * 100,000 took seconds). Stops once two rows in a row are all above the bound: every later cell derives from one of
 * those two rows by adding 0 or more.
 */
export function boundedDistance(a: string, b: string, bound: number): number {
  if (a.length > MAX_COMPARED || b.length > MAX_COMPARED) return Infinity;
  let from = 0;
  let aEnd = a.length;
  let bEnd = b.length;
  while (from < aEnd && from < bEnd && a.charCodeAt(from) === b.charCodeAt(from)) from++;
  while (aEnd > from && bEnd > from && a.charCodeAt(aEnd - 1) === b.charCodeAt(bEnd - 1)) {
    aEnd--;
    bEnd--;
  }
  const n = aEnd - from;
  const m = bEnd - from;
  if (n === 0 || m === 0) return n + m;
  if (bagDistance(a, b, from, aEnd, bEnd) > bound) return bound + 1;
  let older = ROWS[0]!;
  let prev = ROWS[1]!;
  let cur = ROWS[2]!;
  for (let j = 0; j <= m; j++) prev[j] = j;
  let prevAbove = bound < 0;
  for (let i = 1; i <= n; i++) {
    const ai = a.charCodeAt(from + i - 1);
    const aBefore = i > 1 ? a.charCodeAt(from + i - 2) : -1;
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(from + j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (j > 1 && ai === b.charCodeAt(from + j - 2) && aBefore === bj) d = Math.min(d, older[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    const above = rowMin > bound;
    if (above && prevAbove) return bound + 1;
    prevAbove = above;
    const t = older;
    older = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]!;
}
