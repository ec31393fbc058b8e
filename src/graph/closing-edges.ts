// The edges that close dependency cycles: every back edge of one depth-first search, so that leaving them out leaves no cycle.
//
// cycles.ts names cycles for validate, capped per component; an import that must write a plan without cycles needs
// every edge to leave out, in an order a user can follow: this search starts from the nodes in their order and takes
// each node's edges in theirs (an importer passes both in file order). Iterative over integer arrays, like graph.ts: a
// chain of a million nodes never touches the call stack.

import { groupEdges } from './graph.js';

export interface ClosingEdge {
  /** The edge (an index into edgeFrom/edgeTo) that leads back to a node on the search's path. */
  readonly edge: number;
  /**
   * The cycle it closes, from the edge's target along the path to its source (the edge then leads back to the first):
   * all of them when there are at most `shown`, else the first `shown - 1` and the source.
   */
  readonly nodes: readonly number[];
  /** How many nodes the cycle has (1 for an edge from a node to itself). */
  readonly length: number;
}

/**
 * The edges that close cycles among `nodeCount` nodes and the edges `edgeFrom[e] → edgeTo[e]` (node indices): a
 * depth-first search from each node not yet reached, in node order, following each node's edges in edge order; an edge
 * to a node on the current path closes a cycle (a back edge). Leaving out every edge returned leaves an acyclic graph
 * (every edge left goes from a node that finishes after its target), and each one returned lies on the cycle it names.
 * Returned in the order the search meets them. O(nodes + edges) time and memory; `shown` (≥ 2) bounds each cycle's
 * listed nodes, so a cycle of a million nodes costs no more to name than one of six.
 */
export function findClosingEdges(nodeCount: number, edgeFrom: Int32Array, edgeTo: Int32Array, shown = 6): ClosingEdge[] {
  const { start, edges } = groupEdges(nodeCount, edgeFrom);
  const state = new Uint8Array(nodeCount); // 0 not reached, 1 on the path, 2 done
  const path = new Int32Array(nodeCount);
  const cursor = new Int32Array(nodeCount); // per path position: the next of its node's edges to follow
  const pathPos = new Int32Array(nodeCount);
  const closing: ClosingEdge[] = [];
  for (let root = 0; root < nodeCount; root++) {
    if (state[root] !== 0) continue;
    let top = 0;
    path[0] = root;
    cursor[0] = start[root]!;
    state[root] = 1;
    pathPos[root] = 0;
    while (top >= 0) {
      const v = path[top]!;
      if (cursor[top]! >= start[v + 1]!) {
        state[v] = 2;
        top--;
        continue;
      }
      const e = edges[cursor[top]!++]!;
      const w = edgeTo[e]!;
      if (state[w] === 0) {
        top++;
        path[top] = w;
        cursor[top] = start[w]!;
        state[w] = 1;
        pathPos[w] = top;
      } else if (state[w] === 1) {
        const from = pathPos[w]!;
        const length = top - from + 1;
        const nodes = length <= shown ? Array.from(path.subarray(from, top + 1)) : [...path.subarray(from, from + shown - 1), v];
        closing.push({ edge: e, nodes, length });
      }
    }
  }
  return closing;
}
