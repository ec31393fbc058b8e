// Spelling suggestions: the closest candidate by edit distance, for "did you mean …?" hints.
//
// A workspace of 10,000 milestones with one broken file has hundreds of unknown references, each compared with every
// milestone ref: the search prunes what cannot win (a candidate whose length alone puts it past the best so far or
// the limit, a comparison whose rows have all passed that bound) and reuses its rows. Candidates prepared once answer
// a word asked again from memory, and after a few searches build an index (near-index.ts) that finds a candidate at
// distance 0 or 1 without the scan. It gives what the plain loop over `editDistance` gives — the first candidate, in
// the order given, with the smallest distance, if that distance is within the limit (test/text/closest.test.ts checks
// all of them against each other).
import { NearIndex } from './near-index.js';

/** Candidates prepared once for many searches: as given and lower-cased. */
export interface Candidates {
  readonly words: readonly string[];
  readonly lower: readonly string[];
}

/** The prepared candidates' own state: the answers so far and the index, built after INDEX_AFTER costly scans. */
interface Prepared extends Candidates {
  readonly answers: Map<string, string | undefined>;
  /** The scans so far, a seeded one (seedDistance: at most 1) counted as SEEDED_SCAN of one. */
  searches: number;
  index: NearIndex | undefined;
  /** The positions of the candidates by their text up to the last '/' (a ref's plan), built at the first search of many. */
  groups: Map<string, number[]> | undefined;
}

/**
 * Scans among the same candidates before the index pays for itself: it costs about one unseeded scan per character
 * of the words (100,000 refs of about 20 characters: 0.65 s), a scan that its word's group seeds at distance 1 or 0
 * looks only for candidates that near (withinOne) and costs about a quarter of one.
 */
const INDEX_AFTER = 16;
const SEEDED_SCAN = 0.25;

export function candidates(words: readonly string[]): Candidates {
  const prepared: Prepared = { words, lower: words.map((w) => w.toLowerCase()), answers: new Map(), searches: 0, index: undefined, groups: undefined };
  return prepared;
}

/** The candidate nearest to `word` (Levenshtein), if it is close enough to be a plausible typo. */
export function closestWord(word: string, among: readonly string[] | Candidates): string | undefined {
  if (!('answers' in among)) return scan(word, among);
  const p = among as Prepared;
  if (p.answers.has(word)) return p.answers.get(word);
  const near = indexed(word, p);
  let answer: string | undefined;
  if (near !== undefined) answer = near.answer;
  else {
    const seed = seedDistance(word, p);
    answer = scan(word, p, seed);
    p.searches += seed <= 1 ? SEEDED_SCAN : 1;
  }
  p.answers.set(word, answer);
  return answer;
}

/**
 * The answer from the index: the candidate at distance 0 or 1 (always within the limit, which is at least 1), or none
 * at all when the limit is 1; undefined when the scan must decide (no index yet, a word of 200 characters or more —
 * editDistance never finds those near —, or a limit above 1 with no candidate within 1).
 */
function indexed(word: string, p: Prepared): { answer: string | undefined } | undefined {
  if (word.length >= 200 || p.searches < INDEX_AFTER) return undefined;
  p.index ??= new NearIndex(p.lower);
  const near = p.index.nearest(word.toLowerCase(), withinOne);
  if (near !== undefined) return { answer: p.words[near.index] };
  return limitOf(word) === 1 ? { answer: undefined } : undefined;
}

/** The largest distance a suggestion may have: a third of the word's length, at least 1. */
function limitOf(word: string): number {
  return Math.max(1, Math.floor(word.length / 3));
}

/** Candidates before a search among them groups them (seedDistance): below this, the scan alone is quick. */
const GROUP_FROM = 4096;

/**
 * An upper bound of the distance of `word`'s answer, found cheaply: the smallest distance within the limit among the
 * candidates that share its text up to the last '/' (for a ref, its plan's milestones), or Infinity. The scan of all
 * then looks only for candidates at most that far (issue #18: an unknown ref among 100,000 refs was compared with
 * each at the limit, a third of its length, until the scan reached its own plan's refs; 17 such refs of a generated
 * programme cost 0.16 s). The answer is the scan's own: the candidate at this distance is among those it visits.
 */
function seedDistance(word: string, p: Prepared): number {
  const slash = word.lastIndexOf('/');
  if (slash < 0 || p.words.length < GROUP_FROM) return Infinity;
  p.groups ??= groupsOf(p.lower);
  const group = p.groups.get(word.slice(0, slash + 1).toLowerCase());
  return group === undefined ? Infinity : search(word, p.words, p.lower, group, Infinity).distance;
}

/** The positions of `lower` by each one's text up to and including its last '/' (those without one are left out). */
function groupsOf(lower: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let k = 0; k < lower.length; k++) {
    const w = lower[k]!;
    const slash = w.lastIndexOf('/');
    if (slash < 0) continue;
    const key = w.slice(0, slash + 1);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [k]);
    else group.push(k);
  }
  return groups;
}

/**
 * The search itself: every candidate in order, pruned, looking only for distances up to `seed` (an upper bound of the
 * answer's distance, see seedDistance; Infinity when none is known).
 */
function scan(word: string, among: readonly string[] | Candidates, seed = Infinity): string | undefined {
  const words = 'lower' in among ? among.words : among;
  const lower = 'lower' in among ? among.lower : undefined;
  const found = search(word, words, lower, undefined, seed);
  return found.index >= 0 ? words[found.index] : undefined;
}

/**
 * The first of the candidates at `positions` (all, in order, when undefined) with the smallest distance from `word`
 * if that is at most the limit and `seed`: its position and distance, or position -1 and Infinity.
 */
function search(word: string, words: readonly string[], lower: readonly string[] | undefined, positions: readonly number[] | undefined, seed: number): { index: number; distance: number } {
  const limit = limitOf(word);
  const w = word.toLowerCase();
  // A word of up to 32 characters is compared bit-parallel (one 32-bit word of the table's column per character).
  const bits = w.length <= 32;
  if (bits) for (let i = 0; i < w.length; i++) PEQ[w.charCodeAt(i)]! |= 1 << i;
  let best = -1;
  // A seed of d looks for d or less, as if a candidate at d + 1 had been found.
  let bestDistance = seed === Infinity ? Infinity : seed + 1;
  const count = positions === undefined ? words.length : positions.length;
  for (let at = 0; at < count; at++) {
    const k = positions === undefined ? at : positions[at]!;
    const candidate = words[k]!;
    // Only a distance below the best so far replaces it, and only one within the limit can be the answer.
    const bound = Math.min(bestDistance - 1, limit);
    if (bound < 0) break;
    const c = lower !== undefined ? lower[k]! : candidate.toLowerCase();
    if (Math.abs(c.length - w.length) > bound) continue;
    // Distances 0 and 1 have a linear test; the table is for the rest.
    const d = bound === 0 ? (c === w ? 0 : 1) : bound === 1 ? (c === w ? 0 : withinOne(w, c) ? 1 : 2) : bits ? bitDistance(w.length, c, bound) : boundedDistance(w, c, bound);
    if (d <= bound) {
      best = k;
      bestDistance = d;
    }
  }
  if (bits) for (let i = 0; i < w.length; i++) PEQ[w.charCodeAt(i)] = 0;
  // Every candidate taken was within `bound`, so within the limit.
  return best >= 0 ? { index: best, distance: bestDistance } : { index: -1, distance: Infinity };
}

/** For each UTF-16 unit, the positions of the word being searched for (bit i: its character i); all zero between searches. */
const PEQ = new Int32Array(65536);

/**
 * editDistance(w, c) when it is at most `bound`, otherwise some value above `bound`, for the word w of m ≤ 32
 * characters whose positions are in PEQ: Hyyrö's bit-vector algorithm for the restricted (optimal string alignment)
 * distance ("A bit-vector algorithm for computing Levenshtein and Damerau edit distances", 2003). The table's column
 * for each character of c is held as the differences between neighbouring cells (VP, VN: +1, -1), one bit per
 * character of w; the distance is the last cell, followed as it changes (bit m - 1). A pass over c of about twenty
 * integer operations per character, where the table costs a row of m cells per character (the suggestions for a
 * tester's unknown refs among 100,000 milestone refs were most of 100 ms). It stops once the remaining characters of
 * c cannot bring the distance back within the bound (each lowers it by at most one).
 */
function bitDistance(m: number, c: string, bound: number): number {
  const top = 1 << (m - 1);
  let vp = -1;
  let vn = 0;
  let d0 = 0;
  let pmBefore = 0;
  let distance = m;
  const n = c.length;
  for (let j = 0; j < n; j++) {
    const pm = PEQ[c.charCodeAt(j)]!;
    // A swap of neighbours: c[j-1] c[j] = w[i] w[i-1], where the diagonal above did not already match.
    d0 = (((~d0 & pm) << 1) & pmBefore) | (((pm & vp) + vp) ^ vp) | pm | vn;
    const hp = vn | ~(d0 | vp);
    const hn = d0 & vp;
    if ((hp & top) !== 0) distance++;
    else if ((hn & top) !== 0) distance--;
    if (distance - (n - 1 - j) > bound) return bound + 1;
    const hpShifted = (hp << 1) | 1;
    vp = (hn << 1) | ~(d0 | hpShifted);
    vn = d0 & hpShifted;
    pmBefore = pm;
  }
  return distance;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours ("titel" → "title" is 1). */
export function editDistance(a: string, b: string): number {
  if (a.length > 200 || b.length > 200) return Math.abs(a.length - b.length) + 200;
  return boundedDistance(a, b, Infinity);
}

/**
 * Whether two different strings are one insertion, deletion, substitution or swap of neighbours apart: their common
 * prefix and suffix leave at most that between them. Compared by code units, without cutting strings (the scan asks
 * this of every candidate of about the same length once a candidate at distance 1 is known).
 */
function withinOne(a: string, b: string): boolean {
  if (a.length < b.length) return withinOne(b, a);
  const n = b.length;
  if (a.length > n + 1) return false;
  let i = 0;
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

// Three rows of the table, reused: strings longer than 200 never reach the table (see boundedDistance).
const ROWS: readonly Int32Array[] = [new Int32Array(201), new Int32Array(201), new Int32Array(201)];

/**
 * editDistance(a, b) when it is at most `bound`; otherwise some value above `bound`. A common prefix and suffix are
 * left out first (they never change the distance, and refs of one plan share theirs: a tester's 500 unknown refs among
 * 100,000 took seconds). Stops once two rows in a row are all above the bound: every later cell derives from one of
 * those two rows by adding 0 or more.
 */
function boundedDistance(a: string, b: string, bound: number): number {
  if (a.length > 200 || b.length > 200) return Math.abs(a.length - b.length) + 200;
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
