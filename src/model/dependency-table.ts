// The model's `after` edges (Workspace.dependencies) as columns of typed arrays, one row an edge (issue #18).
import { ZERO_DURATION, type Duration, type Estimate } from '../calendar/index.js';
import { LINK_CODE, LINK_OF_CODE, type Dependency, type LinkType } from './milestone-types.js';
import { AfterEdge } from './origin.js';

/**
 * What readers of Workspace.dependencies use: the number of edges, edge `e` (index into the graph's edges) and the
 * edges in order. A DependencyTable (the model's) or a plain array of Dependency (tests, `set`'s part of a workspace:
 * edit/scoped-findings.ts) both are one. `at(e)` of a table makes a fresh object each call: loops over every edge
 * read the graph's and the link table's typed arrays (schedule/edge-constraint.ts linkTable) instead.
 */
export interface DependencyList extends Iterable<Dependency> {
  readonly length: number;
  /** Edge `e`, 0 ≤ e < length; undefined past the end. */
  at(e: number): Dependency | undefined;
}

/**
 * Edges as rows of typed arrays: 25 bytes an edge where an AfterEdge object was 88 (its eight fields and a header of
 * three words): at 100,000 milestones with nine `after` entries each, 79 MB of objects held through the whole analysis
 * and at its peak became 23 MB of arrays. A row holds what an AfterEdge holds: the ends, the link type and the entry's
 * form and place (file, the milestone's index in its file's `milestones`, the entry's in its `after`), and the lag: an
 * index into `lags` and `estimates`, 0 for no lag written (the common case: ZERO_DURATION, no estimate). `at` gives
 * the row as an AfterEdge, whose origins are made when asked.
 *
 * Rows are added, never changed (resolving an edge adds it to another table: model/resolve-edges.ts), so a table a
 * kept fragment holds (model/fragments.ts) can be read by any later build.
 */
export class DependencyTable implements DependencyList {
  length = 0;
  /** The predecessor's node index; -1 until resolved (a Builder's pending table). */
  from: Int32Array;
  /** The successor's node index: the milestone whose `after` list holds the entry. */
  to: Int32Array;
  /** LINK_CODE of the link type, plus 4 × the entry's form: 0 a bare reference, 1 `{id, …}` without a lag, 2 `{id, lag, …}`. */
  kind: Uint8Array;
  /** The entry's index in the `after` list. */
  entry: Int32Array;
  /** The successor's index in its file's `milestones` list. */
  slot: Int32Array;
  /** Index into `files`. */
  fileOf: Int32Array;
  /** Index into `lags` and `estimates`; 0: ZERO_DURATION, no estimate. */
  lagOf: Int32Array;
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly lags: Duration[] = [ZERO_DURATION];
  private readonly estimates: (Estimate | undefined)[] = [undefined];

  constructor(capacity = 64) {
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.entry = new Int32Array(capacity);
    this.slot = new Int32Array(capacity);
    this.fileOf = new Int32Array(capacity);
    this.lagOf = new Int32Array(capacity);
  }

  /** Adds an edge; the fields are AfterEdge's constructor's. */
  add(from: number, to: number, lag: Duration, lagEstimate: Estimate | undefined, type: LinkType, file: string, slot: number, entry: number, form: 0 | 1 | 2): void {
    if (this.length === this.from.length) this.resize(2 * this.length);
    const e = this.length++;
    this.from[e] = from;
    this.to[e] = to;
    this.kind[e] = LINK_CODE[type] + 4 * form;
    this.entry[e] = entry;
    this.slot[e] = slot;
    this.fileOf[e] = this.fileNumber(file);
    if (lag === ZERO_DURATION && lagEstimate === undefined) this.lagOf[e] = 0;
    else {
      this.lagOf[e] = this.lags.length;
      this.lags.push(lag);
      this.estimates.push(lagEstimate);
    }
  }

  /** Adds row `e` of `source` with `from` and `to` given. */
  addRow(source: DependencyTable, e: number, from: number, to: number): void {
    const k = source.kind[e]!;
    const l = source.lagOf[e]!;
    this.add(from, to, source.lags[l]!, source.estimates[l], LINK_OF_CODE[k & 3]!, source.files[source.fileOf[e]!]!, source.slot[e]!, source.entry[e]!, (k >> 2) as 0 | 1 | 2);
  }

  /** Adds every row of `source`, `to` moved by `shift` (a fragment's rows in a larger workspace: model/rebase.ts). */
  addAll(source: DependencyTable, shift = 0): void {
    for (let e = 0; e < source.length; e++) this.addRow(source, e, source.from[e]!, source.to[e]! + shift);
  }

  at(e: number): AfterEdge | undefined {
    if (!(e >= 0 && e < this.length)) return undefined;
    const k = this.kind[e]!;
    const l = this.lagOf[e]!;
    return new AfterEdge(this.from[e]!, this.to[e]!, this.lags[l]!, this.estimates[l], LINK_OF_CODE[k & 3]!, this.files[this.fileOf[e]!]!, this.slot[e]!, this.entry[e]!, (k >> 2) as 0 | 1 | 2);
  }

  /** Edge `e`'s link type as LINK_CODE gives it (the schedule's link table holds the same numbers). */
  typeCode(e: number): number {
    return this.kind[e]! & 3;
  }

  /** Edge `e`'s lag (its likely value: SPEC §1.6). */
  lagAt(e: number): Duration {
    return this.lags[this.lagOf[e]!]!;
  }

  /** Edge `e`'s three-point lag (SPEC §1.6), undefined when a single value or none is written. */
  estimateAt(e: number): Estimate | undefined {
    return this.estimates[this.lagOf[e]!];
  }

  *[Symbol.iterator](): Iterator<AfterEdge> {
    for (let e = 0; e < this.length; e++) yield this.at(e)!;
  }

  /** Lets go of the columns' unused room when it is more than a quarter of them (the table is complete). */
  trim(): this {
    if (this.length * 4 < this.from.length * 3) this.resize(this.length);
    return this;
  }

  private fileNumber(file: string): number {
    const last = this.files.length - 1;
    if (last >= 0 && this.files[last] === file) return last;
    let n = this.fileIndex.get(file);
    if (n === undefined) {
      n = this.files.length;
      this.files.push(file);
      this.fileIndex.set(file, n);
    }
    return n;
  }

  private resize(capacity: number): void {
    const n = Math.max(capacity, 1);
    const length = this.length;
    const grow = <A extends Int32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(n);
      b.set(a.subarray(0, length));
      return b;
    };
    this.from = grow(this.from, (k) => new Int32Array(k));
    this.to = grow(this.to, (k) => new Int32Array(k));
    this.kind = grow(this.kind, (k) => new Uint8Array(k));
    this.entry = grow(this.entry, (k) => new Int32Array(k));
    this.slot = grow(this.slot, (k) => new Int32Array(k));
    this.fileOf = grow(this.fileOf, (k) => new Int32Array(k));
    this.lagOf = grow(this.lagOf, (k) => new Int32Array(k));
  }
}
