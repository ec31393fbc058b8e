// The bit-parallel distance's saved columns and the lower bound read from them (src/text/edit-distance.ts), against
// the plain table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beginBitWord, bitDistance, endBitWord, prefixBound, savedPrefix } from '../../src/text/edit-distance.js';

/** The optimal string alignment table of w (rows) against c (columns), whole. */
function table(w: string, c: string): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i <= w.length; i++) rows.push([i]);
  for (let j = 1; j <= c.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= w.length; i++) {
    for (let j = 1; j <= c.length; j++) {
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + (w[i - 1] === c[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && w[i - 1] === c[j - 2] && w[i - 2] === c[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows;
}

const text = (max: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom('a', 'b', 'c', '/', '1'), minLength: 1, maxLength: max });

describe('bitDistance and prefixBound', () => {
  it('give the table\'s distance, and the smallest cell of columns j - 1 and j, for every saved prefix', () => {
    fc.assert(fc.property(text(32), fc.array(text(40), { minLength: 1, maxLength: 6 }), (w, cs) => {
      beginBitWord(w);
      try {
        for (const c of cs) {
          const rows = table(w, c);
          expect(bitDistance(w.length, c, 1000)).toBe(rows[w.length]![c.length]);
          expect(savedPrefix()).toBe(c.length);
          const columnMin = (j: number): number => Math.min(...rows.map((r) => r[j]!));
          let before = 0;
          for (let j = 1; j <= c.length; j++) {
            const bound = prefixBound(j, w.length);
            expect(bound, `${w} ${c} ${j}`).toBe(Math.min(columnMin(j - 1), columnMin(j)));
            // It never decreases: the scan looks for the shortest prefix past a bound by halves.
            expect(bound).toBeGreaterThanOrEqual(before);
            before = bound;
          }
        }
      } finally {
        endBitWord(w);
      }
    }), { numRuns: 2000 });
  });
});
