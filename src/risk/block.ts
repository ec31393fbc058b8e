// A block of iterations (SPEC §11): the kernel's draws and passes counted into a thread's tally, and the p(M) of the
// kept ends written at their iterations. Shared by the sequential runner and the worker threads.
import type { Screen } from './drivers.js';
import { Simulator } from './kernel.js';
import type { Network } from './network.js';
import { BLOCK_SIZE, blockStream } from './sampling.js';
import type { Column, EndSamples, Tally } from './store.js';

/** Iterations of draws buffered row-wise before they are counted column-wise (one histogram window per column). */
const TILE = 16;

/**
 * Runs iterations [block·BLOCK_SIZE, +count) of seed S: counts p(M), the draws and the critical positions into
 * `tally`, and writes the kept ends' p(M) at their iterations. A position's p(M) and criticality are counted a run
 * at a time: from the iteration it took them to the one the kernel changed them (Simulator.moved, flipped), so an
 * iteration costs what it changed, not the 100,000 positions of a network (most keep their dates from one
 * iteration to the next). Allocates only its scratch arrays, once per block. With `screened`, block 0 also writes the
 * draws of the screened quantities of its first screen.size iterations into screened.column (row r's at r·size + i):
 * the screen's draws without drawing the block a second time.
 */
export function runBlock(net: Network, seed: number, block: number, count: number, tally: Tally, ends: EndSamples, screened?: FirstDraws): void {
  if (count === 0) return;
  const sim = new Simulator(net);
  const rng = blockStream(seed, block);
  const n = net.n;
  const q = net.quantityKind.length;
  const total = ends.iterations;
  const first = block * BLOCK_SIZE;
  const rowsD = new Int32Array(TILE * q);
  const { projected: hp, draws: hd, critical } = tally;
  const { slot, values, origin } = ends;
  const narrow = values instanceof Int16Array;
  // The run of each position: its p(M) and criticality since iteration dayFrom / criticalFrom of the block.
  const day = new Int32Array(n);
  const dayFrom = new Int32Array(n);
  const isCritical = new Uint8Array(n);
  const criticalFrom = new Int32Array(n);
  /** Counts position k's run of p(M) that ends before iteration `until`, and writes it as a kept end's samples. */
  const endDay = (k: number, until: number): void => {
    hp.add(k, day[k]!, until - dayFrom[k]!);
    const s = slot[k]!;
    if (s >= 0) {
      const v = day[k]! - origin[s]!;
      if (narrow && (v < -32768 || v > 32767)) ends.overflow[0] = 1;
      values.fill(v, s * total + first + dayFrom[k]!, s * total + first + until);
    }
  };
  const { projected, moved, flipped } = sim;
  const c = sim.critical;
  for (let i0 = 0; i0 < count; i0 += TILE) {
    const tile = Math.min(TILE, count - i0);
    for (let t = 0; t < tile; t++) {
      const i = i0 + t;
      sim.draw(rng, rowsD, t * q);
      sim.pass();
      if (i === 0) {
        // The block's first pass sets every position (a full pass).
        day.set(projected);
        isCritical.set(c);
        continue;
      }
      for (let x = 0; x < sim.movedCount; x++) {
        const k = moved[x]!;
        endDay(k, i);
        day[k] = projected[k]!;
        dayFrom[k] = i;
      }
      for (let x = 0; x < sim.flippedCount; x++) {
        const k = flipped[x]!;
        critical[k]! += isCritical[k]! * (i - criticalFrom[k]!);
        isCritical[k] = c[k]!;
        criticalFrom[k] = i;
      }
    }
    for (let j = 0; j < q; j++) hd.addColumn(j, rowsD, j, q, tile);
    if (screened !== undefined && block === 0) keepFirst(screened, rowsD, q, i0, tile);
  }
  for (let k = 0; k < n; k++) {
    endDay(k, count);
    critical[k]! += isCritical[k]! * (count - criticalFrom[k]!);
  }
}

/** Where block 0 leaves the first draws of the screened quantities (Screen: rows, size). */
export interface FirstDraws {
  readonly screen: Screen;
  readonly column: Column;
}

/** Copies the screened quantities' draws of tile rows (iterations i0 .. i0 + tile − 1) below screen.size into first.column. */
function keepFirst(first: FirstDraws, rows: Int32Array, q: number, i0: number, tile: number): void {
  const { size, quantities } = first.screen;
  const column = first.column;
  const last = Math.min(tile, size - i0);
  for (let r = 0; r < quantities.length; r++) {
    const j = quantities[r]!;
    for (let t = 0; t < last; t++) column[r * size + i0 + t] = rows[t * q + j]!;
  }
}

/**
 * p(M) by position in the run's first iteration (block 0's first draws of seed S): the origin of the narrow samples.
 * The likely values were the origin before, but on a long chain of skewed estimates the draws drift far from them
 * (risky-100000: the end's p(M) some 60,000 days after its likely date, where Int16 reaches 32,767) and every run
 * was made twice, the second time with Int32 samples; a mean-values pass rounds each range to whole days and drifts
 * as far. A drawn date lies within its distribution's spread of every other draw. The origin only places the
 * samples: any origin gives the same results.
 */
export function firstProjected(net: Network, seed: number): Int32Array {
  const sim = new Simulator(net);
  sim.draw(blockStream(seed, 0), new Int32Array(net.quantityKind.length), 0);
  sim.pass();
  return sim.projected;
}
