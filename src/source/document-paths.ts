// Where a path of a plan file's data is written in its yaml Document (the full parser's, source/full-parse.ts): the
// offset a finding is located at, and, for a value reached through an alias, where its anchor writes it.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from './yaml.js';
import type { Path } from './parse.js';

/** A document's paths, looked up with what earlier lookups found kept (Lookups). */
export interface DocumentPaths {
  /** Where the node at `path` is written (with `key`, its key), as deep as the document goes: see offsetOf. */
  readonly offsetOf: (path: Path, key: boolean) => number;
  /** ParsedSource.aliasedAt: see aliasedAt. */
  readonly aliasedAt: (path: Path) => { readonly alias: string; readonly offset: number } | undefined;
}

/** The paths of `doc`, its lookups kept between calls. */
export function documentPaths(doc: Document): DocumentPaths {
  const lookups: Lookups = { pairs: new WeakMap(), aliases: new WeakMap() };
  return { offsetOf: (path, key) => offsetOf(doc, path, key, lookups), aliasedAt: (path) => aliasedAt(doc, path, lookups) };
}

/**
 * When the way to the value at `path` goes through an alias (`after: [*n]`, or `after: *list` and an entry of the
 * list), the first alias's name and the offset where that value is written, in the content its anchor marks (`&n 5`:
 * at `5`); else undefined. A finding is located at the alias (offsetOf), but the text that YAML read is the anchor's.
 */
function aliasedAt(doc: Document, path: Path, lookups: Lookups): { readonly alias: string; readonly offset: number } | undefined {
  let node: unknown = doc.contents;
  let alias: string | undefined;
  for (let i = 0; i <= path.length; i++) {
    if (isAlias(node)) alias ??= node.source;
    node = resolveAlias(doc, node, lookups);
    if (i === path.length) break;
    const segment = path[i];
    if (isMap(node)) node = pairOf(node, String(segment), lookups)?.value;
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  const offset = rangeStart(node);
  return alias === undefined || offset === undefined ? undefined : { alias, offset };
}

/**
 * Where the node at `path` is written: as deep as the path goes in the document, up to an alias (`*m`), which is where
 * the repeated content is used; its anchor is the first use, with a path of its own (a tester's duplicate milestone
 * written `*m` was reported at the `&m` it repeats).
 */
function offsetOf(doc: Document, path: Path, key: boolean, lookups: Lookups): number {
  let node: unknown = doc.contents;
  let best = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    if (i > 0 && isAlias(node)) break;
    node = resolveAlias(doc, node, lookups);
    const segment = path[i];
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairOf(node, String(segment), lookups);
      if (!pair) break;
      if (isLast && key) return rangeStart(pair.key) ?? best;
      node = pair.value;
      best = rangeStart(pair.value) ?? rangeStart(pair.key) ?? best;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) break;
      best = rangeStart(node) ?? best;
    } else {
      break;
    }
  }
  return best;
}

/**
 * What locating findings has looked up in one document, kept for the next: each mapping's pairs by key text (the first
 * of a repeated key, as a search in order finds it) and each alias's node. A search of the mapping for every finding,
 * and the library's walk of the whole document for every alias, made 40,000 unknown keys take 86 s (tester round 38 F4).
 */
interface Lookups {
  readonly pairs: WeakMap<object, Map<string, Pair>>;
  readonly aliases: WeakMap<object, unknown>;
}

function pairOf(map: YAMLMap, key: string, lookups: Lookups): Pair | undefined {
  let byKey = lookups.pairs.get(map);
  if (byKey === undefined) {
    byKey = new Map();
    for (const p of map.items) {
      if (!isPair(p)) continue;
      const text = keyText(p.key);
      if (text !== undefined && !byKey.has(text)) byKey.set(text, p);
    }
    lookups.pairs.set(map, byKey);
  }
  return byKey.get(key);
}

function resolveAlias(doc: Document, node: unknown, lookups: Lookups): unknown {
  if (!isAlias(node)) return node;
  if (!lookups.aliases.has(node)) lookups.aliases.set(node, node.resolve(doc));
  return lookups.aliases.get(node);
}

function keyText(key: unknown): string | undefined {
  // As toJS names the key in the data: a null key (`~:`, `null:`) is "".
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
