// Where each node of a fast-path parse (source/fast-yaml.ts) starts, as a tree of records in one Int32Array.

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
  cells: Int32Array;
  used = 0;
  /** The record written last: the container parsed last. */
  last = -1;
  /** The keys, by the index their entries hold (source/string-table.ts's values: other values sit between them). */
  keys: readonly unknown[] = [];

  /** The record of `value` when it is a container just parsed, else -1: call it right after parsing the value. */
  childOf(value: unknown): number {
    return value !== null && typeof value === 'object' ? this.last : -1;
  }

  /**
   * The entries of the containers being read, innermost last: a container's entries are gathered here (`entry`,
   * `item`) and copied into `cells` as one record when it is complete (`closeMap`, `closeSeq`). Until 1 Dec 2026 each
   * container gathered them in an array of its own, one more allocation per container.
   */
  private stack = new Int32Array(256);
  private top = 0;

  /**
   * `expectedCells`: how many cells the parse will likely write (a plan file in block style about one per four
   * characters, source/fast-yaml.ts), so that the table is allocated once rather than doubled up to its size, with
   * a copy and fresh zeroed pages at each step.
   */
  constructor(expectedCells = 1024) {
    this.cells = new Int32Array(Math.max(expectedCells, 1024));
    // Room for the entries of the largest container (the milestones of a plan, 2 cells each) at once: growStack, first
    // run by the first large file, deoptimised `item` and the parseFlow it was inlined into (a 10 ms compile again).
    this.stack = new Int32Array(Math.max(256, expectedCells >> 3));
  }

  /** Starts a container: its entries will follow the returned mark. */
  open(): number {
    return this.top;
  }

  /** Forgets what was gathered after `mark` (a look-ahead that read a flow collection). */
  drop(mark: number): void {
    this.top = mark;
  }

  /** A mapping entry: its key's index in `keys`, where the key and the value start, and the value's record (childOf). */
  entry(keyIndex: number, keyOffset: number, valueOffset: number, child: number): void {
    if (this.top + 4 > this.stack.length) this.growStack();
    const stack = this.stack;
    const top = this.top;
    stack[top] = keyIndex;
    stack[top + 1] = keyOffset;
    stack[top + 2] = valueOffset;
    stack[top + 3] = child;
    this.top = top + 4;
  }

  /** A sequence item: where it starts, and its record (childOf). */
  item(offset: number, child: number): void {
    if (this.top + 2 > this.stack.length) this.growStack();
    this.stack[this.top] = offset;
    this.stack[this.top + 1] = child;
    this.top += 2;
  }

  /** Ends the mapping opened at `mark`: its record is written. */
  closeMap(mark: number): void {
    this.close(mark, (this.top - mark) >> 1);
  }

  /** Ends the sequence opened at `mark`: its record is written. */
  closeSeq(mark: number): void {
    this.close(mark, this.top - mark + 1);
  }

  private close(mark: number, head: number): void {
    const size = this.top - mark;
    const at = this.reserve(1 + size);
    const cells = this.cells;
    const stack = this.stack;
    cells[at] = head;
    if (size <= 32) for (let i = 0; i < size; i++) cells[at + 1 + i] = stack[mark + i]!;
    else cells.set(stack.subarray(mark, this.top), at + 1);
    this.top = mark;
  }

  private growStack(): void {
    const grown = new Int32Array(this.stack.length * 2);
    grown.set(this.stack);
    this.stack = grown;
  }

  /** Frees the table's unused room once the parse is complete; `keys` holds every key an entry names. */
  finish(keys: readonly unknown[]): void {
    // A table at most a third larger than its use is kept as it is: the copy would cost more than the room.
    if (this.used * 4 < this.cells.length * 3) this.cells = this.cells.slice(0, this.used);
    this.stack = new Int32Array(0);
    this.keys = keys;
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

