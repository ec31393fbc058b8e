// The analyses `set` and `snapshot` make: the workspace as read, and after an edit the same workspace with the edited
// files' new readings, reusing what the edit cannot have changed (issue #18: `set` on 20,000 milestones in 0.5 s).
// The reuse is exact: test/edit/incremental-set.test.ts compares every outcome with a full analysis of the new texts.
import { analyze, analyzeSources, type Analysis, type AnalyzeTextsOptions, type SourceText } from '../analyze.js';
import type { ParsedSource } from '../source/parse.js';
import { seedPatchedSchema, type SchemaCache } from './patched-schema.js';

export interface EditAnalyses {
  /** The workspace as read. */
  readonly analysis: Analysis;
  /**
   * The workspace with `sources` (the analysis's own readings for the files not in `edited`): the files not edited
   * keep their schema check and encoding finding, the graph is reused when refs and edges stay, and a file `set`
   * patched (src/edit/patched-source.ts) is schema-checked from its check before the edit (src/edit/patched-schema.ts).
   */
  readonly reanalyzeSources: (sources: readonly ParsedSource[], edited: ReadonlySet<string>) => Analysis;
}

/** Analyses `texts` with `options` and returns how to analyse an edit of them (always with the same status date). */
export function openEditAnalyses(texts: readonly SourceText[], options: AnalyzeTextsOptions): EditAnalyses {
  const schemaCache: SchemaCache = new WeakMap();
  const analysis = analyze(texts, { ...options, schemaCache });
  const reanalyzeSources = (sources: readonly ParsedSource[], edited: ReadonlySet<string>): Analysis => {
    for (const s of sources) if (edited.has(s.file)) seedPatchedSchema(s, schemaCache);
    return analyzeSources(sources, {
      ...options, today: analysis.today, schemaCache, previous: analysis,
      encodingProblems: texts.flatMap((t) => (t.encodingProblem === undefined || edited.has(t.file) ? [] : [{ file: t.file, problem: t.encodingProblem }])),
    });
  };
  return { analysis, reanalyzeSources };
}
