// A network that samples nothing (no range estimate, no risk event) runs one iteration for all of them
// (src/risk/analysis.ts iterationsToRun, issue #18: 100,000 such milestones × 10,000 iterations filled a 2 GB
// store). Property: its summary, each sample counted as many times as iterations were asked for, is the summary of
// running every iteration: percentiles, mean, shares, criticality, distributions, out-of-range counts, no drivers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iterationsToRun, positions, summarize } from '../../src/risk/analysis.js';
import { compileNetwork } from '../../src/risk/network.js';
import { simulateSequential } from '../../src/risk/simulate.js';
import { analyzeRandom, randomNetworkArb } from './random-network.js';

/** The generated networks with every range replaced by a fixed value and no risk events. */
const fixedArb = randomNetworkArb.map((w) => ({
  ...w,
  nodes: w.nodes.map((n) => ({ ...n, duration: n.duration?.includes('..') === true ? '2d' as const : n.duration })),
  edges: w.edges.map((e) => ({ ...e, lag: e.lag.includes('..') ? '2d' as const : e.lag })),
  risks: [],
}));

describe('risk of a network that samples nothing', () => {
  it('runs one iteration whose summary repeated equals that of every iteration', () => {
    fc.assert(fc.property(fixedArb, fc.integer({ min: 2, max: 700 }), (w, iterations) => {
      const { workspace: ws, graph, schedule } = analyzeRandom(w);
      const net = compileNetwork(ws, graph, schedule);
      expect(iterationsToRun(net, iterations)).toBe(1);
      const all = Array.from(graph.order);
      const ends = all.filter((v) => schedule.isEnd[v] === 1);
      const pos = positions(net);
      const full = simulateSequential(net, iterations, w.seed, ends.map((v) => pos[v]!));
      const one = simulateSequential(net, 1, w.seed, []);
      const selection = { milestones: all, driverEnds: ends };
      const expected = summarize(ws, schedule, net, full, w.seed, selection);
      expect(summarize(ws, schedule, net, one, w.seed, selection, iterations)).toEqual(expected);
      expect(expected.drivers).toEqual([]);
    }), { numRuns: 150 });
  });

  it('runs every iteration when one range is sampled', () => {
    const w = fc.sample(randomNetworkArb.filter((x) => x.nodes.some((n) => n.duration?.includes('..') === true)), { numRuns: 1, seed: 7 })[0]!;
    const { workspace: ws, graph, schedule } = analyzeRandom(w);
    expect(iterationsToRun(compileNetwork(ws, graph, schedule), 500)).toBe(500);
  });
});
