// What the kernel's passes follow from a position to the positions a change there can move (SPEC §5 on the compiled
// network), made once per network and shared by every simulator of a run.
import type { Network } from './network.js';
import { bucketed, perNetwork } from './per-network.js';

export interface KernelLinks {
  /** The edges by predecessor position, as the backward pass walks them (slot j = succEdges[j]): the successor. */
  readonly succTo: Int32Array;
  readonly succType: Uint8Array;
  /** 1 when the slot's lag is in calendar days. */
  readonly succLagElapsed: Uint8Array;
  /** The slot of each edge: succSlot[succEdges[j]] = j. */
  readonly succSlot: Int32Array;
  /** Positions each risk event delays: riskPositions[riskPositionStart[r] .. riskPositionStart[r+1]]. */
  readonly riskPositionStart: Int32Array;
  readonly riskPositions: Int32Array;
  /**
   * The positions whose l(M) is their plan's latest p(M) (no successor, no deadline, a plan without `finish`), by
   * plan: tails[tailStart[p] .. tailStart[p+1]].
   */
  readonly tailStart: Int32Array;
  readonly tails: Int32Array;
}

/** The links of `net`, made once per network. */
export const kernelLinks: (net: Network) => KernelLinks = perNetwork(makeLinks);

function makeLinks(net: Network): KernelLinks {
  const { n, succEdges, edgeTo, edgeType, succStart, riskStart, riskEvents, deadline, planOf, planFinish } = net;
  // Reading the successor, type and lag through succEdges took four scattered reads per edge of the backward pass.
  const count = succEdges.length;
  const succTo = new Int32Array(count);
  const succType = new Uint8Array(count);
  const succLagElapsed = new Uint8Array(count);
  const succSlot = new Int32Array(count);
  for (let j = 0; j < count; j++) {
    const i = succEdges[j]!;
    succTo[j] = edgeTo[i]!;
    succType[j] = edgeType[i]!;
    succLagElapsed[j] = net.lag.elapsed[i]!;
    succSlot[i] = j;
  }
  const byRisk = bucketed(net.riskProbability.length, (add) => {
    for (let k = 0; k < n; k++) for (let x = riskStart[k]!; x < riskStart[k + 1]!; x++) add(riskEvents[x]!, k);
  });
  const isTail = (k: number): boolean => succStart[k] === succStart[k + 1] && deadline[k] === Infinity && Number.isNaN(planFinish[planOf[k]!]!);
  const byPlan = bucketed(planFinish.length, (add) => {
    for (let k = 0; k < n; k++) if (isTail(k)) add(planOf[k]!, k);
  });
  return { succTo, succType, succLagElapsed, succSlot, riskPositionStart: byRisk.start, riskPositions: byRisk.values, tailStart: byPlan.start, tails: byPlan.values };
}
