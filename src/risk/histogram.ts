// Whole-day histograms filled while sampling (SPEC §11, issue #18): one per position (p(M)) or per sampled quantity
// (its draws), each a window of day counts that widens when a value falls outside it. Memory is O(histograms ×
// distinct days) where the sample store held every iteration (100,000 milestones × 10,000 iterations: 2 GB of Int16).
// A count is a byte plus 256 × a carry kept aside (at 100,000 milestones × 2,000 iterations, 24 of 28.6 million days
// reached 256). Counts are exact, so histograms filled on any threads and merged give the same numbers for any split.
//
// The storage is histogram-pool.ts and the moves between window and sparse histogram-windows.ts; this file counts
// samples into the histograms, merges sets and reads them out.
import type { HistogramData } from './histogram-pool.js';
import { DENSE_AGAIN_PER_SAMPLE, HistogramWindows, WINDOW_FLOOR } from './histogram-windows.js';
import { distributionOfDays, distributionOfDense, type DayDistribution } from './statistics.js';

export type { HistogramData } from './histogram-pool.js';

export class DayHistograms extends HistogramWindows {
  /** Counts `times` samples of `day` in histogram k. */
  add(k: number, day: number, times: number): void {
    if (times === 0) return;
    const i = day - this.lo[k]!;
    if (i < 0 || i >= this.cap[k]!) {
      this.addOutside(k, day, times);
      return;
    }
    const at = this.at[k]! + i;
    const sum = this.low[at]! + times;
    this.low[at] = sum & 255;
    if (sum > 255) this.carry(k, day, Math.floor(sum / 256));
  }

  /** Counts values[from + t·stride] for t < count in histogram k (a tile column: one window lookup for all). */
  addColumn(k: number, values: Int32Array, from: number, stride: number, count: number): void {
    let lo = this.lo[k]!;
    let cap = this.cap[k]!;
    let at = this.at[k]!;
    let low = this.low;
    for (let t = 0; t < count; t++) {
      const day = values[from + t * stride]!;
      const i = day - lo;
      if (i < 0 || i >= cap) {
        // Outside the window (or sparse): counted the slow way, then the window looked up again.
        this.addOutside(k, day, 1);
        lo = this.lo[k]!;
        cap = this.cap[k]!;
        at = this.at[k]!;
        low = this.low;
        continue;
      }
      const c = low[at + i]! + 1;
      if (c === 256) {
        low[at + i] = 0;
        this.carry(k, day, 1);
      } else low[at + i] = c;
    }
  }

  /**
   * Counts `times` (> 0) samples of `day`, outside histogram k's window: into its sparse entries (a full segment
   * becomes a window again when its samples would fill one to a day in 8, else grows), or into its window widened to
   * hold the day, or, when that window would be wider than 16 days per sample, into the entries it goes sparse to.
   */
  private addOutside(k: number, day: number, times: number): void {
    const sp = this.sparse;
    if (sp.has(k) || !this.widen(k, day, times)) {
      if (sp.full(k)) {
        if (sp.span(k) <= Math.max(WINDOW_FLOOR, DENSE_AGAIN_PER_SAMPLE * sp.total(k))) {
          this.toWindow(k);
          this.add(k, day, times);
          return;
        }
        sp.grow(k);
      }
      sp.append(k, day, times);
      return;
    }
    this.add(k, day, times);
  }


  /** The count of `day` in histogram k. */
  count(k: number, day: number): number {
    const sp = this.sparse;
    if (sp.has(k)) {
      // Its entries for that day (once each after settle).
      sp.settle(k);
      const from = sp.at(k);
      let n = 0;
      for (let i = from, end = from + sp.length(k); i < end; i++) if (sp.days[2 * i] === day) n += sp.counts[2 * i + 1]!;
      return n;
    }
    const i = day - this.lo[k]!;
    const low = i >= 0 && i < this.cap[k]! ? this.low[this.at[k]! + i]! : 0;
    const m = this.high.get(k);
    return m === undefined ? low : low + 256 * (m.get(day) ?? 0);
  }

  /** Bytes histogram k's counts take: its window (a byte a day) or its sparse segment with its header (8 bytes an entry). */
  bytes(k: number): number {
    return this.sparse.has(k) ? 8 * (this.sparse.capacity(k) + 1) : this.cap[k]!;
  }

  /** Whether histogram k is kept sparse (its window would be wider than 16 days per sample). */
  isSparse(k: number): boolean {
    return this.sparse.has(k);
  }


  /**
   * data(), for a set not used again (a worker's tally going to the main thread): the memory of its sparse entries,
   * copied into the data, is given back at once (SparseSegments.releaseAll); its windows' arrays go with the data.
   */
  handOver(): HistogramData {
    const data = this.data();
    this.sparse.releaseAll();
    return data;
  }

  /**
   * Adds every count of `data`, another thread's histograms of the same number (HistogramData, as data() gives
   * them), read where they lie: a set made of them first to merge it held their sparse entries twice over
   * (issue #18: `risk` on 100,000 milestones at 300 iterations, two workers, ~1.5 GB).
   */
  mergeData(data: HistogramData): void {
    const { lo, cap, at, low } = data;
    for (let k = 0; k < lo.length; k++) {
      for (let i = 0, n = cap[k]!, from = at[k]!, first = lo[k]!; i < n; i++) {
        const c = low[from + i]!;
        if (c > 0) this.add(k, first + i, c);
      }
    }
    for (let i = 0; i < data.carries.length; i += 3) this.add(data.carries[i]!, data.carries[i + 1]!, 256 * data.carries[i + 2]!);
    for (let j = 0; j < data.sparse.length; j++) {
      const k = data.sparse[j]!;
      for (let i = data.sparseStart[j]!, end = data.sparseStart[j + 1]!; i < end; i++) this.add(k, data.sparseDays[i]!, data.sparseCounts[i]!);
    }
  }

  /**
   * The counting distribution of histogram k (as distributionOf gives it for the same samples: dense from its
   * smallest to its largest day, or sparse; statistics.ts keepsDense).
   */
  distribution(k: number): DayDistribution {
    const sp = this.sparse;
    if (sp.has(k)) {
      sp.settle(k);
      const from = sp.at(k);
      const n = sp.length(k);
      const days = new Int32Array(n);
      const counts = new Uint32Array(n);
      let total = 0;
      for (let i = 0; i < n; i++) {
        days[i] = sp.days[2 * (from + i)]!;
        counts[i] = sp.counts[2 * (from + i) + 1]!;
        total += counts[i]!;
      }
      return distributionOfDays(days, counts, n, total);
    }
    const at = this.at[k]!;
    const cap = this.cap[k]!;
    const lo = this.lo[k]!;
    const high = this.high.get(k);
    const all = Uint32Array.from(this.low.subarray(at, at + cap));
    if (high !== undefined) for (const [day, carry] of high) all[day - lo]! += 256 * carry;
    let first = 0;
    while (first < cap && all[first] === 0) first++;
    if (first === cap) return { min: 0, counts: new Uint32Array(0), total: 0 };
    let last = cap - 1;
    while (all[last] === 0) last--;
    const counts = all.slice(first, last + 1);
    let total = 0;
    for (let i = 0; i < counts.length; i++) total += counts[i]!;
    return distributionOfDense(lo + first, counts, total);
  }

  /**
   * The arrays (windows compacted, the carries as triples, the sparse histograms' entries laid end to end in the
   * order of the histograms), to post to another thread.
   */
  data(): HistogramData {
    this.compact();
    const carries: number[] = [];
    for (const [k, m] of this.high) for (const [day, carry] of m) carries.push(k, day, carry);
    const sp = this.sparse;
    const sparse: number[] = [];
    const sparseStart: number[] = [0];
    let entries = 0;
    for (let k = 0; k < this.lo.length; k++) {
      if (!sp.has(k)) continue;
      sparse.push(k);
      entries += sp.length(k);
      sparseStart.push(entries);
    }
    const sparseDays = new Int32Array(entries);
    const sparseCounts = new Uint32Array(entries);
    sparse.forEach((k, j) => {
      const from = sp.at(k);
      const to = sparseStart[j]!;
      for (let i = 0, n = sp.length(k); i < n; i++) {
        sparseDays[to + i] = sp.days[2 * (from + i)]!;
        sparseCounts[to + i] = sp.counts[2 * (from + i) + 1]!;
      }
    });
    return {
      lo: this.lo, cap: this.cap, at: this.at, low: this.low.subarray(0, this.used), carries: Float64Array.from(carries),
      sparse: Int32Array.from(sparse), sparseStart: Int32Array.from(sparseStart), sparseDays, sparseCounts,
    };
  }
}
