// Reuse of a graph between two analyses of one workspace (the language server, SPEC §14): the graph depends only on
// the node count, each edge's two ends and the tie-break rank, so an edit that keeps them (a date, a title, a lag)
// keeps the very same graph.
import { edgeEnds, type EdgeList, type Graph } from './graph.js';

/** Whether `graph` is what buildGraph(nodeCount, edges, rank) gives, given that `rank` is the one it was built with. */
export function graphFits(graph: Graph, nodeCount: number, edges: EdgeList): boolean {
  if (graph.nodeCount !== nodeCount || graph.edgeFrom.length !== edges.length) return false;
  const { from, to } = edgeEnds(edges);
  for (let e = 0; e < edges.length; e++) if (graph.edgeFrom[e] !== from[e] || graph.edgeTo[e] !== to[e]) return false;
  return true;
}
