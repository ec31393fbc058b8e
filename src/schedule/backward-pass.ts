// The CPM backward pass (SPEC §5): l(M) in reverse topological order, as shown and as carried to predecessors.
import type { Graph } from '../graph/graph.js';
import type { Workspace } from '../model/types.js';
import { backwardDays, FS, linkTable } from './edge-constraint.js';
import type { MilestoneFacts } from './milestone-facts.js';

/**
 * l(M) in reverse topological order: the earliest of the deadline and every successor's backward constraint, as
 * settleLatest gives it milestone by milestone. The facts of each milestone's scheduled successor edges (successor,
 * link type, lag) are first copied into arrays in successor-list order, walking the milestones by index: the pass
 * visits them in topological order, which jumps through the milestones (ties go by ref, `M1`, `M10`, `M100` …), and
 * read five tables indexed by edge there, at 896,000 edges (bench/generate-rich.mjs, 100,000 milestones) a third more
 * time than the forward pass, whose edges are stored by successor. Also src/schedule/update.ts's, when a plan's
 * finish moved.
 */
export function backwardPass(ws: Workspace, graph: Graph, facts: MilestoneFacts, finishes: Float64Array): { latest: Float64Array; latestBound: Float64Array; isEnd: Uint8Array } {
  const n = ws.milestones.length;
  const { order, succStart, succEdges, edgeTo, edgeInCycle } = graph;
  const links = linkTable(ws.dependencies);
  const slots = succEdges.length;
  const first = new Int32Array(n + 1);
  const to = new Int32Array(slots);
  const type = new Uint8Array(slots);
  const lagDays = new Float64Array(slots);
  const lagWorking = new Uint8Array(slots);
  let k = 0;
  for (let v = 0; v < n; v++) {
    first[v] = k;
    for (let i = succStart[v]!; i < succStart[v + 1]!; i++) {
      const e = succEdges[i]!;
      if (edgeInCycle[e]) continue;
      to[k] = edgeTo[e]!;
      type[k] = links.type[e]!;
      lagDays[k] = links.lagDays[e]!;
      lagWorking[k] = links.lagWorking[e]!;
      k++;
    }
  }
  first[n] = k;
  const latest = new Float64Array(n);
  const latestBound = new Float64Array(n);
  const isEnd = new Uint8Array(n);
  const { ends, deadline, plan } = facts;
  for (let j = n - 1; j >= 0; j--) {
    const v = order[j]!;
    const end = ends[v]!;
    let l = deadline[v]!;
    // What l(M) shows: a deadline or plan finish as written, what an edge without lag or duration passes on as the
    // successor shows it, another edge's bound as its last working day on or before it (Schedule.latest); of equal
    // bounds, the latest shown (so that the order of the edges never matters).
    let shown = l;
    const from = first[v]!;
    const until = first[v + 1]!;
    for (let i = from; i < until; i++) {
      const s = to[i]!;
      // Likewise backwards: such an edge allows P the successor's l(M) itself.
      const t = type[i]!;
      const lag = lagDays[i]!;
      const succ = ends[s]!;
      // (The successor's shown date is its own calendar's: another plan's goes through rollBackward below.)
      if (t === FS && lag === 0 && succ.days === 0 && succ.calendar === end.calendar) {
        const day = latestBound[s]!;
        if (day < l || (day === l && latest[s]! > shown)) shown = latest[s]!;
        if (day < l) l = day;
        continue;
      }
      const day = backwardDays(t, lag, lagWorking[i]!, latestBound[s]!, end, succ);
      if (day > l) continue;
      const dayShown = end.calendar.rollBackward(day);
      if (day < l || dayShown > shown) shown = dayShown;
      l = day;
    }
    const hasSuccessor = until > from;
    isEnd[v] = hasSuccessor ? 0 : 1;
    // An end milestone without a deadline gets its plan's finish (SPEC §5).
    if (!hasSuccessor && deadline[v] === Infinity) l = shown = finishes[plan[v]!]!;
    latestBound[v] = l;
    latest[v] = shown;
  }
  return { latest, latestBound, isEnd };
}
