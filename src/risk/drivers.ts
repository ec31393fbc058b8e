// Drivers (SPEC §11): the sampled quantities upstream of a milestone ranked by Spearman's rho with its p(M).
// Screened on the first block (integer ranks, exact), then the shortlist's rho is computed over every iteration
// (correlation.ts). Pure and thread-agnostic: workers shortlist ends, the main thread names and orders the result.
import type { Workspace } from '../model/types.js';
import { Q_DURATION, Q_LAG, type Network } from './network.js';
import { midRanks } from './statistics.js';
import type { Column, EndSamples } from './store.js';

export interface Driver {
  readonly end: number;
  /** `plan/ID` of a duration or risk event, `P → M` of a lag. */
  readonly source: string;
  readonly kind: 'lag' | 'duration' | 'risk';
  readonly sensitivity: number;
}

/** A shortlisted quantity and its rho (rounded to 4 decimals, never 0). */
export interface Found {
  readonly q: number;
  readonly rho: number;
}

export const MAX_DRIVERS = 10;
/** Upstream quantities examined per milestone, nearest first (breadth-first over predecessors). */
export const MAX_CANDIDATES = 500;
/** Candidates kept after screening on the first block, whose rho is then computed over all iterations. */
export const SHORTLIST = 25;

/**
 * Screening ranks over the first `size` iterations: twice the mid-rank minus (size + 1), an exact small integer
 * (ranks[q·size + i]), and each quantity's sum of squares (spread[q]).
 */
export interface Screen {
  readonly size: number;
  readonly ranks: Int16Array;
  readonly spread: Float64Array;
}

/** The screen of a run of `iterations`: its first block (firstBlock iterations, fewer in a shorter run). */
export function allocateScreen(net: Network, iterations: number, firstBlock: number, buffer: (bytes: number) => ArrayBufferLike): Screen {
  const q = net.quantityKind.length;
  const size = Math.min(firstBlock, iterations);
  return { size, ranks: new Int16Array(buffer(q * size * 2)), spread: new Float64Array(buffer(q * 8)) };
}

/** Fills the screening ranks of quantities [from, to) from the first block's draws (first[q·size + i], blocks.ts firstDraws). */
export function screenRanks(first: Column, screen: Screen, from: number, to: number): void {
  const ranks = new Float64Array(screen.size);
  for (let q = from; q < to; q++) {
    screen.spread[q] = centredRanks(first.subarray(q * screen.size, (q + 1) * screen.size), ranks, screen.ranks, q * screen.size);
  }
}

/** Writes 2·midrank − (n + 1) of values into out at offset; returns their sum of squares. */
function centredRanks(values: Int32Array | Int16Array | Int8Array, scratch: Float64Array, out: Int16Array, offset: number): number {
  midRanks(values, scratch);
  const n = values.length;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const x = 2 * scratch[i]! - (n + 1);
    out[offset + i] = x;
    ss += x * x;
  }
  return ss;
}

/** Shortlists drivers of many ends on one run; scratch arrays allocated once. */
export class DriverRanker {
  private readonly lookup: { lag: Int32Array; duration: Int32Array; risk: Int32Array };
  private readonly seen: Int32Array;
  private readonly queue: Int32Array;
  /** 1 when candidates() from this position can find a quantity (see quantityReach). */
  private readonly reach: Uint8Array;
  private stamp = 0;
  private readonly endScreen: Int16Array;
  private readonly ranks: Float64Array;

  /** `ends` holds p(end) of each end to rank (still as dates: before centreEndRanks). */
  constructor(private readonly net: Network, private readonly ends: EndSamples, private readonly screen: Screen) {
    this.lookup = quantityLookup(net);
    this.seen = new Int32Array(net.n);
    this.queue = new Int32Array(net.n);
    this.reach = quantityReach(net, this.lookup);
    this.endScreen = new Int16Array(screen.size);
    this.ranks = new Float64Array(screen.size);
  }

  /**
   * The quantities of the milestone at position `end` whose rho over every iteration is computed (correlateShortlists):
   * the SHORTLIST candidates that correlate most with p(end) over the screen's iterations, strongest first.
   */
  shortlist(end: number): number[] {
    const candidates = this.candidates(end);
    if (candidates.length === 0) return [];
    const { size, ranks: screenRanksOf, spread } = this.screen;
    const iterations = this.ends.iterations;
    // Offsets from a fixed origin: the same ranks as the dates.
    const s = this.ends.slot[end]!;
    const samples = this.ends.values.subarray(s * iterations, s * iterations + size);
    const endSpread = centredRanks(samples, this.ranks, this.endScreen, 0);
    const y = this.endScreen;
    const scored = candidates.map((q) => {
      let dot = 0;
      const base = q * size;
      for (let i = 0; i < size; i++) dot += screenRanksOf[base + i]! * y[i]!;
      const norm = spread[q]! * endSpread;
      return { q, score: norm === 0 ? 0 : Math.abs(dot) / Math.sqrt(norm) };
    });
    scored.sort((a, b) => b.score - a.score || a.q - b.q);
    return scored.slice(0, SHORTLIST).filter((x) => x.score > 0 || size < iterations).map((x) => x.q);
  }

  /**
   * Quantities that can move p(end): durations, risk events and incoming lags of `end` and its ancestors,
   * breadth-first; a milestone with an actual date cuts the search (its date is fixed). At most MAX_CANDIDATES.
   */
  candidates(end: number): number[] {
    const { net, lookup: l, seen, queue, reach } = this;
    if (reach[end] === 0) return [];
    const stamp = ++this.stamp;
    seen[end] = stamp;
    queue[0] = end;
    let tail = 1;
    const out = new Set<number>();
    const add = (q: number): void => void (q >= 0 && out.size < MAX_CANDIDATES && out.add(q));
    for (let head = 0; head < tail && out.size < MAX_CANDIDATES; head++) {
      const k = queue[head]!;
      if (net.actual[k] === net.actual[k]) continue;
      add(l.duration[k]!);
      for (let r = net.riskStart[k]!; r < net.riskStart[k + 1]!; r++) add(l.risk[net.riskEvents[r]!]!);
      for (let i = net.predStart[k]!; i < net.predStart[k + 1]!; i++) {
        add(l.lag[i]!);
        const from = net.edgeFrom[i]!;
        // A predecessor that reaches no quantity adds nothing and leads to none: the order of the others is unchanged.
        if (seen[from] !== stamp && reach[from] === 1) {
          seen[from] = stamp;
          queue[tail++] = from;
        }
      }
    }
    return [...out];
  }
}

/** The drivers of `end` (a milestone index) from its found quantities: strongest first, ties by name, at most MAX_DRIVERS. */
export function nameDrivers(ws: Workspace, net: Network, end: number, found: readonly Found[]): Driver[] {
  const named = found.map((f) => ({ ...f, source: sourceName(ws, net, f.q) }));
  named.sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const kinds = ['lag', 'duration', 'risk'] as const;
  return named.slice(0, MAX_DRIVERS).map((d) => ({ end, source: d.source, kind: kinds[net.quantityKind[d.q]!]!, sensitivity: d.rho }));
}

/**
 * reach[k] = 1 when the search of DriverRanker.candidates from position k can meet a quantity: k has no actual date and has a
 * sampled duration, risk event or incoming lag, or a predecessor with reach 1. One pass in topological position
 * order (predecessors come first), O(positions + edges). Without it the search of an end whose ancestors hold few
 * quantities walks every ancestor: at 100,000 milestones and 5,000 ends, 8 s (issue #18).
 */
function quantityReach(net: Network, l: { lag: Int32Array; duration: Int32Array; risk: Int32Array }): Uint8Array {
  const reach = new Uint8Array(net.n);
  for (let k = 0; k < net.n; k++) {
    if (net.actual[k] === net.actual[k]) continue;
    let found = l.duration[k]! >= 0;
    for (let r = net.riskStart[k]!; r < net.riskStart[k + 1]! && !found; r++) found = l.risk[net.riskEvents[r]!]! >= 0;
    for (let i = net.predStart[k]!; i < net.predStart[k + 1]! && !found; i++) found = l.lag[i]! >= 0 || reach[net.edgeFrom[i]!] === 1;
    reach[k] = found ? 1 : 0;
  }
  return reach;
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
