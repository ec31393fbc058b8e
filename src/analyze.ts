// Source texts → analysis: parses each file (fast path, else the full yaml parser) and runs the pipeline.
import { analyzeSources, type AnalyzeOptions, type Analysis } from './pipeline.js';
import { parseFullChecked, parseSource } from './source/full-parse.js';

export { analyzeSources, STRUCTURAL_RULES, type Analysis, type AnalyzeOptions } from './pipeline.js';

export interface SourceText {
  /** The path as shown to the user. */
  readonly file: string;
  readonly text: string;
}

/** `fullParse` skips the fast YAML path (tests prove both paths agree). */
export function analyze(texts: readonly SourceText[], options: AnalyzeOptions & { readonly fullParse?: boolean }): Analysis {
  const parse = options.fullParse === true ? parseFullChecked : parseSource;
  return analyzeSources(texts.map((t) => parse(t.file, t.text)), options);
}
