// The sampling kernel (SPEC §11): per iteration, draw every range and risk event, then one forward and one
// backward pass of SPEC §5 over the compiled network. Pure; typed arrays allocated once per block. After a block's
// first pass, a pass recomputes only the positions whose inputs changed: on prog-100000 an iteration's 3,800 new
// draws moved p(M) of about 1,100 of 56,000 variable positions and l(M) of 13,000 of 100,000.
import { FF, FS, SF, SS } from './codes.js';
import { mark } from './kernel-state.js';
import { SimulatorWork } from './kernel-work.js';
import { variableParts } from './variable.js';
import type { Network } from './network.js';

/** One iteration's values and passes; scratch arrays reused across iterations. */
export class Simulator extends SimulatorWork {
  /**
   * `fullAbove`: a pass after the first visits every position, rather than those marked and what their changes reach,
   * when the draws marked more positions than this (a quarter of them unless told; the tests pin either way).
   */
  constructor(net: Network, private readonly fullAbove = net.n / 4) {
    super(net);
  }

  /**
   * SPEC §5 on the current values: p(M), l(M), float and critical for every position. add and sub are monotone,
   * so the duration (and risk delays) of M are applied once to the latest lag-shifted FS/SS end instead of per edge,
   * and a node's start and latest start are computed once for all its edges. After the first pass only the positions
   * whose inputs changed are visited (see `full`), unless the draws marked more than a quarter of them: each is
   * recomputed as the full pass would, in position order forward and the reverse backward, so every date is the full
   * pass's; `moved` and `flipped` list the positions whose p(M) and criticality changed either way.
   */
  pass(): void {
    const { n, planOf } = this.net;
    const { projected, planMax } = this;
    if (this.full || countBits(this.forwardDirty) > this.fullAbove) {
      // A pass after the first that would visit most positions anyway visits them all, in order, without marking what
      // each change reaches: the draws of a network with three-point estimates on most of its milestones mark some
      // 40-85 % of them, and their changes reach nearly all (bench/generate-risk.mjs at 100,000 milestones: 99.99 % of
      // positions visited forward and backward by each marking pass). moved and flipped are the same lists.
      const tracked = !this.full;
      if (this.full) {
        const { succLag, lagDays } = this;
        const slot = this.links.succSlot;
        for (let i = 0; i < lagDays.length; i++) succLag[slot[i]!] = lagDays[i]!;
      }
      this.movedCount = 0;
      this.flippedCount = 0;
      planMax.fill(-Infinity);
      for (let k = 0; k < n; k++) {
        if ((this.forwardAt(k) & 1) !== 0 && tracked) this.moved[this.movedCount++] = k;
        const plan = planOf[k]!;
        if (projected[k]! > planMax[plan]!) planMax[plan] = projected[k]!;
      }
      for (let k = n - 1; k >= 0; k--) this.backwardAt(k);
      this.forwardDirty.fill(0);
      this.backwardDirty.fill(0);
      // The first pass sets every position: nothing moved from a pass before it.
      if (!tracked) this.flippedCount = 0;
      this.full = false;
      this.fixedStale = true;
      return;
    }
    const parts = variableParts(this.net);
    if (this.fixedStale) this.fixPlanMax(parts.forwardMask);
    const { succStart, predStart, edgeFrom } = this.net;
    const { succTo, tailStart, tails } = this.links;
    const forwardDirty = this.forwardDirty;
    const backwardDirty = this.backwardDirty;
    let moved = false;
    this.movedCount = 0;
    this.flippedCount = 0;
    // Successors have higher positions: a mark made here is met later in the same walk.
    for (let w = 0; w < forwardDirty.length; w++) {
      for (let bits = forwardDirty[w]!; bits !== 0; bits = forwardDirty[w]!) {
        const low = bits & -bits;
        forwardDirty[w] = bits ^ low;
        const k = (w << 5) | (31 - Math.clz32(low));
        const change = this.forwardAt(k);
        if (change === 0) continue;
        for (let j = succStart[k]!; j < succStart[k + 1]!; j++) mark(forwardDirty, succTo[j]!);
        if ((change & 1) !== 0) {
          mark(backwardDirty, k);
          moved = true;
          this.moved[this.movedCount++] = k;
        }
      }
    }
    if (moved) {
      const before = this.planBefore;
      before.set(planMax);
      planMax.set(this.planFixedMax);
      const forward = parts.forward;
      for (let x = 0; x < forward.length; x++) {
        const k = forward[x]!;
        const plan = planOf[k]!;
        if (projected[k]! > planMax[plan]!) planMax[plan] = projected[k]!;
      }
      for (let plan = 0; plan < planMax.length; plan++) {
        if (planMax[plan] !== before[plan]) for (let t = tailStart[plan]!; t < tailStart[plan + 1]!; t++) mark(backwardDirty, tails[t]!);
      }
    }
    // Predecessors have lower positions: walked from the highest bit down.
    for (let w = backwardDirty.length - 1; w >= 0; w--) {
      for (let bits = backwardDirty[w]!; bits !== 0; bits = backwardDirty[w]!) {
        const high = 31 - Math.clz32(bits);
        backwardDirty[w] = bits & ~(1 << high);
        const k = (w << 5) | high;
        if (this.backwardAt(k)) for (let i = predStart[k]!; i < predStart[k + 1]!; i++) mark(backwardDirty, edgeFrom[i]!);
      }
    }
  }

  /** p(M) and s(M) of position k from its predecessors: 1 when p(M) changed, 2 when s(M) changed (or both). */
  private forwardAt(k: number): number {
    const { predStart, edgeFrom, edgeType, calendarOf, actual, current, riskStart, needsStart } = this.net;
    const lagElapsed = this.net.lag.elapsed;
    const { lagDays, projected, start } = this;
    let p = actual[k]!;
    if (p !== p) {
      const cal = this.calendars[calendarOf[k]!]!;
      const first = predStart[k]!;
      const last = predStart[k + 1]!;
      // A milestone without predecessors is delayed from its current date by its risk events (SPEC §11).
      p = first === last && riskStart[k + 1]! > riskStart[k]! ? this.addRisks(k, current[k]!) : current[k]!;
      let work = -Infinity;
      let finish = -Infinity;
      for (let i = first; i < last; i++) {
        const from = edgeFrom[i]!;
        const type = edgeType[i]!;
        let x = type === FS || type === FF ? projected[from]! : start[from]!;
        const lag = lagDays[i]!;
        if (lag !== 0) x = lagElapsed[i] === 1 ? x + lag : cal.add(x, lag);
        if (type === FS || type === SS) {
          if (x > work) work = x;
        } else if (x > finish) finish = x;
      }
      if (work !== -Infinity) {
        const x = this.addWork(k, work);
        if (x > p) p = x;
      }
      // An FF or SF edge bounds M's finish without its duration, but with its risk delays: an event's impact is in the
      // weight of every edge into M (SPEC §11).
      if (finish !== -Infinity) {
        const x = riskStart[k + 1]! > riskStart[k]! ? this.addRisks(k, finish) : finish;
        if (x > p) p = x;
      }
    }
    let change = 0;
    const oldP = projected[k]!;
    projected[k] = p;
    if (projected[k] !== oldP) change = 1;
    if (needsStart[k] === 1) {
      const oldS = start[k]!;
      start[k] = this.subWork(k, p);
      if (start[k] !== oldS) change |= 2;
    }
    return change;
  }

  /** l(M), the late start, float and criticality of position k from its successors: true when l(M) or the late start changed. */
  private backwardAt(k: number): boolean {
    const { succStart, calendarOf, deadline, needsLateStart, threshold, planFinish, planOf, riskStart } = this.net;
    const { succTo, succType, succLagElapsed } = this.links;
    const { succLag, latest, lateStart, lateRisk, calendars } = this;
    let l = deadline[k]!;
    let startBound = Infinity;
    const first = succStart[k]!;
    const last = succStart[k + 1]!;
    for (let j = first; j < last; j++) {
      const to = succTo[j]!;
      const type = succType[j]!;
      let y = type === FS || type === SS ? lateStart[to]! : riskStart[to + 1]! > riskStart[to]! ? lateRisk[to]! : latest[to]!;
      const lag = succLag[j]!;
      if (lag !== 0) y = succLagElapsed[j] === 1 ? y - lag : calendars[calendarOf[to]!]!.latestAdding(y, lag);
      if (type === SS || type === SF) {
        if (y < startBound) startBound = y;
      } else if (y < l) l = y;
    }
    if (startBound !== Infinity) {
      const y = this.addWork(k, startBound);
      if (y < l) l = y;
    }
    if (first === last && l === Infinity) {
      const finish = planFinish[planOf[k]!]!;
      l = finish === finish ? finish : this.planMax[planOf[k]!]!;
    }
    const oldL = latest[k]!;
    latest[k] = l;
    let changed = latest[k] !== oldL;
    if (needsLateStart[k] === 1) {
      const oldStart = lateStart[k]!;
      lateStart[k] = this.subWork(k, l, true);
      if (lateStart[k] !== oldStart) changed = true;
    }
    if (riskStart[k + 1]! > riskStart[k]!) {
      const oldRisk = lateRisk[k]!;
      lateRisk[k] = this.subRisks(k, l, true);
      if (lateRisk[k] !== oldRisk) changed = true;
    }
    const f = calendars[calendarOf[k]!]!.between(this.projected[k]!, l);
    this.float[k] = f;
    const critical = f <= threshold[k]! ? 1 : 0;
    if (critical !== this.critical[k]) {
      this.critical[k] = critical;
      this.flipped[this.flippedCount++] = k;
    }
    return changed;
  }

  /** planFixedMax from the dates of the last full pass: the positions outside `mask` (forward) keep them. */
  private fixPlanMax(mask: Uint8Array): void {
    const { n, planOf } = this.net;
    this.fixedStale = false;
    const fixed = this.planFixedMax.fill(-Infinity);
    for (let k = 0; k < n; k++) {
      const plan = planOf[k]!;
      if (mask[k] === 0 && this.projected[k]! > fixed[plan]!) fixed[plan] = this.projected[k]!;
    }
  }
}

/** The number of bits set in `bits`. */
function countBits(bits: Int32Array): number {
  let count = 0;
  for (let i = 0; i < bits.length; i++) {
    let v = bits[i]!;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    count += Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
  }
  return count;
}
