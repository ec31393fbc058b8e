// What a run keeps (SPEC §11, issue #18). Per thread, a Tally filled while sampling: a histogram of p(M) per position,
// of the draws per sampled quantity, and critical counts; tallies of any threads merge into the same exact counts.
// Shared by all threads, the EndSamples: p(M) of the milestones whose drivers are ranked, in iteration order, since
// Spearman's rho pairs each iteration's draw with that iteration's date. Every other p(M) and draw of every iteration
// is left behind: 100,000 milestones × 10,000 iterations needed 2 GB of Int16 columns.
import { DayHistograms, type HistogramData } from './histogram.js';
import type { Network } from './network.js';

/** Whole-day values of one column: the narrowest signed type that holds every value. */
export type Column = Int8Array | Int16Array | Int32Array;

export interface EndSamples {
  readonly iterations: number;
  /** The slot of each position whose p(M) is kept, else -1. */
  readonly slot: Int32Array;
  /**
   * p(M) of slot s at iteration i, as days from origin[s]: values[s * iterations + i]. Int16 (origin = the
   * first iteration's date, block.ts firstProjected) unless `wide`, then Int32 (origin 0). Later overwritten by centred ranks (drivers.ts).
   */
  readonly values: Int16Array | Int32Array;
  readonly origin: Int32Array;
  /** Set to 1 by a block that drew a date more than 32,767 days from its origin (then rerun `wide`). */
  readonly overflow: Int32Array;
}

/**
 * Allocates the kept samples of the positions `ends` (each at most once); `buffer` makes each array's memory
 * (ArrayBuffer, or SharedArrayBuffer for worker threads). `deterministic` holds the origin p(M) by position
 * (block.ts firstProjected).
 * Int32 values when `wide` or when the ranks written over them later (±iterations) do not fit Int16.
 */
export function allocateEndSamples(n: number, ends: readonly number[], iterations: number, buffer: (bytes: number) => ArrayBufferLike, deterministic: Int32Array, wide = false): EndSamples {
  const slot = new Int32Array(buffer(n * 4)).fill(-1);
  const origin = new Int32Array(buffer(Math.max(1, ends.length) * 4));
  let slots = 0;
  for (const k of ends) {
    if (slot[k] !== -1) continue;
    slot[k] = slots;
    origin[slots] = wide ? 0 : deterministic[k]!;
    slots++;
  }
  const cells = slots * iterations;
  const narrow = !wide && iterations <= 32768;
  return {
    iterations, slot, origin,
    values: narrow ? new Int16Array(buffer(cells * 2)) : new Int32Array(buffer(cells * 4)),
    overflow: new Int32Array(buffer(4)),
  };
}

/** One thread's counts: p(M) by position, draws by quantity, critical iterations by position. */
export interface Tally {
  readonly projected: DayHistograms;
  readonly draws: DayHistograms;
  readonly critical: Uint32Array;
}

export interface TallyData {
  readonly projected: HistogramData;
  readonly draws: HistogramData;
  readonly critical: Uint32Array;
}

/**
 * An empty tally for a thread that counts about `expectedSamples` iterations (0: not known; a hint for the sparse
 * histograms' room, histogram.ts: any count stays exact).
 */
export function newTally(net: Network, expectedSamples = 0): Tally {
  return {
    projected: new DayHistograms(net.n, undefined, expectedSamples),
    draws: new DayHistograms(net.quantityKind.length),
    critical: new Uint32Array(net.n),
  };
}

/** The tally's arrays, and the buffers to transfer with them; the tally is not to be used again (handOver). */
export function tallyData(t: Tally): { data: TallyData; transfer: ArrayBuffer[] } {
  const data = { projected: t.projected.handOver(), draws: t.draws.handOver(), critical: t.critical };
  const transfer = [data.projected, data.draws].flatMap((h) => [h.lo, h.cap, h.at, h.low, h.carries, h.sparse, h.sparseStart, h.sparseDays, h.sparseCounts]).map((a) => a.buffer as ArrayBuffer);
  return { data, transfer: [...transfer, data.critical.buffer as ArrayBuffer] };
}

export function tallyFrom(net: Network, d: TallyData): Tally {
  return {
    projected: new DayHistograms(net.n, d.projected),
    draws: new DayHistograms(net.quantityKind.length, d.draws),
    critical: d.critical,
  };
}

/** Adds another thread's tally, as it arrived, into `into` (DayHistograms.mergeData: no set is made of it). */
export function mergeTallyData(into: Tally, d: TallyData): void {
  into.projected.mergeData(d.projected);
  into.draws.mergeData(d.draws);
  for (let k = 0; k < into.critical.length; k++) into.critical[k]! += d.critical[k]!;
}

/** The width every draw fits (a draw lies between its estimate's min and max, or is 0). */
export function drawBits(net: Network): 8 | 16 | 32 {
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

/** A column of `cells` draws of the width drawBits gives. */
export function drawColumn(net: Network, cells: number, buffer: (bytes: number) => ArrayBufferLike): Column {
  const bits = drawBits(net);
  return bits === 8 ? new Int8Array(buffer(cells)) : bits === 16 ? new Int16Array(buffer(cells * 2)) : new Int32Array(buffer(cells * 4));
}
