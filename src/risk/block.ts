// A block of iterations (SPEC §11): the kernel's draws and passes written into the sample store, and the p(M) at the
// likely values that the narrow store counts from. Shared by the sequential runner and the worker threads.
import { Simulator } from './kernel.js';
import type { Network } from './network.js';
import { BLOCK_SIZE, blockStream } from './sampling.js';
import type { SampleStore } from './store.js';

/** Iterations buffered row-wise before they are written column-wise into the store (cache-friendly transposition). */
const TILE = 16;

/**
 * Runs iterations [block·BLOCK_SIZE, +count) of seed S into the store: p(M) and the draws at their iterations, and
 * the critical counts in the block's row. Allocates only its scratch rows, once per block.
 */
export function runBlock(net: Network, seed: number, block: number, count: number, store: SampleStore): void {
  const sim = new Simulator(net);
  const rng = blockStream(seed, block);
  const n = net.n;
  const q = net.quantityKind.length;
  const total = store.iterations;
  const first = block * BLOCK_SIZE;
  const rowsP = new Int32Array(TILE * n);
  const rowsD = new Int32Array(TILE * q);
  const critical = store.critical.subarray(block * n, (block + 1) * n);
  const projected = store.projected;
  const narrow = projected instanceof Int16Array;
  const origin = store.origin;
  const draws = store.draws;
  for (let i0 = 0; i0 < count; i0 += TILE) {
    const tile = Math.min(TILE, count - i0);
    for (let t = 0; t < tile; t++) {
      sim.draw(rng, rowsD, t * q);
      sim.pass();
      rowsP.set(sim.projected, t * n);
      const c = sim.critical;
      for (let k = 0; k < n; k++) critical[k]! += c[k]!;
    }
    for (let k = 0; k < n; k++) {
      const base = k * total + first + i0;
      const o = origin[k]!;
      for (let t = 0; t < tile; t++) {
        const v = rowsP[t * n + k]! - o;
        if (narrow && (v < -32768 || v > 32767)) store.overflow[0] = 1;
        projected[base + t] = v;
      }
    }
    for (let j = 0; j < q; j++) {
      const base = j * total + first + i0;
      for (let t = 0; t < tile; t++) draws[base + t] = rowsD[t * q + j]!;
    }
  }
}

/** p(M) by position with every estimate at its likely value and no risk event: the origin of the narrow store. */
export function likelyProjected(net: Network): Int32Array {
  const sim = new Simulator(net);
  sim.pass();
  return sim.projected;
}
