// The schedule's graph with the milestones without a usable date added as nodes, and each gate's readiness as a link
// from its milestone to the gate, for questions about what a new `after` entry would close: a path may run through a
// milestone without a date (SPEC §4.1: it still has its links, and dependency-cycle counts them: undated-cycles.ts)
// or through a gate's readiness (SPEC §12: the milestone must come before the gate). Tester round 84 F1, F3: a
// suggestion whose cycle ran through either was offered.
import { buildGraph, type Graph } from './graph.js';
import type { Workspace } from '../model/types.js';

/**
 * `graph` (nodes Workspace.milestones, edges Workspace.dependencies) with each of Workspace.undated as node
 * `milestones.length + i`, joined by its own `after` entries and the entries naming it, and an edge from each gate's
 * readiness milestone to the gate; `nodeOf` gives a ref's node in it. The graph itself when there are neither.
 * Entries naming nothing or a gate without a date add no edge.
 */
export function graphForCycles(ws: Workspace, graph: Graph): { readonly graph: Graph; readonly nodeOf: (ref: string) => number | undefined } {
  const undated = ws.undated ?? [];
  const readiness = (ws.gates ?? []).filter((g) => g.node >= 0 && g.ready !== undefined && g.ready.milestone >= 0);
  if (undated.length === 0 && readiness.length === 0) return { graph, nodeOf: (ref) => ws.milestoneIndex.get(ref) };
  const n = graph.nodeCount;
  const undatedNode = new Map(undated.map((u, i) => [u.ref, n + i]));
  const nodeOf = (ref: string): number | undefined => ws.milestoneIndex.get(ref) ?? undatedNode.get(ref);
  const from: number[] = [];
  const to: number[] = [];
  for (let e = 0; e < graph.edgeFrom.length; e++) {
    from.push(graph.edgeFrom[e]!);
    to.push(graph.edgeTo[e]!);
  }
  undated.forEach((u, i) => {
    for (const w of u.waiting) {
      const successor = ws.milestoneIndex.get(w.ref);
      if (successor !== undefined) {
        from.push(n + i);
        to.push(successor);
      }
    }
    for (const a of u.after) {
      const predecessor = nodeOf(a.target);
      if (predecessor !== undefined) {
        from.push(predecessor);
        to.push(n + i);
      }
    }
  });
  for (const g of readiness) {
    from.push(g.ready!.milestone);
    to.push(g.node);
  }
  const ends = { from: Int32Array.from(from), to: Int32Array.from(to) };
  const edges = { length: from.length, at: (e: number) => (e < from.length ? { from: ends.from[e]!, to: ends.to[e]! } : undefined), ...ends };
  const rank = Int32Array.from({ length: n + undated.length }, (_, k) => k);
  return { graph: buildGraph(n + undated.length, edges, rank), nodeOf };
}
