// The tallies (issue #18) against the reference run that keeps every iteration (reference.ts): on random networks
// and iteration counts over several blocks, every position's histogram of p(M) is the distribution of its samples,
// the critical counts are the same, and the drivers (shortlist, rho to 4 decimals) are the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DayHistograms } from '../../src/risk/histogram.js';
import { positions } from '../../src/risk/analysis.js';
import { compileNetwork } from '../../src/risk/network.js';
import { simulateSequential } from '../../src/risk/simulate.js';
import { distributionOf } from '../../src/risk/statistics.js';
import { analyzeRandom, randomNetworkArb } from './random-network.js';
import { referenceRun } from './reference.js';

describe('day histograms', () => {
  it('count what distributionOf counts, in any order and split, merged', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -3000, max: 3000 }), { minLength: 1, maxLength: 400 }), fc.nat(), (values, cut) => {
      const split = cut % (values.length + 1);
      const a = new DayHistograms(3);
      const b = new DayHistograms(3);
      values.forEach((v, i) => (i < split ? a : b).add(1, v, 1));
      const col = Int32Array.from(values);
      const c = new DayHistograms(3);
      c.addColumn(2, col, 0, 1, col.length);
      a.mergeData(b.data());
      const expected = distributionOf(col);
      expect(a.distribution(1)).toEqual(expected);
      expect(c.distribution(2)).toEqual(expected);
      expect(a.cap[0]).toBe(0);
    }), { numRuns: 300 });
  });

  it('count past 255 a day (a byte and a carry), merged and posted', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -4, max: 40 }), { minLength: 1, maxLength: 3000 }), fc.nat(), (values, cut) => {
      const split = cut % (values.length + 1);
      const a = new DayHistograms(2);
      const b = new DayHistograms(2);
      a.addColumn(0, Int32Array.from(values.slice(0, split)), 0, 1, split);
      values.slice(split).forEach((v) => b.add(0, v, 1));
      b.add(1, 7, 1000);
      // As the main thread takes the first worker's counts (a set made of them) and adds the next one's arrays.
      const posted = new DayHistograms(2, b.data());
      posted.mergeData(a.data());
      expect(posted.distribution(0)).toEqual(distributionOf(Int32Array.from(values)));
      expect(posted.distribution(1)).toEqual({ min: 7, counts: Uint32Array.of(1000), total: 1000 });
    }), { numRuns: 200 });
  });
});

describe('a run tallied against the reference run', () => {
  it('has the same distributions, critical counts and drivers', () => {
    let withDrivers = 0;
    fc.assert(fc.property(randomNetworkArb, fc.integer({ min: 1, max: 620 }), (w, iterations) => {
      const { workspace: ws, graph, schedule } = analyzeRandom(w);
      const net = compileNetwork(ws, graph, schedule);
      const pos = positions(net);
      const ends = Array.from(graph.order).filter((v) => schedule.isEnd[v] === 1).map((v) => pos[v]!);
      const sim = simulateSequential(net, iterations, w.seed, ends);
      const ref = referenceRun(net, iterations, w.seed, ends);
      for (let k = 0; k < net.n; k++) expect(sim.tally.projected.distribution(k)).toEqual(distributionOf(ref.projected[k]!));
      expect(sim.tally.critical).toEqual(ref.critical);
      expect(sim.found).toEqual(ref.found);
      if (ref.found.some((f) => f.length > 0)) withDrivers++;
    }), { numRuns: 120 });
    expect(withDrivers).toBeGreaterThan(10);
  }, 120_000);
});
