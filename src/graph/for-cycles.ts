// The schedule's graph with the milestones without a usable date added as nodes, and each gate's readiness as a link
// from its milestone to the gate, for questions about what a new `after` entry would close: a path may run through a
// milestone without a date (SPEC §4.1: it still has its links, and dependency-cycle counts them: undated-cycles.ts)
// or through a gate's readiness (SPEC §12: the milestone must come before the gate). Tester round 84 F1, F3: a
// suggestion whose cycle ran through either was offered.
import { buildGraph, type Graph } from './graph.js';
import type { Workspace } from '../model/types.js';
import { undatedLinks } from './undated-cycles.js';

/**
 * `graph` (nodes Workspace.milestones, edges Workspace.dependencies; as many nodes as milestones) with the links of
 * the milestones without a date (undated-cycles.ts undatedLinks: each of Workspace.undated as node
 * `milestones.length + i`), and an edge from each gate's readiness milestone to the gate; `nodeOf` gives a ref's node
 * in it. The graph itself when there are neither.
 */
export function graphForCycles(ws: Workspace, graph: Graph): { readonly graph: Graph; readonly nodeOf: (ref: string) => number | undefined } {
  const undated = ws.undated ?? [];
  const readiness = (ws.gates ?? []).filter((g) => g.node >= 0 && g.ready !== undefined && g.ready.milestone >= 0);
  if (undated.length === 0 && readiness.length === 0) return { graph, nodeOf: (ref) => ws.milestoneIndex.get(ref) };
  const n = graph.nodeCount;
  const { nodeOf, links } = undatedLinks(ws);
  const from: number[] = [];
  const to: number[] = [];
  for (let e = 0; e < graph.edgeFrom.length; e++) {
    from.push(graph.edgeFrom[e]!);
    to.push(graph.edgeTo[e]!);
  }
  for (const link of links) {
    from.push(link.from);
    to.push(link.to);
  }
  for (const g of readiness) {
    from.push(g.ready!.milestone);
    to.push(g.node);
  }
  const ends = { from: Int32Array.from(from), to: Int32Array.from(to) };
  const edges = { length: from.length, at: (e: number) => (e < from.length ? { from: ends.from[e]!, to: ends.to[e]! } : undefined), ...ends };
  const rank = Int32Array.from({ length: n + undated.length }, (_, k) => k);
  return { graph: buildGraph(n + undated.length, edges, rank), nodeOf };
}
