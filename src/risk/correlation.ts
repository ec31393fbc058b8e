// Spearman's rho of each shortlisted driver with p(end) over every iteration (SPEC §11), without keeping the draws:
// after the run, the draws are drawn again block by block (the same seeded streams give the same values) and paired
// with the kept p(end) of their iteration. The sums are those of statistics.ts correlation on the mid-ranks, term
// by term in iteration order, so rho is the same double. Up to 2^17 iterations every term and partial sum is a
// multiple of 1/4 below 2^51 (exact in a double), so blocks may be summed on any thread in any grouping; beyond,
// the blocks are summed in order on one thread.
import type { FirstDraws } from './block.js';
import { Simulator } from './kernel.js';
import type { Network } from './network.js';
import { BLOCK_SIZE, blockStream } from './sampling.js';
import type { DayHistograms } from './histogram.js';
import type { EndSamples } from './store.js';
import type { Found } from './drivers.js';
import { lastAtMost, round4 } from './statistics.js';

/** Iterations up to which the correlation sums are exact (see above), so any grouping of blocks gives them. */
export const EXACT_ITERATIONS = 1 << 17;

/** The (quantity, end) pairs to correlate, grouped by quantity, with each quantity's centred mid-rank by value. */
export interface Pairs {
  /** Distinct shortlisted quantities, ascending. */
  readonly quantities: Int32Array;
  /** Pairs of quantities[j]: start[j] .. start[j + 1]. */
  readonly start: Int32Array;
  /** Slot (EndSamples) of each pair's end. */
  readonly slot: Int32Array;
  /**
   * quantities[j]'s draw v has centred mid-rank centred[at[j] + v − lo[j]] when its draw histogram is dense
   * (sparse[j] = 0); when sparse (1), centred[i] for the i in at[j] .. at[j + 1] − 1 with days[i] = v (bisection).
   */
  readonly lo: Int32Array;
  readonly at: Int32Array;
  readonly centred: Float64Array;
  readonly sparse: Uint8Array;
  /** The drawn days of the sparse quantities' entries (0 in the dense quantities' places). */
  readonly days: Int32Array;
}

/** The pair sums: sxy by pair, sxx by quantity (Pairs.quantities order). */
export interface PairSums {
  readonly sxy: Float64Array;
  readonly sxx: Float64Array;
}

/** Where each end's shortlisted quantities went in Pairs: pairOf[j][r] is the pair of shortlists[j][r]. */
export interface PairPlan {
  readonly pairs: Pairs;
  readonly pairOf: readonly (readonly number[])[];
  readonly quantityOf: readonly (readonly number[])[];
}

/**
 * The pairs of `shortlists[j]` (quantities of the end at position ends[j]) and each quantity's centred mid-ranks
 * (mid-rank − (iterations + 1) / 2, as correlation computes them) from its draw histogram.
 */
export function planPairs(ends: readonly number[], shortlists: readonly (readonly number[])[], samples: EndSamples, draws: DayHistograms): PairPlan {
  const byQuantity = new Map<number, { slot: number; j: number; r: number }[]>();
  shortlists.forEach((list, j) => list.forEach((q, r) => {
    let l = byQuantity.get(q);
    if (l === undefined) byQuantity.set(q, (l = []));
    l.push({ slot: samples.slot[ends[j]!]!, j, r });
  }));
  const quantities = Int32Array.from([...byQuantity.keys()].sort((a, b) => a - b));
  const start = new Int32Array(quantities.length + 1);
  const slot: number[] = [];
  const pairOf = shortlists.map((l) => new Array<number>(l.length).fill(-1));
  const lo = new Int32Array(quantities.length);
  const at = new Int32Array(quantities.length + 1);
  const sparse = new Uint8Array(quantities.length);
  const tables: Float64Array[] = [];
  const dayTables: (Int32Array | undefined)[] = [];
  const mean = (samples.iterations + 1) / 2;
  quantities.forEach((q, j) => {
    start[j] = slot.length;
    for (const p of byQuantity.get(q)!) {
      pairOf[p.j]![p.r] = slot.length;
      slot.push(p.slot);
    }
    const dist = draws.distribution(q);
    const table = new Float64Array(dist.counts.length);
    let below = 0;
    for (let i = 0; i < dist.counts.length; i++) {
      const c = dist.counts[i]!;
      table[i] = below + (c + 1) / 2 - mean;
      below += c;
    }
    lo[j] = dist.min;
    sparse[j] = dist.days === undefined ? 0 : 1;
    at[j + 1] = at[j]! + table.length;
    tables.push(table);
    dayTables.push(dist.days);
  });
  start[quantities.length] = slot.length;
  const centred = new Float64Array(at[quantities.length]!);
  const days = new Int32Array(sparse.includes(1) ? centred.length : 0);
  tables.forEach((t, j) => centred.set(t, at[j]!));
  dayTables.forEach((d, j) => {
    if (d !== undefined) days.set(d, at[j]!);
  });
  return { pairs: { quantities, start, slot: Int32Array.from(slot), lo, at, centred, sparse, days }, pairOf, quantityOf: shortlists };
}

/**
 * Overwrites the kept p(end) of slot s with 2·(mid-rank − (iterations + 1) / 2), an integer in ±(iterations − 1),
 * the mid-ranks from the end's histogram; returns Σ (mid-rank − mean)² in iteration order (correlation's syy). A
 * sparse histogram's entry of each date is found by bisection: O(iterations · log days drawn), not O(range).
 */
export function centreEndRanks(samples: EndSamples, s: number, histogram: DayHistograms, k: number): number {
  const n = samples.iterations;
  const dist = histogram.distribution(k);
  const table = new Int32Array(dist.counts.length);
  let below = 0;
  for (let i = 0; i < dist.counts.length; i++) {
    const c = dist.counts[i]!;
    table[i] = 2 * below + c - n;
    below += c;
  }
  const values = samples.values;
  const days = dist.days;
  const origin = samples.origin[s]!;
  const shift = origin - dist.min;
  let syy = 0;
  for (let i = s * n, end = (s + 1) * n; i < end; i++) {
    const y2 = days === undefined ? table[values[i]! + shift]! : table[lastAtMost(days, 0, days.length, values[i]! + origin)]!;
    values[i] = y2;
    const dy = y2 * 0.5;
    syy += dy * dy;
  }
  return syy;
}

/** Draws per tile of the replay: the rows of a tile are read column by column. */
const TILE = 16;

/**
 * Adds the terms of iterations [block·BLOCK_SIZE, +count) to `sums`, each pair's in iteration order: the draws again
 * from the block's stream, paired with the centred end ranks (centreEndRanks) of the same iterations. Block 0 reads
 * its draws from `screened` (block.ts runBlock kept those of every screened quantity, and a shortlisted quantity is a
 * screened one) instead of drawing the block again: a run of up to 250 iterations then draws once, not twice
 * (risky-100000 at 100 iterations: 210,000 quantities redrawn per iteration for 500 needed).
 */
export function correlateBlock(net: Network, seed: number, block: number, count: number, pairs: Pairs, samples: EndSamples, sums: PairSums, screened?: FirstDraws): void {
  const kept = block === 0 && screened !== undefined && keepsAll(screened, pairs.quantities, count) ? screened : undefined;
  const sim = kept === undefined ? new Simulator(net) : undefined;
  const rng = kept === undefined ? blockStream(seed, block) : undefined;
  const q = net.quantityKind.length;
  const rows = new Int32Array(TILE * q);
  const dx = new Float64Array(TILE);
  const { quantities, start, slot, lo, at, centred, sparse, days } = pairs;
  const needed = new Uint8Array(q);
  for (let j = 0; j < quantities.length; j++) needed[quantities[j]!] = 1;
  const { sxy, sxx } = sums;
  const y = samples.values;
  const n = samples.iterations;
  const first = block * BLOCK_SIZE;
  for (let i0 = 0; i0 < count; i0 += TILE) {
    const tile = Math.min(TILE, count - i0);
    if (kept !== undefined) copyKept(kept, quantities, rows, q, i0, tile);
    else for (let t = 0; t < tile; t++) sim!.redraw(rng!, rows, t * q, needed);
    for (let j = 0; j < quantities.length; j++) {
      const column = quantities[j]!;
      let ss = sxx[j]!;
      if (sparse[j] === 0) {
        const base = at[j]! - lo[j]!;
        for (let t = 0; t < tile; t++) {
          const d = centred[base + rows[t * q + column]!]!;
          dx[t] = d;
          ss += d * d;
        }
      } else {
        // A sparse draw histogram: each draw's entry by bisection of its days.
        const from = at[j]!;
        const to = at[j + 1]!;
        for (let t = 0; t < tile; t++) {
          const d = centred[lastAtMost(days, from, to, rows[t * q + column]!)]!;
          dx[t] = d;
          ss += d * d;
        }
      }
      sxx[j] = ss;
      for (let p = start[j]!; p < start[j + 1]!; p++) {
        const from = slot[p]! * n + first + i0;
        let s = sxy[p]!;
        for (let t = 0; t < tile; t++) s += dx[t]! * (y[from + t]! * 0.5);
        sxy[p] = s;
      }
    }
  }
}

/** Whether `first` holds the draws of every one of `quantities` for `count` iterations. */
function keepsAll(first: FirstDraws, quantities: Int32Array, count: number): boolean {
  if (count > first.screen.size) return false;
  for (let j = 0; j < quantities.length; j++) if (first.screen.row[quantities[j]!]! < 0) return false;
  return true;
}

/** The kept draws of `quantities` for iterations i0 .. i0 + tile − 1 of block 0 into rows (rows[t·q + quantity]). */
function copyKept(first: FirstDraws, quantities: Int32Array, rows: Int32Array, q: number, i0: number, tile: number): void {
  const { size, row } = first.screen;
  const column = first.column;
  for (let j = 0; j < quantities.length; j++) {
    const quantity = quantities[j]!;
    const from = row[quantity]! * size + i0;
    for (let t = 0; t < tile; t++) rows[t * q + quantity] = column[from + t]!;
  }
}

export function newSums(pairs: Pairs): PairSums {
  return { sxy: new Float64Array(pairs.slot.length), sxx: new Float64Array(pairs.quantities.length) };
}

/** Adds `other` into `into` (exact below EXACT_ITERATIONS). */
export function addSums(into: PairSums, other: PairSums): void {
  for (let p = 0; p < into.sxy.length; p++) into.sxy[p]! += other.sxy[p]!;
  for (let j = 0; j < into.sxx.length; j++) into.sxx[j]! += other.sxx[j]!;
}

/** Each end's found drivers: rho rounded to 4 decimals, those ≠ 0, in shortlist order (syy by end index). */
export function foundDrivers(plan: PairPlan, sums: PairSums, syy: readonly number[]): Found[][] {
  const { pairs } = plan;
  const quantityIndex = new Map<number, number>();
  pairs.quantities.forEach((q, j) => quantityIndex.set(q, j));
  return plan.quantityOf.map((list, j) => {
    const found: Found[] = [];
    list.forEach((q, r) => {
      const sxx = sums.sxx[quantityIndex.get(q)!]!;
      const yy = syy[j]!;
      const rho = round4(sxx === 0 || yy === 0 ? 0 : sums.sxy[plan.pairOf[j]![r]!]! / Math.sqrt(sxx * yy));
      if (rho !== 0) found.push({ q, rho });
    });
    return found;
  });
}
