// The one adapter for the yaml library (eemeli/yaml 2.x): every module that needs a YAML document — the full parser
// (source/full-parse.ts), its error descriptions and the edit planning (src/edit/) — imports it from here, never from
// 'yaml' (test/architecture.test.ts enforces this). The options that make a plan file mean the same thing everywhere
// live here once: the YAML 1.2 core schema (SPEC §1: dates stay strings, `yes` is a string) and duplicate keys as
// errors. The library costs startup time, so the analysis loads this module only when the fast path
// (source/fast-yaml.ts) leaves a file to it (src/analyze-texts.ts).
import { LineCounter, parse, parseDocument, Parser, type Document } from 'yaml';

export { isAlias, isMap, isPair, isScalar, isSeq, Scalar } from 'yaml';
export type { Document, LineCounter, Node, Pair, YAMLError, YAMLMap, YAMLSeq } from 'yaml';

/**
 * A plan file as a yaml Document with node ranges (UTF-16 offsets into `text`), errors collected in `doc.errors`
 * rather than thrown. `lineCounter`, when given, records the line starts for 1-based positions.
 */
export function parsePlanDocument(text: string, lineCounter?: LineCounter): Document {
  return parseDocument(text, { ...(lineCounter === undefined ? {} : { lineCounter }), schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' });
}

/** The plain value of a short YAML text under the core schema (`2020` → 2020, `'2020'` → "2020"); throws on a syntax error. */
export function parseYamlValue(text: string): unknown {
  return parse(text, { schema: 'core' }) as unknown;
}

/** The concrete syntax tree's top-level tokens (documents, with every tag, anchor and comment at its offset). */
export function parseCstTokens(text: string): unknown[] {
  return [...new Parser().parse(text)];
}

/** A fresh LineCounter, for parsePlanDocument. */
export function newLineCounter(): LineCounter {
  return new LineCounter();
}
