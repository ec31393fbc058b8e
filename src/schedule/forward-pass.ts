// The CPM forward pass (SPEC §5): p(M) in topological order and the predecessor that drives each milestone.
import type { Graph } from '../graph/graph.js';
import type { Workspace } from '../model/types.js';
import { forwardDays, FS, linkTable, type LinkTable } from './edge-constraint.js';
import type { MilestoneFacts } from './milestone-facts.js';

/**
 * p(M) in topological order: actual, else the latest of c(M) and every predecessor's constraint (SPEC §5); each
 * step is projectMilestone's, reading the milestone's facts from their arrays rather than from its object.
 */
export function forwardPass(ws: Workspace, graph: Graph, rank: Int32Array, facts: MilestoneFacts): { projected: Float64Array; driver: Int32Array } {
  const n = ws.milestones.length;
  const step = forwardStep(graph, linkTable(ws.dependencies), facts, rank);
  const projected = new Float64Array(n);
  const driver = new Int32Array(n).fill(-1);
  const order = graph.order;
  for (let k = 0; k < n; k++) step(order[k]!, projected, driver);
  return { projected, driver };
}

/**
 * One step of the forward pass, for milestone v once its predecessors have theirs: projected[v] and driver[v] from
 * the predecessors' projected dates (SPEC §5). Shared by forwardPass and the schedule's update after an edit
 * (update.ts), which steps only the milestones an edit reaches.
 */
export function forwardStep(graph: Graph, links: LinkTable, facts: MilestoneFacts, rank: Int32Array): (v: number, projected: Float64Array, driver: Int32Array) => void {
  const { predStart, predEdges, edgeFrom, edgeInCycle } = graph;
  const { type, lagDays, lagWorking } = links;
  const { actual, current, ends } = facts;
  return (v, projected, driver) => {
    const fixed = actual[v]!;
    if (fixed === fixed) {
      projected[v] = fixed;
      driver[v] = -1;
      return;
    }
    const end = ends[v]!;
    let best = current[v]!;
    let by = -1;
    for (let i = predStart[v]!; i < predStart[v + 1]!; i++) {
      const e = predEdges[i]!;
      if (edgeInCycle[e]) continue;
      const p = edgeFrom[e]!;
      // An FS edge without lag into a milestone without duration (most edges) allows p(P) itself: no calls for it.
      const t = type[e]!;
      const lag = lagDays[e]!;
      const candidate = t === FS && lag === 0 && end.days === 0 ? projected[p]! : forwardDays(t, lag, lagWorking[e]!, projected[p]!, ends[p]!, end);
      // Only a predecessor later than c(M) can drive M; among equal ones the lowest ref wins.
      if (candidate > best || (candidate === best && by >= 0 && rank[p]! < rank[by]!)) {
        best = candidate;
        by = p;
      }
    }
    projected[v] = best;
    driver[v] = by;
  };
}
