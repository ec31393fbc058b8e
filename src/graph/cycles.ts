// The cycles to report: one per back edge of a depth-first search of each cyclic component (SPEC §4: every cycle named).
//
// Removing every back edge of a DFS leaves the component acyclic, so naming one cycle per back edge names an
// edge set that breaks every cycle: with A↔B and A↔C both cycles are named, not just the first. A component can
// hold many back edges whose cycles are long; past the caps the rest is counted on the component's last cycle.
import type { Graph } from './graph.js';

export interface Cycle {
  /** Nodes from the back edge's target round to it again (first = last). */
  readonly nodes: readonly number[];
  /** Edges alongside `nodes`; the last one is the back edge that closes the cycle. */
  readonly edges: readonly number[];
  /** Cycles of the same component not listed (past the caps), counted on its last listed cycle; else 0. */
  readonly unlisted: number;
}

/** At most this many cycles per component are listed... */
export const MAX_CYCLES_PER_COMPONENT = 50;
/** ...and no more hops than this in total per component (the first cycle is always listed whole). */
export const MAX_HOPS_PER_COMPONENT = 100_000;

type GraphCore = Pick<Graph, 'nodeCount' | 'succStart' | 'succEdges' | 'edgeTo' | 'edgeFrom' | 'edgeInCycle' | 'component'>;

export function findCycles(g: GraphCore, rank: Int32Array): Cycle[] {
  const firstOfComponent = new Map<number, number>();
  const hasCycle = new Set<number>();
  for (let e = 0; e < g.edgeInCycle.length; e++) if (g.edgeInCycle[e]) hasCycle.add(g.component[g.edgeFrom[e]!]!);
  for (let v = 0; v < g.nodeCount; v++) {
    const c = g.component[v]!;
    if (!hasCycle.has(c)) continue;
    const current = firstOfComponent.get(c);
    if (current === undefined || rank[v]! < rank[current]!) firstOfComponent.set(c, v);
  }
  const state = new Uint8Array(g.nodeCount); // 0 new, 1 on the DFS stack, 2 done
  const stackPos = new Int32Array(g.nodeCount);
  const cycles: Cycle[] = [];
  const starts = [...firstOfComponent].sort((a, b) => rank[a[1]]! - rank[b[1]]!);
  for (const [c, start] of starts) {
    const found = componentCycles(g, rank, c, start, state, stackPos);
    for (const cycle of found) cycles.push(cycle);
  }
  return cycles;
}

/** Iterative DFS from `start` over the component's edges in rank order; one cycle per back edge (capped). */
function componentCycles(g: GraphCore, rank: Int32Array, c: number, start: number, state: Uint8Array, stackPos: Int32Array): Cycle[] {
  const nodes: number[] = [start];
  const via: number[] = [-1]; // via[i]: the tree edge into nodes[i]
  const next: number[][] = [inComponentEdges(g, start, c, rank)];
  const cursor: number[] = [0];
  state[start] = 1;
  stackPos[start] = 0;
  const cycles: { nodes: number[]; edges: number[] }[] = [];
  let hops = 0;
  let unlisted = 0;
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const edges = next[top]!;
    if (cursor[top]! >= edges.length) {
      state[nodes[top]!] = 2;
      nodes.pop();
      via.pop();
      next.pop();
      cursor.pop();
      continue;
    }
    const e = edges[cursor[top]!++]!;
    const w = g.edgeTo[e]!;
    if (state[w] === 0) {
      state[w] = 1;
      stackPos[w] = nodes.length;
      nodes.push(w);
      via.push(e);
      next.push(inComponentEdges(g, w, c, rank));
      cursor.push(0);
    } else if (state[w] === 1) {
      const from = stackPos[w]!;
      const length = nodes.length - from;
      if (cycles.length > 0 && (cycles.length >= MAX_CYCLES_PER_COMPONENT || hops + length > MAX_HOPS_PER_COMPONENT)) {
        unlisted++;
        continue;
      }
      hops += length;
      const cycleNodes = nodes.slice(from);
      cycleNodes.push(w);
      const cycleEdges = via.slice(from + 1);
      cycleEdges.push(e);
      cycles.push({ nodes: cycleNodes, edges: cycleEdges });
    }
  }
  return cycles.map((cycle, i) => ({ ...cycle, unlisted: i === cycles.length - 1 ? unlisted : 0 }));
}

function inComponentEdges(g: GraphCore, v: number, c: number, rank: Int32Array): number[] {
  const out: number[] = [];
  for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) {
    const e = g.succEdges[i]!;
    if (g.component[g.edgeTo[e]!] === c) out.push(e);
  }
  return out.sort((a, b) => rank[g.edgeTo[a]!]! - rank[g.edgeTo[b]!]! || a - b);
}
