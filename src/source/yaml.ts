// The one adapter for the yaml library (eemeli/yaml 2.x): every module that needs a YAML document — the full parser
// (source/full-parse.ts), its error descriptions and the edit planning (src/edit/) — imports it from here, never from
// 'yaml' (test/architecture.test.ts enforces this). The options that make a plan file mean the same thing everywhere
// live here once: the YAML 1.2 core schema (SPEC §1: dates stay strings, `yes` is a string) and duplicate keys as
// errors. The library costs startup time, so the analysis loads this module only when the fast path
// (source/fast-yaml.ts) leaves a file to it (src/analyze-texts.ts).
import { isMap, isScalar, LineCounter, parse, parseDocument, Parser, YAMLParseError, type Document } from 'yaml';

export { isAlias, isMap, isPair, isScalar, isSeq, Scalar } from 'yaml';
export type { Document, LineCounter, Node, Pair, YAMLError, YAMLMap, YAMLSeq } from 'yaml';

/**
 * A plan file as a yaml Document with node ranges (UTF-16 offsets into `text`), errors collected in `doc.errors`
 * rather than thrown. `lineCounter`, when given, records the line starts for 1-based positions.
 */
export function parsePlanDocument(text: string, lineCounter?: LineCounter): Document {
  const doc = parseDocument(text, { ...(lineCounter === undefined ? {} : { lineCounter }), schema: 'core', uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'error' });
  addDuplicateKeys(doc);
  return doc;
}

/**
 * The library's DUPLICATE_KEY errors, found with a set per mapping: its own check (`uniqueKeys: true`) compares each
 * key with every key before it, and a mapping of 20,000 keys took 6 s (tester round 38). The same errors: at the
 * repeated key's start, for a scalar key whose value (`===`) an earlier key has; in text order among the others.
 */
function addDuplicateKeys(doc: Document): void {
  const found: YAMLParseError[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const items = (node as { items?: unknown[] }).items;
    if (!Array.isArray(items)) continue;
    const seen = isMap(node) ? new Set<unknown>() : undefined;
    for (const item of items) {
      if (seen === undefined) {
        stack.push(item);
        continue;
      }
      const { key, value } = item as { key: unknown; value: unknown };
      stack.push(key, value);
      if (!isScalar(key)) continue;
      const v = key.value;
      // NaN is no key's equal (`===`), as the library has it.
      if (seen.has(v) && v === v) {
        const at = key.range?.[0] ?? 0;
        found.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
      } else seen.add(v);
    }
  }
  if (found.length === 0) return;
  // Merged in by position; the library's own errors keep their order.
  found.sort((a, b) => a.pos[0] - b.pos[0]);
  const merged: YAMLParseError[] = [];
  let j = 0;
  for (const e of doc.errors) {
    while (j < found.length && found[j]!.pos[0] < e.pos[0]) merged.push(found[j++]!);
    merged.push(e);
  }
  while (j < found.length) merged.push(found[j++]!);
  doc.errors = merged;
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
