// The analyses `set` and `snapshot` make: the workspace as read, and after an edit the same workspace with the edited
// files' new readings, reusing what the edit cannot have changed (issue #18: `set` on 20,000 milestones in 0.5 s).
// The reuse is exact: test/edit/incremental-set.test.ts compares every outcome with a full analysis of the new texts.
import { analyze, analyzeSources, collectEncodingProblems, type Analysis, type AnalyzeTextsOptions, type SourceText } from '../analyze.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Graph } from '../graph/graph.js';
import type { Workspace } from '../model/types.js';
import type { Schedule } from '../schedule/cpm.js';
import { updateSchedule as updateScheduleAfter } from '../schedule/update.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import type { ParsedSource } from '../source/parse.js';
import { findIntroduced } from './introduced.js';
import type { LineMap } from './line-map.js';
import { findPatchedMilestone, patchWorkspace } from './patched-model.js';
import { seedPatchedSchema, type SchemaCache } from './patched-schema.js';
import { findPatchOrigin } from './patched-source.js';
import { findRuleScopes } from './rule-scopes.js';
import { findScopedDiagnostics } from './scoped-findings.js';

export interface EditAnalyses {
  /**
   * The workspace as read. For `set` (options.findings `all`) its diagnostics are the structural ones only: the
   * others are made by `introduced` as far as it needs them.
   */
  readonly analysis: Analysis;
  /**
   * The workspace with `sources` (the analysis's own readings for the files not in `edited`): the files not edited
   * keep their schema check and encoding finding, the graph is reused when refs and edges stay, and a file `set`
   * patched (src/edit/patched-source.ts) is schema-checked from its check before the edit (src/edit/patched-schema.ts)
   * and, when that check is clean, its model is the one before with the milestone's new values (patched-model.ts);
   * that analysis then makes only the structural findings, the others are left to `introduced`.
   */
  readonly reanalyzeSources: (sources: readonly ParsedSource[], edited: ReadonlySet<string>) => Analysis;
  /** The diagnostics of `after` (an analysis of the edited workspace) that the workspace as read did not have. */
  readonly introduced: (after: Analysis, mapLine?: LineMap) => Diagnostic[];
}

/** Analyses `texts` with `options` and returns how to analyse an edit of them (always with the same status date). */
export function openEditAnalyses(texts: readonly SourceText[], options: AnalyzeTextsOptions): EditAnalyses {
  const schemaCache: SchemaCache = new WeakMap();
  // `set` reports the findings its edit introduced; most findings are the same before and after, and are never made
  // (./rule-scopes.ts). `snapshot` asks for those it refuses on only, and introduces none.
  const isScoped = options.findings === undefined || options.findings === 'all';
  const analysis = analyze(texts, { ...options, schemaCache, findings: options.findings === 'refusals' ? 'refusals' : 'structural' });
  const encodingProblems = collectEncodingProblems(texts);
  let fullBefore: readonly Diagnostic[] | undefined;
  // Every finding of the workspace as read, for an analysis after the edit that was not scoped: the same model,
  // graph and schedule inputs, every rule.
  const findAllBefore = (): readonly Diagnostic[] => (fullBefore ??= analyzeSources(analysis.sources, {
    ...options, today: analysis.today, schemaCache, previous: analysis, workspace: analysis.workspace, encodingProblems, findings: 'all',
  }).diagnostics);
  const scopedAfter = new WeakSet<Analysis>();
  // A patched model (./patched-model.ts) moves one milestone's c(M) or actual: its schedule is the one before, stepped
  // again as far as the change reaches, on the graph and rank reused from before.
  const updateSchedule = (ws: Workspace, graph: Graph, rank: Int32Array): Schedule | undefined =>
    (graph === analysis.graph && rank === analysis.rank ? updateScheduleAfter(analysis.schedule, analysis.workspace, ws, graph, rank) : undefined);
  const reanalyzeSources = (sources: readonly ParsedSource[], edited: ReadonlySet<string>): Analysis => {
    for (const s of sources) if (edited.has(s.file)) seedPatchedSchema(s, schemaCache);
    const workspace = findPatchedModel(analysis, sources, edited, schemaCache);
    const scoped = isScoped && workspace !== undefined && hasUniqueRefs(workspace);
    const after = analyzeSources(sources, {
      ...options, today: analysis.today, schemaCache, previous: analysis, workspace, findings: scoped ? 'structural' : options.findings, updateSchedule,
      encodingProblems: texts.flatMap((t) => (t.encodingProblem === undefined || edited.has(t.file) ? [] : [{ file: t.file, problem: t.encodingProblem }])),
    });
    if (scoped) scopedAfter.add(after);
    return after;
  };
  const introduced = (after: Analysis, mapLine?: LineMap): Diagnostic[] => {
    const patched = scopedAfter.has(after) ? findPatchedMilestone(after.workspace) : undefined;
    if (patched === undefined || patched.before !== analysis.workspace) return findIntroduced(isScoped ? findAllBefore() : analysis.diagnostics, after.diagnostics, mapLine);
    const scopes = findRuleScopes(analysis, after, patched.milestone);
    const strict = options.strict === true;
    const before = sortDiagnostics([...analysis.diagnostics, ...findScopedDiagnostics(analysis, scopes, strict)]);
    return findIntroduced(before, sortDiagnostics([...after.diagnostics, ...findScopedDiagnostics(after, scopes, strict)]), mapLine);
  };
  return { analysis, reanalyzeSources, introduced };
}

/** Whether no two milestones share a ref (the scoped findings are told apart by ref; a duplicate is not a milestone). */
function hasUniqueRefs(ws: Workspace): boolean {
  return ws.milestoneIndex.size === ws.milestones.length;
}

/**
 * The model of `sources` made from the analysis's, when they are its own readings but for one patched file whose
 * schema check (before and after the edit) left nothing out; otherwise undefined (the analysis builds it).
 */
function findPatchedModel(analysis: Analysis, sources: readonly ParsedSource[], edited: ReadonlySet<string>, schemaCache: SchemaCache): Workspace | undefined {
  if (edited.size !== 1 || sources.length !== analysis.sources.length) return undefined;
  let patched: ParsedSource | undefined;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    if (edited.has(s.file)) patched = s;
    else if (s !== analysis.sources[i]) return undefined;
  }
  const origin = patched === undefined ? undefined : findPatchOrigin(patched);
  if (patched === undefined || origin === undefined || !analysis.sources.includes(origin.whole)) return undefined;
  const isClean = (s: ParsedSource): boolean => {
    const checked = schemaCache.get(s);
    return checked !== undefined && checked.problems.length === 0 && checked.data === s.data;
  };
  if (!isClean(origin.whole) || !isClean(patched)) return undefined;
  const oldItem = listItem(origin.whole.data, origin.index);
  const newItem = listItem(patched.data, origin.index);
  return oldItem === undefined || newItem === undefined ? undefined : patchWorkspace(analysis.workspace, patched.file, origin.index, oldItem, newItem);
}

/** `data.milestones[index]` when it is a mapping. */
function listItem(data: unknown, index: number): Readonly<Record<string, unknown>> | undefined {
  const list = (data as { milestones?: unknown } | null | undefined)?.milestones;
  const item: unknown = Array.isArray(list) ? list[index] : undefined;
  return item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined;
}
