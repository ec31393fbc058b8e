// The storage of a set of day histograms (histogram.ts): each one's window of day counts in one shared byte pool
// (handed out, and compacted over the windows left behind), the carries of the counts that reached 256, and the
// entries of the histograms kept sparse; the arrays as they cross between threads.
import { SparseEntries } from './sparse-entries.js';
import { growableBuffer, growInPlace } from './growable-buffer.js';

/** A histogram set's arrays, as they cross between threads (postMessage with transfer). */
export interface HistogramData {
  readonly lo: Int32Array;
  readonly cap: Int32Array;
  readonly at: Int32Array;
  readonly low: Uint8Array;
  /** Carries as (histogram, day, carry) triples. */
  readonly carries: Float64Array;
  /** The sparse histograms, ascending; sparse[j]'s entries are sparseStart[j] .. sparseStart[j + 1] − 1. */
  readonly sparse: Int32Array;
  readonly sparseStart: Int32Array;
  /** The entries of each sparse histogram (a day with a count > 0), in any order; a day may come more than once. */
  readonly sparseDays: Int32Array;
  readonly sparseCounts: Uint32Array;
}

/** Entries of a new sparse histogram's segment at least; a full segment grows to twice its size. */
export const FIRST_ENTRIES = 16;

/**
 * The arrays, carries and sparse entries of a set of day histograms, and the pool their windows take slots of;
 * HistogramWindows (histogram-windows.ts) shapes the windows, DayHistograms (histogram.ts) counts and reads out.
 */
export class HistogramPool {
  /** Day of slot 0 of each window. */
  readonly lo: Int32Array;
  /** Slots of each window; 0 before the first value and while the histogram is sparse. */
  readonly cap: Int32Array;
  /** Where each window starts in `low`. */
  readonly at: Int32Array;
  /** The low byte of each count. */
  low: Uint8Array;
  /** The entries of the histograms kept sparse. */
  protected readonly sparse: SparseEntries;
  /** Count ÷ 256 of the slots that reached 256, by histogram, then day. */
  protected readonly high = new Map<number, Map<number, number>>();
  /** Slots of `low` handed out (windows left behind by a widening included). */
  protected used: number;
  /** Slots in current windows. */
  protected live: number;
  /**
   * Samples each histogram is expected to get in all (0: not known). A histogram going sparse gets room for the rest
   * of them at once (up to SETTLE_FROM entries): on a risky chain every position goes sparse in the same iteration and
   * then moved its segment at 16, 32, 64 … entries in step with all the others (risky-100000 at 100 iterations:
   * 500 MB of pool, old and new, and 2 s of copying).
   */
  protected readonly expected: number;

  /** `size` histograms, empty or from another thread's data; `expectedSamples` as `expected`. */
  constructor(size: number, data?: HistogramData, expectedSamples = 0) {
    this.expected = expectedSamples;
    this.sparse = new SparseEntries(size);
    if (data !== undefined) {
      this.lo = data.lo;
      this.cap = data.cap;
      this.at = data.at;
      this.low = data.low;
      let live = 0;
      for (let k = 0; k < size; k++) live += data.cap[k]!;
      this.live = live;
      this.used = data.low.length;
      for (let i = 0; i < data.carries.length; i += 3) this.carry(data.carries[i]!, data.carries[i + 1]!, data.carries[i + 2]!);
      for (let j = 0; j < data.sparse.length; j++) {
        const k = data.sparse[j]!;
        const from = data.sparseStart[j]!;
        const to = data.sparseStart[j + 1]!;
        this.sparse.open(k, Math.max(FIRST_ENTRIES, 2 * (to - from)));
        for (let i = from; i < to; i++) this.sparse.append(k, data.sparseDays[i]!, data.sparseCounts[i]!);
      }
      return;
    }
    this.lo = new Int32Array(size);
    this.cap = new Int32Array(size);
    this.at = new Int32Array(size);
    this.low = new Uint8Array(growableBuffer(Math.max(64, size * 16)));
    this.used = 0;
    this.live = 0;
  }

  get size(): number {
    return this.lo.length;
  }

  protected carry(k: number, day: number, carry: number): void {
    let m = this.high.get(k);
    if (m === undefined) this.high.set(k, (m = new Map()));
    m.set(day, (m.get(day) ?? 0) + carry);
  }

  /**
   * `slots` zeroed slots after the windows in use: when they do not fit, the windows are moved down over those left
   * behind (when these are a quarter of the array or more), else the array grows by half.
   */
  protected reserve(slots: number): number {
    if (this.used + slots > this.low.length) {
      if ((this.used - this.live) * 4 >= this.low.length) this.compact();
      if (this.used + slots > this.low.length) {
        this.low = grown(this.low, Math.max(64, Math.ceil((this.used + slots) * 1.5)), this.used);
      }
    }
    const at = this.used;
    this.used += slots;
    return at;
  }

  /** Moves every window down over the space left behind, in place (windows in order of their place). */
  protected compact(): void {
    const order: number[] = [];
    for (let k = 0; k < this.lo.length; k++) if (this.cap[k]! > 0) order.push(k);
    order.sort((a, b) => this.at[a]! - this.at[b]!);
    let used = 0;
    for (const k of order) {
      const at = this.at[k]!;
      const cap = this.cap[k]!;
      if (at !== used) this.low.copyWithin(used, at, at + cap);
      this.at[k] = used;
      used += cap;
    }
    this.low.fill(0, used, this.used);
    this.used = used;
  }
}

/**
 * `low` with room for `size` bytes, its first `used` kept and the rest zero: the same buffer resized when it is a
 * resizable one that can grow so far (one received from another thread too), else a copy in a new resizable buffer.
 * No byte past `used` is ever written but by `reserve`, which hands it out zeroed, and `compact` zeroes what it
 * frees; a resize adds zero bytes. So the bytes past `used` are zero already, and are left untouched: a page never
 * written takes no memory.
 */
function grown(low: Uint8Array, size: number, used: number): Uint8Array {
  if (low.byteOffset === 0 && growInPlace(low.buffer, size)) return new Uint8Array(low.buffer, 0, size);
  const next = new Uint8Array(growableBuffer(size));
  next.set(low.subarray(0, used));
  return next;
}
