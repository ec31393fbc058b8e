// The element names the common-shape MSPDI reader (xml-common.ts) has met, found from a start tag's bytes without
// cutting the name out as a string (a string per tag was most of the reading's garbage).
//
// Until 5 Dec 2026 the table was keyed by a name's first byte and length and each key's names were compared one by
// one: the names U0 … U199999 fell into six keys, and a file of 200,000 distinct child names took 94 s to import
// (tester round 38 F9). Keyed by a hash of every byte (FNV-1a), a key holds one name but for a collision; a file made
// to collide (MAX_BUCKET names on one hash) is declined, and saxes reads it, as it reads every file outside the
// common shape. An MSPDI file has about a hundred distinct names.

/** An element name as the common reader keeps it. */
export interface Name {
  readonly name: string;
  /** The name's bytes (ASCII: NAME in xml-common.ts admits nothing else). */
  readonly bytes: Uint8Array;
  /** The filter's class of the name (TreeFilter.classify). */
  readonly cls: number;
  /** Whether its text is kept as written (xml-tree.ts isVerbatim). */
  readonly verbatim: boolean;
}

/** FNV-1a's 32-bit offset basis: the hash of no bytes. */
export const HASH_START = 0x811c9dc5 | 0;

/** The hash `h` of some bytes extended by byte `c` (FNV-1a, 32 bits). */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** The FNV-1a hash of `bytes[start, end)`, as hashStep computes it a byte at a time. */
export function hashOf(bytes: Uint8Array, start: number, end: number): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = hashStep(h, bytes[i]!);
  return h;
}

/** The most names one hash holds: more can only be a file made to collide (32-bit hashes of ~100 names do not). */
export const MAX_BUCKET = 4;

/** Names by the hash of their bytes (hashOf); a lookup compares at most MAX_BUCKET names' bytes. */
export class NameTable {
  /** Keys are the hash's low 30 bits, small integers for the Map (the names then tell the rest apart). */
  private readonly buckets = new Map<number, Name[]>();
  /** How many names' bytes lookups compared, for the tests (test/interchange/mspdi-xml-names.test.ts). */
  probes = 0;

  /** The name whose bytes are `buf[start, end)` and whose hash is `hash`; undefined when not met yet. */
  find(buf: Uint8Array, start: number, end: number, hash: number): Name | undefined {
    const bucket = this.buckets.get(hash & 0x3fffffff);
    if (bucket === undefined) return undefined;
    const length = end - start;
    for (const candidate of bucket) {
      this.probes++;
      const bytes = candidate.bytes;
      if (bytes.length !== length) continue;
      let j = 0;
      while (j < length && buf[start + j] === bytes[j]) j++;
      if (j === length) return candidate;
    }
    return undefined;
  }

  /** Adds `name` (not in the table yet) under `hash`; false, and not added, when MAX_BUCKET names have that hash. */
  add(hash: number, name: Name): boolean {
    const key = hash & 0x3fffffff;
    const bucket = this.buckets.get(key);
    if (bucket === undefined) this.buckets.set(key, [name]);
    else if (bucket.length >= MAX_BUCKET) return false;
    else bucket.push(name);
    return true;
  }
}
