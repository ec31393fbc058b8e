// The samples of one run as flat typed-array columns, written in place by the blocks (on any thread) and read by the
// summary: no per-block copies, no boxed arrays. On worker threads the buffers are SharedArrayBuffers.
// Narrow columns halve or quarter the memory (100,000 milestones × 1,000 iterations: 460 MB instead of 1.1 GB).
import type { Network } from './network.js';

/** Whole-day values of one column: the narrowest signed type that holds every value. */
export type Column = Int8Array | Int16Array | Int32Array;

export interface SampleStore {
  readonly iterations: number;
  /**
   * p(M) by position, then iteration, as days from origin[k]: projected[k * iterations + i] = p − origin[k].
   * Int16 (origin = the deterministic date) unless `wide`, then Int32 (origin 0).
   */
  readonly projected: Int16Array | Int32Array;
  readonly origin: Int32Array;
  /** The drawn value of each sampled quantity (a risk event's delay, 0 when it did not occur): draws[q * iterations + i]. */
  readonly draws: Column;
  /** Iterations in which each position was critical, per block: critical[block * n + k]. */
  readonly critical: Uint32Array;
  /** Set to 1 by a block that drew a date more than 32,767 days from the deterministic one (then rerun `wide`). */
  readonly overflow: Int32Array;
}

/**
 * Allocates a store; `buffer` makes each column's memory (ArrayBuffer, or SharedArrayBuffer for worker threads).
 * `deterministic` holds the deterministic p(M) by position (the origin of the narrow projected column).
 */
export function allocateStore(net: Network, iterations: number, blocks: number, buffer: (bytes: number) => ArrayBufferLike, deterministic: Int32Array, wide = false): SampleStore {
  const q = net.quantityKind.length;
  const bits = drawBits(net);
  const cells = q * iterations;
  const origin = new Int32Array(buffer(net.n * 4));
  if (!wide) origin.set(deterministic);
  return {
    iterations,
    projected: wide ? new Int32Array(buffer(net.n * iterations * 4)) : new Int16Array(buffer(net.n * iterations * 2)),
    origin,
    draws: bits === 8 ? new Int8Array(buffer(cells)) : bits === 16 ? new Int16Array(buffer(cells * 2)) : new Int32Array(buffer(cells * 4)),
    critical: new Uint32Array(buffer(blocks * net.n * 4)),
    overflow: new Int32Array(buffer(4)),
  };
}

/** The width every draw fits (a draw lies between its estimate's min and max, or is 0). */
function drawBits(net: Network): 8 | 16 | 32 {
  let lo = 0;
  let hi = 0;
  for (const e of [net.lag, net.duration, net.impact]) {
    for (let i = 0; i < e.min.length; i++) {
      if (e.min[i]! < lo) lo = e.min[i]!;
      if (e.max[i]! > hi) hi = e.max[i]!;
    }
  }
  return lo >= -128 && hi <= 127 ? 8 : lo >= -32768 && hi <= 32767 ? 16 : 32;
}

/** p(M) − origin[k] of position k, in iteration order (a view, no copy): ranks and counts are the same as of p(M). */
export function offsetsOf(store: SampleStore, k: number): Int16Array | Int32Array {
  return store.projected.subarray(k * store.iterations, (k + 1) * store.iterations);
}

/** The p(M) samples of position k as day numbers (a copy). */
export function samplesOf(store: SampleStore, k: number): Int32Array {
  const out = Int32Array.from(offsetsOf(store, k));
  const origin = store.origin[k]!;
  for (let i = 0; i < out.length; i++) out[i]! += origin;
  return out;
}

/** The draws of quantity q, in iteration order (a view, no copy). */
export function drawsOf(store: SampleStore, q: number): Column {
  return store.draws.subarray(q * store.iterations, (q + 1) * store.iterations);
}

/** Iterations in which position k was critical, summed over the blocks. */
export function criticalCount(store: SampleStore, n: number, k: number): number {
  let sum = 0;
  for (let at = k; at < store.critical.length; at += n) sum += store.critical[at]!;
  return sum;
}
