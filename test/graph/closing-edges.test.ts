// The edges an import leaves out so that no cycle is left: every back edge of one depth-first search in node and edge order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClosingEdges } from '../../src/graph/closing-edges.js';

/** The closing edges of `edges` ([from, to] pairs) among `n` nodes. */
const closing = (n: number, edges: readonly (readonly [number, number])[], shown?: number): ReturnType<typeof findClosingEdges> =>
  findClosingEdges(n, Int32Array.from(edges, (e) => e[0]), Int32Array.from(edges, (e) => e[1]), shown);

/** Whether the edges among `n` nodes are acyclic (Kahn's algorithm orders every node). */
function isAcyclic(n: number, edges: readonly (readonly [number, number])[]): boolean {
  const indegree = new Array<number>(n).fill(0);
  for (const [, to] of edges) indegree[to]!++;
  const ready = indegree.flatMap((d, v) => (d === 0 ? [v] : []));
  let ordered = 0;
  while (ready.length > 0) {
    const v = ready.pop()!;
    ordered++;
    for (const [from, to] of edges) if (from === v && --indegree[to]! === 0) ready.push(to);
  }
  return ordered === n;
}

describe('findClosingEdges', () => {
  it('finds nothing in an acyclic graph', () => {
    expect(closing(4, [[0, 1], [1, 2], [0, 2], [3, 2]])).toEqual([]);
  });

  it('closes a cycle with the edge that leads back, searching from the first node along edges in their order', () => {
    // 0 → 1 → 2 → 0: from 0 the search goes 0, 1, 2 and edge 2 (2 → 0) leads back. Listed in another order, from 0 too.
    expect(closing(3, [[0, 1], [1, 2], [2, 0]])).toEqual([{ edge: 2, nodes: [0, 1, 2], length: 3 }]);
    expect(closing(3, [[2, 0], [1, 2], [0, 1]])).toEqual([{ edge: 0, nodes: [0, 1, 2], length: 3 }]);
    // A ↔ B, the search from A: A → B is followed first, and B → A closes the cycle.
    expect(closing(2, [[1, 0], [0, 1]])).toEqual([{ edge: 0, nodes: [0, 1], length: 2 }]);
  });

  it('closes a self-loop as a cycle of one, and every cycle of a component, one edge each', () => {
    expect(closing(2, [[1, 1]])).toEqual([{ edge: 0, nodes: [1], length: 1 }]);
    // 0 ↔ 1 and 0 ↔ 2, and 1 → 2: from 0 the search meets 1 → 0, then 2 → 0 by way of 1 → 2; 0 → 2 leads to a node
    // done and stays.
    expect(closing(3, [[0, 1], [1, 0], [0, 2], [2, 0], [1, 2]])).toEqual([{ edge: 1, nodes: [0, 1], length: 2 }, { edge: 3, nodes: [0, 1, 2], length: 3 }]);
  });

  it('lists the first shown − 1 nodes and the last of a longer cycle, with its length', () => {
    const ring = Array.from({ length: 10 }, (_, i) => [i, (i + 1) % 10] as const);
    expect(closing(10, ring)).toEqual([{ edge: 9, nodes: [0, 1, 2, 3, 4, 9], length: 10 }]);
    expect(closing(10, ring, 3)).toEqual([{ edge: 9, nodes: [0, 1, 9], length: 10 }]);
    expect(closing(10, ring, 10)[0]?.nodes).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('leaves an acyclic graph, and each edge it returns closes the cycle it names, on random graphs', () => {
    const graph = fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n })));
    fc.assert(fc.property(graph, ([n, edges]) => {
      const found = closing(n, edges, n);
      const gone = new Set(found.map((c) => c.edge));
      expect(isAcyclic(n, edges.filter((_, e) => !gone.has(e)))).toBe(true);
      for (const c of found) {
        const [from, to] = edges[c.edge]!;
        expect([c.nodes[0], c.nodes.at(-1), c.nodes.length]).toEqual([to, from, c.length]);
        // Each hop of the named cycle is an edge of the graph.
        for (let k = 0; k + 1 < c.nodes.length; k++) expect(edges.some(([a, b]) => a === c.nodes[k] && b === c.nodes[k + 1])).toBe(true);
      }
      // No edge needs to go when there is no cycle.
      if (isAcyclic(n, edges)) expect(found).toEqual([]);
    }), { numRuns: 2000 });
  });

  it('takes a chain of 1,000,000 nodes closed by one edge without recursion, listed forwards or backwards', () => {
    const n = 1_000_000;
    for (const isBackwards of [false, true]) {
      const from = new Int32Array(n);
      const to = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const e = isBackwards ? n - 1 - i : i;
        from[e] = i;
        to[e] = (i + 1) % n;
      }
      expect(findClosingEdges(n, from, to)).toEqual([{ edge: isBackwards ? 0 : n - 1, nodes: [0, 1, 2, 3, 4, n - 1], length: n }]);
    }
  });

  it('closes 50,000 cycles among 100,000 nodes, each once', () => {
    const pairs = Array.from({ length: 50_000 }, (_, i) => [[2 * i, 2 * i + 1], [2 * i + 1, 2 * i]] as const).flat();
    const found = closing(100_000, pairs);
    expect(found.length).toBe(50_000);
    expect(found.every((c, i) => c.edge === 2 * i + 1 && c.length === 2)).toBe(true);
  });
});
