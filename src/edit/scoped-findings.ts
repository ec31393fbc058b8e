// The findings of the rules ./rule-scopes.ts names, for the milestones it names only: the rules run unchanged on a
// small workspace of those milestones and what their findings read of others (issue #18: `set` on 20,000 milestones
// made all 7,000 findings before and after its edit to report the one it introduced).
//
// Why the findings are those of the whole workspace: a rule of the scoped kind reads, for a milestone x, x itself,
// its plan, the meetings and bodies (all kept), x's schedule values (kept, by x's new index), the predecessors of x
// (dependency-order: every edge into x is kept with its other end), x's driver (negative-float: a predecessor) and the
// successor that sets x's latest date (negative-float names it: every edge out of a milestone it reports on is kept). The
// milestones keep their order and the edges theirs, so each rule reports x's findings in the order the whole run
// does, and the places are found in the analysis's own sources. Only the findings about the scoped milestones are
// kept: the others in the small workspace may lack what they read. test/edit/incremental-set.test.ts compares the
// findings `set` reports with those of a full analysis.
import type { Diagnostic } from '../diagnostics/types.js';
import { edgeTables, type Graph } from '../graph/graph.js';
import { AfterEdge } from '../model/origin.js';
import { copyMilestone } from '../model/milestone.js';
import type { Dependency, Milestone, Workspace } from '../model/types.js';
import type { Analysis } from '../pipeline.js';
import { severityOf, STRUCTURAL_RULES } from '../pipeline-rules.js';
import { toDiagnostic } from '../pipeline-diagnostics.js';
import { RULES, type Finding, type RuleContext } from '../rules/index.js';
import type { Schedule } from '../schedule/cpm.js';
import { UNAFFECTED, type RuleScopes } from './rule-scopes.js';

/** The findings `scopes` asks for, unsorted, in the order the whole analysis makes them (RULES order first). */
export function findScopedDiagnostics(analysis: Analysis, scopes: RuleScopes, strict: boolean): Diagnostic[] {
  const ws = analysis.workspace;
  const byFile = new Map(analysis.sources.map((s) => [s.file, s]));
  const small = makeSmallWorkspace(analysis, scopes);
  const diagnostics: Diagnostic[] = [];
  const pass = {};
  for (const rule of RULES) {
    const scope = scopes.milestones.get(rule.id);
    if (scope === undefined && (UNAFFECTED.has(rule.id) || STRUCTURAL_RULES.has(rule.id))) continue;
    const isWhole = scope === undefined;
    const refs = scope === undefined ? undefined : new Set([...scope].map((v) => ws.milestones[v]!.ref));
    const report = (f: Finding): void => {
      if (refs !== undefined && (f.ref === null || !refs.has(f.ref))) return;
      const severity = severityOf(rule.id, rule.severity, f.plan === undefined ? undefined : ws.plans[f.plan]?.rules.get(rule.id), strict);
      if (severity !== 'off') diagnostics.push(toDiagnostic(byFile, rule.id, severity, f));
    };
    const base = { today: analysis.today, syntaxProblems: [], encodingProblems: [], schemaProblems: [], outOfRange: [], report, pass };
    const ctx: RuleContext = isWhole
      ? { ...base, workspace: ws, graph: analysis.graph, schedule: analysis.schedule }
      : { ...base, workspace: small.workspace, graph: small.graph, schedule: small.schedule };
    rule.check(ctx);
  }
  return diagnostics;
}

interface SmallWorkspace {
  readonly workspace: Workspace;
  readonly graph: Graph;
  readonly schedule: Schedule;
}

/**
 * The scoped milestones and their predecessors (a driver is one), and for negative-float's scope their successors too,
 * renumbered in their order, with the edges among them.
 */
function makeSmallWorkspace(analysis: Analysis, scopes: RuleScopes): SmallWorkspace {
  const { workspace: ws, graph, schedule } = analysis;
  const keep = new Set<number>();
  for (const scope of scopes.milestones.values()) {
    for (const v of scope) {
      keep.add(v);
      for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) keep.add(graph.edgeFrom[graph.predEdges[i]!]!);
    }
  }
  for (const v of scopes.milestones.get('negative-float') ?? []) {
    for (let i = graph.succStart[v]!; i < graph.succStart[v + 1]!; i++) keep.add(graph.edgeTo[graph.succEdges[i]!]!);
  }
  const global = [...keep].sort((a, b) => a - b);
  const local = new Map(global.map((v, i) => [v, i]));
  const milestones: Milestone[] = global.map((v, i) => copyMilestone(ws.milestones[v]!, { index: i }));
  // The edges among them, in their order: found from each end's predecessor edges, not by a look at every edge.
  const edges: number[] = [];
  for (const v of global) {
    for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) if (local.has(graph.edgeFrom[graph.predEdges[i]!]!)) edges.push(graph.predEdges[i]!);
  }
  edges.sort((a, b) => a - b);
  const dependencies = edges.map((e): Dependency => {
    const d = ws.dependencies.at(e)!;
    const from = local.get(d.from)!;
    const to = local.get(d.to)!;
    // An `after` entry's edge makes its origins when asked (model/origin.ts): a spread would lose them.
    return d instanceof AfterEdge ? d.with(from, to) : { ...d, from, to };
  });
  const pick = <T extends Float64Array | Int32Array | Uint8Array>(all: T, make: (n: number) => T): T => {
    const out = make(global.length);
    global.forEach((v, i) => (out[i] = all[v]!));
    return out;
  };
  const driver = pick(schedule.driver, (n) => new Int32Array(n));
  driver.forEach((d, i) => (driver[i] = d < 0 ? -1 : local.get(d) ?? -1));
  const small: Schedule = {
    projected: pick(schedule.projected, (n) => new Float64Array(n)),
    start: pick(schedule.start, (n) => new Float64Array(n)),
    latest: pick(schedule.latest, (n) => new Float64Array(n)),
    latestBound: pick(schedule.latestBound, (n) => new Float64Array(n)),
    float: pick(schedule.float, (n) => new Float64Array(n)),
    driver,
    critical: pick(schedule.critical, (n) => new Uint8Array(n)),
    isEnd: pick(schedule.isEnd, (n) => new Uint8Array(n)),
    paths: [],
    leftOut: pick(schedule.leftOut, (n) => new Uint8Array(n)),
    // A plan's end milestone by its new index, -1 when it is not kept: no scoped rule reads it (negative-float's late
    // milestone never has its plan's end as its latest date, which is then on or after its projected one).
    planEnd: schedule.planEnd.map((v) => local.get(v) ?? -1),
  };
  const edgeInCycle = new Uint8Array(edges.map((e) => graph.edgeInCycle[e]!));
  // The rules of the scoped kind read only these of the graph (dependency-order: edgeInCycle, from the whole graph;
  // negative-float: the successor edges); the rest is empty.
  const none = new Int32Array(0);
  const smallGraph: Graph = { nodeCount: milestones.length, ...edgeTables(milestones.length, dependencies), edgeInCycle, component: none, cycles: [], order: none };
  return { workspace: { ...ws, milestones, dependencies, gates: undefined }, graph: smallGraph, schedule: small };
}
