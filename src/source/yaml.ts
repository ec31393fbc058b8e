// The one adapter for the yaml library (eemeli/yaml 2.x): every module that needs a YAML document — the full parser
// (source/full-parse.ts), its error descriptions and the edit planning (src/edit/) — imports it from here, never from
// 'yaml' (test/architecture.test.ts enforces this). The options that make a plan file mean the same thing everywhere
// live here once: the YAML 1.2 core schema (SPEC §1: dates stay strings, `yes` is a string) and duplicate keys as
// errors. The library costs startup time, so the analysis loads this module only when the fast path
// (source/fast-yaml.ts) leaves a file to it (src/analyze-texts.ts).
import { isMap, isScalar, LineCounter, parse, parseDocument, Parser, visit, YAMLParseError, type Document } from 'yaml';

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
  // Each node with the top-level key it is under (`milestones` …), the `id` of the entity it belongs to, and its depth
  // and whether a list holds it: an entity is the mapping under a top-level key (the `plan:` header) or an entry of a
  // list there. A mapping deeper in (an `after` entry `{id: X, lag: 2d}`, a history entry) belongs to its entity,
  // whatever its own `id` (tester round 44 F4: a repeated `lag` there was said to be in milestone X, the predecessor).
  type Visit = { node: unknown; section: string | undefined; owner: string | undefined; depth: number; inList: boolean };
  const stack: Visit[] = [{ node: doc.contents, section: undefined, owner: undefined, depth: 0, inList: false }];
  while (stack.length > 0) {
    const { node, section, owner: outer, depth, inList } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const items = (node as { items?: unknown[] }).items;
    if (!Array.isArray(items)) continue;
    if (!isMap(node)) {
      for (const item of items) stack.push({ node: item, section, owner: outer, depth: depth + 1, inList: true });
      continue;
    }
    const isEntity = depth === 1 || (depth === 2 && inList);
    const owner = (isEntity ? idOf(items) : undefined) ?? outer;
    const first = new Map<unknown, number>();
    for (const item of items) {
      const { key, value } = item as { key: unknown; value: unknown };
      const at = isScalar(key) ? key.range?.[0] ?? 0 : 0;
      const under = section ?? (node === doc.contents && isScalar(key) ? String(key.value) : undefined);
      stack.push({ node: key, section: under, owner, depth: depth + 1, inList: false }, { node: value, section: under, owner, depth: depth + 1, inList: false });
      if (!isScalar(key)) continue;
      const v = key.value;
      const earlier = first.get(v);
      // NaN is no key's equal (`===`), as the library has it.
      if (earlier !== undefined && v === v) found.push(new DuplicateKeyError(at, earlier, section, owner));
      else if (earlier === undefined) first.set(v, at);
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

/**
 * A repeated key (DUPLICATE_KEY, as the library's own check reports it), with where the mapping's first such key starts
 * and what holds it: the top-level key it is under (`milestones`) and the `id` of the nearest mapping around it.
 */
export class DuplicateKeyError extends YAMLParseError {
  constructor(
    at: number,
    /** UTF-16 offset of the first key of the same value in the mapping. */
    readonly firstAt: number,
    readonly section: string | undefined,
    readonly owner: string | undefined,
  ) {
    super([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique');
  }
}

/** The `id` of a mapping's pairs, when one is a string or number scalar. */
function idOf(items: readonly unknown[]): string | undefined {
  for (const item of items) {
    const { key, value } = item as { key: unknown; value: unknown };
    if (isScalar(key) && key.value === 'id' && isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number')) return String(value.value);
  }
  return undefined;
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

const ALIASED = new WeakMap<Document, ReadonlySet<unknown>>();

/**
 * The nodes the aliases of `doc` stand for (`*m` → the node anchored `&m` before it): an anchored node none of them
 * is shares nothing, whatever its anchor. Found once per document (snapshot asks for each milestone of a file).
 */
export function aliasedNodes(doc: Document): ReadonlySet<unknown> {
  let found = ALIASED.get(doc);
  if (found === undefined) {
    const nodes = new Set<unknown>();
    visit(doc, {
      Alias(_key, alias) {
        const target = alias.resolve(doc);
        if (target !== undefined) nodes.add(target);
      },
    });
    found = nodes;
    ALIASED.set(doc, found);
  }
  return found;
}
