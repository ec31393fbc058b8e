// The samples of one run as flat typed-array columns, written in place by the blocks (on any thread) and read by the
// summary: no per-block copies, no boxed arrays. On worker threads the buffers are SharedArrayBuffers.
import type { Network } from './network.js';

/** Whole-day draws: Int16 when every estimate fits (the usual case, half the memory), else Int32. */
export type DrawColumn = Int16Array | Int32Array;

export interface SampleStore {
  readonly iterations: number;
  /** p(M) by position, then iteration: projected[k * iterations + i] (day numbers). */
  readonly projected: Int32Array;
  /** The drawn value of each sampled quantity (a risk event's delay, 0 when it did not occur): draws[q * iterations + i]. */
  readonly draws: DrawColumn;
  /** Iterations in which each position was critical, per block: critical[block * n + k]. */
  readonly critical: Uint32Array;
}

/** Allocates a store; `buffer` makes each column's memory (ArrayBuffer, or SharedArrayBuffer for worker threads). */
export function allocateStore(net: Network, iterations: number, blocks: number, buffer: (bytes: number) => ArrayBufferLike): SampleStore {
  const q = net.quantityKind.length;
  const wide = !drawsFitInt16(net);
  return {
    iterations,
    projected: new Int32Array(buffer(net.n * iterations * 4)),
    draws: wide ? new Int32Array(buffer(q * iterations * 4)) : new Int16Array(buffer(q * iterations * 2)),
    critical: new Uint32Array(buffer(blocks * net.n * 4)),
  };
}

/** True when every draw (between an estimate's min and max, or 0) fits a signed 16-bit integer. */
function drawsFitInt16(net: Network): boolean {
  for (const e of [net.lag, net.duration, net.impact]) {
    for (let i = 0; i < e.min.length; i++) if (e.min[i]! < -32768 || e.max[i]! > 32767) return false;
  }
  return true;
}

/** The p(M) samples of position k, in iteration order (a view, no copy). */
export function samplesOf(store: SampleStore, k: number): Int32Array {
  return store.projected.subarray(k * store.iterations, (k + 1) * store.iterations);
}

/** The draws of quantity q, in iteration order (a view, no copy). */
export function drawsOf(store: SampleStore, q: number): DrawColumn {
  return store.draws.subarray(q * store.iterations, (q + 1) * store.iterations);
}

/** Iterations in which position k was critical, summed over the blocks. */
export function criticalCount(store: SampleStore, n: number, k: number): number {
  let sum = 0;
  for (let at = k; at < store.critical.length; at += n) sum += store.critical[at]!;
  return sum;
}
