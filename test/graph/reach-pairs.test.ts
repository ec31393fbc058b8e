// reachPairs: many reachability questions answered together (rules/unknown-reference.ts's cycle check, tester round
// 83 F1: a shared budget of one search per question left answers unknown, and those fixes were offered).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/graph.js';
import { reachPairs } from '../../src/graph/reach-pairs.js';
import { Reach } from '../../src/graph/reaches.js';
import { reachedFrom } from '../helpers/reached.js';

const identity = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);

/** Whether b is reached from a, by a search of the edges written out. */
function reaches(edges: readonly { from: number; to: number }[], a: number, b: number): boolean {
  return reachedFrom(edges, a).has(b);
}

describe('reachPairs', () => {
  it('answers every pair as a full search does, with and without cycles', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 }))),
      ([n, pairs]) => {
        const edges = pairs.map(([from, to]) => ({ from, to }));
        const from: number[] = [];
        const to: number[] = [];
        for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) { from.push(a); to.push(b); }
        const got = reachPairs(buildGraph(n, edges, identity(n)), Int32Array.from(from), Int32Array.from(to));
        from.forEach((a, k) => expect(got[k], `${a}>${to[k]}`).toBe(a === to[k] || reaches(edges, a, to[k]!) ? Reach.Yes : Reach.No));
      },
    ), { numRuns: 300 });
  });

  it('answers pairs whose own search is too long by the batched passes: a 20,000-long chain closed into a cycle', () => {
    const n = 20000;
    const edges = [...Array.from({ length: n - 1 }, (_, i) => ({ from: i, to: i + 1 })), { from: n - 1, to: n / 2 }];
    const from = Int32Array.from({ length: 300 }, (_, k) => k);
    const to = Int32Array.from({ length: 300 }, (_, k) => (k % 2 === 0 ? n - 1 : 0));
    const got = reachPairs(buildGraph(n, edges, identity(n)), from, to);
    expect([...got]).toEqual(Array.from({ length: 300 }, (_, k) => (k === 0 || k % 2 === 0 ? Reach.Yes : Reach.No)));
    // With too little work allowed, the pairs left are unknown, never answered no.
    const bounded = reachPairs(buildGraph(n, edges, identity(n)), from, to, 10);
    expect(new Set(bounded.filter((_, k) => k % 2 === 0 && k > 0))).toEqual(new Set([Reach.Unknown]));
  });

  // Tester round 87 F4: pairs inside one long cycle went to the batched passes, whose budget they used up.
  it('answers the pairs of one strongly connected component without a search, however long its cycle', () => {
    const n = 20000;
    const edges = [...Array.from({ length: n - 1 }, (_, i) => ({ from: i, to: i + 1 })), { from: n - 1, to: 1 }];
    const from = Int32Array.from([5, n - 1, 3, 0]);
    const to = Int32Array.from([n - 2, 4, 2, 7]);
    // No work for the passes: only the component answers the first three; 0 → 7 is found by its own search.
    expect([...reachPairs(buildGraph(n, edges, identity(n)), from, to, 0)]).toEqual([Reach.Yes, Reach.Yes, Reach.Yes, Reach.Yes]);
  });
});
