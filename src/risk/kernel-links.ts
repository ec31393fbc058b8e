// What the kernel's passes follow from a position to the positions a change there can move (SPEC §5 on the compiled
// network), made once per network and shared by every simulator of a run.
import type { Network } from './network.js';

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

const cache = new WeakMap<Network, KernelLinks>();

/** The links of `net`, made once per network. */
export function kernelLinks(net: Network): KernelLinks {
  let links = cache.get(net);
  if (links === undefined) {
    links = makeLinks(net);
    cache.set(net, links);
  }
  return links;
}

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
  const risks = net.riskProbability.length;
  const riskPositionStart = new Int32Array(risks + 1);
  for (let x = 0; x < riskEvents.length; x++) riskPositionStart[riskEvents[x]! + 1]!++;
  for (let r = 0; r < risks; r++) riskPositionStart[r + 1]! += riskPositionStart[r]!;
  const riskFill = riskPositionStart.slice(0, risks);
  const riskPositions = new Int32Array(riskEvents.length);
  for (let k = 0; k < n; k++) for (let x = riskStart[k]!; x < riskStart[k + 1]!; x++) riskPositions[riskFill[riskEvents[x]!]!++] = k;
  const plans = planFinish.length;
  const isTail = (k: number): boolean => succStart[k] === succStart[k + 1] && deadline[k] === Infinity && Number.isNaN(planFinish[planOf[k]!]!);
  const tailStart = new Int32Array(plans + 1);
  for (let k = 0; k < n; k++) if (isTail(k)) tailStart[planOf[k]! + 1]!++;
  for (let p = 0; p < plans; p++) tailStart[p + 1]! += tailStart[p]!;
  const tailFill = tailStart.slice(0, plans);
  const tails = new Int32Array(tailStart[plans]!);
  for (let k = 0; k < n; k++) if (isTail(k)) tails[tailFill[planOf[k]!]!++] = k;
  return { succTo, succType, succLagElapsed, succSlot, riskPositionStart, riskPositions, tailStart, tails };
}
