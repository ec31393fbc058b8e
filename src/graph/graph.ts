// The dependency graph in integer arrays (CSR): edges, strongly connected components, cycles and topological order.
import { findCycles, type Cycle } from './cycles.js';
import { rankQueue } from './rank-queue.js';
// Everything is iterative: a chain of a million milestones must not touch the call stack.

export interface Edge {
  readonly from: number;
  readonly to: number;
}

/**
 * Edges as the graph reads them: an array of Edge, or a list that gives each (`at`) and may hold every edge's ends
 * as columns, read then instead (the model's DependencyTable: model/dependency-table.ts, whose `at` makes an object).
 */
export interface EdgeList {
  readonly length: number;
  at(e: number): Edge | undefined;
  /** Each edge's source, edge e at e (at least `length` long), when the list holds them so. */
  readonly from?: Int32Array;
  /** Each edge's target, likewise. */
  readonly to?: Int32Array;
}

/** Each edge's ends as typed arrays of exactly `edges.length`: views of the list's own columns when it has them. */
export function edgeEnds(edges: EdgeList): { from: Int32Array; to: Int32Array } {
  const n = edges.length;
  if (edges.from instanceof Int32Array && edges.to instanceof Int32Array) {
    return { from: edges.from.length === n ? edges.from : edges.from.subarray(0, n), to: edges.to.length === n ? edges.to : edges.to.subarray(0, n) };
  }
  // A plain loop: Int32Array.from with a mapping function goes through the iterator protocol per edge.
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (let e = 0; e < n; e++) {
    const edge = edges.at(e)!;
    from[e] = edge.from;
    to[e] = edge.to;
  }
  return { from, to };
}

export interface Graph {
  readonly nodeCount: number;
  /** Successor edges of node n: edge indices `succEdges[succStart[n] .. succStart[n+1])`. */
  readonly succStart: Int32Array;
  readonly succEdges: Int32Array;
  /** Predecessor edges of node n, likewise. */
  readonly predStart: Int32Array;
  readonly predEdges: Int32Array;
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  /** 1 when the edge lies inside a strongly connected component (a cycle): left out of the schedule. */
  readonly edgeInCycle: Uint8Array;
  /** Strongly connected component of each node: equal for the nodes of one component (the numbers say nothing more). */
  readonly component: Int32Array;
  /** The cycles to report: one per back edge of a DFS of each cyclic component (./cycles.ts), components in rank order. */
  readonly cycles: readonly Cycle[];
  /** Nodes in topological order over the acyclic edges, ties broken by `rank`. */
  readonly order: Int32Array;
}

/**
 * @param rank  position of each node in the tie-break order (e.g. sorted refs); lower first.
 */
export function buildGraph(nodeCount: number, edges: EdgeList, rank: Int32Array): Graph {
  const { edgeFrom, edgeTo, succStart, succEdges, predStart, predEdges } = edgeTables(nodeCount, edges);
  const edgeInCycle = new Uint8Array(edges.length);
  // Kahn's algorithm over every edge orders every node exactly when the graph has no cycle (a self-loop included):
  // then no edge is cut, each node is a component of its own, and the order is the one over the acyclic edges. Only
  // a graph with a cycle needs Tarjan's components (issue #18: 5 % of the analysis of a 100,000-milestone network).
  const tables = { nodeCount, succStart, succEdges, predStart, predEdges, edgeFrom, edgeTo, edgeInCycle };
  const order = topologicalOrder(tables, rank);
  if (order.length === nodeCount) {
    const component = new Int32Array(nodeCount);
    for (let v = 0; v < nodeCount; v++) component[v] = v;
    return { ...tables, component, cycles: [], order };
  }
  const component = stronglyConnected(nodeCount, succStart, succEdges, edgeTo, order);
  for (let e = 0; e < edges.length; e++) if (component[edgeFrom[e]!] === component[edgeTo[e]!]) edgeInCycle[e] = 1;
  const graph = { ...tables, component };
  return { ...graph, cycles: findCycles(graph, rank), order: isPermutation(rank) ? completedOrder(graph, rank, order) : topologicalOrder(graph, rank) };
}

/** Each edge's ends, and every node's outgoing and incoming edges (in edge order) as compressed tables. */
export function edgeTables(nodeCount: number, edges: EdgeList): Pick<Graph, 'edgeFrom' | 'edgeTo' | 'succStart' | 'succEdges' | 'predStart' | 'predEdges'> {
  const { from: edgeFrom, to: edgeTo } = edgeEnds(edges);
  const { start: succStart, edges: succEdges } = groupEdges(nodeCount, edgeFrom);
  const { start: predStart, edges: predEdges } = groupEdges(nodeCount, edgeTo);
  return { edgeFrom, edgeTo, succStart, succEdges, predStart, predEdges };
}

/**
 * The edges grouped by node as compressed tables: node v's edges, in edge order, are `edges[start[v] .. start[v + 1])`,
 * where `key[e]` is the node edge e belongs to (its source for successor lists, its target for predecessor lists).
 * O(nodes + edges), two typed arrays; shared by buildGraph, the import's cycle search and the risk network.
 */
export function groupEdges(nodeCount: number, key: Int32Array): { start: Int32Array; edges: Int32Array } {
  const start = new Int32Array(nodeCount + 1);
  for (let e = 0; e < key.length; e++) start[key[e]! + 1]!++;
  for (let i = 0; i < nodeCount; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, nodeCount);
  const edges = new Int32Array(key.length);
  for (let e = 0; e < key.length; e++) edges[fill[key[e]!]!++] = e;
  return { start, edges };
}

/**
 * Tarjan's algorithm with an explicit stack, over the nodes Kahn's algorithm over every edge left out (`ordered` are
 * the others): a node on a cycle never gets there (its predecessor on the cycle never does), so each ordered node is a
 * component of its own, and the edges to it from the rest are in no cycle. A tester's national programme of 100,000
 * milestones with one cycle of two in a file of errors searched all of them before (25–40 ms).
 */
function stronglyConnected(n: number, succStart: Int32Array, succEdges: Int32Array, edgeTo: Int32Array, ordered: Int32Array): Int32Array {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  let sp = 0;
  let counter = 0;
  let components = 0;
  // Visited and off the stack: neither a root nor followed.
  for (let k = 0; k < ordered.length; k++) {
    const v = ordered[k]!;
    index[v] = -2;
    component[v] = components++;
  }
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = succStart[root]!;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth]!;
      const e = callEdge[depth]!;
      if (e < succStart[v + 1]!) {
        callEdge[depth] = e + 1;
        const w = edgeTo[succEdges[e]!]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = succStart[w]!;
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!);
        }
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          component[w] = components;
        } while (w !== v);
        components++;
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
    }
  }
  return component;
}

type GraphCore = Omit<Graph, 'cycles' | 'order' | 'component'>;

/** Whether every rank 0 … n-1 occurs once (no two nodes tie). */
function isPermutation(rank: Int32Array): boolean {
  const seen = new Uint8Array(rank.length);
  for (let v = 0; v < rank.length; v++) {
    const r = rank[v]!;
    if (!(r >= 0 && r < rank.length) || seen[r]) return false;
    seen[r] = 1;
  }
  return true;
}

/**
 * topologicalOrder(g, rank) of a graph whose cycles' edges are marked, from `first`, its order before they were
 * (the nodes no cycle holds back, S), for ranks without ties: the same order, made by walking only the edges of the
 * other nodes (R) and S once, instead of all the edges again. A tester's national programme of 100,000 milestones with
 * one cycle of two in a file of errors ordered every node twice.
 *
 * Why it is the same: a node of S is on no cycle and no edge from R reaches it (its predecessors were all ordered
 * first), so its incoming edges are the same with the cycles' edges left out, and whether it is ready depends only on
 * which nodes of S came before. Kahn's algorithm takes the ready node of the smallest rank; a node of S taken is the
 * smallest of the ready ones of S, as in `first`, so the nodes of S come in `first`'s order. Between them come the
 * nodes of R: one is ready when its predecessors in R are taken and its last predecessor in S (`gate`) is.
 */
function completedOrder(g: GraphCore, rank: Int32Array, first: Int32Array): Int32Array {
  const n = g.nodeCount;
  /** Position in `first` of each node of S; -1 for a node of R. */
  const position = new Int32Array(n).fill(-1);
  for (let k = 0; k < first.length; k++) position[first[k]!] = k;
  // For each node of R, the count of its predecessors in R (over edges in no cycle) and the position of its last one in S.
  const waiting = new Int32Array(n);
  const gate = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    if (position[v]! >= 0) continue;
    for (let i = g.predStart[v]!; i < g.predStart[v + 1]!; i++) {
      const e = g.predEdges[i]!;
      if (g.edgeInCycle[e]) continue;
      const at = position[g.edgeFrom[e]!]!;
      if (at < 0) waiting[v]!++;
      else if (at > gate[v]!) gate[v] = at;
    }
  }
  // The nodes of R each node of S is the gate of, as lists by position (counting sort).
  const gatedStart = new Int32Array(first.length + 1);
  for (let v = 0; v < n; v++) if (gate[v]! >= 0) gatedStart[gate[v]! + 1]!++;
  for (let k = 0; k < first.length; k++) gatedStart[k + 1]! += gatedStart[k]!;
  const fill = gatedStart.slice(0, first.length);
  const gated = new Int32Array(gatedStart[first.length]!);
  for (let v = 0; v < n; v++) if (gate[v]! >= 0) gated[fill[gate[v]!]!++] = v;

  const queue = rankQueue(rank);
  for (let v = 0; v < n; v++) if (position[v]! < 0 && gate[v] === -1 && waiting[v] === 0) queue.push(v);
  const order = new Int32Array(n);
  let k = 0;
  /** Nodes of S taken so far: `first[next]` is the next, always ready. */
  let next = 0;
  for (;;) {
    const ready = queue.size > 0 ? queue.peek() : -1;
    if (next < first.length && (ready < 0 || rank[first[next]!]! < rank[ready]!)) {
      order[k++] = first[next]!;
      for (let i = gatedStart[next]!; i < gatedStart[next + 1]!; i++) {
        const w = gated[i]!;
        if (waiting[w] === 0) queue.push(w);
      }
      next++;
      continue;
    }
    if (ready < 0) break;
    queue.pop();
    order[k++] = ready;
    for (let i = g.succStart[ready]!; i < g.succStart[ready + 1]!; i++) {
      const e = g.succEdges[i]!;
      if (g.edgeInCycle[e]) continue;
      const w = g.edgeTo[e]!;
      if (--waiting[w]! === 0 && gate[w]! < next) queue.push(w);
    }
  }
  return k === n ? order : order.slice(0, k);
}

/**
 * Kahn's algorithm over the edges not in a cycle, the ready node of the smallest rank first (rank-queue.ts): every node when those edges are
 * acyclic; shorter (the nodes a cycle holds back left out) when a cycle's edges were not marked.
 */
function topologicalOrder(g: GraphCore, rank: Int32Array): Int32Array {
  const n = g.nodeCount;
  const indegree = new Int32Array(n);
  for (let e = 0; e < g.edgeTo.length; e++) if (!g.edgeInCycle[e]) indegree[g.edgeTo[e]!]!++;
  const queue = rankQueue(rank);
  for (let v = 0; v < n; v++) if (indegree[v] === 0) queue.push(v);
  const order = new Int32Array(n);
  let k = 0;
  while (queue.size > 0) {
    const v = queue.pop();
    order[k++] = v;
    for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) {
      const e = g.succEdges[i]!;
      if (g.edgeInCycle[e]) continue;
      const w = g.edgeTo[e]!;
      if (--indegree[w]! === 0) queue.push(w);
    }
  }
  return k === n ? order : order.slice(0, k);
}
