// Spelling suggestions: the closest candidate by edit distance, for "did you mean …?" hints.
//
// A workspace of 10,000 milestones with one broken file has hundreds of unknown references, each compared with every
// milestone ref: the search prunes what cannot win (a candidate whose length alone puts it past the best so far or
// the limit, a comparison whose rows have all passed that bound) and reuses its rows. Candidates prepared once answer
// a word asked again from memory; among thousands, a ref (with a '/') is first looked for at distance 0 or 1 in the
// few plans' refs where such a candidate can be (slash-index.ts), and other words, after a few searches, in an index
// (near-index.ts) that finds a candidate at distance 0 or 1 without the scan. It gives what the plain loop over `editDistance` gives — the first candidate, in
// the order given, with the smallest distance, if that distance is within the limit —, except that a candidate that
// extends the word or that the word extends (extension-index.ts: `MP4-revised` for `MP4`) wins over all but an equal
// one, whatever its distance: the nearest of them, then the first (test/text/closest.test.ts checks all of them
// against each other).
//
// The scan itself, with its pruning, is closest-search.ts.
import { mayScan, scanBudget, type ScanBudget } from './scan-budget.js';
import { boundedDistance, editDistance, withinOne } from './edit-distance.js';
import { layoutOf, limitOf, search, type Layout } from './closest-search.js';
import { ExtensionIndex, MIN_SHARED, nearestExtension } from './extension-index.js';
import { NearIndex } from './near-index.js';
import { SlashIndex } from './slash-index.js';

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
  /** The scans so far, each counted once: at most MAX_SCANS, and within `budget`. */
  scans: number;
  /** The candidates scans may still visit, shared by the sets one caller prepares (ScanBudget). */
  readonly budget: ScanBudget;
  /** Of those, the ones the index would have answered: an answer within 1, or none for a word whose limit is 1. */
  answerable: number;
  index: NearIndex | undefined;
  /** The candidates by their text up to the last '/' (a ref's plan), built at the first search among GROUP_FROM or more. */
  slash: SlashIndex | undefined;
  /** The lower-cased candidates' layout for scans in order, built after LAYOUT_AFTER scans. */
  layout: Layout | undefined;
  /** The extensions of words (extension-index.ts), made from `slash`'s groups; and the passes over all before those. */
  extensions: ExtensionIndex | undefined;
  extensionPasses: number;
}

/** Passes over all the candidates for extensions (extensionOf) before the groups are built for them. */
const EXTENSION_PASSES = 4;

/**
 * Scans of all the candidates one set of prepared candidates makes; a word asked after them gets only what needs no
 * scan: the candidate equal to it or at distance 1 (groups, index), or the nearest extension. 100,000 unknown refs
 * among 50,000 milestones (`u/M-123459q`, each two characters from a ref, none within 1) were 100,000 scans and two
 * and a half minutes of validate (tester round 24); a suggestion is for a person, who reads the first few hundred.
 * A count, not a time: the same words get the same suggestions on every run (SPEC §7, deterministic output).
 */
export const MAX_SCANS = 1000;

/** Whether one more scan of `p` is allowed: under MAX_SCANS of its own, and within its budget (scan-budget.ts). */
function canScan(p: Prepared): boolean {
  return p.scans < MAX_SCANS && mayScan(p.budget, p.scans, p.words.length);
}

/** Counts a scan of `p` against its limit and its budget. */
function countScan(p: Prepared): void {
  p.scans++;
  p.budget.left -= p.words.length;
}

/** Scans (counted as in `searches`) before the layout is made: a word or two asked is quicker without. */
const LAYOUT_AFTER = 2;

/**
 * Scans the index would have answered before it is built: it costs about two hundred unseeded scans (100,000 refs:
 * 0.5–0.6 s, a scan about 3 ms), and a scan that its word's group seeds at distance 1 or 0 looks only for candidates
 * that near (withinOne) and costs about a quarter of one. Built after scans that cost half as much, it never costs
 * more than two and a half times what the best choice would have. A scan the index could not have spared (an answer
 * at distance 2 or more: a ref to a plan that failed to load) is not counted: 17 such refs built it for nothing.
 */
const INDEX_AFTER = 96;
const SEEDED_SCAN = 0.25;

/**
 * `words` prepared for many searches. `lower`: the words lower-cased, when the caller has them (the same length and
 * order; a list made from another prepared one by changing a few words need not lower-case them all again). `budget`:
 * shared by the sets of one caller (scanBudget), so that many sets together scan no more than one may.
 */
export function candidates(words: readonly string[], lower: readonly string[] = words.map((w) => w.toLowerCase()), budget: ScanBudget = scanBudget()): Candidates {
  const prepared: Prepared = { words, lower, answers: new Map(), searches: 0, scans: 0, budget, answerable: 0, index: undefined, slash: undefined, layout: undefined, extensions: undefined, extensionPasses: 0 };
  return prepared;
}

/** The candidate nearest to `word` (Levenshtein), if it is close enough to be a plausible typo. */
export function closestWord(word: string, among: readonly string[] | Candidates): string | undefined {
  const w = word.toLowerCase();
  if (!('answers' in among)) {
    const words = 'words' in among ? among.words : among;
    const lower = 'lower' in among ? among.lower : undefined;
    // Lists given plainly are short (keys, bodies, a gate's refs), or asked once (`set`'s unknown ref).
    const lowered = lower ?? words.map((c) => c.toLowerCase());
    const extended = nearestExtension(w, lowered);
    if (extended >= 0 && lowered[extended] === w) return words[extended];
    const found = scan(word, lower === undefined ? words : among);
    const ordinary = found.index >= 0 ? words[found.index] : undefined;
    return extended < 0 ? ordinary : withExtension(w, ordinary, words, extended, lowered);
  }
  const p = among as Prepared;
  if (p.answers.has(word)) return p.answers.get(word);
  const extended = extensionOf(w, p);
  const isExact = extended >= 0 && p.lower[extended] === w;
  const near = isExact ? { answer: p.words[extended] } : grouped(word, p) ?? indexed(word, p);
  let answer: string | undefined;
  if (near !== undefined) answer = near.answer;
  else if (!canScan(p)) answer = undefined;
  else {
    countScan(p);
    const seed = seedDistance(word, p);
    const found = scan(word, p, seed);
    answer = found.index >= 0 ? p.words[found.index] : undefined;
    const cost = seed <= 1 ? SEEDED_SCAN : 1;
    p.searches += cost;
    if (found.distance <= 1 || limitOf(word) === 1) p.answerable += cost;
  }
  if (extended >= 0 && !isExact) answer = withExtension(w, answer, p.words, extended, p.lower);
  p.answers.set(word, answer);
  return answer;
}

/**
 * The candidate nearest to `word` among `among` but `self` (the id a reference is written in: `M1` for its own `M1x`):
 * what closestWord gives among them without `self`. Among prepared candidates the near-index cannot leave `self` out,
 * so each such search is a scan of all the words, `self` passed over where it stands (with the extension index, the
 * layout and a seed from the word's plan): counted against the scan limit with the others, and none past them (tester round
 * 38 F1: 20,000 milestones, each after its own id with an `x`, took 42 s).
 */
export function closestWordExcept(word: string, among: readonly string[] | Candidates, self: string): string | undefined {
  if (!('answers' in among)) return closestWord(word, ('words' in among ? among.words : among).filter((w) => w !== self));
  const p = among as Prepared;
  if (!canScan(p)) return undefined;
  countScan(p);
  // Self passed over where it stands, not a copy of the list without it lower-cased again for each word: 1,000 such
  // words among 100,000 refs took 14 s (tester round 48 F2). The prepared layout and a seed from the word's own plan's
  // refs make each scan one of the quick ones.
  const except = p.words.indexOf(self);
  const w = word.toLowerCase();
  const extended = extensionOf(w, p, except);
  if (extended >= 0 && p.lower[extended] === w) return p.words[extended];
  const found = search(word, p.words, p.lower, undefined, seedDistance(word, p, except), (p.layout ??= layoutOf(p.lower)), except);
  const ordinary = found.index >= 0 ? p.words[found.index] : undefined;
  return extended < 0 ? ordinary : withExtension(w, ordinary, p.words, extended, p.lower, except);
}

/**
 * The answer when `extended` (a position) is the nearest candidate that extends `w` (lower-cased) or that it extends,
 * and `ordinary` the plain search's answer: the extension, unless a candidate of another length than w's, one
 * inserted or left-out character or more, is nearer than it (`M17` for `M1x7`, not `M1`). A candidate of w's length
 * (substitutions: `MP1` for `MP4`) never is, whatever its distance. Equally near, the extension wins.
 */
function withExtension(w: string, ordinary: string | undefined, words: readonly string[], extended: number, lower: readonly string[], except = -1): string {
  const extension = words[extended]!;
  const gap = Math.abs(lower[extended]!.length - w.length);
  if (ordinary === undefined) return extension;
  const o = ordinary.toLowerCase();
  if (editDistance(w, o) >= gap) return extension;
  if (o.length !== w.length) return ordinary;
  // A substitution nearer than the extension: the first nearest candidate of another length, if one is nearer too.
  let best = -1;
  let bound = Math.min(gap - 1, limitOf(w));
  for (let k = 0; k < words.length && bound >= 1; k++) {
    if (k === except) continue;
    const c = lower[k]!;
    const apart = Math.abs(c.length - w.length);
    if (apart === 0 || apart > bound) continue;
    const d = boundedDistance(w, c, bound);
    if (d <= bound) {
      best = k;
      bound = d - 1;
    }
  }
  return best >= 0 ? words[best]! : extension;
}

/**
 * The candidate equal to `w` (lower-cased), else the nearest that extends it or that it extends (extension-index.ts,
 * withExtension), the one at `except` passed over; -1 when there is none. Made from the candidates' groups
 * (slash-index.ts), which a word with a '/' among GROUP_FROM or more candidates has built already, at the first word
 * that can have an extension.
 */
function extensionOf(w: string, p: Prepared, except = -1): number {
  if (w.length - w.lastIndexOf('/') - 1 < MIN_SHARED) return -1;
  // A word that grouped() does not build the groups for (a bare id, or among fewer than GROUP_FROM) is answered by a
  // pass over all for the first few: building them costs about as much as eight such passes (100,000 refs: 10–20 ms
  // against about 2).
  if (p.slash === undefined && (!w.includes('/') || p.words.length < GROUP_FROM) && p.extensionPasses++ < EXTENSION_PASSES) {
    return nearestExtension(w, p.lower, undefined, except);
  }
  p.slash ??= new SlashIndex(p.lower);
  p.extensions ??= new ExtensionIndex(p.lower, p.slash.groups);
  return p.extensions.nearest(w, except);
}

/**
 * The answer from the index: the candidate at distance 0 or 1 (always within the limit, which is at least 1), or none
 * at all when the limit is 1; undefined when the scan must decide (no index yet, a word of 200 characters or more —
 * editDistance never finds those near —, or a limit above 1 with no candidate within 1).
 */
function indexed(word: string, p: Prepared): { answer: string | undefined } | undefined {
  if (word.length >= 200 || p.answerable < INDEX_AFTER) return undefined;
  p.index ??= new NearIndex(p.lower);
  const near = p.index.nearest(word.toLowerCase(), withinOne);
  if (near !== undefined) return { answer: p.words[near.index] };
  return limitOf(word) === 1 ? { answer: undefined } : undefined;
}

/**
 * The answer from the candidates' groups (slash-index.ts): the candidate at distance 0 or 1, or none at all when the
 * limit is 1; undefined when the scan must decide (fewer than GROUP_FROM candidates, a word without a '/' or of 200
 * characters or more, groups to read that hold more than a quarter of the candidates, or a limit above 1 with no
 * candidate within 1). A word without a '/' would build the groups (about one scan) for a bare id, whose candidates
 * are rarely grouped by plan: the scan answers it, as before.
 */
function grouped(word: string, p: Prepared): { answer: string | undefined } | undefined {
  if (word.length >= 200 || p.words.length < GROUP_FROM || !word.includes('/')) return undefined;
  p.slash ??= new SlashIndex(p.lower);
  const near = p.slash.nearest(word.toLowerCase(), withinOne, p.words.length / 4);
  if (near === undefined) return undefined;
  if (near.index >= 0) return { answer: p.words[near.index] };
  return limitOf(word) === 1 ? { answer: undefined } : undefined;
}

/** Candidates before a search among them groups them (seedDistance): below this, the scan alone is quick. */
const GROUP_FROM = 4096;

/**
 * An upper bound of the distance of `word`'s answer, found cheaply: the smallest distance within the limit among the
 * candidates that share its text up to the last '/' (for a ref, its plan's milestones; the one at `except` passed
 * over), or Infinity. The scan of all then looks only for candidates at most that far (issue #18: an unknown ref
 * among 100,000 refs was compared with each at the limit, a third of its length, until the scan reached its own
 * plan's refs; 17 such refs of a generated programme cost 0.16 s). The answer is the scan's own: the candidate at this
 * distance is among those it visits.
 */
function seedDistance(word: string, p: Prepared, except = -1): number {
  const slash = word.lastIndexOf('/');
  if (slash < 0 || p.words.length < GROUP_FROM) return Infinity;
  p.slash ??= new SlashIndex(p.lower);
  const group = p.slash.groups.get(word.slice(0, slash + 1).toLowerCase());
  // A group of a quarter of the candidates or more (one plan's refs are most of them) seeds nothing cheaply: the scan
  // of all, with its layout, is then quicker alone (tester round 48 F2: 100,000 refs of one plan, each word searched
  // twice in full).
  if (group === undefined || group.length * 4 > p.words.length) return Infinity;
  return search(word, p.words, p.lower, group, Infinity, undefined, except).distance;
}

/**
 * The search itself: every candidate in order, pruned, looking only for distances up to `seed` (an upper bound of the
 * answer's distance, see seedDistance; Infinity when none is known). What search returns.
 */
function scan(word: string, among: readonly string[] | Candidates, seed = Infinity): { index: number; distance: number } {
  const words = 'lower' in among ? among.words : among;
  const lower = 'lower' in among ? among.lower : undefined;
  let layout: Layout | undefined;
  if ('answers' in among) {
    const p = among as Prepared;
    if (p.searches >= LAYOUT_AFTER) layout = p.layout ??= layoutOf(p.lower);
  }
  return search(word, words, lower, undefined, seed, layout);
}
