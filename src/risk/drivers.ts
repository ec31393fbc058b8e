// Drivers (SPEC §11): the sampled quantities upstream of a milestone ranked by Spearman's rho with its p(M).
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
/**
 * Quantities examined per milestone, nearest first (breadth-first over predecessors): bounds the work on huge
 * networks, where quantities further up are many and their correlation with one end is small.
 */
export const MAX_CANDIDATES = 2000;

/** Ranks the quantities upstream of `end` (a position). */
export function rankDrivers(ws: Workspace, net: Network, blocks: readonly BlockResult[], end: number, iterations: number): Driver[] {
  const candidates = upstreamQuantities(net, end);
  if (candidates.length === 0) return [];
  const values = new Int32Array(iterations);
  const endRanks = new Float64Array(iterations);
  const ranks = new Float64Array(iterations);
  gather(blocks, (b) => b.projected.subarray(end * b.count, (end + 1) * b.count), values);
  midRanks(values, endRanks);
  const found: { q: number; rho: number; source: string }[] = [];
  for (const q of candidates) {
    gather(blocks, (b) => b.draws.subarray(q * b.count, (q + 1) * b.count), values);
    midRanks(values, ranks);
    const rho = round4(correlation(ranks, endRanks));
    if (rho !== 0) found.push({ q, rho, source: sourceName(ws, net, q) });
  }
  found.sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const kinds = ['lag', 'duration', 'risk'] as const;
  return found.slice(0, MAX_DRIVERS).map((d) => ({ end: net.milestone[end]!, source: d.source, kind: kinds[net.quantityKind[d.q]!]!, sensitivity: d.rho }));
}

function gather(blocks: readonly BlockResult[], part: (b: BlockResult) => Int32Array, out: Int32Array): void {
  let at = 0;
  for (const b of blocks) {
    out.set(part(b), at);
    at += b.count;
  }
}

/** Quantity numbers by what they sample, built once per network. */
const lookups = new WeakMap<Network, { lag: Int32Array; duration: Int32Array; risk: Int32Array }>();

function lookup(net: Network): { lag: Int32Array; duration: Int32Array; risk: Int32Array } {
  let l = lookups.get(net);
  if (l === undefined) {
    l = { lag: new Int32Array(net.edgeFrom.length).fill(-1), duration: new Int32Array(net.n).fill(-1), risk: new Int32Array(net.riskProbability.length).fill(-1) };
    for (let q = 0; q < net.quantityKind.length; q++) {
      const kind = net.quantityKind[q]!;
      (kind === Q_LAG ? l.lag : kind === Q_DURATION ? l.duration : l.risk)[net.quantityIndex[q]!] = q;
    }
    lookups.set(net, l);
  }
  return l;
}

/**
 * Quantities that can move p(end): durations, risk events and incoming lags of `end` and its ancestors, breadth-first;
 * a milestone with an actual date cuts the search (its date is fixed). At most MAX_CANDIDATES, in quantity order.
 */
function upstreamQuantities(net: Network, end: number): number[] {
  const l = lookup(net);
  const seen = new Set<number>([end]);
  const queue = [end];
  const out = new Set<number>();
  for (let head = 0; head < queue.length && out.size < MAX_CANDIDATES; head++) {
    const k = queue[head]!;
    if (net.actual[k] === net.actual[k]) continue;
    const add = (q: number): void => void (q >= 0 && out.size < MAX_CANDIDATES && out.add(q));
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
  return [...out].sort((a, b) => a - b);
}

function sourceName(ws: Workspace, net: Network, q: number): string {
  const kind = net.quantityKind[q]!;
  const i = net.quantityIndex[q]!;
  if (kind === Q_LAG) return `${ws.milestones[net.milestone[net.edgeFrom[i]!]!]!.ref} → ${ws.milestones[net.milestone[net.edgeTo[i]!]!]!.ref}`;
  if (kind === Q_DURATION) return ws.milestones[net.milestone[i]!]!.ref;
  return ws.risks?.[i]?.ref ?? '';
}
