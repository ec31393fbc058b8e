// The sampling kernel (SPEC §11): per iteration, draw every range and risk event, then one forward and one
// backward pass of SPEC §5 over the compiled network. Pure; typed arrays allocated once per block.
import { TableCalendar } from './calendar-table.js';
import { FF, FS, Q_DURATION, Q_LAG, SF, SS } from './codes.js';
import type { Estimates, Network } from './network.js';
import { drawDays, skipDays, type Uniform } from './sampling.js';
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
  /** s(M) = sub(p(M), duration and risk delays), for SS/SF successors. */
  private readonly start: Int32Array;
  /** sub(l(M), duration and risk delays), for FS/SS predecessors. */
  private readonly lateStart: Int32Array;
  private readonly planMax: Float64Array;
  /** The latest p(M) of each plan over the positions whose p(M) never changes (set by a full pass). */
  private readonly planFixedMax: Float64Array;
  private readonly calendars: readonly TableCalendar[];
  /**
   * The next pass computes every position: the first one, and the one after setExtreme (which moves values that
   * draw never changes). Later passes recompute only the positions of variableParts: the others keep their dates.
   */
  private full = true;
  /** planFixedMax is not yet taken from the last full pass's dates. */
  private fixedStale = true;

  constructor(private readonly net: Network) {
    this.calendars = net.calendars.map((t) => new TableCalendar(t));
    this.lagDays = Int32Array.from(net.lag.likely);
    this.durationDays = Int32Array.from(net.duration.likely);
    this.riskDays = new Int32Array(net.riskProbability.length);
    this.projected = new Int32Array(net.n);
    this.latest = new Int32Array(net.n);
    this.float = new Int32Array(net.n);
    this.critical = new Uint8Array(net.n);
    this.start = new Int32Array(net.n);
    this.lateStart = new Int32Array(net.n);
    this.planMax = new Float64Array(net.planFinish.length);
    this.planFixedMax = new Float64Array(net.planFinish.length);
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
        value = this.lagDays[j] = drawDays(e.min[j]!, e.likely[j]!, e.max[j]!, e.pert[j] === 1, rng);
      } else if (kind === Q_DURATION) {
        const e = net.duration;
        value = this.durationDays[j] = drawDays(e.min[j]!, e.likely[j]!, e.max[j]!, e.pert[j] === 1, rng);
      } else {
        const e = net.impact;
        const occurs = rng.next() < net.riskProbability[j]!;
        value = this.riskDays[j] = occurs ? drawDays(e.min[j]!, e.likely[j]!, e.max[j]!, e.pert[j] === 1, rng) : 0;
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
    const pick = (e: { min: Float64Array; max: Float64Array }, i: number): number => (which === 'min' ? e.min[i]! : e.max[i]!);
    for (let i = 0; i < this.lagDays.length; i++) this.lagDays[i] = pick(net.lag, i);
    for (let k = 0; k < this.durationDays.length; k++) this.durationDays[k] = pick(net.duration, k);
    for (let r = 0; r < this.riskDays.length; r++) this.riskDays[r] = which === 'min' ? 0 : net.impact.max[r]!;
    this.full = true;
  }

  /** d moved forward by k's duration, then by each of its risk delays, each in its own unit (k's calendar). */
  private addWork(k: number, d: number): number {
    const net = this.net;
    const cal = this.calendars[net.calendarOf[k]!]!;
    const dur = this.durationDays[k]!;
    let x = dur === 0 ? d : net.duration.elapsed[k] === 1 ? d + dur : cal.add(d, dur);
    for (let r = net.riskStart[k]!; r < net.riskStart[k + 1]!; r++) {
      const event = net.riskEvents[r]!;
      const delay = this.riskDays[event]!;
      if (delay !== 0) x = net.impact.elapsed[event] === 1 ? x + delay : cal.add(x, delay);
    }
    return x;
  }

  /** The reverse of addWork: risk delays in reverse order, then the duration. */
  private subWork(k: number, d: number): number {
    const net = this.net;
    const cal = this.calendars[net.calendarOf[k]!]!;
    let x = d;
    for (let r = net.riskStart[k + 1]! - 1; r >= net.riskStart[k]!; r--) {
      const event = net.riskEvents[r]!;
      const delay = this.riskDays[event]!;
      if (delay !== 0) x = net.impact.elapsed[event] === 1 ? x - delay : cal.add(x, -delay);
    }
    const dur = this.durationDays[k]!;
    return dur === 0 ? x : net.duration.elapsed[k] === 1 ? x - dur : cal.add(x, -dur);
  }

  /**
   * SPEC §5 on the current values: p(M), l(M), float and critical for every position. add and sub are monotone,
   * so the duration (and risk delays) of M are applied once to the latest lag-shifted FS/SS end instead of per edge,
   * and a node's start and latest start are computed once for all its edges. After the first pass only the positions
   * that draws can move are visited (see `full`).
   */
  pass(): void {
    const net = this.net;
    const { n, predStart, edgeFrom, edgeType, succStart, succEdges, edgeTo, planOf, calendarOf, actual, current, riskStart, needsStart, deadline, needsLateStart, threshold, planFinish } = net;
    const lagElapsed = net.lag.elapsed;
    const lagDays = this.lagDays;
    const calendars = this.calendars;
    const projected = this.projected;
    const latest = this.latest;
    const start = this.start;
    const lateStart = this.lateStart;
    const float = this.float;
    const critical = this.critical;
    const full = this.full;
    const parts = full ? undefined : variableParts(net);
    if (parts !== undefined && this.fixedStale) this.fixPlanMax(parts.forwardMask);
    const forward = parts?.forward;
    const backward = parts?.backward;
    const planMax = full ? this.planMax.fill(-Infinity) : this.planMax;
    if (!full) planMax.set(this.planFixedMax);
    const forwardCount = forward === undefined ? n : forward.length;
    for (let x = 0; x < forwardCount; x++) {
      const k = forward === undefined ? x : forward[x]!;
      let p = actual[k]!;
      if (p !== p) {
        const cal = calendars[calendarOf[k]!]!;
        const first = predStart[k]!;
        const last = predStart[k + 1]!;
        // A milestone without predecessors is delayed from its current date by its risk events (SPEC §11).
        p = first === last && riskStart[k + 1]! > riskStart[k]! ? this.addRisks(k, current[k]!) : current[k]!;
        let work = -Infinity;
        for (let i = first; i < last; i++) {
          const from = edgeFrom[i]!;
          const type = edgeType[i]!;
          let x = type === FS || type === FF ? projected[from]! : start[from]!;
          const lag = lagDays[i]!;
          if (lag !== 0) x = lagElapsed[i] === 1 ? x + lag : cal.add(x, lag);
          if (type === FS || type === SS) {
            if (x > work) work = x;
          } else if (x > p) p = x;
        }
        if (work !== -Infinity) {
          const x = this.addWork(k, work);
          if (x > p) p = x;
        }
      }
      projected[k] = p;
      if (needsStart[k] === 1) start[k] = this.subWork(k, p);
      const plan = planOf[k]!;
      if (p > planMax[plan]!) planMax[plan] = p;
    }
    for (let x = (backward === undefined ? n : backward.length) - 1; x >= 0; x--) {
      const k = backward === undefined ? x : backward[x]!;
      let l = deadline[k]!;
      let startBound = Infinity;
      const first = succStart[k]!;
      const last = succStart[k + 1]!;
      for (let j = first; j < last; j++) {
        const i = succEdges[j]!;
        const to = edgeTo[i]!;
        const type = edgeType[i]!;
        let y = type === FS || type === SS ? lateStart[to]! : latest[to]!;
        const lag = lagDays[i]!;
        if (lag !== 0) y = lagElapsed[i] === 1 ? y - lag : calendars[calendarOf[to]!]!.add(y, -lag);
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
        l = finish === finish ? finish : planMax[planOf[k]!]!;
      }
      latest[k] = l;
      if (needsLateStart[k] === 1) lateStart[k] = this.subWork(k, l);
      const f = calendars[calendarOf[k]!]!.between(projected[k]!, l);
      float[k] = f;
      critical[k] = f <= threshold[k]! ? 1 : 0;
    }
    if (full) this.fixedStale = true;
    this.full = false;
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
