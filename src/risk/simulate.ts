// The block plan of a run and a sequential runner (tests, --jobs 1); cli/ runs the same blocks on worker threads.
import { runBlock, type BlockResult } from './kernel.js';
import type { Network } from './network.js';
import { BLOCK_SIZE } from './sampling.js';

/** Iterations of each block: BLOCK_SIZE each, the last one the rest. */
export function blockCounts(iterations: number): number[] {
  const counts: number[] = [];
  for (let first = 0; first < iterations; first += BLOCK_SIZE) counts.push(Math.min(BLOCK_SIZE, iterations - first));
  return counts;
}

export function simulateSequential(net: Network, iterations: number, seed: number): BlockResult[] {
  return blockCounts(iterations).map((count, block) => runBlock(net, seed, block, count));
}
