// The block plan of a run and the sequential runner (tests, --jobs 1, small runs); cli/risk-pool.ts runs the same
// steps on worker threads. Both give the same bytes: tallies are exact counts, kept samples sit at their iterations,
// and the correlation sums are exact in any grouping (or summed in block order, correlation.ts).
import { allocateScreen, candidateLists, DriverRanker, screenRanks, type Found } from './drivers.js';
import { firstProjected, runBlock, type FirstDraws } from './block.js';
import { centreEndRanks, correlateBlock, foundDrivers, newSums, planPairs, type PairPlan, type PairSums } from './correlation.js';
import type { Network } from './network.js';
import { BLOCK_SIZE } from './sampling.js';
import { allocateEndSamples, drawColumn, newTally, type EndSamples, type Tally } from './store.js';

/** Iterations of each block: BLOCK_SIZE each, the last one the rest. */
export function blockCounts(iterations: number): number[] {
  const counts: number[] = [];
  for (let first = 0; first < iterations; first += BLOCK_SIZE) counts.push(Math.min(BLOCK_SIZE, iterations - first));
  return counts;
}

export interface Simulation {
  /** Iterations run. */
  readonly iterations: number;
  /** Histograms of p(M) by position and of the draws by quantity; critical iterations by position. */
  readonly tally: Tally;
  /** The shortlisted drivers of each requested end position, in request order. */
  readonly found: readonly (readonly Found[])[];
}

const plain = (bytes: number): ArrayBuffer => new ArrayBuffer(bytes);

/**
 * Runs every block, then ranks the drivers of `driverEnds` (positions), on this thread. A draw more than 89 years
 * from the deterministic date does not fit the narrow kept samples: the run is then repeated with Int32 dates.
 * `onBlock` is told the iterations done after each block (a progress line: cli/commands/risk.ts); it starts again
 * from 0 when the run is repeated.
 */
export function simulateSequential(net: Network, iterations: number, seed: number, driverEnds: readonly number[] = [], wide = false, onBlock?: (done: number) => void): Simulation {
  const counts = blockCounts(iterations);
  const ends = allocateEndSamples(net.n, driverEnds, iterations, plain, firstProjected(net, seed), wide);
  const tally = newTally(net, iterations);
  const first = driverEnds.length === 0 ? undefined : allocateFirstDraws(net, iterations, driverEnds, plain);
  let done = 0;
  counts.forEach((count, block) => {
    runBlock(net, seed, block, count, tally, ends, first);
    onBlock?.((done += count));
  });
  if (ends.overflow[0] === 1) return simulateSequential(net, iterations, seed, driverEnds, true, onBlock);
  if (first === undefined) return { iterations, tally, found: [] };
  const { screen } = first;
  screenRanks(first.column, screen, 0, screen.quantities.length);
  const ranker = new DriverRanker(net, ends, screen);
  const shortlists = driverEnds.map((end) => ranker.shortlist(end));
  const prepared = prepareCorrelation(driverEnds, shortlists, ends, tally);
  counts.forEach((count, block) => correlateBlock(net, seed, block, count, prepared.plan.pairs, ends, prepared.sums, first));
  return { iterations, tally, found: foundDrivers(prepared.plan, prepared.sums, prepared.syy) };
}

/**
 * The screen of the quantities the candidate searches of `driverEnds` meet, and the column runBlock writes their
 * first block's draws into; `buffer` makes each array's memory.
 */
export function allocateFirstDraws(net: Network, iterations: number, driverEnds: readonly number[], buffer: (bytes: number) => ArrayBufferLike): FirstDraws {
  const { quantities, lists } = candidateLists(net, driverEnds, buffer);
  const screen = allocateScreen(net, iterations, BLOCK_SIZE, buffer, quantities, lists);
  return { screen, column: drawColumn(net, screen.quantities.length * screen.size, buffer) };
}

export interface PreparedCorrelation {
  readonly plan: PairPlan;
  readonly syy: readonly number[];
  readonly sums: PairSums;
}

/** The pairs of the shortlists, the end ranks centred in place (with their syy), and zero sums for correlateBlock. */
export function prepareCorrelation(driverEnds: readonly number[], shortlists: readonly (readonly number[])[], ends: EndSamples, tally: Tally): PreparedCorrelation {
  const plan = planPairs(driverEnds, shortlists, ends, tally.draws);
  const syy = driverEnds.map((end, j) => (shortlists[j]!.length === 0 ? 0 : centreEndRanks(ends, ends.slot[end]!, tally.projected, end)));
  return { plan, syy, sums: newSums(plan.pairs) };
}
