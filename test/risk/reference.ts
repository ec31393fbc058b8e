// The straightforward Monte Carlo the tallies replace (issue #18), for the property tests: every iteration's p(M),
// draws and critical flags kept in arrays, distributions counted from them, drivers ranked from the full columns by
// mid-ranks and Pearson's correlation (statistics.ts), as the sample store did before histograms.
import { DriverRanker, allocateScreen, MAX_CANDIDATES, SHORTLIST, type Found } from '../../src/risk/drivers.js';
import { Simulator } from '../../src/risk/kernel.js';
import type { Network } from '../../src/risk/network.js';
import { BLOCK_SIZE, blockStream } from '../../src/risk/sampling.js';
import { correlation, midRanks, round4 } from '../../src/risk/statistics.js';
import { allocateEndSamples } from '../../src/risk/store.js';

export interface ReferenceRun {
  /** p(M) of position k at iteration i: projected[k][i]. */
  readonly projected: Int32Array[];
  /** Draw of quantity q at iteration i. */
  readonly draws: Int32Array[];
  readonly critical: Uint32Array;
  readonly found: Found[][];
}

export function referenceRun(net: Network, iterations: number, seed: number, driverEnds: readonly number[]): ReferenceRun {
  const q = net.quantityKind.length;
  const projected = Array.from({ length: net.n }, () => new Int32Array(iterations));
  const draws = Array.from({ length: q }, () => new Int32Array(iterations));
  const critical = new Uint32Array(net.n);
  const row = new Int32Array(q);
  for (let first = 0, block = 0; first < iterations; first += BLOCK_SIZE, block++) {
    const sim = new Simulator(net);
    const rng = blockStream(seed, block);
    for (let i = first; i < Math.min(iterations, first + BLOCK_SIZE); i++) {
      sim.draw(rng, row, 0);
      sim.pass();
      for (let k = 0; k < net.n; k++) {
        projected[k]![i] = sim.projected[k]!;
        critical[k]! += sim.critical[k]!;
      }
      for (let j = 0; j < q; j++) draws[j]![i] = row[j]!;
    }
  }
  // The candidate search only (tested against a plain search in drivers.test.ts).
  const search = new DriverRanker(net, allocateEndSamples(net.n, [], 1, (b) => new ArrayBuffer(b), new Int32Array(net.n)), allocateScreen(net, 1, 1, (b) => new ArrayBuffer(b)));
  const size = Math.min(BLOCK_SIZE, iterations);
  const ranksOf = (values: Int32Array): Float64Array => {
    const out = new Float64Array(values.length);
    midRanks(values, out);
    return out;
  };
  const found = driverEnds.map((end) => {
    const candidates = search.candidates(end);
    expectAtMost(candidates.length, MAX_CANDIDATES);
    if (candidates.length === 0) return [];
    const y = ranksOf(projected[end]!.subarray(0, size)).map((r) => 2 * r - (size + 1));
    const yy = y.reduce((s, v) => s + v * v, 0);
    const scored = candidates.map((c) => {
      const x = ranksOf(draws[c]!.subarray(0, size)).map((r) => 2 * r - (size + 1));
      const xx = x.reduce((s, v) => s + v * v, 0);
      let dot = 0;
      for (let i = 0; i < size; i++) dot += x[i]! * y[i]!;
      return { q: c, score: xx * yy === 0 ? 0 : Math.abs(dot) / Math.sqrt(xx * yy) };
    });
    scored.sort((a, b) => b.score - a.score || a.q - b.q);
    const endRanks = ranksOf(projected[end]!);
    const out: Found[] = [];
    for (const { q: c } of scored.slice(0, SHORTLIST).filter((s) => s.score > 0 || size < iterations)) {
      const rho = round4(correlation(ranksOf(draws[c]!), endRanks));
      if (rho !== 0) out.push({ q: c, rho });
    }
    return out;
  });
  return { projected, draws, critical, found };
}

function expectAtMost(n: number, max: number): void {
  if (n > max) throw new Error(`${n} candidates > ${max}`);
}
