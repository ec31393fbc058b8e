// Drivers (SPEC §11): the sampled quantities upstream of a milestone ranked by Spearman's rho with its p(M).
// Screened on the first block (integer ranks, exact), then the shortlist's rho is computed over every iteration
// (correlation.ts). Pure and thread-agnostic: workers shortlist ends, the main thread names and orders the result.
import type { Workspace } from '../model/types.js';
import { Q_DURATION, Q_LAG, type Network } from './network.js';
import { CandidateSearch, MAX_CANDIDATES } from './driver-search.js';
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

export { MAX_CANDIDATES };
export const MAX_DRIVERS = 10;
/** Candidates kept after screening on the first block, whose rho is then computed over all iterations. */
export const SHORTLIST = 25;

/**
 * Screening ranks over the first `size` iterations of the screened quantities (those some driver end's candidate
 * search meets; candidateLists): twice the mid-rank minus (size + 1), an exact small integer (ranks[r·size + i]
 * for the quantity of row r), and each row's sum of squares (spread[r]).
 */
export interface Screen {
  readonly size: number;
  /** The screened quantities, ascending: row r is quantities[r]. */
  readonly quantities: Int32Array;
  /** The row of each quantity, −1 when it is not screened. */
  readonly row: Int32Array;
  readonly ranks: Int16Array;
  readonly spread: Float64Array;
  /** The driver ends' candidate lists, when the screen was made for them (allocateFirstDraws). */
  readonly candidates?: CandidateLists | undefined;
}

/**
 * The candidate list of each driver end (CandidateSearch.candidates), kept from the screening for the shortlists, which
 * searched them all again: about half a second of a 100-iteration risk run at 100,000 milestones with 4,800 ends (issue
 * #18). The list of ends[j] is list[start[j] .. start[j + 1]]; at most MAX_CANDIDATES an end.
 */
export interface CandidateLists {
  readonly ends: Int32Array;
  readonly start: Int32Array;
  readonly list: Int32Array;
}

/**
 * The quantities the shortlists of `ends` (positions) can score (`quantities`: every candidate of each end, ascending),
 * and each end's candidates (CandidateLists) in arrays `buffer` makes (shared with the workers). Only those quantities
 * are screened: on a chain of 100,000 milestones with one end, 500 of 210,000 quantities, where screening every
 * quantity drew the first block twice and held 105 MB of ranks and 52 MB of draws at 250 iterations (issue #18).
 */
export function candidateLists(net: Network, ends: readonly number[], buffer: (bytes: number) => ArrayBufferLike): { quantities: Int32Array; lists: CandidateLists } {
  const search = new CandidateSearch(net);
  const isScreened = new Uint8Array(net.quantityKind.length);
  const start = new Int32Array(buffer((ends.length + 1) * 4));
  let list = new Int32Array(1024);
  let used = 0;
  let count = 0;
  ends.forEach((end, j) => {
    start[j] = used;
    const found = search.candidates(end);
    if (used + found.length > list.length) {
      const grown = new Int32Array(Math.max(2 * list.length, used + found.length));
      grown.set(list.subarray(0, used));
      list = grown;
    }
    for (const q of found) {
      list[used++] = q;
      if (isScreened[q] === 0) {
        isScreened[q] = 1;
        count++;
      }
    }
  });
  start[ends.length] = used;
  const kept = new Int32Array(buffer(Math.max(1, used) * 4)).subarray(0, used);
  kept.set(list.subarray(0, used));
  const endsAt = new Int32Array(buffer(Math.max(1, ends.length) * 4)).subarray(0, ends.length);
  endsAt.set(ends);
  const quantities = new Int32Array(count);
  for (let q = 0, r = 0; q < isScreened.length; q++) if (isScreened[q] === 1) quantities[r++] = q;
  return { quantities, lists: { ends: endsAt, start, list: kept } };
}

/**
 * The screen of a run of `iterations`: its first block (firstBlock iterations, fewer in a shorter run), for the
 * quantities `quantities` (ascending; default every quantity).
 */
export function allocateScreen(net: Network, iterations: number, firstBlock: number, buffer: (bytes: number) => ArrayBufferLike, quantities?: Int32Array, candidates?: CandidateLists): Screen {
  const q = net.quantityKind.length;
  const size = Math.min(firstBlock, iterations);
  const rows = quantities?.length ?? q;
  const screened = new Int32Array(buffer(Math.max(1, rows) * 4)).subarray(0, rows);
  const row = new Int32Array(buffer(Math.max(1, q) * 4)).subarray(0, q).fill(-1);
  for (let r = 0; r < rows; r++) {
    screened[r] = quantities === undefined ? r : quantities[r]!;
    row[screened[r]!] = r;
  }
  return { size, quantities: screened, row, ranks: new Int16Array(buffer(rows * size * 2)), spread: new Float64Array(buffer(rows * 8)), candidates };
}

/** Fills the screening ranks of rows [from, to) from the first block's draws (first[r·size + i], block.ts runBlock). */
export function screenRanks(first: Column, screen: Screen, from: number, to: number): void {
  const ranks = new Float64Array(screen.size);
  for (let r = from; r < to; r++) {
    screen.spread[r] = centredRanks(first.subarray(r * screen.size, (r + 1) * screen.size), ranks, screen.ranks, r * screen.size);
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
  /** Made at the first search: with the screening's lists (screen.candidates) there is none. */
  private searchMade: CandidateSearch | undefined;
  private readonly endScreen: Int16Array;
  private readonly ranks: Float64Array;
  /** The best SHORTLIST candidates so far, best first: quantity and score. */
  private readonly topQ = new Int32Array(SHORTLIST);
  private readonly topScore = new Float64Array(SHORTLIST);
  /** The index of each end position in screen.candidates, made at the first shortlist. */
  private listOf: Map<number, number> | undefined;

  /** `ends` holds p(end) of each end to rank (still as dates: before centreEndRanks). */
  constructor(private readonly net: Network, private readonly ends: EndSamples, private readonly screen: Screen) {
    this.endScreen = new Int16Array(screen.size);
    this.ranks = new Float64Array(screen.size);
  }

  /**
   * The quantities of the milestone at position `end` whose rho over every iteration is computed (correlateShortlists):
   * the SHORTLIST candidates that correlate most with p(end) over the screen's iterations, strongest first (ties by
   * quantity), those of score 0 left out when the screen covers every iteration. The top is kept by insertion as the
   * candidates are scored: the same list as sorting every candidate, without an object per candidate.
   */
  shortlist(end: number): number[] {
    const candidates = this.candidatesOf(end);
    if (candidates.length === 0) return [];
    const { size, ranks: screenRanksOf, spread, row } = this.screen;
    const iterations = this.ends.iterations;
    // Offsets from a fixed origin: the same ranks as the dates.
    const s = this.ends.slot[end]!;
    const samples = this.ends.values.subarray(s * iterations, s * iterations + size);
    const endSpread = centredRanks(samples, this.ranks, this.endScreen, 0);
    const y = this.endScreen;
    const { topQ, topScore } = this;
    let kept = 0;
    for (let c = 0; c < candidates.length; c++) {
      const q = candidates[c]!;
      let dot = 0;
      const r = row[q]!;
      if (r < 0) throw new Error(`quantity ${q} was not screened`);
      const base = r * size;
      for (let i = 0; i < size; i++) dot += screenRanksOf[base + i]! * y[i]!;
      const norm = spread[r]! * endSpread;
      const score = norm === 0 ? 0 : Math.abs(dot) / Math.sqrt(norm);
      // Insert before every kept candidate it beats (higher score, or the same score and a lower quantity).
      let at = kept;
      while (at > 0 && (score > topScore[at - 1]! || (score === topScore[at - 1]! && q < topQ[at - 1]!))) at--;
      if (at >= SHORTLIST) continue;
      for (let j = Math.min(kept, SHORTLIST - 1); j > at; j--) {
        topQ[j] = topQ[j - 1]!;
        topScore[j] = topScore[j - 1]!;
      }
      topQ[at] = q;
      topScore[at] = score;
      if (kept < SHORTLIST) kept++;
    }
    const out: number[] = [];
    for (let j = 0; j < kept; j++) if (topScore[j]! > 0 || size < iterations) out.push(topQ[j]!);
    return out;
  }

  private get search(): CandidateSearch {
    return (this.searchMade ??= new CandidateSearch(this.net));
  }

  /** See CandidateSearch.candidates. */
  candidates(end: number): number[] {
    return this.search.candidates(end);
  }

  /** The candidates of `end`: its list kept by the screening (screen.candidates), else searched again. */
  private candidatesOf(end: number): ArrayLike<number> {
    const lists = this.screen.candidates;
    if (lists === undefined) return this.search.candidates(end);
    if (this.listOf === undefined) {
      this.listOf = new Map();
      for (let j = 0; j < lists.ends.length; j++) if (!this.listOf.has(lists.ends[j]!)) this.listOf.set(lists.ends[j]!, j);
    }
    const j = this.listOf.get(end);
    return j === undefined ? this.search.candidates(end) : lists.list.subarray(lists.start[j]!, lists.start[j + 1]!);
  }
}

/** The drivers of `end` (a milestone index) from its found quantities: strongest first, ties by name, at most MAX_DRIVERS. */
export function nameDrivers(ws: Workspace, net: Network, end: number, found: readonly Found[]): Driver[] {
  const named = found.map((f) => ({ ...f, source: sourceName(ws, net, f.q) }));
  named.sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const kinds = ['lag', 'duration', 'risk'] as const;
  return named.slice(0, MAX_DRIVERS).map((d) => ({ end, source: d.source, kind: kinds[net.quantityKind[d.q]!]!, sensitivity: d.rho }));
}

function sourceName(ws: Workspace, net: Network, q: number): string {
  const kind = net.quantityKind[q]!;
  const i = net.quantityIndex[q]!;
  if (kind === Q_LAG) return `${ws.milestones[net.milestone[net.edgeFrom[i]!]!]!.ref} → ${ws.milestones[net.milestone[net.edgeTo[i]!]!]!.ref}`;
  if (kind === Q_DURATION) return ws.milestones[net.milestone[i]!]!.ref;
  return ws.risks?.[i]?.ref ?? '';
}
