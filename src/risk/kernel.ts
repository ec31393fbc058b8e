// The sampling kernel (SPEC §11): per iteration, draw every range and risk event, then one forward and one
// backward pass of SPEC §5 over the compiled network. Pure; typed arrays allocated once per block. After a block's
// first pass, a pass recomputes only the positions whose inputs changed: on prog-100000 an iteration's 3,800 new
// draws moved p(M) of about 1,100 of 56,000 variable positions and l(M) of 13,000 of 100,000.
import { TableCalendar } from './calendar-table.js';
import { FF, FS, Q_DURATION, Q_LAG, SF, SS } from './codes.js';
import type { Estimates, Network } from './network.js';
import { drawDays, skipDays, type Uniform } from './sampling.js';
import { kernelLinks, type KernelLinks } from './kernel-links.js';
import { variableParts } from './variable.js';

/** One iteration's values and passes; scratch arrays reused across iterations. */
export class Simulator {
  readonly lagDays: Int32Array;
  readonly durationDays: Int32Array;
  /** Delay of each risk event in this iteration; 0 when it does not occur. */
  readonly riskDays: Int32Array;
  /** Day numbers: every date a pass computes is finite. */
  readonly projected: Int32Array;
  readonly latest: Int32Array;
  /** Working days. */
  readonly float: Int32Array;
  readonly critical: Uint8Array;
  /**
   * The positions whose p(M) the last pass changed (the first movedCount) and those whose criticality it changed
   * (the first flippedCount); none after a full pass, which sets every position.
   */
  readonly moved: Int32Array;
  movedCount = 0;
  readonly flipped: Int32Array;
  flippedCount = 0;
  /** s(M) = sub(p(M), duration and risk delays), for SS/SF successors. */
  private readonly start: Int32Array;
  /** sub(l(M), duration and risk delays), for FS/SS predecessors. */
  private readonly lateStart: Int32Array;
  /** sub(l(M), risk delays), for FF/SF predecessors of a position with risk events (else l(M) itself serves). */
  private readonly lateRisk: Int32Array;
  private readonly planMax: Float64Array;
  /** The latest p(M) of each plan over the positions whose p(M) never changes (set by a full pass). */
  private readonly planFixedMax: Float64Array;
  private readonly calendars: readonly TableCalendar[];
  private readonly links: KernelLinks;
  /** lagDays by successor slot (kernel-links.ts): copied at a full pass, kept in step by draw(). */
  private readonly succLag: Int32Array;
  /** A bit per position whose forward (p(M), s(M)) or backward (l(M), late start, float) inputs changed. */
  private readonly forwardDirty: Int32Array;
  private readonly backwardDirty: Int32Array;
  /** planMax before the pass's forward half. */
  private readonly planBefore: Float64Array;
  /**
   * The next pass computes every position: the first one, and the one after setExtreme. Later passes recompute
   * the positions marked dirty by draw() and by the changes they make; values change only through these two.
   */
  private full = true;
  /** planFixedMax is not yet taken from the last full pass's dates. */
  private fixedStale = true;

  constructor(private readonly net: Network) {
    this.calendars = net.calendars.map((t) => new TableCalendar(t));
    this.lagDays = Int32Array.from(net.lag.likely);
    this.links = kernelLinks(net);
    this.succLag = new Int32Array(this.lagDays.length);
    this.durationDays = Int32Array.from(net.duration.likely);
    this.riskDays = new Int32Array(net.riskProbability.length);
    this.projected = new Int32Array(net.n);
    this.latest = new Int32Array(net.n);
    this.float = new Int32Array(net.n);
    this.critical = new Uint8Array(net.n);
    this.moved = new Int32Array(net.n);
    this.flipped = new Int32Array(net.n);
    this.start = new Int32Array(net.n);
    this.lateStart = new Int32Array(net.n);
    this.lateRisk = new Int32Array(net.n);
    this.planMax = new Float64Array(net.planFinish.length);
    this.planFixedMax = new Float64Array(net.planFinish.length);
    this.planBefore = new Float64Array(net.planFinish.length);
    this.forwardDirty = new Int32Array((net.n + 31) >>> 5);
    this.backwardDirty = new Int32Array((net.n + 31) >>> 5);
  }

  /** Draws every sampled quantity in network order and records it in `row` (one value per quantity, from `at`). */
  draw(rng: Uniform, row: Int32Array, at: number): void {
    const net = this.net;
    const kinds = net.quantityKind;
    const indices = net.quantityIndex;
    for (let q = 0; q < kinds.length; q++) {
      const j = indices[q]!;
      const kind = kinds[q]!;
      let value: number;
      if (kind === Q_LAG) {
        const e = net.lag;
        value = drawDays(e.min[j]!, e.likely[j]!, e.max[j]!, e.pert[j] === 1, rng);
        if (value !== this.lagDays[j]) {
          this.lagDays[j] = this.succLag[this.links.succSlot[j]!] = value;
          mark(this.forwardDirty, net.edgeTo[j]!);
          mark(this.backwardDirty, net.edgeFrom[j]!);
        }
      } else if (kind === Q_DURATION) {
        const e = net.duration;
        value = drawDays(e.min[j]!, e.likely[j]!, e.max[j]!, e.pert[j] === 1, rng);
        if (value !== this.durationDays[j]) {
          this.durationDays[j] = value;
          mark(this.forwardDirty, j);
          mark(this.backwardDirty, j);
        }
      } else {
        const e = net.impact;
        const occurs = rng.next() < net.riskProbability[j]!;
        value = occurs ? drawDays(e.min[j]!, e.likely[j]!, e.max[j]!, e.pert[j] === 1, rng) : 0;
        if (value !== this.riskDays[j]) {
          this.riskDays[j] = value;
          const { riskPositionStart, riskPositions } = this.links;
          for (let x = riskPositionStart[j]!; x < riskPositionStart[j + 1]!; x++) {
            mark(this.forwardDirty, riskPositions[x]!);
            mark(this.backwardDirty, riskPositions[x]!);
          }
        }
      }
      row[at + q] = value;
    }
  }

  /**
   * The draws of `needed` quantities, as draw() gives them (row[at + q]); every other one only advances the stream as
   * draw() would (its row value is left as it was): a triangular draw takes one uniform, a PERT draw its gamma
   * variates (a varying number), a risk event its occurrence and then its impact. For the correlation replay.
   */
  redraw(rng: Uniform, row: Int32Array, at: number, needed: Uint8Array): void {
    const net = this.net;
    const kinds = net.quantityKind;
    const indices = net.quantityIndex;
    for (let q = 0; q < kinds.length; q++) {
      const j = indices[q]!;
      const kind = kinds[q]!;
      let e: Estimates;
      if (kind === Q_LAG) e = net.lag;
      else if (kind === Q_DURATION) e = net.duration;
      else {
        e = net.impact;
        if (!(rng.next() < net.riskProbability[j]!)) {
          row[at + q] = 0;
          continue;
        }
      }
      if (needed[q] === 1) row[at + q] = drawDays(e.min[j]!, e.likely[j]!, e.max[j]!, e.pert[j] === 1, rng);
      else skipDays(e.min[j]!, e.likely[j]!, e.max[j]!, e.pert[j] === 1, rng);
    }
  }

  /** Every range at its minimum and no risk event, or at its maximum and every risk event at its maximum delay. */
  setExtreme(which: 'min' | 'max'): void {
    const net = this.net;
    // Typed-array copies convert as element assignment does (whole days in range: the same Int32 values).
    this.lagDays.set(which === 'min' ? net.lag.min : net.lag.max);
    this.durationDays.set(which === 'min' ? net.duration.min : net.duration.max);
    if (which === 'min') this.riskDays.fill(0);
    else this.riskDays.set(net.impact.max);
    this.full = true;
  }

  /** d moved forward by k's duration, then by each of its risk delays, each in its own unit (k's calendar). */
  private addWork(k: number, d: number): number {
    const net = this.net;
    const cal = this.calendars[net.calendarOf[k]!]!;
    const dur = this.durationDays[k]!;
    const x = dur === 0 ? d : net.duration.elapsed[k] === 1 ? d + dur : cal.add(d, dur);
    return net.riskStart[k + 1]! > net.riskStart[k]! ? this.addRisks(k, x) : x;
  }

  /**
   * The reverse of addWork: risk delays in reverse order, then the duration. `latest`: each undone by its greatest
   * inverse (WorkCalendar.latestAdding), the latest start of the backward pass (as edge-constraint.ts's backwardDays);
   * else by sub, the start s(M) of the forward pass (SPEC §5).
   */
  private subWork(k: number, d: number, latest = false): number {
    const net = this.net;
    const cal = this.calendars[net.calendarOf[k]!]!;
    const x = this.subRisks(k, d, latest);
    const dur = this.durationDays[k]!;
    return dur === 0 ? x : net.duration.elapsed[k] === 1 ? x - dur : latest ? cal.latestAdding(x, dur) : cal.add(x, -dur);
  }

  /**
   * SPEC §5 on the current values: p(M), l(M), float and critical for every position. add and sub are monotone,
   * so the duration (and risk delays) of M are applied once to the latest lag-shifted FS/SS end instead of per edge,
   * and a node's start and latest start are computed once for all its edges. After the first pass only the positions
   * whose inputs changed are visited (see `full`): each is recomputed as the full pass would, in position order
   * forward and the reverse backward, so every date is the full pass's.
   */
  pass(): void {
    const { n, planOf } = this.net;
    const { projected, planMax } = this;
    if (this.full) {
      const { succLag, lagDays } = this;
      const slot = this.links.succSlot;
      for (let i = 0; i < lagDays.length; i++) succLag[slot[i]!] = lagDays[i]!;
      planMax.fill(-Infinity);
      for (let k = 0; k < n; k++) {
        this.forwardAt(k);
        const plan = planOf[k]!;
        if (projected[k]! > planMax[plan]!) planMax[plan] = projected[k]!;
      }
      for (let k = n - 1; k >= 0; k--) this.backwardAt(k);
      this.forwardDirty.fill(0);
      this.backwardDirty.fill(0);
      this.movedCount = 0;
      this.flippedCount = 0;
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

  /** The reverse of addRisks, in reverse order; `latest` as in subWork. */
  private subRisks(k: number, d: number, latest: boolean): number {
    const net = this.net;
    const cal = this.calendars[net.calendarOf[k]!]!;
    let x = d;
    for (let r = net.riskStart[k + 1]! - 1; r >= net.riskStart[k]!; r--) {
      const event = net.riskEvents[r]!;
      const delay = this.riskDays[event]!;
      if (delay !== 0) x = net.impact.elapsed[event] === 1 ? x - delay : latest ? cal.latestAdding(x, delay) : cal.add(x, -delay);
    }
    return x;
  }

  /** d moved forward by each of k's risk delays, each in its own unit (k's calendar). */
  private addRisks(k: number, d: number): number {
    const net = this.net;
    const cal = this.calendars[net.calendarOf[k]!]!;
    let x = d;
    for (let r = net.riskStart[k]!; r < net.riskStart[k + 1]!; r++) {
      const event = net.riskEvents[r]!;
      const delay = this.riskDays[event]!;
      if (delay !== 0) x = net.impact.elapsed[event] === 1 ? x + delay : cal.add(x, delay);
    }
    return x;
  }
}

/** Sets the bit of position k. */
function mark(bits: Int32Array, k: number): void {
  bits[k >> 5]! |= 1 << (k & 31);
}
