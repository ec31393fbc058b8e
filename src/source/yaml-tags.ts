// Explicit YAML tags (`!!binary`, `!!set`, `!!omap`, `!!timestamp`, `!local`, `!<verbatim>` …) are a `yaml-syntax`
// error at the tag (issue #11). Plan files are plain YAML 1.2 core-schema values (SPEC §1): a tag either turns a value
// into something no plan field can hold (bytes, a set, a timestamp) or is silently ignored, and either way the file
// would mean one thing to milepel and another to the next tool. The exception: the YAML 1.2 core schema's own tags
// (SPEC §2 reads that schema) where the value is what the tag says: `!!str` on a scalar (`id: !!str 2019` reads as the
// quoted value does), `!!int 3`, `!!float 1.5`, `!!bool true`, `!!null`, `!!map {…}`, `!!seq […]`. An auditor found
// `x-ext: !!int 3` refused as yaml-syntax, which left the whole file unchecked. A core tag the value does not fit
// (`!!int foo`, read as text) stays an error.
import { isMap, isPair, isScalar, isSeq, parseCstTokens, type Document } from './yaml.js';

/** The core schema's tags, as the composer resolves `!!int` and `!<tag:yaml.org,2002:int>`, with the kind of node each fits. */
const CORE_TAGS: ReadonlyMap<string, NodeKind> = new Map<string, NodeKind>([
  ['str', 'string'], ['int', 'integer'], ['float', 'number'], ['bool', 'boolean'], ['null', 'null'], ['map', 'map'], ['seq', 'seq'],
]);
const CORE_PREFIX = 'tag:yaml.org,2002:';

/** What a composed node is: a map, a sequence, or a scalar by the JavaScript value it was read as. */
type NodeKind = 'string' | 'integer' | 'number' | 'boolean' | 'null' | 'map' | 'seq' | 'other';

export interface TagUse {
  /** UTF-16 offset of the tag in the text. */
  readonly offset: number;
  /** The tag as written (`!!binary`, `!foo`). */
  readonly tag: string;
}

interface Tagged {
  readonly start: number;
  readonly tag: string;
  readonly kind: NodeKind;
}

/** Every explicit tag in the document, in text order, but a core tag on a value it fits; [] (without a second parse) when none. */
export function findExplicitTags(text: string, doc: Document): TagUse[] {
  const tagged = taggedNodes(doc).sort((a, b) => a.start - b.start);
  // A tag the composer could not attach (a syntax error around it) is still a tag: look when there are errors too.
  if (tagged.length === 0 && (doc.errors.length === 0 || !text.includes('!'))) return [];
  return tagTokens(text).filter((use) => !isFittingCoreTag(use, tagged));
}

/** The core tag a spelling names (`!!int`, `!<tag:yaml.org,2002:int>`), or undefined. */
function coreTagOf(spelling: string): string | undefined {
  const name = spelling.startsWith('!!') ? spelling.slice(2) : spelling.startsWith(`!<${CORE_PREFIX}`) && spelling.endsWith('>') ? spelling.slice(CORE_PREFIX.length + 2, -1) : undefined;
  return name !== undefined && CORE_TAGS.has(name) ? name : undefined;
}

/** A core tag whose node (the first tagged node after it; `tagged` sorted by start) was read as what the tag says. */
function isFittingCoreTag(use: TagUse, tagged: readonly Tagged[]): boolean {
  const name = coreTagOf(use.tag);
  if (name === undefined) return false;
  let lo = 0;
  let hi = tagged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tagged[mid]!.start > use.offset) hi = mid;
    else lo = mid + 1;
  }
  const owner = tagged[lo];
  if (owner === undefined || owner.tag !== CORE_PREFIX + name) return false;
  const fits = CORE_TAGS.get(name)!;
  return owner.kind === fits || (fits === 'number' && owner.kind === 'integer');
}

/** What a composed node is (NodeKind). */
function nodeKind(node: unknown): NodeKind {
  if (isMap(node)) return 'map';
  if (isSeq(node)) return 'seq';
  if (!isScalar(node)) return 'other';
  const value = node.value;
  if (value === null) return 'null';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return 'other';
}

/** The composed nodes that carry an explicit tag (the composer sets `tag` only for those). */
function taggedNodes(doc: Document): Tagged[] {
  const out: Tagged[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || node === undefined) continue;
    const { tag, range } = node as { tag?: unknown; range?: readonly number[] | null };
    if (typeof tag === 'string' && range) out.push({ start: range[0]!, tag, kind: nodeKind(node) });
    if (!isMap(node) && !isSeq(node)) continue;
    for (const item of node.items) {
      if (isPair(item)) stack.push(item.key, item.value);
      else stack.push(item);
    }
  }
  return out;
}

/** The tag tokens of the text's concrete syntax tree, deduplicated and sorted by offset. */
function tagTokens(text: string): TagUse[] {
  const seen = new Map<number, string>();
  const stack: unknown[] = [...parseCstTokens(text)];
  while (stack.length > 0) {
    const token = stack.pop();
    if (token === null || typeof token !== 'object') continue;
    if (Array.isArray(token)) {
      for (const t of token) stack.push(t);
      continue;
    }
    const { type, offset, source } = token as { type?: unknown; offset?: unknown; source?: unknown };
    if (type === 'tag' && typeof offset === 'number' && typeof source === 'string') seen.set(offset, source);
    for (const value of Object.values(token)) if (value !== null && typeof value === 'object') stack.push(value);
  }
  return [...seen].sort((a, b) => a[0] - b[0]).map(([offset, tag]) => ({ offset, tag }));
}
