// Whether one node of the dependency graph reaches another: a new edge the other way would close a cycle.
import type { Graph } from './graph.js';

/** The answer for a pair: no path, a path, or not known within the work allowed. */
export const Reach = { No: 0, Yes: 1, Unknown: 2 } as const;
export type Reach = (typeof Reach)[keyof typeof Reach];

/**
 * Searches of `graph` for a path from one node to another over successor edges, one after another: the arrays each
 * marks its nodes in are made once. Without a cycle in the graph, only nodes no later than the target in its
 * topological order (`position`) are visited: nothing later reaches it.
 */
export class ReachSearch {
  /** Each node's place in the graph's topological order. */
  readonly position: Int32Array;
  /** The nodes the last search visited. */
  visits = 0;
  private readonly acyclic: boolean;
  private readonly seen: Int32Array;
  private readonly stack: number[] = [];
  private stamp = 0;

  constructor(private readonly graph: Graph) {
    this.position = topologicalPositions(graph);
    this.acyclic = graph.cycles.length === 0;
    this.seen = new Int32Array(graph.nodeCount);
  }

  /** Whether `to` is reached from `from` (a node reaches itself); Reach.Unknown once more than `cap` nodes are visited. */
  search(from: number, to: number, cap: number): Reach {
    const { graph, position, acyclic, seen, stack } = this;
    this.visits = 0;
    if (from === to) return Reach.Yes;
    if (acyclic && position[from]! > position[to]!) return Reach.No;
    const stamp = ++this.stamp;
    stack.length = 0;
    stack.push(from);
    seen[from] = stamp;
    while (stack.length > 0) {
      const node = stack.pop()!;
      for (let k = graph.succStart[node]!; k < graph.succStart[node + 1]!; k++) {
        const next = graph.edgeTo[graph.succEdges[k]!]!;
        if (next === to) return Reach.Yes;
        if (seen[next] === stamp || (acyclic && position[next]! > position[to]!)) continue;
        if (++this.visits > cap) return Reach.Unknown;
        seen[next] = stamp;
        stack.push(next);
      }
    }
    return Reach.No;
  }
}

/** Each node's place in `graph`'s topological order (graph.order): an edge outside a cycle goes to a later place. */
export function topologicalPositions(graph: Graph): Int32Array {
  const position = new Int32Array(graph.nodeCount);
  for (let k = 0; k < graph.order.length; k++) position[graph.order[k]!] = k;
  return position;
}
