// Which positions of the compiled network can change from one iteration to the next (issue #18): a milestone that
// neither holds a sampled quantity nor depends on one through the passes of SPEC §5 keeps the dates of the first
// pass in every iteration, so the kernel recomputes only the others. At 100,000 milestones without a single range,
// 100 iterations took 3 s of passes that all gave the same dates.
import { Q_DURATION, Q_LAG } from './codes.js';
import type { Network } from './network.js';
import { perNetwork } from './per-network.js';

export interface VariableParts {
  /** Positions whose p(M) or s(M) can change between iterations, ascending (the forward pass's order). */
  readonly forward: Int32Array;
  /** Positions whose l(M), late start, float or criticality can change, ascending (walked from the end). */
  readonly backward: Int32Array;
  /** 1 at a position in `forward`. */
  readonly forwardMask: Uint8Array;
}

/** The variable positions of `net`, computed once per network (each simulator of a run shares them). */
export const variableParts: (net: Network) => VariableParts = perNetwork(computeParts);

/**
 * What Simulator.draw changes is exactly the sampled quantities (net.quantityKind): ranged lags and durations and
 * every risk event. Forward, p(M) and s(M) of a position change with its own duration or risk delays (a risk delay
 * moves s(M) even under an actual date), an incoming sampled lag, or a changing predecessor; an actual date fixes
 * p(M). Backward, l(M), the late start, float and criticality change with a changing p(M) (which covers the
 * position's own duration and risk delays), a changing successor (which covers an outgoing sampled lag), or, for a
 * position without successors or deadline in a plan without `finish`, with the plan's latest p(M) when some p(M)
 * of the plan changes. One pass each way in position (topological) order: O(positions + edges).
 */
function computeParts(net: Network): VariableParts {
  const { n, predStart, edgeFrom, succStart, succEdges, edgeTo, riskStart, actual, deadline, planOf, planFinish } = net;
  const lagQ = new Uint8Array(edgeFrom.length);
  const durationQ = new Uint8Array(n);
  for (let q = 0; q < net.quantityKind.length; q++) {
    const kind = net.quantityKind[q]!;
    if (kind === Q_LAG) lagQ[net.quantityIndex[q]!] = 1;
    else if (kind === Q_DURATION) durationQ[net.quantityIndex[q]!] = 1;
  }
  const forwardMask = new Uint8Array(n);
  const planVaries = new Uint8Array(planFinish.length);
  let forwardCount = 0;
  for (let k = 0; k < n; k++) {
    let v = riskStart[k + 1]! > riskStart[k]!;
    if (!v && actual[k] !== actual[k]) {
      v = durationQ[k] === 1;
      for (let i = predStart[k]!; i < predStart[k + 1]! && !v; i++) v = lagQ[i] === 1 || forwardMask[edgeFrom[i]!] === 1;
    }
    if (v) {
      forwardMask[k] = 1;
      planVaries[planOf[k]!] = 1;
      forwardCount++;
    }
  }
  const backwardMask = new Uint8Array(n);
  let backwardCount = 0;
  for (let k = n - 1; k >= 0; k--) {
    const first = succStart[k]!;
    const last = succStart[k + 1]!;
    // A position with its own duration or risk delays is forward-variable already.
    let v = forwardMask[k] === 1;
    // A sampled lag leads into a position without an actual date, which is forward-variable, hence backward too.
    for (let j = first; j < last && !v; j++) v = backwardMask[edgeTo[succEdges[j]!]!] === 1;
    const plan = planOf[k]!;
    if (!v && first === last && deadline[k] === Infinity && planFinish[plan] !== planFinish[plan]) v = planVaries[plan] === 1;
    if (v) {
      backwardMask[k] = 1;
      backwardCount++;
    }
  }
  return { forward: positionsOf(forwardMask, forwardCount), backward: positionsOf(backwardMask, backwardCount), forwardMask };
}

function positionsOf(mask: Uint8Array, count: number): Int32Array {
  const out = new Int32Array(count);
  for (let k = 0, j = 0; k < mask.length; k++) if (mask[k] === 1) out[j++] = k;
  return out;
}
