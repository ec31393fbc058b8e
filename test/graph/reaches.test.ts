// reachesFrom: whether an edge the other way would close a cycle (rules/schema.ts withholds such an offer).
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/graph.js';
import { reachesFrom } from '../../src/graph/reaches.js';
import { reachedFrom } from '../helpers/reached.js';

const identity = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);

/** Every pair (a, b) for which b is reached from a, by a search of the edges written out. */
function expected(n: number, edges: readonly { from: number; to: number }[]): string[] {
  const out: string[] = [];
  for (let a = 0; a < n; a++) {
    const seen = reachedFrom(edges, a);
    for (let b = 0; b < n; b++) if (seen.has(b)) out.push(`${a}>${b}`);
  }
  return out;
}

describe('reachesFrom', () => {
  it.each([
    ['a chain and a branch, no cycle', 6, [[0, 1], [1, 2], [2, 3], [0, 4], [5, 3]]],
    ['a cycle and a node after it', 5, [[0, 1], [1, 2], [2, 0], [2, 3], [4, 0]]],
    ['a diamond in reverse rank order', 4, [[3, 1], [3, 2], [1, 0], [2, 0]]],
  ] as const)('answers as a full search does: %s', (_name, n, pairs) => {
    const edges = pairs.map(([from, to]) => ({ from, to }));
    const reaches = reachesFrom(buildGraph(n, edges, identity(n)));
    const got: string[] = [];
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (reaches(a, b)) got.push(`${a}>${b}`);
    expect(got).toEqual(expected(n, edges));
  });
});

describe('reachesFrom with a budget', () => {
  it('answers false once the nodes its answers visited together pass the budget, and as a full search before', () => {
    // A cycle at the far end makes the graph cyclic: no answer is cut short by the topological order.
    const n = 1000;
    const edges = [...Array.from({ length: n - 1 }, (_, i) => ({ from: i, to: i + 1 })), { from: n - 1, to: n - 2 }];
    const reaches = reachesFrom(buildGraph(n, edges, identity(n)), 2500);
    expect(reaches(0, n - 1)).toBe(true); // visits 999 nodes
    expect(reaches(0, n - 1)).toBe(true); // 1,998
    expect(reaches(0, n - 1)).toBe(false); // past 2,500: not known
    expect(reaches(5, 5)).toBe(true); // a node reaches itself without a search
  });
});
