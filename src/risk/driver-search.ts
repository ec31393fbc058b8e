// The drivers' candidate search (SPEC §11): the sampled quantities upstream of a milestone, breadth-first over its
// predecessors, on a search graph compiled once per run. At 100,000 milestones of the programme shape, an end that
// meets 500 quantities walks some 14,000 ancestors first (3,351 such ends, 46 million visits): a visit reads one
// run of the node's own quantities and one run of the predecessors worth entering, nothing else.
import { Q_DURATION, Q_LAG, type Network } from './network.js';

/** Upstream quantities examined per milestone, nearest first (breadth-first over predecessors). */
export const MAX_CANDIDATES = 500;

/**
 * Per position k: its own quantities own[ownStart[k] .. ownStart[k+1]] in the order the search meets them (duration,
 * risk events in list order, incoming lags in edge order), and the predecessors the search enters (those that reach a
 * quantity, in edge order) preds[predStart[k] .. predStart[k+1]]. A position with an actual date has neither: its
 * date is fixed, so it cuts the search. reach[k] = 1 when a search from k can meet a quantity.
 */
interface SearchGraph {
  readonly reach: Uint8Array;
  readonly ownStart: Int32Array;
  readonly own: Int32Array;
  readonly predStart: Int32Array;
  readonly preds: Int32Array;
}

/** Breadth-first candidate searches over one network; scratch arrays allocated once. */
export class CandidateSearch {
  private readonly graph: SearchGraph;
  private readonly seen: Int32Array;
  private readonly queue: Int32Array;
  /** stamp of the search that took quantity q. */
  private readonly taken: Int32Array;
  private stamp = 0;

  constructor(net: Network) {
    this.graph = searchGraph(net);
    this.seen = new Int32Array(net.n);
    this.queue = new Int32Array(net.n);
    this.taken = new Int32Array(net.quantityKind.length);
  }

  /**
   * Quantities that can move p(end): durations, risk events and incoming lags of `end` and its ancestors,
   * breadth-first, each once; a milestone with an actual date cuts the search (its date is fixed). At most
   * MAX_CANDIDATES. A predecessor that reaches no quantity adds nothing and leads to none: skipping it leaves the
   * order of the others unchanged.
   */
  candidates(end: number): number[] {
    const { reach, ownStart, own, predStart, preds } = this.graph;
    if (reach[end] === 0) return [];
    const { seen, queue, taken } = this;
    const stamp = ++this.stamp;
    const out: number[] = [];
    seen[end] = stamp;
    queue[0] = end;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const k = queue[head]!;
      for (let o = ownStart[k]!, last = ownStart[k + 1]!; o < last; o++) {
        const q = own[o]!;
        if (taken[q] !== stamp) {
          taken[q] = stamp;
          if (out.push(q) === MAX_CANDIDATES) return out;
        }
      }
      for (let p = predStart[k]!, last = predStart[k + 1]!; p < last; p++) {
        const from = preds[p]!;
        if (seen[from] !== stamp) {
          seen[from] = stamp;
          queue[tail++] = from;
        }
      }
    }
    return out;
  }
}

/**
 * The search graph of `net`. reach: one pass in topological position order (predecessors come first),
 * O(positions + edges); without it the search of an end whose ancestors hold few quantities walks every ancestor:
 * at 100,000 milestones and 5,000 ends, 8 s (issue #18).
 */
function searchGraph(net: Network): SearchGraph {
  const { n, actual, riskStart, riskEvents, predStart: edgeStart, edgeFrom } = net;
  const lag = new Int32Array(edgeFrom.length).fill(-1);
  const duration = new Int32Array(n).fill(-1);
  const risk = new Int32Array(net.riskProbability.length).fill(-1);
  for (let q = 0; q < net.quantityKind.length; q++) {
    const kind = net.quantityKind[q]!;
    (kind === Q_LAG ? lag : kind === Q_DURATION ? duration : risk)[net.quantityIndex[q]!] = q;
  }
  const reach = new Uint8Array(n);
  const ownStart = new Int32Array(n + 1);
  const predStart = new Int32Array(n + 1);
  const own: number[] = [];
  const preds: number[] = [];
  for (let k = 0; k < n; k++) {
    ownStart[k] = own.length;
    predStart[k] = preds.length;
    if (actual[k] === actual[k]) continue;
    const add = (q: number): void => void (q >= 0 && own.push(q));
    add(duration[k]!);
    for (let r = riskStart[k]!; r < riskStart[k + 1]!; r++) add(risk[riskEvents[r]!]!);
    for (let i = edgeStart[k]!; i < edgeStart[k + 1]!; i++) {
      add(lag[i]!);
      const from = edgeFrom[i]!;
      if (reach[from] === 1) preds.push(from);
    }
    reach[k] = own.length > ownStart[k]! || preds.length > predStart[k]! ? 1 : 0;
  }
  ownStart[n] = own.length;
  predStart[n] = preds.length;
  return { reach, ownStart, own: Int32Array.from(own), predStart, preds: Int32Array.from(preds) };
}
