// Sparse histograms (issue #18): a histogram whose window would be much wider than its samples need keeps its days
// and counts instead, and every consumer of a DayDistribution reads either shape. Against plain arrays: the days
// fed (narrow and very wide spreads, counts past 256, split over two tallies, one posted as to a worker) give the
// same distribution, percentiles, mean, shares and ranks; the consumers give for a sparse distribution what they
// give for the same counts dense; and a wide histogram's storage stays proportional to its samples.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DayHistograms } from '../../src/risk/histogram.js';
import { centreEndRanks, planPairs } from '../../src/risk/correlation.js';
import { clipDistribution, type SimulatedOutOfRange } from '../../src/risk/date-range.js';
import { dayAt, distributionOf, keepsDense, lastAtMost, meanDay, midRanks, percentile, shareAtMost, type DayDistribution } from '../../src/risk/statistics.js';
import type { EndSamples } from '../../src/risk/store.js';
import { binsOf } from '../../src/report/risk/bins.js';
import { FIRST_DAY, LAST_DAY } from '../../src/schedule/date-range.js';

/** The samples as a plain sorted array (each sample once). */
function sortedSamples(feed: readonly (readonly [number, number])[]): number[] {
  const out: number[] = [];
  for (const [day, times] of feed) for (let t = 0; t < times; t++) out.push(day);
  return out.sort((a, b) => a - b);
}

/** Day → count of a distribution, whatever its shape (zeros left out). */
function countsOf(dist: DayDistribution): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < dist.counts.length; i++) if (dist.counts[i]! > 0) m.set(dayAt(dist, i), (m.get(dayAt(dist, i)) ?? 0) + dist.counts[i]!);
  return m;
}

/** The same counts, dense (the shape every consumer read before sparse distributions). */
function asDense(dist: DayDistribution): DayDistribution {
  if (dist.days === undefined) return dist;
  const n = dist.counts.length;
  const counts = new Uint32Array(n === 0 ? 0 : dist.days[n - 1]! - dist.min + 1);
  for (let i = 0; i < n; i++) counts[dist.days[i]! - dist.min] = dist.counts[i]!;
  return { min: dist.min, counts, total: dist.total };
}

/** The same counts, sparse. */
function asSparse(dist: DayDistribution): DayDistribution {
  if (dist.days !== undefined) return dist;
  const days: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < dist.counts.length; i++) {
    if (dist.counts[i] === 0) continue;
    days.push(dist.min + i);
    counts.push(dist.counts[i]!);
  }
  return { min: days[0] ?? dist.min, counts: Uint32Array.from(counts), total: dist.total, days: Int32Array.from(days) };
}

/** The plain rule of SPEC §11: the smallest sample d with at least pct % of the samples ≤ d. */
function plainPercentile(sorted: readonly number[], pct: number): number {
  for (let i = 0; i < sorted.length; i++) if ((i + 1) * 100 >= pct * sorted.length) return sorted[i]!;
  return sorted[sorted.length - 1]!;
}

/** Mid-rank (1-based, ties averaged) of each value among `sorted`: (first place + last place) / 2 of its run. */
function plainMidRanks(sorted: readonly number[]): Map<number, number> {
  const ranks = new Map<number, number>();
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    ranks.set(sorted[i]!, (i + 1 + j) / 2);
    i = j;
  }
  return ranks;
}

/** (day, times) feeds: a narrow spread, a very wide one, or both (far clusters), some counts past 256. */
const feedArb = fc.oneof(
  fc.array(fc.tuple(fc.integer({ min: 700_000, max: 700_040 }), fc.integer({ min: 1, max: 300 })), { minLength: 1, maxLength: 60 }),
  fc.array(fc.tuple(fc.integer({ min: 600_000, max: 1_400_000 }), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 300 }),
  fc.array(fc.tuple(fc.oneof(fc.integer({ min: 700_000, max: 700_010 }), fc.integer({ min: 2_000_000, max: 2_000_010 })), fc.integer({ min: 1, max: 400 })), { minLength: 1, maxLength: 200 }),
  fc.array(fc.tuple(fc.integer({ min: 700_000, max: 706_000 }), fc.constant(1)), { minLength: 1, maxLength: 2500 }),
);

describe('sparse day histograms against plain arrays', () => {
  it('give the same distribution, percentiles, mean, shares and ranks, split over two tallies and merged', () => {
    let sparse = 0;
    fc.assert(fc.property(feedArb, fc.nat(), fc.boolean(), (feed, cut, column) => {
      const split = cut % (feed.length + 1);
      const a = new DayHistograms(2);
      const b = new DayHistograms(2);
      feed.forEach(([day, times], i) => {
        const into = i < split ? a : b;
        // Samples of one day come as a run (add) or one by one (addColumn, as the draws are counted).
        if (column && times < 50) into.addColumn(1, Int32Array.from({ length: times }, () => day), 0, 1, times);
        else into.add(1, day, times);
      });
      // As another thread's counts arrive (cli/risk-pool.ts): merged from their arrays.
      a.mergeData(b.data());
      const sorted = sortedSamples(feed);
      const dist = a.distribution(1);
      if (dist.days !== undefined) sparse++;
      // The counts, exactly, and the shape the samples alone decide (as distributionOf gives it).
      const plain = new Map<number, number>();
      for (const d of sorted) plain.set(d, (plain.get(d) ?? 0) + 1);
      expect(countsOf(dist)).toEqual(plain);
      expect(dist.total).toBe(sorted.length);
      expect(dist.min).toBe(sorted[0]);
      expect(dist).toEqual(distributionOf(Int32Array.from(sorted)));
      expect(dist.days === undefined).toBe(keepsDense(sorted[sorted.length - 1]! - sorted[0]! + 1, plain.size));
      expect([...plain.keys()].map((day) => a.count(1, day))).toEqual([...plain.values()]);
      for (const pct of [0, 1, 10, 50, 80, 85, 90, 99, 100]) expect(percentile(dist, pct)).toBe(plainPercentile(sorted, pct));
      let sum = 0;
      for (const d of sorted) sum += d - sorted[0]!;
      expect(meanDay(dist)).toBe(sorted[0]! + Math.floor(sum / sorted.length + 0.5));
      for (const probe of [sorted[0]! - 1, sorted[0]!, sorted[sorted.length >> 1]!, sorted[sorted.length >> 1]! + 1, sorted[sorted.length - 1]!, 2_500_000]) {
        expect(shareAtMost(dist, probe)).toBe(sorted.filter((d) => d <= probe).length / sorted.length);
      }
      // Ranks: midRanks of the samples, the draws' centred ranks (planPairs) and the kept ends' (centreEndRanks).
      const n = sorted.length;
      const rank = plainMidRanks(sorted);
      const shuffled = Int32Array.from(sorted).reverse();
      const ranks = new Float64Array(n);
      midRanks(shuffled, ranks);
      expect(ranks).toEqual(Float64Array.from(shuffled, (v) => rank.get(v)!));
      const samples: EndSamples = { iterations: n, slot: Int32Array.of(0, 0), values: Int32Array.from(shuffled), origin: Int32Array.of(0), overflow: new Int32Array(1) };
      const { pairs } = planPairs([1], [[1]], samples, a);
      const centred = [...rank.keys()].map((v) => (pairs.sparse[0] === 0 ? pairs.centred[pairs.at[0]! + v - pairs.lo[0]!]! : pairs.centred[lastAtMost(pairs.days, pairs.at[0]!, pairs.at[1]!, v)]!));
      expect(centred).toEqual([...rank.values()].map((r) => r - (n + 1) / 2));
      centreEndRanks(samples, 0, a, 1);
      expect(samples.values).toEqual(Int32Array.from(shuffled, (v) => 2 * rank.get(v)! - (n + 1)));
      expect(a.cap[0]).toBe(0);
      expect(a.distribution(0)).toEqual({ min: 0, counts: new Uint32Array(0), total: 0 });
    }), { numRuns: 300 });
    expect(sparse).toBeGreaterThan(50);
  }, 60_000);

  it('are read by every consumer as the same counts dense (percentiles, mean, shares, bins, clipping)', () => {
    // Days about a bound of the range (0001-01-01, 9999-12-31) or inside, clustered or spread over 60,000 days.
    const valuesArb = fc.constantFrom(FIRST_DAY, 700_000, LAST_DAY).chain((at) => fc.array(fc.oneof(fc.integer({ min: at - 40, max: at + 40 }), fc.integer({ min: at - 30_000, max: at + 30_000 })), { minLength: 1, maxLength: 200 }));
    fc.assert(fc.property(valuesArb, fc.integer({ min: 1, max: 40 }), (values, maxBins) => {
      const base = distributionOf(Int32Array.from(values));
      const dense = asDense(base);
      const sparse = asSparse(base);
      for (const pct of [10, 50, 80, 85, 90]) expect(percentile(sparse, pct)).toBe(percentile(dense, pct));
      expect(meanDay(sparse)).toBe(meanDay(dense));
      // A few probes: the dense reads walk the whole range (millions of days here).
      for (const v of values.slice(0, 4)) {
        expect(shareAtMost(sparse, v)).toBe(shareAtMost(dense, v));
        expect(shareAtMost(sparse, v - 1)).toBe(shareAtMost(dense, v - 1));
      }
      expect(binsOf(sparse, maxBins)).toEqual(binsOf(dense, maxBins));
      const foundSparse: SimulatedOutOfRange[] = [];
      const foundDense: SimulatedOutOfRange[] = [];
      const clippedSparse = clipDistribution(sparse, 3, foundSparse);
      const clippedDense = clipDistribution(dense, 3, foundDense);
      expect(foundSparse).toEqual(foundDense);
      expect(clippedSparse.total).toBe(clippedDense.total);
      expect(countsOf(clippedSparse)).toEqual(countsOf(clippedDense));
      expect(clippedSparse.min).toBe(clippedDense.min);
      expect(binsOf(clippedSparse, maxBins)).toEqual(binsOf(clippedDense, maxBins));
    }), { numRuns: 100 });
  });
});

describe('the storage of a wide histogram', () => {
  it('stays proportional to its samples, and a narrow one keeps its window', () => {
    const h = new DayHistograms(3);
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
    // 1,000 samples over a million days: a window would take a byte a day (about 1 MB).
    for (let i = 0; i < 1000; i++) h.add(0, 700_000 + Math.floor(next() * 1_000_000), 1);
    // 20,000 samples over 41 days: a window of bytes.
    const narrow = Int32Array.from({ length: 20_000 }, () => 700_000 + Math.floor(next() * 41));
    h.addColumn(1, narrow, 0, 1, narrow.length);
    expect(h.isSparse(0)).toBe(true);
    expect(h.bytes(0)).toBeLessThanOrEqual(16 * 1000 + 256);
    expect(h.low.length).toBeLessThan(10_000);
    expect(h.isSparse(1)).toBe(false);
    expect(h.bytes(1)).toBeLessThanOrEqual(64);
    expect(h.distribution(1)).toEqual(distributionOf(narrow));
    // 100 samples on each of 3 days a million days apart: settled, each day once (counts past 256 included).
    for (let r = 0; r < 100; r++) for (const d of [0, 1_000_000, 2_000_000]) h.add(2, 700_000 + d, 3);
    expect(h.isSparse(2)).toBe(true);
    expect(h.bytes(2)).toBeLessThanOrEqual(8 * 2 * 300 + 256);
    expect(h.distribution(2)).toEqual({ min: 700_000, counts: Uint32Array.of(300, 300, 300), total: 900, days: Int32Array.of(700_000, 1_700_000, 2_700_000) });
  });

  it('grows with the samples, not with their range, and becomes a window again when samples fill its range', () => {
    const bytesAt = (samples: number, spread: number): number => {
      const h = new DayHistograms(1);
      for (let i = 0; i < samples; i++) h.add(0, 700_000 + ((i * 7919) % spread), 1);
      return h.bytes(0) + h.low.length;
    };
    // Ten times the range, the same samples: the same bytes (a window would take ten times as many).
    expect(bytesAt(200, 400_000)).toBe(bytesAt(200, 4_000_000));
    expect(bytesAt(200, 4_000_000)).toBeLessThan(8 * 1024);
    // A range of 3,000 days: sparse for 20 samples, a window once 8 days per sample or fewer.
    const h = new DayHistograms(1);
    for (let i = 0; i < 20; i++) h.add(0, 700_000 + i * 150, 1);
    expect(h.isSparse(0)).toBe(true);
    const days: number[] = [];
    for (let i = 0; i < 20; i++) days.push(700_000 + i * 150);
    for (let i = 0; i < 2000; i++) {
      const day = 700_000 + ((i * 37) % 3000);
      h.add(0, day, 1);
      days.push(day);
    }
    expect(h.isSparse(0)).toBe(false);
    expect(h.distribution(0)).toEqual(distributionOf(Int32Array.from(days)));
  });
});

describe('the expected samples of a tally (room for them when a histogram goes sparse)', () => {
  it('give the same distribution for any hint, however the samples come', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: -40000, max: 40000 }), fc.integer({ min: 1, max: 300 })), { minLength: 1, maxLength: 400 }), fc.nat({ max: 600 }), (feed, hint) => {
      const h = new DayHistograms(1, undefined, hint);
      for (const [day, times] of feed) h.add(0, day, times);
      expect(h.distribution(0)).toEqual(distributionOf(Int32Array.from(sortedSamples(feed))));
    }), { numRuns: 300 });
  });

  it('leave a histogram that goes sparse room for the rest at once: no segment doubled past them', () => {
    fc.assert(fc.property(fc.integer({ min: 17, max: 255 }), fc.integer({ min: -5000, max: 5000 }), (expected, start) => {
      const h = new DayHistograms(1, undefined, expected);
      // Days 100 apart: sparse from the second sample on, every sample its own entry.
      const days = Array.from({ length: expected }, (_, i) => start + 100 * i);
      for (const day of days) h.add(0, day, 1);
      expect(h.isSparse(0)).toBe(true);
      expect(h.bytes(0)).toBe(8 * (expected + 1));
      expect(h.distribution(0)).toEqual(distributionOf(Int32Array.from(days)));
    }), { numRuns: 100 });
  });
});

// Issue #18: the pool of counts grew by copying into an array half as large again, the old one held until collected
// (risk on 100,000 milestones, 1,000 iterations: about 1.5 GB with 2 jobs). It is a resizable ArrayBuffer, grown in place.
describe('the pool of window counts', () => {
  it('grows in place, as made and as received from another thread, and keeps every count', () => {
    const h = new DayHistograms(64);
    const first = h.low.buffer;
    for (let k = 0; k < 64; k++) for (let d = 0; d < 200; d += 2) h.add(k, 700_000 + d, 1 + (d % 3));
    expect(h.low.buffer).toBe(first);
    expect(h.low.length).toBeGreaterThan(64 * 16);
    // As a worker receives it (transferred), then grown by days further out.
    const sent = h.data();
    const received = new DayHistograms(64, structuredClone(sent, { transfer: [sent.low.buffer as ArrayBuffer] }));
    const arrived = received.low.buffer as ArrayBuffer;
    expect(arrived.resizable).toBe(true);
    for (let k = 0; k < 64; k++) for (let d = 200; d < 600; d += 2) received.add(k, 700_000 + d, 1);
    expect(received.low.buffer).toBe(arrived);
    for (let k = 0; k < 64; k++) {
      for (let d = 0; d < 600; d++) expect(received.count(k, 700_000 + d)).toBe(d % 2 === 1 ? 0 : d < 200 ? 1 + (d % 3) : 1);
    }
  });
});
