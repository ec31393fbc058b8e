// The block plan of a run and the sequential runner (tests, --jobs 1, small runs); cli/risk-pool.ts runs the same
// steps on worker threads over shared memory. Both give the same bytes: blocks write disjoint iterations.
import { allocateScreen, DriverRanker, screenRanks, type Found } from './drivers.js';
import { likelyProjected, runBlock } from './block.js';
import type { Network } from './network.js';
import { BLOCK_SIZE } from './sampling.js';
import { allocateStore, type SampleStore } from './store.js';

/** Iterations of each block: BLOCK_SIZE each, the last one the rest. */
export function blockCounts(iterations: number): number[] {
  const counts: number[] = [];
  for (let first = 0; first < iterations; first += BLOCK_SIZE) counts.push(Math.min(BLOCK_SIZE, iterations - first));
  return counts;
}

export interface Simulation {
  readonly store: SampleStore;
  /** The shortlisted drivers of each requested end position, in request order. */
  readonly found: readonly (readonly Found[])[];
}

/**
 * Runs every block, then ranks the drivers of `driverEnds` (positions), on this thread. A draw more than 89 years
 * from the deterministic date does not fit the narrow store: the run is then repeated with Int32 dates.
 */
export function simulateSequential(net: Network, iterations: number, seed: number, driverEnds: readonly number[] = [], wide = false): Simulation {
  const counts = blockCounts(iterations);
  const store = allocateStore(net, iterations, counts.length, (bytes) => new ArrayBuffer(bytes), likelyProjected(net), wide);
  counts.forEach((count, block) => runBlock(net, seed, block, count, store));
  if (store.overflow[0] === 1) return simulateSequential(net, iterations, seed, driverEnds, true);
  if (driverEnds.length === 0) return { store, found: [] };
  const screen = allocateScreen(net, store, BLOCK_SIZE, (bytes) => new ArrayBuffer(bytes));
  screenRanks(store, screen, 0, net.quantityKind.length);
  const ranker = new DriverRanker(net, store, screen);
  return { store, found: driverEnds.map((end) => ranker.rank(end)) };
}
