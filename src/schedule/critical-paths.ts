// Critical paths (SPEC §5): from each critical end milestone back through critical predecessors.
import type { Graph } from '../graph/graph.js';
import type { Workspace } from '../model/types.js';
import { forwardDays, linkTable, type EdgeEnd } from './edge-constraint.js';

export interface CriticalPath {
  /** Milestone indices from start to end. */
  readonly milestones: readonly number[];
  readonly end: number;
  /** The end milestone's float, in working days. */
  readonly float: number;
}

export interface PathInputs {
  readonly projected: Float64Array;
  readonly float: Float64Array;
  readonly critical: Uint8Array;
  readonly isEnd: Uint8Array;
}

const UNKNOWN = -2;

/**
 * For each critical milestone with no successors, the chain backwards: each step to the critical
 * predecessor P whose constraint on M (SPEC §5) is the latest, ties by ref, until no predecessor is critical.
 * Each milestone's step is chosen once and shared by every path through it, so the work is linear
 * in the graph plus the length of the paths written out.
 */
export function traceCriticalPaths(ws: Workspace, graph: Graph, rank: Int32Array, ends: readonly EdgeEnd[], s: PathInputs): CriticalPath[] {
  const step = new Int32Array(ws.milestones.length).fill(UNKNOWN);
  const { type, lagDays, lagWorking } = linkTable(ws.dependencies);
  const stepOf = (v: number): number => {
    if (step[v] !== UNKNOWN) return step[v]!;
    let best = -1;
    let bestDay = -Infinity;
    for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
      const e = graph.predEdges[i]!;
      const p = graph.edgeFrom[e]!;
      if (graph.edgeInCycle[e] || !s.critical[p]) continue;
      const day = forwardDays(type[e]!, lagDays[e]!, lagWorking[e]!, s.projected[p]!, ends[p]!, ends[v]!);
      if (day > bestDay || (day === bestDay && rank[p]! < rank[best]!)) {
        best = p;
        bestDay = day;
      }
    }
    step[v] = best;
    return best;
  };
  const paths: CriticalPath[] = [];
  for (let end = 0; end < ws.milestones.length; end++) {
    if (!s.critical[end] || !s.isEnd[end]) continue;
    const chain = [end];
    for (let v = stepOf(end); v >= 0; v = stepOf(v)) chain.push(v);
    paths.push({ milestones: chain.reverse(), end, float: s.float[end]! });
  }
  return paths.sort((a, b) => a.float - b.float || rank[a.end]! - rank[b.end]!);
}
