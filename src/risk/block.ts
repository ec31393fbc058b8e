// A block of iterations (SPEC §11): the kernel's draws and passes counted into a thread's tally, and the p(M) of the
// kept ends written at their iterations. Shared by the sequential runner and the worker threads.
import { Simulator } from './kernel.js';
import type { Network } from './network.js';
import { BLOCK_SIZE, blockStream } from './sampling.js';
import type { Column, EndSamples, Tally } from './store.js';
import { variableParts } from './variable.js';

/** Iterations buffered row-wise before they are counted column-wise (one histogram window per column). */
const TILE = 16;

/**
 * Runs iterations [block·BLOCK_SIZE, +count) of seed S: counts p(M), the draws and the critical positions into
 * `tally`, and writes the kept ends' p(M) at their iterations. Positions that no draw can move (variableParts) keep
 * the first pass's date and criticality in every iteration: counted once for the block. Allocates only its scratch
 * rows, once per block.
 */
export function runBlock(net: Network, seed: number, block: number, count: number, tally: Tally, ends: EndSamples): void {
  const sim = new Simulator(net);
  const rng = blockStream(seed, block);
  const n = net.n;
  const q = net.quantityKind.length;
  const { forward, backward, forwardMask } = variableParts(net);
  const backwardMask = new Uint8Array(n);
  for (let x = 0; x < backward.length; x++) backwardMask[backward[x]!] = 1;
  const vf = forward.length;
  const vb = backward.length;
  const total = ends.iterations;
  const first = block * BLOCK_SIZE;
  const rowsP = new Int32Array(TILE * vf);
  const rowsD = new Int32Array(TILE * q);
  const { projected: hp, draws: hd, critical } = tally;
  const slot = ends.slot;
  const values = ends.values;
  const narrow = values instanceof Int16Array;
  const origin = ends.origin;
  // Kept ends among the variable positions: their index in `forward` and their slot.
  const keptAt: number[] = [];
  const keptSlot: number[] = [];
  for (let x = 0; x < vf; x++) {
    const s = slot[forward[x]!]!;
    if (s >= 0) {
      keptAt.push(x);
      keptSlot.push(s);
    }
  }
  for (let i0 = 0; i0 < count; i0 += TILE) {
    const tile = Math.min(TILE, count - i0);
    for (let t = 0; t < tile; t++) {
      sim.draw(rng, rowsD, t * q);
      sim.pass();
      const p = sim.projected;
      const base = t * vf;
      for (let x = 0; x < vf; x++) rowsP[base + x] = p[forward[x]!]!;
      const c = sim.critical;
      for (let x = 0; x < vb; x++) {
        const k = backward[x]!;
        critical[k]! += c[k]!;
      }
    }
    for (let x = 0; x < vf; x++) hp.addColumn(forward[x]!, rowsP, x, vf, tile);
    for (let j = 0; j < q; j++) hd.addColumn(j, rowsD, j, q, tile);
    for (let e = 0; e < keptAt.length; e++) {
      const x = keptAt[e]!;
      const s = keptSlot[e]!;
      const o = origin[s]!;
      const at = s * total + first + i0;
      for (let t = 0; t < tile; t++) {
        const v = rowsP[t * vf + x]! - o;
        if (narrow && (v < -32768 || v > 32767)) ends.overflow[0] = 1;
        values[at + t] = v;
      }
    }
  }
  // The positions no draw moves: the same date and criticality in each of the block's iterations.
  const p = sim.projected;
  const c = sim.critical;
  for (let k = 0; k < n; k++) {
    if (forwardMask[k] === 0) {
      if (count > 0) hp.add(k, p[k]!, count);
      const s = slot[k]!;
      if (s >= 0) values.fill(p[k]! - origin[s]!, s * total + first, s * total + first + count);
    }
    if (backwardMask[k] === 0) critical[k]! += c[k]! * count;
  }
}

/** The draws of iterations [block·BLOCK_SIZE, +count) again (the same stream, the same values), row by row. */
export function replayDraws(net: Network, seed: number, block: number, count: number, visit: (row: Int32Array, i: number) => void): void {
  const sim = new Simulator(net);
  const rng = blockStream(seed, block);
  const row = new Int32Array(net.quantityKind.length);
  for (let i = 0; i < count; i++) {
    sim.draw(rng, row, 0);
    visit(row, i);
  }
}

/** The draws of iterations [0, count) of block 0 into columns: out[q * count + i]. */
export function firstDraws(net: Network, seed: number, count: number, out: Column): void {
  const q = net.quantityKind.length;
  replayDraws(net, seed, 0, count, (row, i) => {
    for (let j = 0; j < q; j++) out[j * count + i] = row[j]!;
  });
}

/** p(M) by position with every estimate at its likely value and no risk event: the origin of the narrow samples. */
export function likelyProjected(net: Network): Int32Array {
  const sim = new Simulator(net);
  sim.pass();
  return sim.projected;
}
