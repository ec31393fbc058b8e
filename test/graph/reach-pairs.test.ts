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
  for (const [way, ownSearch] of [['each pair\'s own search first', undefined], ['the batched passes alone', 0]] as const) it(`answers every pair as a full search does, with and without cycles, by ${way}`, () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 }))),
      ([n, pairs]) => {
        const edges = pairs.map(([from, to]) => ({ from, to }));
        const from: number[] = [];
        const to: number[] = [];
        for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) { from.push(a); to.push(b); }
        const got = reachPairs(buildGraph(n, edges, identity(n)), Int32Array.from(from), Int32Array.from(to), undefined, ownSearch);
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

// Tester round 88 N4: a ring whose nodes' order runs against its edges needed one pass over the nodes per step back,
// and pairs were left "unchecked". Passes over the components answer each batch in one.
describe('reachPairs over a long ring in the order against its edges', () => {
  it('answers pairs through the ring with work for one pass per batch of 32', () => {
    const ring = 10000;
    const n = ring + 40;
    // Ring nodes 0..9999, each edge from i to i - 1 (and 0 to 9999): rank order runs against the edges. Nodes
    // 10000..10019 lead into the ring at node 1, and the ring leads out to 10020..10039 from node 2.
    const edges = [...Array.from({ length: ring }, (_, i) => ({ from: i, to: (i + ring - 1) % ring }))];
    for (let k = 0; k < 20; k++) edges.push({ from: ring + k, to: 1 }, { from: 2, to: ring + 20 + k });
    const graph = buildGraph(n, edges, identity(n));
    const from = Int32Array.from({ length: 40 }, (_, k) => ring + (k % 20));
    const to = Int32Array.from({ length: 40 }, (_, k) => (k < 20 ? ring + 20 + k : ring + ((k + 1) % 20)));
    // Work for exactly two passes (two batches), none for repeats; each pair's own search is too long for the ring.
    const got = reachPairs(graph, from, to, 2 * (n + edges.length));
    expect([...got]).toEqual(Array.from({ length: 40 }, (_, k) => (k < 20 ? Reach.Yes : Reach.No)));
  });

  // Tester round 89 F3: 40,000 questions in a 100,000-milestone network ran past the work budget 32 pairs a pass.
  it('answers up to 256 pairs a pass', () => {
    const ring = 5000;
    const n = ring + 2000;
    const edges = Array.from({ length: ring }, (_, i) => ({ from: i, to: (i + ring - 1) % ring }));
    for (let k = 0; k < 1000; k++) edges.push({ from: ring + k, to: 1 }, { from: 2, to: ring + 1000 + k });
    const graph = buildGraph(n, edges, identity(n));
    const from = Int32Array.from({ length: 2048 }, (_, k) => ring + (k % 1000));
    const to = Int32Array.from({ length: 2048 }, (_, k) => (k % 2 === 0 ? ring + 1000 + (k % 1000) : ring + ((k + 1) % 1000)));
    // Work for 8 passes: 2,048 pairs need 8 of 256, where 64 of 32 left most unknown.
    const got = reachPairs(graph, from, to, 8 * (n + edges.length), 0);
    expect([...got]).toEqual(Array.from({ length: 2048 }, (_, k) => (k % 2 === 0 ? Reach.Yes : Reach.No)));
  });
});
