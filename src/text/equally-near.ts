// The candidates as near as a suggestion: "did you mean "T1"?" for a T3 that is not there, when T2 and T4 are one
// letter from it too, chose one for the reader, and the quick fix that followed it rewired the link without a word
// (tester round 94 F7). SPEC §14: an unknown ref is answered "naming the nearest ids, as everywhere".
import { boundedDistance, MAX_COMPARED } from './edit-distance.js';
import { limitOf } from './closest-search.js';
import type { ScanBudget } from './scan-budget.js';

/** The most candidates one answer names: the suggestion and three more as near; the rest are counted. */
export const MAX_NAMED = 4;

/** The candidates named (in the order given; the suggestion first when some are left out) and how many more are as near. */
export interface EquallyNear {
  readonly named: readonly string[];
  readonly more: number;
}

/**
 * The candidates of `among` exactly as near to `word` as `chosen` is (Levenshtein distance of the lower-cased texts,
 * as src/text/closest.ts compares them), in the order of `among`; when more than MAX_NAMED are as near, `chosen` first
 * and MAX_NAMED - 1 of the others, the rest counted in `more`. Those `excluded` leaves out are neither. When `chosen`
 * is `word` in other letters, the others that are. Only `chosen` when one of the two starts the other (closest.ts
 * prefers such a candidate to equally near ones: `MP4-revised` for `MP4`), when it is farther than a typo (limitOf:
 * it was chosen otherwise, a body by its name), or when scanning `among` would take more than `budget` has left
 * (candidates visited; what the scan visits is taken from it): a suggestion is for a person, and a count keeps the
 * answer the same on every run.
 */
export function equallyNear(word: string, chosen: string, among: readonly string[], budget: ScanBudget, excluded?: (candidate: string) => boolean): EquallyNear {
  return atMost(allEquallyNear(word, chosen, among, budget, excluded), chosen);
}

/**
 * Every candidate equallyNear would name, none left out for MAX_NAMED, in the order of `among` (`chosen` where it
 * stands): for a caller that leaves out more (unknown-reference: the ids that would close a cycle) before atMost, so
 * that what it leaves out never takes a place among the named or the count (tester round 98 F1).
 */
export function allEquallyNear(word: string, chosen: string, among: readonly string[], budget: ScanBudget, excluded?: (candidate: string) => boolean): readonly string[] {
  const alone = [chosen];
  const w = word.toLowerCase();
  const c = chosen.toLowerCase();
  // `chosen` is the word in other letters: the others so (`mp1` and `MP1` for `Mp1`: tester round 97 F4) are as near.
  const isTwin = w === c;
  if (w.length > MAX_COMPARED || c.length > MAX_COMPARED || (!isTwin && (w.startsWith(c) || c.startsWith(w))) || budget.left < among.length) return alone;
  budget.left -= among.length;
  const distance = isTwin ? 0 : boundedDistance(w, c, MAX_COMPARED);
  // Farther than a typo: `chosen` was found otherwise (a body by its name, `prosjektstyret` for PS), not by spelling.
  if (distance > limitOf(word)) return alone;
  // The others by their place in `among`, and where `chosen` stands among them.
  const others: string[] = [];
  let chosenAt = -1;
  for (const candidate of among) {
    if (candidate === chosen) {
      if (chosenAt < 0) chosenAt = others.length;
      continue;
    }
    if (Math.abs(candidate.length - w.length) > distance) continue;
    const lower = candidate.toLowerCase();
    if (isTwin ? lower !== w : lower.startsWith(w) || w.startsWith(lower) || boundedDistance(w, lower, distance) !== distance) continue;
    if (excluded?.(candidate) !== true) others.push(candidate);
  }
  return [...others.slice(0, Math.max(chosenAt, 0)), chosen, ...others.slice(Math.max(chosenAt, 0))];
}

/**
 * `near` (in order) named as a hint names it: all when MAX_NAMED or fewer; else `chosen` first (the one closest.ts
 * names is always named, when it is among them) and the first of the others, the rest counted.
 */
export function atMost(near: readonly string[], chosen: string): EquallyNear {
  if (near.length <= MAX_NAMED) return { named: near, more: 0 };
  const others = near.filter((id) => id !== chosen);
  const first = others.length < near.length ? [chosen] : [];
  const named = [...first, ...others.slice(0, MAX_NAMED - first.length)];
  return { named, more: near.length - named.length };
}
