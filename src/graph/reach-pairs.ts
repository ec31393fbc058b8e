// Whether each of many pairs of nodes is joined by a path, answered together: one search per pair took the rules'
// cycle checks quadratic in a large network, and a budget over them let answers go unknown (tester round 83 F1).
import type { Graph } from './graph.js';
import { Reach, ReachSearch } from './reaches.js';

/** Nodes one pair's own search may visit before it is left to the batched pass (reachPairs). */
const OWN_SEARCH = 4096;

/** Pairs answered together by one pass over the graph: one bit each of a 32-bit word per node. */
const BATCH = 32;

/**
 * For each pair k, whether node `to[k]` is reached from node `from[k]` over successor edges (a node reaches itself,
 * and every node of its strongly connected component: Graph.component). Each other pair first gets a search of its
 * own of at most OWN_SEARCH nodes (in a graph without a cycle only nodes no later than `to[k]` in the topological
 * order, which nothing later reaches); the pairs left are answered 32 at a time by passes that carry each pair's bit
 * from its `from` along every edge in topological order, again while an edge inside a cycle changed a node already
 * passed. `maxWork` bounds the nodes and edges those passes visit together:
 * the pairs left past it are Reach.Unknown. Returns one Reach per pair.
 */
export function reachPairs(graph: Graph, from: Int32Array, to: Int32Array, maxWork = 200_000_000): Uint8Array {
  const n = graph.nodeCount;
  const answers = new Uint8Array(from.length);
  const searches = new ReachSearch(graph);
  const { position } = searches;
  const left: number[] = [];
  const { component } = graph;
  for (let k = 0; k < from.length; k++) {
    // Two nodes of one strongly connected component reach each other: no search (tester round 87 F4: a cycle through
    // most of a 100,000-milestone network sent 3,000 such pairs to the passes, and the budget ran out on the others).
    if (component[from[k]!] === component[to[k]!]) {
      answers[k] = Reach.Yes;
      continue;
    }
    const answer = searches.search(from[k]!, to[k]!, OWN_SEARCH);
    if (answer === Reach.Unknown) left.push(k);
    else answers[k] = answer;
  }
  const passWork = n + graph.succEdges.length;
  let work = 0;
  const bits = new Int32Array(n);
  for (let start = 0; start < left.length; start += BATCH) {
    const batch = left.slice(start, start + BATCH);
    if (work + passWork > maxWork) {
      for (const k of batch) answers[k] = Reach.Unknown;
      continue;
    }
    bits.fill(0);
    batch.forEach((k, b) => {
      const node = from[k]!;
      bits[node] = bits[node]! | (1 << b);
    });
    for (let again = true; again && work + passWork <= maxWork;) {
      again = false;
      work += passWork;
      for (let i = 0; i < graph.order.length; i++) {
        const node = graph.order[i]!;
        const mine = bits[node]!;
        if (mine === 0) continue;
        for (let e = graph.succStart[node]!; e < graph.succStart[node + 1]!; e++) {
          const next = graph.edgeTo[graph.succEdges[e]!]!;
          const merged = bits[next]! | mine;
          if (merged === bits[next]) continue;
          bits[next] = merged;
          // A node earlier in the order (an edge inside a cycle) is passed again on the next pass.
          if (position[next]! <= i) again = true;
        }
      }
      if (again && work + passWork > maxWork) for (const k of batch) answers[k] = Reach.Unknown;
    }
    batch.forEach((k, b) => {
      if (answers[k] !== Reach.Unknown) answers[k] = (bits[to[k]!]! >>> b) & 1 ? Reach.Yes : Reach.No;
    });
  }
  return answers;
}

