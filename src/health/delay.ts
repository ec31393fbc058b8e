// The forward pass again after one milestone is delayed (DCMA's critical path test), over what it can reach only.
import type { Schedule } from '../schedule/cpm.js';
import { edgeEnds } from '../schedule/cpm.js';
import type { EdgeEnd } from '../schedule/edge-constraint.js';
import { forwardDays, linkTable } from '../schedule/edge-constraint.js';
import type { PlanHealthContext } from './types.js';
import { MinHeap } from '../graph/min-heap.js';

/** DCMA: a delay far longer than any float in a sound schedule. */
export const CRITICAL_PATH_TEST_WORKDAYS = 600;

/**
 * What every delay on one schedule shares, made on the first: each milestone's edge end and position in the
 * topological order, and the projected dates and reach flags that a delay changes and puts back. Each plan's test
 * made them afresh, and walked the rest of the whole workspace's order: 10,000 plans of 10 milestones made 10^9 steps
 * and 10,000 copies of the dates (issue #18: `health` on 100,000 milestones in 10,000 files, 27 s and 804 MB).
 */
interface DelayScratch {
  readonly ends: readonly EdgeEnd[];
  /**
   * The scheduled edges into each milestone v, at inStart[v] .. inStart[v + 1]: the predecessor, link type and lag,
   * side by side in the order they are read. A delay reaches most of a dense workspace and each plan's test makes one:
   * reading each edge's fields from tables indexed by edge number was a cache miss each, 0.4-0.9 µs per edge (100,000
   * milestones with 9 predecessors each, 10 plans: 4.5 million edges, 1.8 s; issue #18).
   */
  readonly inStart: Int32Array;
  readonly inFrom: Int32Array;
  readonly inType: Uint8Array;
  readonly inLagDays: Float64Array;
  readonly inLagWorking: Uint8Array;
  /** The scheduled edges out of each milestone v: their successors, at outStart[v] .. outStart[v + 1]. */
  readonly outStart: Int32Array;
  readonly outTo: Int32Array;
  /** Each milestone's c(M), and 1 when it has an actual (the delay does not move it). */
  readonly current: Float64Array;
  readonly isDone: Uint8Array;
  readonly position: Int32Array;
  /** schedule.projected, but for the dates a delay is moving (put back when it ends). */
  readonly projected: Float64Array;
  /** 1 for a milestone the delay reached (reset when it ends). */
  readonly touched: Uint8Array;
  /** 1 for a milestone of the plan whose finish the delay measures (reset when it ends). */
  readonly inPlan: Uint8Array;
  /**
   * For a milestone the delay moved along its driving chain, where that chain alone puts it (the delayed milestone's
   * new date carried through the edges that drove each one before, with their own lags and link types); NaN for every
   * other (put back when it ends).
   */
  readonly chain: Float64Array;
}

const scratches = new WeakMap<Schedule, DelayScratch>();

function scratchOf(ctx: PlanHealthContext): DelayScratch {
  let scratch = scratches.get(ctx.schedule);
  if (scratch === undefined) {
    const { graph, workspace: ws } = ctx;
    const { order } = graph;
    const n = order.length;
    const position = new Int32Array(n);
    for (let k = 0; k < n; k++) position[order[k]!] = k;
    const links = linkTable(ws.dependencies);
    const inStart = new Int32Array(n + 1);
    const inFrom = new Int32Array(graph.predEdges.length);
    const inType = new Uint8Array(graph.predEdges.length);
    const inLagDays = new Float64Array(graph.predEdges.length);
    const inLagWorking = new Uint8Array(graph.predEdges.length);
    const outStart = new Int32Array(n + 1);
    const outTo = new Int32Array(graph.succEdges.length);
    let k = 0;
    let j = 0;
    for (let v = 0; v < n; v++) {
      inStart[v] = k;
      for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
        const e = graph.predEdges[i]!;
        if (graph.edgeInCycle[e]) continue;
        inFrom[k] = graph.edgeFrom[e]!;
        inType[k] = links.type[e]!;
        inLagDays[k] = links.lagDays[e]!;
        inLagWorking[k] = links.lagWorking[e]!;
        k++;
      }
      outStart[v] = j;
      for (let i = graph.succStart[v]!; i < graph.succStart[v + 1]!; i++) {
        const e = graph.succEdges[i]!;
        if (!graph.edgeInCycle[e]) outTo[j++] = graph.edgeTo[e]!;
      }
    }
    inStart[n] = k;
    outStart[n] = j;
    const current = new Float64Array(n);
    const isDone = new Uint8Array(n);
    for (let v = 0; v < n; v++) {
      current[v] = ws.milestones[v]!.current;
      isDone[v] = ws.milestones[v]!.actual ? 1 : 0;
    }
    scratch = {
      ends: edgeEnds(ws), inStart, inFrom, inType, inLagDays, inLagWorking, outStart, outTo, current, isDone,
      position, projected: Float64Array.from(ctx.schedule.projected), touched: new Uint8Array(n), inPlan: new Uint8Array(n),
      chain: new Float64Array(n).fill(NaN),
    };
    scratches.set(ctx.schedule, scratch);
  }
  return scratch;
}

/**
 * Whether delaying `milestone` by `workdays` working days delays its plan's finish "by the same" (SPEC §13
 * `critical-path-test`): whether the delayed finish is at least where the unchanged network puts the finish given the
 * delayed milestone's new date, carried through the chain of edges that drove the finish before (same lags, durations
 * and link types). That is: a milestone at the plan's finish before the delay is reached from the delayed one by edges
 * that drove it, each moving its successor later (the forward pass is monotone, so the delayed finish is then at least
 * the chain's date). Counting the finish's move in working days instead (as this test once did) is no measure of
 * this: a 4ed lag from Monday 2019-07-08 ends the plan on Friday 2019-07-12, and 600 working days later on Sunday
 * 2021-11-21, which is 599 working days from that Friday counted from the working day on or after each, though it
 * follows the delayed milestone exactly. A finish that does not follow (a later milestone not driven by it, ending the plan with float, or
 * one the chain reaches only through a milestone with an actual) fails. Stops as soon as the chain reaches the finish.
 */
export function delayFollows(ctx: PlanHealthContext, milestone: number, workdays: number): boolean {
  const { schedule } = ctx;
  const { inPlan, chain } = scratchOf(ctx);
  let before = -Infinity;
  for (const m of ctx.milestones) before = Math.max(before, schedule.projected[m]!);
  let follows = false;
  return walkDelay(ctx, milestone, workdays, (v) => {
    if (inPlan[v] === 1 && chain[v] === chain[v] && schedule.projected[v] === before) follows = true;
    return follows;
  }, () => follows);
}

/**
 * Delays `milestone`'s projected date by `workdays` working days of its plan's calendar and re-runs the forward pass
 * (SPEC §5) on everything downstream in topological order, carrying the driving chain's dates with it (DelayScratch
 * `chain`): `moves(v)` is told of each milestone the delay moved (the delayed one first) and stops the walk by
 * returning true; `result` is read before the scratch is put back. A heap keeps the reached milestones in topological
 * order while they are few, so that a delay costs what it reaches, not the workspace; once they are more than a
 * SWEEP_SHARE of the positions after the delayed one, the rest of the order is walked instead and the reached ones
 * picked out (on a programme of 93 plans linked across, each plan's delay reaches most of 100,000 milestones: the
 * heap's pushes and pops were most of `health`'s own second; issue #18). No recursion.
 */
function walkDelay<T>(ctx: PlanHealthContext, milestone: number, workdays: number, moves: (v: number) => boolean, result: () => T): T {
  const { workspace: ws, graph, schedule } = ctx;
  const { ends, inStart, inFrom, inType, inLagDays, inLagWorking, outStart, outTo, current, isDone, position, projected, touched, inPlan, chain } = scratchOf(ctx);
  for (const m of ctx.milestones) inPlan[m] = 1;
  let stopped = false;
  const { order } = graph;
  const start = position[milestone]!;
  const moved: number[] = [milestone];
  const reached: number[] = [];
  const due = new MinHeap();
  // Past this many reached milestones the walk over the rest of the order is cheaper than the heap.
  const sweepAfter = (order.length - start) * SWEEP_SHARE;
  let sweeping = false;
  const reach = (v: number): void => {
    for (let i = outStart[v]!; i < outStart[v + 1]!; i++) {
      const s = outTo[i]!;
      if (touched[s] || position[s]! <= start) continue;
      touched[s] = 1;
      reached.push(s);
      if (!sweeping) due.push(position[s]!);
    }
  };
  /** The forward pass at v: its new p(M) from its predecessors' (moved or not); v's successors reached when it moves. */
  const visit = (v: number): void => {
    if (isDone[v]) return;
    let best = current[v]!;
    let carried = NaN;
    const end = ends[v]!;
    const was = schedule.projected[v]!;
    for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
      const p = inFrom[i]!;
      const candidate = forwardDays(inType[i]!, inLagDays[i]!, inLagWorking[i]!, projected[p]!, ends[p]!, end);
      if (candidate > best) best = candidate;
      // The driving chain: an edge from a milestone on it that drove v before the delay carries the chain's date on.
      const c = chain[p]!;
      if (c === c && forwardDays(inType[i]!, inLagDays[i]!, inLagWorking[i]!, schedule.projected[p]!, ends[p]!, end) === was) {
        const t = forwardDays(inType[i]!, inLagDays[i]!, inLagWorking[i]!, c, ends[p]!, end);
        if (t > was && !(t <= carried)) carried = t;
      }
    }
    if (best !== projected[v]) {
      projected[v] = best;
      chain[v] = carried;
      moved.push(v);
      if (moves(v)) stopped = true;
      reach(v);
    }
  };
  try {
    projected[milestone] = ws.plans[ws.milestones[milestone]!.plan]!.calendar.add(projected[milestone]!, workdays);
    if (projected[milestone]! > schedule.projected[milestone]!) chain[milestone] = projected[milestone]!;
    if (moves(milestone)) stopped = true;
    reach(milestone);
    while (!stopped && due.size > 0 && reached.length <= sweepAfter) visit(order[due.pop()]!);
    if (!stopped && due.size > 0) {
      // Every reached milestone before the heap's next position has been visited, and every one reached from here on
      // lies after the one that reaches it: the rest of the order, in order, visits each reached one once.
      sweeping = true;
      for (let k = due.pop(); k < order.length && !stopped; k++) {
        const v = order[k]!;
        if (touched[v]) visit(v);
      }
    }
    return result();
  } finally {
    for (const m of ctx.milestones) inPlan[m] = 0;
    for (const v of moved) {
      projected[v] = schedule.projected[v]!;
      chain[v] = NaN;
    }
    for (const v of reached) touched[v] = 0;
  }
}

/** The share of the positions after a delayed milestone that it must reach before walkDelay walks them all. */
const SWEEP_SHARE = 1 / 16;
