// The drivers' candidate search (SPEC §11) skips predecessors that reach no sampled quantity (issue #18): it must
// return the candidates, in the order, of the plain breadth-first search over every ancestor.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateScreen, DriverRanker, MAX_CANDIDATES } from '../../src/risk/drivers.js';
import { Q_DURATION, Q_LAG, type Network } from '../../src/risk/network.js';
import { compileNetwork } from '../../src/risk/network.js';
import { allocateEndSamples } from '../../src/risk/store.js';
import { analyzeRandom, randomNetworkArb } from './random-network.js';

/** The search as SPEC §11's note describes it: breadth-first over predecessors, an actual date cuts it. */
function plainSearch(net: Network, end: number): number[] {
  const lag = new Map<number, number>();
  const duration = new Map<number, number>();
  const risk = new Map<number, number>();
  net.quantityKind.forEach((kind, q) => (kind === Q_LAG ? lag : kind === Q_DURATION ? duration : risk).set(net.quantityIndex[q]!, q));
  const out: number[] = [];
  const add = (q: number | undefined): void => {
    if (q !== undefined && !out.includes(q) && out.length < MAX_CANDIDATES) out.push(q);
  };
  const seen = new Set([end]);
  const queue = [end];
  for (let head = 0; head < queue.length; head++) {
    const k = queue[head]!;
    if (!Number.isNaN(net.actual[k]!)) continue;
    add(duration.get(k));
    for (let r = net.riskStart[k]!; r < net.riskStart[k + 1]!; r++) add(risk.get(net.riskEvents[r]!));
    for (let i = net.predStart[k]!; i < net.predStart[k + 1]!; i++) {
      add(lag.get(i));
      if (!seen.has(net.edgeFrom[i]!)) {
        seen.add(net.edgeFrom[i]!);
        queue.push(net.edgeFrom[i]!);
      }
    }
  }
  return out;
}

describe('the drivers candidate search', () => {
  it('finds what the plain breadth-first search finds, in its order, from every position', () => {
    let empty = 0;
    let some = 0;
    fc.assert(fc.property(randomNetworkArb, (w) => {
      const analysis = analyzeRandom(w);
      const net = compileNetwork(analysis.workspace, analysis.graph, analysis.schedule);
      const ranker = new DriverRanker(net, allocateEndSamples(net.n, [], 4, (bytes) => new ArrayBuffer(bytes), new Int32Array(net.n)), allocateScreen(net, 4, 4, (bytes) => new ArrayBuffer(bytes)));
      for (let k = 0; k < net.n; k++) {
        const expected = plainSearch(net, k);
        if (expected.length === 0) empty++;
        else some++;
        expect(ranker.candidates(k)).toEqual(expected);
      }
    }), { numRuns: 200 });
    // Both kinds of position occur: those the skip returns at once for and those with candidates.
    expect(Math.min(empty, some)).toBeGreaterThan(100);
  });
});
