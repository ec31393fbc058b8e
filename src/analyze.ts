// The synchronous form of the analysis entry point (src/analyze-texts.ts, which owns the parser choice), with the full
// yaml parser linked in: for callers that cannot wait — the edit planning's re-analysis of an edited text, tests, the
// language server. Commands call analyzeTexts instead, which loads the yaml library only when a file needs it.
import { analyzeTextsWith, parseText, type Analysis, type AnalyzeTextsOptions, type SourceText } from './analyze-texts.js';
import { parseFullChecked } from './source/full-parse.js';
import type { ParsedSource } from './source/parse.js';

export {
  analyzeSources, analyzeTexts, collectEncodingProblems, locateOrigin, STRUCTURAL_RULES,
  type Analysis, type AnalyzeOptions, type AnalyzeTextsOptions, type SourceText,
} from './analyze-texts.js';

/** Texts → analysis. `fullParse` skips the fast YAML path (the parity tests show both paths agree). */
export function analyze(texts: readonly SourceText[], options: AnalyzeTextsOptions): Analysis {
  return analyzeTextsWith(parseFullChecked, texts, options);
}

/** One text → its parse, by the same choice as analyze (the edit planning's check that an edit still parses). */
export function parsePlanText(file: string, text: string): ParsedSource {
  return parseText(parseFullChecked, file, text);
}
