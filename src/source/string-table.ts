// The short plain scalars of one fast-path parse (source/fast-yaml.ts), each kept once: keys, ids, dates, references.

/** FNV-1a's offset basis and prime: the hash the scanners (source/fast-scalar.ts) fold each character into. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

/**
 * The low 30 bits of a hash: a small integer (Smi) to V8, which passes and stores one without a heap number. The
 * full 32-bit hash was boxed at about half the calls of StringTable.lookup.
 */
export const HASH_MASK = 0x3fffffff;

/** The hash of text[start, end), as the scanners compute it while they read. */
export function hashOf(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), HASH_PRIME);
  return h & HASH_MASK;
}

/**
 * `resolve(text.slice(start, end))` for short plain scalars, with the slice as the first copy of it seen in this parse
 * and the value resolved once per distinct text (`resolve` must be pure: source/fast-scalar.ts's resolvePlain). V8
 * copies a slice shorter than 13 characters, so every `date:` key, id and date would otherwise be a string of its own
 * for as long as the parse and the model live, and every date would go through the core schema's five regular
 * expressions again.
 *
 * A text seen before is found by its hash in an open-addressing table of integers, four per slot: the hash, 1 + the
 * index of its value in `values` (0: an empty slot), its length and the offset of its latest occurrence, against which
 * it is compared without reading the string object itself. Until 1 Dec 2026 the table held the strings, in holey arrays
 * as large as the table, hashes apart, and a text was compared with startsWith: five scattered memory reads a lookup,
 * 0.17 s of the 100,000-milestone parse, against 0.05 s now.
 */
/** The text a StringTable's ranges are in, as the parse reads it (source/fast-cursor.ts's Cursor). */
export interface TableText {
  readonly text: string;
  slice(start: number, end: number): string;
  marked(start: number, end: number): boolean;
}

export class StringTable {
  /** The resolved value of each distinct text, in the order first seen; keys appended by `add` too. */
  readonly values: unknown[] = [];
  /** The index in `values` of the value the last `lookup` returned. */
  index = 0;
  private table: Int32Array;
  private mask: number;
  private count = 0;
  private readonly text: string;

  constructor(private readonly source: TableText, private readonly resolve: (plain: string) => unknown) {
    const text = source.text;
    this.text = text;
    // About one distinct short scalar per 60 characters of a plan; the table stays at most half full.
    let size = 1024;
    while (size < text.length / 32 && size < 1 << 20) size *= 2;
    this.table = new Int32Array(4 * size);
    this.mask = size - 1;
  }

  /** The resolved value of text[start, end) (shorter than 13 characters), whose hash is `h` (hashOf, HASH_MASK applied). */
  lookup(start: number, end: number, h: number): unknown {
    const { table, text } = this;
    const length = end - start;
    // A '?' of a one-byte shadow may stand for any wide character: such a text is not compared, nor kept.
    if (this.source.marked(start, end)) {
      const value = this.resolve(this.source.slice(start, end));
      this.index = this.values.push(value) - 1;
      return value;
    }
    let slot = h & this.mask;
    for (let at = slot << 2, index = table[at + 1]!; index !== 0; at = slot << 2, index = table[at + 1]!) {
      if (table[at] === h && table[at + 2] === length && sameChars(text, table[at + 3]!, start, length)) {
        // The next compare reads this occurrence, not the first: recently read text is still in the processor's cache,
        // and a date or reference repeats mostly near its last use.
        table[at + 3] = start;
        this.index = index - 1;
        return this.values[index - 1];
      }
      slot = (slot + 1) & this.mask;
    }
    const value = this.resolve(text.slice(start, end));
    const at = slot << 2;
    this.index = this.values.push(value) - 1;
    table[at] = h;
    table[at + 1] = this.index + 1;
    table[at + 2] = length;
    table[at + 3] = start;
    if (++this.count * 2 > this.mask) this.grow();
    return value;
  }

  /** Appends a value that is not in the table (a long or quoted key) and returns its index in `values`. */
  add(value: unknown): number {
    return this.values.push(value) - 1;
  }

  /** Frees the table once the parse is complete; `values` stays (Positions reads keys from it). */
  release(): void {
    this.table = new Int32Array(0);
    this.mask = 0;
  }

  private grow(): void {
    this.table = grownTable(this.table, this.mask);
    this.mask = 2 * this.mask + 1;
  }
}

/**
 * An open-addressing table of 4-int slots (hash, 1 + index or 0 when empty, then two ints of the caller's) at twice
 * the size of `old`, whose slot mask is `mask`: every entry re-inserted by its hash with linear probing. The new mask
 * is 2 · mask + 1. Shared by StringTable and the JSON reader's key table (fast-json.ts).
 */
export function grownTable(old: Int32Array, mask: number): Int32Array<ArrayBuffer> {
  const size = 2 * (mask + 1);
  const table = new Int32Array(4 * size);
  const newMask = size - 1;
  for (let from = 0; from < old.length; from += 4) {
    if (old[from + 1] === 0) continue;
    let slot = old[from]! & newMask;
    while (table[(slot << 2) + 1] !== 0) slot = (slot + 1) & newMask;
    const at = slot << 2;
    for (let k = 0; k < 4; k++) table[at + k] = old[from + k]!;
  }
  return table;
}

function sameChars(text: string, first: number, start: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(first + i) !== text.charCodeAt(start + i)) return false;
  return true;
}
