// Where each node of a fast-path parse (source/fast-yaml.ts) starts, as a tree of records in one Int32Array, and the
// table of short strings the parse shares (`intern`).

/**
 * Positions of the containers of one parse, in one flat table rather than an array per container (a 100,000-milestone
 * workspace has about 400,000 containers; an array each, with its slack, was a third of the parse's retained memory
 * and most of the garbage collector's copying).
 *
 * A record is a header `2n` (mapping of n entries) or `2n + 1` (sequence of n items), then per mapping entry
 * [keyIndex, keyOffset, valueOffset, child] with the key itself at `keys[keyIndex]`, per sequence item
 * [itemOffset, child]; offsets are UTF-16 offsets into the text, `child` is the record of a value that is itself a
 * container, else -1. A record is written when its container is complete, so the record written last is always the
 * one of the container parsed last (`childOf`). The tree of records is walked by path (`offsetOf`) without the parsed
 * data: until 1 Dec 2026 a Map from each container object to its record did that, which at 1,000,000 milestones was
 * 0.55 s of Map insertions and a table of 3 million entries that every full garbage collection walked.
 */
export class Positions {
  cells = new Int32Array(1024);
  used = 0;
  /** The record written last: the container parsed last. */
  last = -1;
  readonly keys: string[] = [];
  /** Short plain scalars seen so far (keys, ids, dates), in an open-addressing table: see `intern`. */
  private strings: (string | undefined)[] = new Array<string | undefined>(1024);
  /** The resolved value of each string in `strings`, at the same slot. */
  private values: unknown[] = new Array<unknown>(1024);
  private hashes = new Int32Array(1024);
  private stringCount = 0;

  /**
   * `resolve(text.slice(start, end))` for a short plain scalar, with the slice as the first copy of it seen in this
   * parse and the value resolved once per distinct text (`resolve` must be pure: source/fast-scalar.ts's resolvePlain).
   * V8 copies a slice shorter than 13 characters, so every `date:` key, id and date would otherwise be a string of its
   * own for as long as the parse and the model live, and every date would go through the core schema's five regular
   * expressions again; a text seen before is found by a hash of its characters, without slicing it again.
   */
  intern(text: string, start: number, end: number, resolve: (plain: string) => unknown): unknown {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const mask = this.strings.length - 1;
    let slot = h & mask;
    for (let seen = this.strings[slot]; seen !== undefined; seen = this.strings[slot]) {
      if (this.hashes[slot] === h && seen.length === end - start && text.startsWith(seen, start)) return this.values[slot];
      slot = (slot + 1) & mask;
    }
    const fresh = text.slice(start, end);
    const value = resolve(fresh);
    this.strings[slot] = fresh;
    this.values[slot] = value;
    this.hashes[slot] = h;
    if (++this.stringCount * 2 > this.strings.length) this.growStrings();
    return value;
  }

  private growStrings(): void {
    const old = this.strings;
    const oldValues = this.values;
    const oldHashes = this.hashes;
    this.strings = new Array<string | undefined>(old.length * 2);
    this.values = new Array<unknown>(old.length * 2);
    this.hashes = new Int32Array(old.length * 2);
    const mask = this.strings.length - 1;
    for (let i = 0; i < old.length; i++) {
      const s = old[i];
      if (s === undefined) continue;
      let slot = oldHashes[i]! & mask;
      while (this.strings[slot] !== undefined) slot = (slot + 1) & mask;
      this.strings[slot] = s;
      this.values[slot] = oldValues[i];
      this.hashes[slot] = oldHashes[i]!;
    }
  }

  /** The record of `value` when it is a container just parsed, else -1: call it right after parsing the value. */
  childOf(value: unknown): number {
    return value !== null && typeof value === 'object' ? this.last : -1;
  }

  /** Records a mapping's [key, keyOffset, valueOffset, child, …] (as the parser collects them). */
  setMap(entries: readonly (string | number)[]): void {
    const n = entries.length / 4;
    let at = this.reserve(1 + 4 * n);
    this.cells[at++] = 2 * n;
    for (let k = 0; k < entries.length; k += 4) {
      this.cells[at++] = this.keys.length;
      this.keys.push(entries[k] as string);
      this.cells[at++] = entries[k + 1] as number;
      this.cells[at++] = entries[k + 2] as number;
      this.cells[at++] = entries[k + 3] as number;
    }
  }

  /** Records a sequence's [itemOffset, child, …]. */
  setSeq(items: readonly number[]): void {
    let at = this.reserve(1 + items.length);
    this.cells[at++] = items.length + 1;
    for (const cell of items) this.cells[at++] = cell;
  }

  /** Frees the table's unused room and the interned strings' index once the parse is complete. */
  trim(): void {
    this.cells = this.cells.slice(0, this.used);
    this.strings = [];
    this.values = [];
    this.hashes = new Int32Array(0);
  }

  /**
   * The offset where the node at `path` starts (with `key`, where its key starts), from the record `root` of the node
   * starting at `rootOffset`; the nearest existing ancestor's when the path leaves the tree.
   */
  offsetOf(root: number, rootOffset: number, path: readonly (string | number)[], key: boolean): number {
    const { cells, keys } = this;
    let record = root;
    let best = rootOffset;
    for (let i = 0; i < path.length && record >= 0; i++) {
      const head = cells[record]!;
      const n = head >> 1;
      const segment = path[i]!;
      if ((head & 1) === 1) {
        if (typeof segment !== 'number' || !Number.isInteger(segment) || segment < 0 || segment >= n) break;
        best = cells[record + 1 + 2 * segment]!;
        record = cells[record + 2 + 2 * segment]!;
        continue;
      }
      const name = String(segment);
      let found = -1;
      for (let k = 0; k < n; k++) {
        if (keys[cells[record + 1 + 4 * k]!] === name) {
          found = record + 1 + 4 * k;
          break;
        }
      }
      if (found < 0) break;
      if (key && i === path.length - 1) return cells[found + 1]!;
      best = cells[found + 2]!;
      record = cells[found + 3]!;
    }
    return best;
  }

  private reserve(size: number): number {
    const at = this.used;
    if (at + size > this.cells.length) {
      const grown = new Int32Array(Math.max(2 * this.cells.length, at + size));
      grown.set(this.cells.subarray(0, at));
      this.cells = grown;
    }
    this.used = at + size;
    this.last = at;
    return at;
  }
}
