// Explicit YAML tags (`!!binary`, `!!set`, `!!omap`, `!!timestamp`, `!local`, `!<verbatim>` …) are a `yaml-syntax`
// error at the tag (issue #11). Plan files are plain YAML 1.2 core-schema values (SPEC §1): a tag either turns a value
// into something no plan field can hold (bytes, a set, a timestamp) or is silently ignored, and either way the file
// would mean one thing to milepel and another to the next tool. One exception: `!!str` on a scalar, the core schema's
// own way to say "this is text" (`id: !!str 2019`), reads exactly as the quoted value does and is accepted.
import { isMap, isPair, isScalar, isSeq, parseCstTokens, type Document } from './yaml.js';

/** The core schema's string tag, as the composer resolves `!!str` and `!<tag:yaml.org,2002:str>`. */
const CORE_STR = 'tag:yaml.org,2002:str';
const STR_SPELLINGS = new Set(['!!str', `!<${CORE_STR}>`]);

export interface TagUse {
  /** UTF-16 offset of the tag in the text. */
  readonly offset: number;
  /** The tag as written (`!!binary`, `!foo`). */
  readonly tag: string;
}

interface Tagged {
  readonly start: number;
  readonly tag: string;
  readonly scalar: boolean;
}

/** Every explicit tag in the document, in text order, but `!!str` on a scalar; [] (without a second parse) when none. */
export function findExplicitTags(text: string, doc: Document): TagUse[] {
  const tagged = taggedNodes(doc).sort((a, b) => a.start - b.start);
  // A tag the composer could not attach (a syntax error around it) is still a tag: look when there are errors too.
  if (tagged.length === 0 && (doc.errors.length === 0 || !text.includes('!'))) return [];
  return tagTokens(text).filter((use) => !isPlainStr(use, tagged));
}

/** A `!!str` tag whose node (the first tagged node after it; `tagged` sorted by start) is a scalar read as text. */
function isPlainStr(use: TagUse, tagged: readonly Tagged[]): boolean {
  if (!STR_SPELLINGS.has(use.tag)) return false;
  let lo = 0;
  let hi = tagged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tagged[mid]!.start > use.offset) hi = mid;
    else lo = mid + 1;
  }
  const owner = tagged[lo];
  return owner !== undefined && owner.scalar && owner.tag === CORE_STR;
}

/** The composed nodes that carry an explicit tag (the composer sets `tag` only for those). */
function taggedNodes(doc: Document): Tagged[] {
  const out: Tagged[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || node === undefined) continue;
    const { tag, range } = node as { tag?: unknown; range?: readonly number[] | null };
    if (typeof tag === 'string' && range) out.push({ start: range[0]!, tag, scalar: isScalar(node) });
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
