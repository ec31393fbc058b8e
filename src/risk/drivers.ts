// Drivers (SPEC §11): the sampled quantities upstream of a milestone ranked by Spearman's rho with its p(M).
// Screened on the first block, then the shortlist is computed exactly over every iteration.
import type { Workspace } from '../model/types.js';
import type { BlockResult } from './kernel.js';
import { Q_DURATION, Q_LAG, type Network } from './network.js';
import { correlation, midRanks, round4 } from './statistics.js';

export interface Driver {
  readonly end: number;
  /** `plan/ID` of a duration or risk event, `P → M` of a lag. */
  readonly source: string;
  readonly kind: 'lag' | 'duration' | 'risk';
  readonly sensitivity: number;
}

export const MAX_DRIVERS = 10;
/** Upstream quantities examined per milestone, nearest first (breadth-first over predecessors). */
export const MAX_CANDIDATES = 500;
/** Candidates kept after screening on the first block, whose rho is then computed over all iterations. */
export const SHORTLIST = 25;

type Samples = Int32Array | Int16Array;

/** Ranks drivers for many milestones of one run, sharing the screening ranks of every quantity. */
export class DriverRanker {
  private readonly screenN: number;
  /** Centred, unit-length mid-ranks of each quantity over the first block: screen[q·screenN + i]. */
  private readonly screen: Float32Array;
  private readonly lookup: { lag: Int32Array; duration: Int32Array; risk: Int32Array };

  constructor(private readonly ws: Workspace, private readonly net: Network, private readonly blocks: readonly BlockResult[], private readonly iterations: number) {
    const first = blocks[0]!;
    this.screenN = first.count;
    const q = net.quantityKind.length;
    this.screen = new Float32Array(q * this.screenN);
    const values = new Int32Array(this.screenN);
    const ranks = new Float64Array(this.screenN);
    for (let j = 0; j < q; j++) {
      values.set(first.draws.subarray(j * this.screenN, (j + 1) * this.screenN));
      midRanks(values, ranks);
      normalizeInto(ranks, this.screen, j * this.screenN);
    }
    this.lookup = quantityLookup(net);
  }

  /** Drivers of the milestone at position `end`, strongest first. */
  rank(end: number): Driver[] {
    const candidates = this.upstream(end);
    if (candidates.length === 0) return [];
    const n = this.screenN;
    const endScreen = new Float64Array(n);
    const values = new Int32Array(Math.max(n, this.iterations));
    values.set(this.blocks[0]!.projected.subarray(end * n, (end + 1) * n));
    const screenValues = values.subarray(0, n);
    midRanks(screenValues, endScreen);
    const y = new Float32Array(n);
    normalizeInto(endScreen, y, 0);
    const scored = candidates.map((q) => {
      let dot = 0;
      const base = q * n;
      for (let i = 0; i < n; i++) dot += this.screen[base + i]! * y[i]!;
      return { q, score: Math.abs(dot) };
    });
    scored.sort((a, b) => b.score - a.score || a.q - b.q);
    const shortlist = scored.slice(0, SHORTLIST).filter((s) => s.score > 0 || this.screenN < this.iterations);
    const all = values.subarray(0, this.iterations);
    gather(this.blocks, (b) => b.projected.subarray(end * b.count, (end + 1) * b.count), all);
    const endRanks = new Float64Array(this.iterations);
    midRanks(all, endRanks);
    const ranks = new Float64Array(this.iterations);
    const found: { q: number; rho: number; source: string }[] = [];
    for (const { q } of shortlist) {
      gather(this.blocks, (b) => b.draws.subarray(q * b.count, (q + 1) * b.count), all);
      midRanks(all, ranks);
      const rho = round4(correlation(ranks, endRanks));
      if (rho !== 0) found.push({ q, rho, source: sourceName(this.ws, this.net, q) });
    }
    found.sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
    const kinds = ['lag', 'duration', 'risk'] as const;
    return found.slice(0, MAX_DRIVERS).map((d) => ({ end: this.net.milestone[end]!, source: d.source, kind: kinds[this.net.quantityKind[d.q]!]!, sensitivity: d.rho }));
  }

  /**
   * Quantities that can move p(end): durations, risk events and incoming lags of `end` and its ancestors,
   * breadth-first; a milestone with an actual date cuts the search (its date is fixed). At most MAX_CANDIDATES.
   */
  private upstream(end: number): number[] {
    const { net, lookup: l } = this;
    const seen = new Set<number>([end]);
    const queue = [end];
    const out = new Set<number>();
    const add = (q: number): void => void (q >= 0 && out.size < MAX_CANDIDATES && out.add(q));
    for (let head = 0; head < queue.length && out.size < MAX_CANDIDATES; head++) {
      const k = queue[head]!;
      if (net.actual[k] === net.actual[k]) continue;
      add(l.duration[k]!);
      for (let r = net.riskStart[k]!; r < net.riskStart[k + 1]!; r++) add(l.risk[net.riskEvents[r]!]!);
      for (let i = net.predStart[k]!; i < net.predStart[k + 1]!; i++) {
        add(l.lag[i]!);
        const from = net.edgeFrom[i]!;
        if (!seen.has(from)) {
          seen.add(from);
          queue.push(from);
        }
      }
    }
    return [...out];
  }
}

/** Writes ranks centred and scaled to unit length (all zero when constant) into out at offset. */
function normalizeInto(ranks: Float64Array, out: Float32Array, offset: number): void {
  let mean = 0;
  for (let i = 0; i < ranks.length; i++) mean += ranks[i]!;
  mean /= ranks.length;
  let ss = 0;
  for (let i = 0; i < ranks.length; i++) ss += (ranks[i]! - mean) ** 2;
  const scale = ss === 0 ? 0 : 1 / Math.sqrt(ss);
  for (let i = 0; i < ranks.length; i++) out[offset + i] = (ranks[i]! - mean) * scale;
}

function gather(blocks: readonly BlockResult[], part: (b: BlockResult) => Samples, out: Int32Array): void {
  let at = 0;
  for (const b of blocks) {
    out.set(part(b), at);
    at += b.count;
  }
}

function quantityLookup(net: Network): { lag: Int32Array; duration: Int32Array; risk: Int32Array } {
  const l = { lag: new Int32Array(net.edgeFrom.length).fill(-1), duration: new Int32Array(net.n).fill(-1), risk: new Int32Array(net.riskProbability.length).fill(-1) };
  for (let q = 0; q < net.quantityKind.length; q++) {
    const kind = net.quantityKind[q]!;
    (kind === Q_LAG ? l.lag : kind === Q_DURATION ? l.duration : l.risk)[net.quantityIndex[q]!] = q;
  }
  return l;
}

function sourceName(ws: Workspace, net: Network, q: number): string {
  const kind = net.quantityKind[q]!;
  const i = net.quantityIndex[q]!;
  if (kind === Q_LAG) return `${ws.milestones[net.milestone[net.edgeFrom[i]!]!]!.ref} → ${ws.milestones[net.milestone[net.edgeTo[i]!]!]!.ref}`;
  if (kind === Q_DURATION) return ws.milestones[net.milestone[i]!]!.ref;
  return ws.risks?.[i]?.ref ?? '';
}
