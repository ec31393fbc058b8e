// The schedule's graph with the milestones without a usable date added as nodes, and each gate's readiness as a link
// from its milestone to the gate, for questions about what a new `after` entry would close: a path may run through a
// milestone without a date (SPEC §4.1: it still has its links, and dependency-cycle counts them: undated-cycles.ts)
// or through a gate's readiness (SPEC §12: the milestone must come before the gate). Tester round 84 F1, F3: a
// suggestion whose cycle ran through either was offered.
import { buildGraph, edgeEnds, type Graph } from './graph.js';
import type { Workspace } from '../model/types.js';
import { reachPairs } from './reach-pairs.js';
import { undatedLinks } from './undated-cycles.js';

/** A new `after` entry to ask about: milestone `holder` (`plan/ID`) would come after `target` (a qualified ref). */
export interface NewLink {
  readonly holder: string;
  readonly target: string;
}

/**
 * For each of `links` (undefined: nothing to ask), whether writing it would close a dependency cycle (Reach: Yes, No,
 * or Unknown when a very large network left it unanswered: reach-pairs.ts): the holder reaches the target in
 * graphForCycles (through milestones without a date and gates' readiness, as dependency-cycle counts them). All asked
 * together by reachPairs: one search each, bounded, made thousands of questions in a large network either slow or
 * unchecked (tester round 83 F1). No for a ref the workspace does not have. The unknown-reference and schema rules ask
 * it of the ids they offer, so that the two answer alike; the schedule is not made for it (schema runs where none is:
 * `findings: 'refusals'`). With a `scope` (the rules' context of one analysis), the graph is made once for all the
 * questions asked in that scope: both rules asking made it twice (tens of ms at 100,000 milestones).
 */
export function cycleClosers(ws: Workspace, links: readonly (NewLink | undefined)[], scope?: object): Uint8Array {
  const closes = new Uint8Array(links.length);
  if (links.every((l) => l === undefined)) return closes;
  const whole = scope === undefined ? graphForCycles(ws) : graphIn(scope, ws);
  const asked: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  links.forEach((link, i) => {
    const holder = link === undefined ? undefined : whole.nodeOf(link.holder);
    const target = link === undefined ? undefined : whole.nodeOf(link.target);
    if (holder === undefined || target === undefined) return;
    asked.push(i);
    from.push(holder);
    to.push(target);
  });
  const answers = reachPairs(whole.graph, Int32Array.from(from), Int32Array.from(to));
  asked.forEach((i, k) => {
    closes[i] = answers[k]!;
  });
  return closes;
}

/** The graphs made for a scope, let go with it. */
const graphs = new WeakMap<object, { readonly ws: Workspace; readonly built: ReturnType<typeof graphForCycles> }>();

/** graphForCycles(ws), made once per `scope` (and again should one scope ask of another workspace). */
function graphIn(scope: object, ws: Workspace): ReturnType<typeof graphForCycles> {
  const held = graphs.get(scope);
  if (held !== undefined && held.ws === ws) return held.built;
  const built = graphForCycles(ws);
  graphs.set(scope, { ws, built });
  return built;
}

/**
 * The graph of Workspace.milestones and Workspace.dependencies (the schedule's, made anew: the schedule itself is not),
 * with the links of the milestones without a date (undated-cycles.ts undatedLinks: each of Workspace.undated as node
 * `milestones.length + i`), and an edge from each gate's readiness milestone to the gate; `nodeOf` gives a ref's node
 * in it.
 */
export function graphForCycles(ws: Workspace): { readonly graph: Graph; readonly nodeOf: (ref: string) => number | undefined } {
  const undated = ws.undated ?? [];
  const readiness = (ws.gates ?? []).filter((g) => g.node >= 0 && g.ready !== undefined && g.ready.milestone >= 0);
  const n = ws.milestones.length;
  const rank = Int32Array.from({ length: n + undated.length }, (_, k) => k);
  if (undated.length === 0 && readiness.length === 0) return { graph: buildGraph(n, ws.dependencies, rank), nodeOf: (ref) => ws.milestoneIndex.get(ref) };
  const { nodeOf, links } = undatedLinks(ws);
  const dependencies = edgeEnds(ws.dependencies);
  const from = [...dependencies.from];
  const to = [...dependencies.to];
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
  return { graph: buildGraph(n + undated.length, edges, rank), nodeOf };
}
