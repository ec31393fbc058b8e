// The drivers' candidate search (SPEC §11) skips predecessors that reach no sampled quantity (issue #18): it must
// return the candidates, in the order, of the plain breadth-first search over every ancestor.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateScreen, DriverRanker, MAX_CANDIDATES, screenRanks, SHORTLIST } from '../../src/risk/drivers.js';
import { Q_DURATION, Q_LAG, type Network } from '../../src/risk/network.js';
import { compileNetwork } from '../../src/risk/network.js';
import { allocateEndSamples } from '../../src/risk/store.js';
import { analyze } from '../../src/analyze.js';
import { parseDayDate } from '../../src/calendar/index.js';
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

  it('shortlists what sorting every scored candidate gives (score, then quantity), ties and zero scores included', () => {
    let long = 0;
    fc.assert(fc.property(fc.oneof(randomNetworkArb, fc.integer({ min: 10, max: 30 })), fc.integer({ min: 1, max: 6 }), fc.boolean(), fc.nat(), (w, size, isWhole, salt) => {
      const analysis = typeof w === 'number' ? analyzeChain(w) : analyzeRandom(w);
      const net = compileNetwork(analysis.workspace, analysis.graph, analysis.schedule);
      const q = net.quantityKind.length;
      const iterations = isWhole ? size : size + 1;
      const plain = (bytes: number): ArrayBuffer => new ArrayBuffer(bytes);
      const all = Array.from({ length: net.n }, (_, k) => k);
      const ends = allocateEndSamples(net.n, all, iterations, plain, new Int32Array(net.n));
      // Few distinct values over few iterations: many equal scores, some 0.
      let x = salt;
      const next = (): number => (x = (x * 1103515245 + 12345) >>> 0) % 3;
      for (let i = 0; i < ends.values.length; i++) ends.values[i] = next();
      const screen = allocateScreen(net, iterations, size, plain);
      const first = Int32Array.from({ length: q * size }, next);
      screenRanks(first, screen, 0, q);
      const ranker = new DriverRanker(net, ends, screen);
      for (let k = 0; k < net.n; k++) {
        const candidates = ranker.candidates(k);
        if (candidates.length > SHORTLIST) long++;
        expect(ranker.shortlist(k)).toEqual(sortedShortlist(candidates, screen, ends.values.subarray(k * iterations, k * iterations + size), iterations));
      }
    }), { numRuns: 200 });
    expect(long).toBeGreaterThan(0);
  });
});

/** A chain of `length` milestones, each with a ranged duration and a ranged lag from the one before. */
function analyzeChain(length: number): ReturnType<typeof analyzeRandom> {
  const lines = ['plan:\n  id: c\n  title: C\n  status_date: 2019-06-03\nmilestones:'];
  for (let i = 0; i < length; i++) {
    lines.push(`  - id: M${i}\n    title: M${i}\n    date: 2019-07-01\n    duration: 1d..3d..8d`);
    if (i > 0) lines.push(`    after: [{id: c/M${i - 1}, lag: -1d..1d..4d}]`);
  }
  return analyze([{ file: 'c.yaml', text: `${lines.join('\n')}\n` }], { clockToday: parseDayDate('2019-06-03')! });
}

/** The shortlist by sorting every candidate's screening score (the ranks of drivers.ts's screen). */
function sortedShortlist(candidates: readonly number[], screen: { size: number; ranks: Int16Array; spread: Float64Array }, end: Int16Array | Int32Array, iterations: number): number[] {
  const size = screen.size;
  const sorted = [...end].sort((a, b) => a - b);
  const y = [...end].map((v) => {
    const below = sorted.indexOf(v);
    const same = sorted.lastIndexOf(v) - below + 1;
    return 2 * (below + (same + 1) / 2) - (size + 1);
  });
  const yy = y.reduce((s, v) => s + v * v, 0);
  const scored = candidates.map((c) => {
    let dot = 0;
    for (let i = 0; i < size; i++) dot += screen.ranks[c * size + i]! * y[i]!;
    const norm = screen.spread[c]! * yy;
    return { q: c, score: norm === 0 ? 0 : Math.abs(dot) / Math.sqrt(norm) };
  });
  scored.sort((a, b) => b.score - a.score || a.q - b.q);
  return scored.slice(0, SHORTLIST).filter((s) => s.score > 0 || size < iterations).map((s) => s.q);
}
