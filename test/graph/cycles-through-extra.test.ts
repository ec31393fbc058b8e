// Cycles through nodes added to the schedule's graph (milestones without a date: tester round 61 F1), against the
// transitive closure of small random graphs: every cycle named is a cycle, passes through an added node, and every
// added node that lies on any cycle is on a named one; cycles among the graph's own nodes are left to it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cyclesThroughExtra } from '../../src/graph/cycles-through-extra.js';
import { buildGraph, type Edge } from '../../src/graph/graph.js';

const identity = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);
const byNumber = (a: number, b: number): number => a - b;

/** Whether each node reaches each (paths of one edge or more), by Floyd–Warshall over booleans. */
function closure(total: number, edges: readonly Edge[]): boolean[][] {
  const r = Array.from({ length: total }, () => Array<boolean>(total).fill(false));
  for (const e of edges) r[e.from]![e.to] = true;
  for (let k = 0; k < total; k++) for (let i = 0; i < total; i++) if (r[i]![k]) for (let j = 0; j < total; j++) if (r[k]![j]) r[i]![j] = true;
  return r;
}

describe('cyclesThroughExtra', () => {
  it('names the two-cycle through an added node and leaves the base graph\'s own cycle out', () => {
    // Base: 0 ↔ 1 (its own cycle), 2 → 3; added node 4: 3 → 4 → 2 closes 2 → 3 → 4 → 2.
    const base = buildGraph(4, [{ from: 0, to: 1 }, { from: 1, to: 0 }, { from: 2, to: 3 }], identity(4));
    const cycles = cyclesThroughExtra(base, 1, [{ from: 3, to: 4 }, { from: 4, to: 2 }], byNumber);
    expect(cycles).toHaveLength(1);
    expect(new Set(cycles[0]!.nodes)).toEqual(new Set([2, 3, 4]));
    // Edge numbers: the base's 0..2, then the added ones 3 and 4.
    expect(new Set(cycles[0]!.edges)).toEqual(new Set([2, 3, 4]));
  });

  // Tester round 63 F5: 12 nodes each linked to every other fill cycles.ts's 50 cycles a component, all among them;
  // the cycle through the added node 12 (2 → 12 → 4) was then neither listed nor counted.
  it('names a cycle through an added node in a component whose listed cycles are full of the graph\'s own', () => {
    const all: Edge[] = [];
    for (let a = 0; a < 12; a++) for (let b = 0; b < 12; b++) if (a !== b) all.push({ from: a, to: b });
    const base = buildGraph(12, all, identity(12));
    const cycles = cyclesThroughExtra(base, 1, [{ from: 2, to: 12 }, { from: 12, to: 4 }], byNumber);
    expect(cycles.some((c) => c.nodes.includes(12))).toBe(true);
    const through = cycles.find((c) => c.nodes.includes(12))!;
    expect(through.nodes).toHaveLength(4);
  });

  it('gives nothing without added nodes or edges, and for an added node on no cycle', () => {
    const base = buildGraph(2, [{ from: 0, to: 1 }], identity(2));
    expect(cyclesThroughExtra(base, 0, [], byNumber)).toEqual([]);
    expect(cyclesThroughExtra(base, 1, [{ from: 1, to: 2 }], byNumber)).toEqual([]);
  });

  it('on random graphs: each named cycle is one, through an added node, and every added node on a cycle is named', () => {
    const graphs = fc.record({ base: fc.integer({ min: 0, max: 7 }), extra: fc.integer({ min: 1, max: 3 }), seed: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 24 }) });
    fc.assert(fc.property(graphs, ({ base, extra, seed }) => {
      const total = base + extra;
      const all = seed.map(([a, b]) => ({ from: a % total, to: b % total }));
      const baseEdges = all.filter((e) => e.from < base && e.to < base);
      const added = all.filter((e) => e.from >= base || e.to >= base);
      const g = buildGraph(base, baseEdges, identity(base));
      const cycles = cyclesThroughExtra(g, extra, added, byNumber);
      const edgeOf = (e: number): Edge => (e < baseEdges.length ? baseEdges[e]! : added[e - baseEdges.length]!);
      for (const c of cycles) {
        expect(c.nodes[0]).toBe(c.nodes[c.nodes.length - 1]);
        expect(c.edges).toHaveLength(c.nodes.length - 1);
        c.edges.forEach((e, k) => expect(edgeOf(e)).toEqual({ from: c.nodes[k], to: c.nodes[k + 1] }));
        expect(c.nodes.some((v) => v >= base)).toBe(true);
      }
      const reach = closure(total, all);
      for (let v = base; v < total; v++) {
        const onCycle = reach[v]![v]!;
        expect(cycles.some((c) => c.nodes.includes(v)), `added node ${v}`).toBe(onCycle);
      }
    }), { numRuns: 300, seed: 61 });
  });
});
