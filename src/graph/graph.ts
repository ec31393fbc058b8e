// The dependency graph in integer arrays (CSR): edges, strongly connected components, cycles and topological order.
// Everything is iterative: a chain of a million milestones must not touch the call stack.

export interface Edge {
  readonly from: number;
  readonly to: number;
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
  /** Strongly connected component of each node. */
  readonly component: Int32Array;
  /** The cycles, one per component with a cycle: node lists starting at the component's first node, edge lists alongside. */
  readonly cycles: readonly { readonly nodes: readonly number[]; readonly edges: readonly number[] }[];
  /** Nodes in topological order over the acyclic edges, ties broken by `rank`. */
  readonly order: Int32Array;
}

/**
 * @param rank  position of each node in the tie-break order (e.g. sorted refs); lower first.
 */
export function buildGraph(nodeCount: number, edges: readonly Edge[], rank: Int32Array): Graph {
  const edgeFrom = Int32Array.from(edges, (e) => e.from);
  const edgeTo = Int32Array.from(edges, (e) => e.to);
  const [succStart, succEdges] = adjacency(nodeCount, edgeFrom, edgeTo);
  const [predStart, predEdges] = adjacency(nodeCount, edgeTo, edgeFrom);
  const component = stronglyConnected(nodeCount, succStart, succEdges, edgeTo);
  const edgeInCycle = new Uint8Array(edges.length);
  for (let e = 0; e < edges.length; e++) if (component[edgeFrom[e]!] === component[edgeTo[e]!]) edgeInCycle[e] = 1;
  const graph = { nodeCount, succStart, succEdges, predStart, predEdges, edgeFrom, edgeTo, edgeInCycle, component };
  return { ...graph, cycles: findCycles(graph, rank), order: topologicalOrder(graph, rank) };
}

function adjacency(n: number, key: Int32Array, _other: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < key.length; e++) start[key[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const list = new Int32Array(key.length);
  for (let e = 0; e < key.length; e++) list[fill[key[e]!]!++] = e;
  return [start, list];
}

/** Tarjan's algorithm with an explicit stack. */
function stronglyConnected(n: number, succStart: Int32Array, succEdges: Int32Array, edgeTo: Int32Array): Int32Array {
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

type GraphCore = Omit<Graph, 'cycles' | 'order'>;

/** One cycle per cyclic component: the shortest cycle through the component's first node (by rank), found by BFS. */
function findCycles(g: GraphCore, rank: Int32Array): { nodes: number[]; edges: number[] }[] {
  const firstOfComponent = new Map<number, number>();
  const hasCycle = new Set<number>();
  for (let e = 0; e < g.edgeInCycle.length; e++) if (g.edgeInCycle[e]) hasCycle.add(g.component[g.edgeFrom[e]!]!);
  for (let v = 0; v < g.nodeCount; v++) {
    const c = g.component[v]!;
    if (!hasCycle.has(c)) continue;
    const current = firstOfComponent.get(c);
    if (current === undefined || rank[v]! < rank[current]!) firstOfComponent.set(c, v);
  }
  const parentEdge = new Int32Array(g.nodeCount).fill(-1);
  const visitedBy = new Int32Array(g.nodeCount).fill(-1);
  const cycles: { nodes: number[]; edges: number[] }[] = [];
  for (const [c, start] of firstOfComponent) {
    // BFS from start along in-component edges, in rank order, until an edge returns to start.
    const queue = [start];
    visitedBy[start] = start;
    let closing = -1;
    for (let qi = 0; qi < queue.length && closing < 0; qi++) {
      const v = queue[qi]!;
      const out = sortedSuccessorEdges(g, v, rank).filter((e) => g.component[g.edgeTo[e]!] === c);
      for (const e of out) {
        const w = g.edgeTo[e]!;
        if (w === start) {
          closing = e;
          break;
        }
        if (visitedBy[w] === start) continue;
        visitedBy[w] = start;
        parentEdge[w] = e;
        queue.push(w);
      }
    }
    const edges = [closing];
    for (let v = g.edgeFrom[closing]!; v !== start; v = g.edgeFrom[parentEdge[v]!]!) edges.push(parentEdge[v]!);
    edges.reverse();
    cycles.push({ nodes: [...edges.map((e) => g.edgeFrom[e]!), start], edges });
  }
  return cycles.sort((a, b) => rank[a.nodes[0]!]! - rank[b.nodes[0]!]!);
}

function sortedSuccessorEdges(g: GraphCore, v: number, rank: Int32Array): number[] {
  const out: number[] = [];
  for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) out.push(g.succEdges[i]!);
  return out.sort((a, b) => rank[g.edgeTo[a]!]! - rank[g.edgeTo[b]!]! || a - b);
}

/** Kahn's algorithm over the acyclic edges with a binary heap keyed by rank. */
function topologicalOrder(g: GraphCore, rank: Int32Array): Int32Array {
  const n = g.nodeCount;
  const indegree = new Int32Array(n);
  for (let e = 0; e < g.edgeTo.length; e++) if (!g.edgeInCycle[e]) indegree[g.edgeTo[e]!]!++;
  const heap = new Int32Array(n);
  let size = 0;
  const push = (v: number): void => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (rank[heap[parent]!]! <= rank[v]!) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = v;
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap[--size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && rank[heap[child + 1]!]! < rank[heap[child]!]!) child++;
      if (rank[heap[child]!]! >= rank[last]!) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  };
  for (let v = 0; v < n; v++) if (indegree[v] === 0) push(v);
  const order = new Int32Array(n);
  let k = 0;
  while (size > 0) {
    const v = pop();
    order[k++] = v;
    for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) {
      const e = g.succEdges[i]!;
      if (g.edgeInCycle[e]) continue;
      const w = g.edgeTo[e]!;
      if (--indegree[w]! === 0) push(w);
    }
  }
  return order;
}
