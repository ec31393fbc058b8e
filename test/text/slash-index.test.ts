// SlashIndex.nearest gives what the plain loop gives for distances 0 and 1 (src/text/slash-index.ts), and closestWord
// through it what the plain loop gives among thousands of refs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidates as prepared, closestWord } from '../../src/text/closest.js';
import { editDistance, withinOne } from '../../src/text/edit-distance.js';
import { SlashIndex } from '../../src/text/slash-index.js';
import { plainClosestBy } from '../helpers/plain-closest.js';

/** The first position of a candidate at the smallest distance from `w` if that is 0 or 1, with the distance; else -1. */
function plainNearest(w: string, lower: readonly string[]): { index: number; distance: number } {
  let index = -1;
  let distance = Infinity;
  lower.forEach((c, k) => {
    const d = editDistance(w, c);
    if (d <= 1 && d < distance) {
      index = k;
      distance = d;
    }
  });
  return { index, distance };
}

// Few characters, '/' among them often, so that groups, near misses around the '/', swaps and ties are common.
const text = fc.string({ unit: fc.constantFrom('a', 'b', '/', '/', '1', '-'), maxLength: 9 });
/** `w` after one edit (or none) at `at`: what the proof in slash-index.ts goes through, case by case. */
const edited = (w: string): fc.Arbitrary<string> => fc.tuple(fc.nat(w.length), fc.constantFrom('del', 'ins', 'sub', 'swap', 'none'), fc.constantFrom('a', '/', '1')).map(([at, kind, ch]) => {
  const i = Math.min(at, w.length);
  if (kind === 'del') return w.slice(0, i) + w.slice(i + 1);
  if (kind === 'ins') return w.slice(0, i) + ch + w.slice(i);
  if (kind === 'sub') return w.slice(0, i) + ch + w.slice(i + 1);
  if (kind === 'swap' && i + 1 < w.length) return w.slice(0, i) + w[i + 1]! + w[i]! + w.slice(i + 2);
  return w;
});

describe('SlashIndex', () => {
  it('finds the first candidate at distance 0 or 1, as the plain loop does, whatever the edit and wherever the /', () => {
    fc.assert(fc.property(text.chain((w) => fc.tuple(fc.constant(w), fc.array(fc.oneof(edited(w), edited(w).chain(edited), text), { maxLength: 40 }))), ([w, lower]) => {
      expect(new SlashIndex(lower).nearest(w, withinOne, Infinity)).toEqual(plainNearest(w, lower));
    }), { numRuns: 5000 });
  });

  it('answers several words from one index, and leaves to the scan a word whose groups hold more than the budget', () => {
    const lower = ['p-1/m1', 'p-2/m1', 'p-1/m22', 'p-2/m3', 'p-1/m2', 'p1/m2', 'p-1m2', 'p-1/m/2'];
    const index = new SlashIndex(lower);
    for (const w of ['p-1/m2', 'p-3/m1', 'p-1/m4', 'p-2m3', 'p-1/m/3', 'p-/1m2', 'x/y', 'p-1', 'p-2/m33']) expect(index.nearest(w, withinOne, Infinity), w).toEqual(plainNearest(w, lower));
    // For p-1/m9: its own group (3 candidates), p-1/m/ (1, a '/' written into the rest), '' (1, its '/' substituted)
    // and the 5 groups' keys (compared with its own) count 10.
    expect(index.nearest('p-1/m9', withinOne, 9)).toBeUndefined();
    expect(index.nearest('p-1/m9', withinOne, 10)).toEqual(plainNearest('p-1/m9', lower));
  });
});

describe('closestWord among thousands of refs (through SlashIndex)', () => {
  it('gives what the plain loop gives for refs one edit from a ref, or further, of plans near and far', () => {
    // 4,096 refs of 40 plans (the groups), then a few near ones the property adds; words are edits of refs.
    const base = Array.from({ length: 4096 }, (_, i) => `prosjekt-${i % 40}/P${i % 40}-M${Math.floor(i / 40)}`);
    const ref = fc.tuple(fc.nat(45), fc.nat(120)).map(([plan, id]) => `prosjekt-${plan}/P${plan}-M${id}`);
    const asked = ref.chain((r) => fc.oneof(fc.constant(r), edited(r), edited(r).chain(edited)));
    fc.assert(fc.property(fc.array(asked, { maxLength: 6 }), fc.nat(4096), fc.array(asked, { minLength: 1, maxLength: 5 }), (extra, at, words) => {
      const refs = [...base.slice(0, at), ...extra, ...base.slice(at)];
      const among = prepared(refs);
      for (const w of words) expect(closestWord(w, among), w).toBe(plainClosest(w, refs));
    }), { numRuns: 150 });
  });
});

/** The plain loop (test/helpers/plain-closest.ts). */
function plainClosest(word: string, candidates: readonly string[]): string | undefined {
  return plainClosestBy(editDistance, word, candidates);
}
