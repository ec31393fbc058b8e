// The cycles to report: one per back edge of a depth-first search of each cyclic component, then one through each of
// the component's edges that no cycle named yet (SPEC §4: one diagnostic per cycle; SPEC §5: the edges left out of
// the schedule are those reported).
//
// Removing every back edge of a DFS leaves the component acyclic, so naming one cycle per back edge names an
// edge set that breaks every cycle: with A↔B and A↔C both cycles are named, not just the first. But the schedule
// leaves out every edge of the component, and a chord (A→B→C→A with A→C +30d) lies on no back edge's cycle: the
// shortest cycle through each edge still unnamed is named too, closed by that edge, so its finding is at its line
// (tester round 31 F1). A component can hold many cycles, and long ones; past the caps the rest is counted on the
// component's last cycle, at least E − V + 1 of them in all (a strongly connected graph's cycle space has a basis of
// that many directed cycles, each elementary).
import type { Graph } from './graph.js';

export interface Cycle {
  /** Nodes from the closing edge's target round to it again (first = last). */
  readonly nodes: readonly number[];
  /** Edges alongside `nodes`; the last one closes the cycle (a back edge of the search, or an edge no cycle named before). */
  readonly edges: readonly number[];
  /** Cycles of the same component not listed (past the caps, a lower bound), counted on its last listed cycle; else 0. */
  readonly unlisted: number;
}

/** At most this many cycles per component are listed... */
export const MAX_CYCLES_PER_COMPONENT = 50;
/** ...and no more hops than this in total per component (the first cycle is always listed whole). */
export const MAX_HOPS_PER_COMPONENT = 100_000;
/** The nodes the searches for cycles through unnamed edges may visit in all, per component. */
const SEARCH_BUDGET_PER_COMPONENT = 1_000_000;

type GraphCore = Pick<Graph, 'nodeCount' | 'succStart' | 'succEdges' | 'edgeTo' | 'edgeFrom' | 'edgeInCycle' | 'component'>;

/**
 * The cycles of every cyclic component, components in the order of their first node's rank (SPEC §4 dependency-cycle).
 * `work`, when given, counts the nodes the searches for cycles through unnamed edges visited (for tests: that work is
 * bounded per component, whatever the graph).
 */
export function findCycles(g: GraphCore, rank: Int32Array, work?: { visited: number }): Cycle[] {
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
  const search: ShortestCycles = { covered: new Uint8Array(g.edgeInCycle.length), seen: new Int32Array(g.nodeCount), viaEdge: new Int32Array(g.nodeCount), edgesOf: [], stamp: 0, visited: 0, total: 0 };
  for (const [c, start] of starts) {
    const found = componentCycles(g, rank, c, start, state, stackPos, search);
    for (const cycle of found) cycles.push(cycle);
  }
  if (work !== undefined) work.visited += search.total;
  return cycles;
}

/** Scratch for the shortest cycles through unnamed edges: edges named so far, and a breadth-first search's marks. */
interface ShortestCycles {
  readonly covered: Uint8Array;
  /** The search that last reached each node (its stamp), so that no array is cleared between searches. */
  readonly seen: Int32Array;
  /** The edge by which that search reached each node. */
  readonly viaEdge: Int32Array;
  /** Each node's edges inside its component in rank order, as the depth-first search sorted them (by node). */
  readonly edgesOf: number[][];
  stamp: number;
  /** How many nodes the last search visited, and all of them. */
  visited: number;
  total: number;
}

/** Iterative DFS from `start` over the component's edges in rank order; one cycle per back edge (capped). */
function componentCycles(g: GraphCore, rank: Int32Array, c: number, start: number, state: Uint8Array, stackPos: Int32Array, search: ShortestCycles): Cycle[] {
  const members: number[] = [start];
  const nodes: number[] = [start];
  const via: number[] = [-1]; // via[i]: the tree edge into nodes[i]
  const edgesOf = search.edgesOf;
  edgesOf[start] = inComponentEdges(g, start, c, rank);
  const next: number[][] = [edgesOf[start]];
  const cursor: number[] = [0];
  state[start] = 1;
  stackPos[start] = 0;
  const cycles: { nodes: number[]; edges: number[] }[] = [];
  let hops = 0;
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
      members.push(w);
      nodes.push(w);
      via.push(e);
      edgesOf[w] = inComponentEdges(g, w, c, rank);
      next.push(edgesOf[w]);
      cursor.push(0);
    } else if (state[w] === 1) {
      const from = stackPos[w]!;
      const length = nodes.length - from;
      if (cycles.length > 0 && (cycles.length >= MAX_CYCLES_PER_COMPONENT || hops + length > MAX_HOPS_PER_COMPONENT)) continue;
      hops += length;
      const cycleNodes = nodes.slice(from);
      cycleNodes.push(w);
      const cycleEdges = via.slice(from + 1);
      cycleEdges.push(e);
      cycles.push({ nodes: cycleNodes, edges: cycleEdges });
    }
  }
  for (const cycle of cycles) for (const e of cycle.edges) search.covered[e] = 1;
  // The component's edges that no cycle named yet (a chord, a second link between the same two milestones), in the
  // search's order: the shortest cycle through each, while the caps allow.
  // The searches share a budget of nodes visited, so that a ring of 100,000 with a chord every tenth costs a few
  // searches, not one per chord (tester round 34 F1: 491 s); what it does not reach is counted, not listed.
  let edgeCount = 0;
  let budget = SEARCH_BUDGET_PER_COMPONENT;
  for (const v of members) {
    // In rank order, as the search above: the cycles named do not depend on the order the plan files list them in.
    for (const e of edgesOf[v]!) {
      edgeCount++;
      if (search.covered[e] === 1 || cycles.length >= MAX_CYCLES_PER_COMPONENT || hops >= MAX_HOPS_PER_COMPONENT || budget <= 0) continue;
      const cycle = shortestCycleThrough(g, e, search, Math.min(budget, MAX_HOPS_PER_COMPONENT - hops));
      budget -= search.visited;
      search.total += search.visited;
      if (cycle === undefined) continue;
      hops += cycle.edges.length;
      for (const x of cycle.edges) search.covered[x] = 1;
      cycles.push(cycle);
    }
  }
  const unlisted = Math.max(0, edgeCount - members.length + 1 - cycles.length);
  return cycles.map((cycle, i) => ({ ...cycle, unlisted: i === cycles.length - 1 ? unlisted : 0 }));
}

/**
 * The shortest cycle through edge `e` (u → w) inside its component: a breadth-first search from w back to u over the
 * component's edges in rank order (search.edgesOf); the cycle starts at w and `e` closes it. Undefined when the search visits
 * more than `limit` nodes or the cycle would have more than `limit` edges; `search.visited` says how many it visited.
 * O(min(limit, component's nodes + edges)).
 */
function shortestCycleThrough(g: GraphCore, e: number, search: ShortestCycles, limit: number): { nodes: number[]; edges: number[] } | undefined {
  const u = g.edgeFrom[e]!;
  const w = g.edgeTo[e]!;
  const stamp = ++search.stamp;
  search.seen[w] = stamp;
  const queue = [w];
  search.visited = 1;
  for (let head = 0; head < queue.length && search.seen[u] !== stamp; head++) {
    for (const x of search.edgesOf[queue[head]!]!) {
      const to = g.edgeTo[x]!;
      if (search.seen[to] === stamp) continue;
      search.seen[to] = stamp;
      search.viaEdge[to] = x;
      queue.push(to);
    }
    search.visited = queue.length;
    if (queue.length > limit) return undefined;
  }
  if (search.seen[u] !== stamp) return undefined;
  // Walk back from u to w along the edges that reached each node.
  const edges: number[] = [];
  for (let v = u; v !== w; v = g.edgeFrom[search.viaEdge[v]!]!) edges.push(search.viaEdge[v]!);
  if (edges.length + 1 > limit) return undefined;
  edges.reverse();
  const nodes = [w, ...edges.map((x) => g.edgeTo[x]!)];
  edges.push(e);
  nodes.push(w);
  return { nodes, edges };
}

function inComponentEdges(g: GraphCore, v: number, c: number, rank: Int32Array): number[] {
  const out: number[] = [];
  for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) {
    const e = g.succEdges[i]!;
    if (g.component[g.edgeTo[e]!] === c) out.push(e);
  }
  return out.sort((a, b) => rank[g.edgeTo[a]!]! - rank[g.edgeTo[b]!]! || a - b);
}
