// Source texts → analysis: parses each file (fast path, else the full yaml parser) and runs the pipeline.
import { analyzeSources, type AnalyzeOptions, type Analysis } from './pipeline.js';
import { parseFullChecked, parseSource } from './source/full-parse.js';
import type { SyntaxProblem } from './source/parse.js';

export { analyzeSources, STRUCTURAL_RULES, type Analysis, type AnalyzeOptions } from './pipeline.js';

export interface SourceText {
  /** The path as shown to the user. */
  readonly file: string;
  readonly text: string;
  /** Set when the file's bytes did not decode cleanly (source/decode.ts): the rule `encoding` reports it. */
  readonly encodingProblem?: SyntaxProblem | undefined;
}

/** `fullParse` skips the fast YAML path (tests prove both paths agree). */
export function analyze(texts: readonly SourceText[], options: AnalyzeOptions & { readonly fullParse?: boolean }): Analysis {
  const parse = options.fullParse === true ? parseFullChecked : parseSource;
  return analyzeSources(texts.map((t) => parse(t.file, t.text)), { ...options, encodingProblems: collectEncodingProblems(texts) });
}

/** The `encoding` problems of the texts, for AnalyzeOptions. */
export function collectEncodingProblems(texts: readonly SourceText[]): { file: string; problem: SyntaxProblem }[] {
  const out: { file: string; problem: SyntaxProblem }[] = [];
  for (const t of texts) if (t.encodingProblem !== undefined) out.push({ file: t.file, problem: t.encodingProblem });
  return out;
}
