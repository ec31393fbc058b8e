// The drivers' screen over the screened quantities only (issue #18): the union of the driver ends' candidates,
// their first draws kept by block 0 as it runs (no second draw of the block), shortlists equal to those of a
// screen over every quantity filled from a plain replay of block 0, and block 0's correlation terms from the kept
// draws equal to those of drawing the block again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positions } from '../../src/risk/analysis.js';
import { runBlock } from '../../src/risk/block.js';
import { correlateBlock, newSums, planPairs } from '../../src/risk/correlation.js';
import { allocateScreen, candidateLists, DriverRanker, screenRanks } from '../../src/risk/drivers.js';
import { Simulator } from '../../src/risk/kernel.js';
import { compileNetwork } from '../../src/risk/network.js';
import { BLOCK_SIZE, blockStream } from '../../src/risk/sampling.js';
import { allocateFirstDraws } from '../../src/risk/simulate.js';
import { allocateEndSamples, newTally } from '../../src/risk/store.js';
import { analyzeRandom, randomNetworkArb } from './random-network.js';

const plain = (bytes: number): ArrayBuffer => new ArrayBuffer(bytes);

describe('the screen of the screened quantities', () => {
  it('keeps block 0 draws as a replay gives them, and shortlists as a screen of every quantity', () => {
    let screenedSome = 0;
    let leftSomeOut = 0;
    let correlated = 0;
    fc.assert(fc.property(randomNetworkArb, fc.integer({ min: 1, max: 300 }), fc.nat(), (w, iterations, pick) => {
      const { workspace: ws, graph, schedule } = analyzeRandom(w);
      const net = compileNetwork(ws, graph, schedule);
      const pos = positions(net);
      const q = net.quantityKind.length;
      // Some milestones as driver ends, as `--milestone` adds one beside the ends.
      const ends = Array.from(graph.order).filter((v, i) => schedule.isEnd[v] === 1 || (pick >> (i % 16)) % 2 === 1).map((v) => pos[v]!);
      const samples = allocateEndSamples(net.n, ends, iterations, plain, new Int32Array(net.n), true);
      const first = allocateFirstDraws(net, iterations, ends, plain);
      const size = first.screen.size;
      expect(size).toBe(Math.min(BLOCK_SIZE, iterations));
      const tally = newTally(net);
      runBlock(net, w.seed, 0, size, tally, samples, first);

      // The union of the ends' candidates, ascending.
      const full = allocateScreen(net, iterations, BLOCK_SIZE, plain);
      const ranker = new DriverRanker(net, samples, full);
      const union = [...new Set(ends.flatMap((end) => ranker.candidates(end)))].sort((a, b) => a - b);
      expect(Array.from(candidateLists(net, ends, plain).quantities)).toEqual(union);
      expect(Array.from(first.screen.quantities)).toEqual(union);
      // Each end's candidates as the screening found them, kept for its shortlist (not searched again).
      const lists = first.screen.candidates!;
      ends.forEach((end, j) => expect(Array.from(lists.list.subarray(lists.start[j]!, lists.start[j + 1]!))).toEqual(ranker.candidates(end)));
      if (union.length > 0) screenedSome++;
      if (union.length < q) leftSomeOut++;

      // Every quantity's draws of block 0 by a plain replay, as the screen of every quantity was filled.
      const column = new Int32Array(q * size);
      const sim = new Simulator(net);
      const rng = blockStream(w.seed, 0);
      const row = new Int32Array(q);
      for (let i = 0; i < size; i++) {
        sim.draw(rng, row, 0);
        for (let j = 0; j < q; j++) column[j * size + i] = row[j]!;
      }
      union.forEach((j, r) => expect(Array.from(first.column.subarray(r * size, (r + 1) * size))).toEqual(Array.from(column.subarray(j * size, (j + 1) * size))));

      screenRanks(column, full, 0, q);
      screenRanks(first.column, first.screen, 0, union.length);
      const screened = new DriverRanker(net, samples, first.screen);
      const shortlists = ends.map((end) => screened.shortlist(end));
      for (const [j, end] of ends.entries()) expect(shortlists[j]).toEqual(ranker.shortlist(end));

      // Block 0's correlation terms from the kept draws are those of drawing the block again.
      const { pairs } = planPairs(ends, shortlists, samples, tally.draws);
      const fromKept = newSums(pairs);
      const redrawn = newSums(pairs);
      correlateBlock(net, w.seed, 0, size, pairs, samples, fromKept, first);
      correlateBlock(net, w.seed, 0, size, pairs, samples, redrawn);
      expect(fromKept).toEqual(redrawn);
      if (pairs.slot.length > 0) correlated++;
    }), { numRuns: 150 });
    expect(Math.min(screenedSome, leftSomeOut, correlated)).toBeGreaterThan(10);
  }, 60_000);
});
