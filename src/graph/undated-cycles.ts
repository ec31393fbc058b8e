// The cycles of dependency-cycle that pass through a milestone without a usable date (SPEC §4.1): such a milestone is
// no node of the schedule's graph, so its `after` entries and those naming it (Workspace.undated) are added to the
// graph for the search (cycles-through-extra.ts). A cycle through one was reported only once its date was mended
// (tester round 61 F1), where §4.1 asks one run to show every finding the other rules can still make.
import type { Edge, Graph } from './graph.js';
import { cyclesThroughExtra } from './cycles-through-extra.js';
import type { LinkType, Origin, Workspace } from '../model/types.js';

/** A cycle through a milestone without a date: its refs from the closing entry's milestone round to it again. */
export interface UndatedCycle {
  /** Refs of the nodes (first = last). */
  readonly refs: readonly string[];
  /** Each hop: the milestone that is after its predecessor, and the `after` entry that says so. */
  readonly hops: readonly { readonly ref: string; readonly predecessor: string; readonly origin: Origin; readonly type: LinkType | null }[];
  /** Its milestones without a date, in the order of `refs`. */
  readonly undated: readonly string[];
  /** Cycles of the same component not listed (graph/cycles.ts's caps). */
  readonly unlisted: number;
  /** The plan of the first milestone, whose severity of dependency-cycle applies. */
  readonly plan: number;
}

/** A link of a milestone without a date: an edge of the schedule's graph extended as undatedLinks says. */
export interface UndatedLink extends Edge {
  readonly origin: Origin;
  readonly type: LinkType;
}

/**
 * The links of the workspace's milestones without a date (Workspace.undated), as edges of the schedule's graph with
 * undated milestone i added as node `milestones.length + i`: the scheduled milestones after it (their entries that
 * name it) and what it is after (its own entries). `nodeOf` gives a ref's node in that graph. Entries naming
 * nothing, or a gate without a date, add no edge. Also the cycle check of suggestions (graph/for-cycles.ts).
 */
export function undatedLinks(ws: Workspace): { readonly nodeOf: (ref: string) => number | undefined; readonly links: readonly UndatedLink[] } {
  const undated = ws.undated ?? [];
  const n = ws.milestones.length;
  const undatedNode = new Map(undated.map((u, i) => [u.ref, n + i]));
  const nodeOf = (ref: string): number | undefined => ws.milestoneIndex.get(ref) ?? undatedNode.get(ref);
  const links: UndatedLink[] = [];
  undated.forEach((u, i) => {
    for (const w of u.waiting) {
      const to = ws.milestoneIndex.get(w.ref);
      if (to !== undefined) links.push({ from: n + i, to, origin: w.origin, type: w.type ?? 'FS' });
    }
    for (const a of u.after) {
      const from = nodeOf(a.target);
      if (from !== undefined) links.push({ from, to: n + i, origin: a.origin, type: a.type });
    }
  });
  return { nodeOf, links };
}

/**
 * The cycles through the workspace's milestones without a date, given the schedule's graph of the others (`graph`:
 * nodes are Workspace.milestones, edges Workspace.dependencies), with their links (undatedLinks). Empty when every
 * milestone has a date.
 */
export function undatedCycles(ws: Workspace, graph: Graph): UndatedCycle[] {
  const undated = ws.undated ?? [];
  if (undated.length === 0) return [];
  const n = ws.milestones.length;
  const refOf = (v: number): string => (v < n ? ws.milestones[v]!.ref : undated[v - n]!.ref);
  const planOf = (v: number): number => (v < n ? ws.milestones[v]!.plan : undated[v - n]!.plan);
  const added = undatedLinks(ws).links;
  const edgeCount = ws.dependencies.length;
  // How many added links each pair of nodes has (a pair with an added link has no scheduled one: one of its ends is
  // no node of the schedule); a scheduled pair's are counted among its first node's successor edges.
  const links = new Map<string, number>();
  for (const e of added) links.set(`${e.from} ${e.to}`, (links.get(`${e.from} ${e.to}`) ?? 0) + 1);
  const scheduledLinks = (from: number, to: number): number => {
    let count = 0;
    for (let i = graph.succStart[from]!; i < graph.succStart[from + 1]!; i++) if (graph.edgeTo[graph.succEdges[i]!] === to) count++;
    return count;
  };
  const hopOf = (e: number): UndatedCycle['hops'][number] => {
    const d = e < edgeCount ? ws.dependencies.at(e)! : added[e - edgeCount]!;
    // Two links between the same milestones are told apart by their type, as dependency-cycle.ts tells them apart.
    const parallel = e < edgeCount ? scheduledLinks(d.from, d.to) : links.get(`${d.from} ${d.to}`) ?? 0;
    return { ref: refOf(d.to), predecessor: refOf(d.from), origin: d.origin, type: parallel > 1 ? d.type : null };
  };
  // Tie-breaks by ref, as the schedule's graph ranks its nodes (pipeline-schedule.ts refRank).
  const byRef = (a: number, b: number): number => {
    const x = refOf(a);
    const y = refOf(b);
    return x < y ? -1 : x > y ? 1 : a - b;
  };
  return cyclesThroughExtra(graph, undated.length, added, byRef).map((c) => ({
    refs: c.nodes.map(refOf),
    hops: c.edges.map(hopOf),
    undated: c.nodes.slice(0, -1).filter((v) => v >= n).map(refOf),
    unlisted: c.unlisted,
    plan: planOf(c.nodes[0]!),
  }));
}
