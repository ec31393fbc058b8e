// Cycles of a graph with nodes added to it: those that pass through an added node. The schedule's graph (graph.ts)
// holds the milestones with a date; a milestone without one is no node of it, so a cycle through such a milestone was
// found only once its date was mended (tester round 61 F1). Such milestones are few, and a cycle through one lies in
// what is both reachable from the added nodes and reaches them: that part alone is built into a graph of its own, whose
// own cycle search (cycles.ts, with its caps) names them. Iterative over integer arrays, as graph.ts is.
import { buildGraph, type Edge, type Graph } from './graph.js';

/** A cycle through an added node: nodes and edges as cycles.ts's Cycle gives them, in the numbering described below. */
export interface ExtraCycle {
  /** Nodes from the closing edge's target round to it again (first = last): `g`'s nodes, then the added ones after them. */
  readonly nodes: readonly number[];
  /** Edges alongside `nodes`: `g`'s edges, then the added ones after them (edge `g.edgeFrom.length + i` is `added[i]`). */
  readonly edges: readonly number[];
  /** Cycles of the same component not listed (cycles.ts's caps), counted on its last listed cycle; else 0. */
  readonly unlisted: number;
}

/**
 * The cycles through the `addedCount` nodes numbered `g.nodeCount …` and the `added` edges between any nodes of the
 * two (an added edge's ends may be `g`'s nodes or added ones), named as cycles.ts names a graph's cycles, with
 * `compare` (over node numbers) as the rank order of its tie-breaks (graph.ts's rank: the schedule's is by ref).
 * Cycles among `g`'s nodes alone are left out: `g.cycles` names them. O(nodes + edges) of the part reachable from the
 * added nodes, and a sort of that part.
 */
export function cyclesThroughExtra(g: Graph, addedCount: number, added: readonly Edge[], compare: (a: number, b: number) => number): ExtraCycle[] {
  if (addedCount === 0 || added.length === 0) return [];
  const n = g.nodeCount;
  const total = n + addedCount;
  const edgeCount = g.edgeFrom.length;
  const addedFrom = groupAdded(total, added, (e) => e.from);
  const addedTo = groupAdded(total, added, (e) => e.to);
  // Reached forwards from the added nodes, and backwards from them: a cycle through one lies in both.
  const forward = reach(total, n, addedCount, (v, visit) => {
    if (v < n) for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) visit(g.edgeTo[g.succEdges[i]!]!);
    for (let i = addedFrom.start[v]!; i < addedFrom.start[v + 1]!; i++) visit(added[addedFrom.edges[i]!]!.to);
  });
  const backward = reach(total, n, addedCount, (v, visit) => {
    if (v < n) for (let i = g.predStart[v]!; i < g.predStart[v + 1]!; i++) visit(g.edgeFrom[g.predEdges[i]!]!);
    for (let i = addedTo.start[v]!; i < addedTo.start[v + 1]!; i++) visit(added[addedTo.edges[i]!]!.from);
  });
  const local = new Int32Array(total).fill(-1);
  const globalNode: number[] = [];
  for (let v = 0; v < total; v++) {
    if (forward[v] === 1 && backward[v] === 1) {
      local[v] = globalNode.length;
      globalNode.push(v);
    }
  }
  if (globalNode.length === 0) return [];
  // The part's edges: the graph's between two of its nodes, then the added ones, each with its number in the whole.
  const edges: Edge[] = [];
  const globalEdge: number[] = [];
  for (const v of globalNode) {
    if (v >= n) continue;
    for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) {
      const e = g.succEdges[i]!;
      const to = local[g.edgeTo[e]!]!;
      if (to >= 0) {
        edges.push({ from: local[v]!, to });
        globalEdge.push(e);
      }
    }
  }
  for (let i = 0; i < added.length; i++) {
    const from = local[added[i]!.from]!;
    const to = local[added[i]!.to]!;
    if (from >= 0 && to >= 0) {
      edges.push({ from, to });
      globalEdge.push(edgeCount + i);
    }
  }
  const rank = new Int32Array(globalNode.length);
  const ordered = globalNode.map((_, i) => i).sort((a, b) => compare(globalNode[a]!, globalNode[b]!));
  for (let k = 0; k < ordered.length; k++) rank[ordered[k]!] = k;
  const part = buildGraph(globalNode.length, edges, rank);
  const cycles: ExtraCycle[] = [];
  const named = new Uint8Array(globalNode.length);
  const keep = (nodes: readonly number[], edgeList: readonly number[], unlisted: number): void => {
    for (const v of nodes) named[v] = 1;
    cycles.push({ nodes: nodes.map((v) => globalNode[v]!), edges: edgeList.map((e) => globalEdge[e]!), unlisted });
  };
  for (const c of part.cycles) if (c.nodes.some((v) => globalNode[v]! >= n)) keep(c.nodes, c.edges, c.unlisted);
  // cycles.ts lists at most 50 cycles a component: past that, one through an added node may be neither listed nor
  // counted among the rest (tester round 63 F5). Each added node on a cycle and on none listed gets its shortest one.
  for (let v = 0; v < globalNode.length; v++) {
    if (globalNode[v]! < n || named[v] === 1) continue;
    const found = shortestCycleThrough(part, v);
    if (found !== undefined) keep(found.nodes, found.edges, 0);
  }
  return cycles;
}

/** The shortest cycle through node `v` of `g` (breadth-first from it back to it), or undefined when it is on none. */
function shortestCycleThrough(g: Graph, v: number): { nodes: number[]; edges: number[] } | undefined {
  const via = new Int32Array(g.nodeCount).fill(-1); // the edge each node was reached by
  const queue = [v];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    for (let i = g.succStart[u]!; i < g.succStart[u + 1]!; i++) {
      const e = g.succEdges[i]!;
      const w = g.edgeTo[e]!;
      if (w === v) {
        // Back at v: the path is read backwards along the edges each node was reached by.
        const edgeList = [e];
        for (let x = u; x !== v; x = g.edgeFrom[via[x]!]!) edgeList.push(via[x]!);
        edgeList.reverse();
        return { nodes: [v, ...edgeList.map((f) => g.edgeTo[f]!)], edges: edgeList };
      }
      if (via[w] === -1 && w !== v) {
        via[w] = e;
        queue.push(w);
      }
    }
  }
  return undefined;
}

/** The added edges grouped by one end (`end`), as compressed tables over all `total` nodes. */
function groupAdded(total: number, added: readonly Edge[], end: (e: Edge) => number): { start: Int32Array; edges: Int32Array } {
  const start = new Int32Array(total + 1);
  for (const e of added) start[end(e) + 1]!++;
  for (let v = 0; v < total; v++) start[v + 1]! += start[v]!;
  const edges = new Int32Array(added.length);
  const next = start.slice(0, total);
  for (let i = 0; i < added.length; i++) edges[next[end(added[i]!)]!++] = i;
  return { start, edges };
}

/** The nodes reached from the added ones (numbered `n …`, all `count` of them) through `step`: 1 for each reached. */
function reach(total: number, n: number, count: number, step: (v: number, visit: (w: number) => void) => void): Uint8Array {
  const seen = new Uint8Array(total);
  const queue = new Int32Array(total);
  let tail = 0;
  for (let v = n; v < n + count; v++) {
    seen[v] = 1;
    queue[tail++] = v;
  }
  const visit = (w: number): void => {
    if (seen[w] === 0) {
      seen[w] = 1;
      queue[tail++] = w;
    }
  };
  for (let head = 0; head < tail; head++) step(queue[head]!, visit);
  return seen;
}
