// Whether one node of the dependency graph reaches another: a new edge the other way would close a cycle.
import type { Graph } from './graph.js';

/** A budget for the questions of one analysis's rule (reachesFrom): four times the nodes of a 1,000,000-long chain. */
export const REACH_BUDGET = 4_000_000;

/**
 * For `graph`: whether node `to` is reached from node `from` over successor edges (then an edge `to → from`, "from
 * is after to", would close a cycle). Without a cycle in the graph, only nodes no later than `to` in its topological
 * order are visited: nothing later reaches it. Each answer visits at most the nodes between the two; the arrays it
 * marks them in are made once per graph. In a graph with a cycle every answer may visit every node: `budget` bounds
 * the nodes all answers visit together, past which the answer is false (nothing is known to close a cycle), so that
 * thousands of questions about a large graph stay linear in it.
 */
export function reachesFrom(graph: Graph, budget = Number.POSITIVE_INFINITY): (from: number, to: number) => boolean {
  const position = new Int32Array(graph.nodeCount);
  for (let k = 0; k < graph.order.length; k++) position[graph.order[k]!] = k;
  const acyclic = graph.cycles.length === 0;
  const seen = new Int32Array(graph.nodeCount);
  const stack: number[] = [];
  let stamp = 0;
  let left = budget;
  return (from, to) => {
    if (from === to) return true;
    if ((acyclic && position[from]! > position[to]!) || left <= 0) return false;
    stamp++;
    stack.length = 0;
    stack.push(from);
    seen[from] = stamp;
    while (stack.length > 0) {
      const n = stack.pop()!;
      for (let k = graph.succStart[n]!; k < graph.succStart[n + 1]!; k++) {
        const next = graph.edgeTo[graph.succEdges[k]!]!;
        if (next === to) return true;
        if (seen[next] === stamp || (acyclic && position[next]! > position[to]!)) continue;
        if (--left < 0) return false;
        seen[next] = stamp;
        stack.push(next);
      }
    }
    return false;
  };
}
