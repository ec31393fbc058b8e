// The pool of the sparse histograms' entries (sparse-entries.ts): one buffer of segments, the layout of each
// histogram's state, and the segments reserved, moved, left behind and compacted.
import { growableBuffer, growInPlace } from './growable-buffer.js';

// A sparse histogram's state: 8 Int32 slots, one cache line with all an append reads.
export const STRIDE = 8;
/** Where its entries start (entry index), and how many its segment holds (0: not sparse). */
export const AT = 0;
export const CAP = 1;
/** Entries [0, HEAD) are sorted, each day once; entries [HEAD, LENGTH) were appended since, in any order. */
export const HEAD = 2;
export const LENGTH = 3;
/** Its smallest and largest day. */
export const MIN = 4;
export const MAX = 5;
/** Its samples (held at 2^31 − 1: only weighed against its range). */
export const TOTAL = 6;
export const MAX_TOTAL = 2147483647;

/**
 * The entries of the sparse histograms of a set, pooled in one buffer (one allocation for all, as the windows'
 * bytes): entry i is the pair days[2i], counts[2i + 1] (an Int32 and a Uint32 view of the buffer; one cache line
 * for both). Histogram k's segment is entries [at, at + cap), after a header entry (its histogram, −1 once left
 * behind; its capacity). The segments in use are moved down over those left behind in one pass in address order
 * (the headers say which are which) when a quarter of the pool is left behind; else the pool grows by half, in place.
 */
export class SparseSegments {
  days: Int32Array;
  counts: Uint32Array;
  readonly state: Int32Array;
  /** Entries handed out (segments left behind and headers included), and in current segments with their headers. */
  private used = 0;
  private live = 0;
  /** Entries the pool is expected to need in all (plan): its next growth goes at least that far. */
  private planned = 0;

  constructor(size: number) {
    // Both views track a resizable buffer's length: it grows in place (growable-buffer.ts).
    const buffer = growableBuffer(64 * 8);
    this.days = new Int32Array(buffer);
    this.counts = new Uint32Array(buffer);
    this.state = new Int32Array(size * STRIDE);
  }

  /**
   * Expects `entries` entries (headers included) in all: the pool's next growth makes room for them at once instead
   * of growing by half again and again, each time copying what it holds (the histograms of a risky chain go sparse
   * in the same few iterations: 54 growths, 630 ms at 100,000 positions). Pages of the buffer not yet written cost no
   * memory (a large ArrayBuffer is mapped zeroed on demand), so a generous plan costs address space only.
   */
  plan(entries: number): void {
    if (entries > this.planned) this.planned = entries;
  }

  /**
   * Gives the whole pool's memory back now, its histograms all made not sparse: a resizable buffer shrunk frees its
   * pages at once, where V8, which does not count such a buffer's memory, might not collect it for a long while (a
   * worker's tally handed over to the main thread: hundreds of MB at 100,000 positions).
   */
  releaseAll(): void {
    const buffer = this.days.buffer;
    // Both views track a resizable buffer's length; a plain one (past the resizable limit) is let go of.
    if (buffer instanceof ArrayBuffer && buffer.resizable) buffer.resize(0);
    else {
      const none = growableBuffer(0);
      this.days = new Int32Array(none);
      this.counts = new Uint32Array(none);
    }
    this.state.fill(0);
    this.used = this.live = this.planned = 0;
  }

  /** Moves histogram k's entries to a new segment of `capacity`. */
  protected move(k: number, capacity: number): void {
    const to = this.reserve(k, capacity);
    const b = k * STRIDE;
    const from = this.state[b + AT]!;
    this.days.copyWithin(2 * to, 2 * from, 2 * (from + this.state[b + LENGTH]!));
    this.release(from);
    this.state[b + AT] = to;
    this.state[b + CAP] = capacity;
  }

  /**
   * A segment of `capacity` entries for histogram k after its header, past the segments in use: when it does not
   * fit, the segments are moved down over those left behind (when these are a quarter of the pool or more), else
   * the pool grows by half. Returns where its entries start.
   */
  protected reserve(k: number, capacity: number): number {
    const slots = capacity + 1;
    if (this.used + slots > this.days.length / 2) {
      if ((this.used - this.live) * 8 >= this.days.length) this.compact();
      if (this.used + slots > this.days.length / 2) {
        const bytes = 8 * Math.max(64, Math.ceil((this.used + slots) * 1.5), this.planned);
        if (!growInPlace(this.days.buffer, bytes)) {
          // Past the resizable limit a plain buffer, whose views releaseAll lets go of instead.
          const grown = growableBuffer(bytes);
          const days = new Int32Array(grown);
          days.set(this.days.subarray(0, 2 * this.used));
          this.days = days;
          this.counts = new Uint32Array(grown);
        }
      }
    }
    const header = this.used;
    this.days[2 * header] = k;
    this.counts[2 * header + 1] = capacity;
    this.used += slots;
    this.live += slots;
    return header + 1;
  }

  /** Leaves the segment whose entries start at `at` behind. */
  protected release(at: number): void {
    this.days[2 * at - 2] = -1;
    this.live -= this.counts[2 * at - 1]! + 1;
  }

  /** Moves the segments in use (header and entries) down over those left behind, in address order, in place. */
  private compact(): void {
    const { days, counts, state } = this;
    let to = 0;
    for (let from = 0; from < this.used; ) {
      const k = days[2 * from]!;
      const slots = counts[2 * from + 1]! + 1;
      if (k >= 0) {
        if (from !== to) {
          days.copyWithin(2 * to, 2 * from, 2 * (from + 1 + state[k * STRIDE + LENGTH]!));
          state[k * STRIDE + AT] = to + 1;
        }
        to += slots;
      }
      from += slots;
    }
    this.used = to;
  }
}
