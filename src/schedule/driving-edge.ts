// The edge by which a driver pushes a milestone (SPEC §5: p(M) is the latest of its predecessors' constraints), the
// counterpart of latest-from.ts's successor edge. Read by date-range's hints and by negative-float's chain gains.
import { forwardDays, linkTable } from './edge-constraint.js';
import type { ScheduleSource } from './latest-from.js';
import { milestoneFacts } from './milestone-facts.js';

/**
 * Of the scheduled edges from driver `p` into `v` (Schedule.driver), the one whose forward constraint is the latest,
 * the first of equals: the one the forward pass took. Its index in Workspace.dependencies, or -1 when `p` has none into
 * `v` outside a cycle.
 */
export function drivingEdge(source: ScheduleSource, p: number, v: number): number {
  const { workspace: ws, graph: g, schedule: s } = source;
  const ends = milestoneFacts(ws).ends;
  const links = linkTable(ws.dependencies);
  let edge = -1;
  let best = -Infinity;
  for (let i = g.predStart[v]!; i < g.predStart[v + 1]!; i++) {
    const e = g.predEdges[i]!;
    if (g.edgeInCycle[e] || g.edgeFrom[e] !== p) continue;
    const day = forwardDays(links.type[e]!, links.lagDays[e]!, links.lagWorking[e]!, s.projected[p]!, ends[p]!, ends[v]!);
    if (day > best) {
      best = day;
      edge = e;
    }
  }
  return edge;
}
