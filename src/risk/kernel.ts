// The sampling kernel (SPEC §11): per iteration, draw every range and risk event, then one forward and one
// backward pass of SPEC §5 over the compiled network. Pure; typed arrays allocated once per block.
import { TableCalendar } from './calendar-table.js';
import { FF, FS, Q_DURATION, Q_LAG, SF, SS } from './codes.js';
import type { Network } from './network.js';
import { blockStream, drawDays, type Uniform } from './sampling.js';

export interface BlockResult {
  readonly block: number;
  readonly count: number;
  /** p(M) by position, then iteration: projected[k * count + i]. */
  readonly projected: Int32Array;
  /** Iterations in which each position was critical. */
  readonly critical: Uint32Array;
  /** The drawn value of each sampled quantity (whole days; a risk event's delay, 0 when it did not occur): draws[q * count + i]. */
  readonly draws: Int32Array;
}

/** One iteration's values and passes; scratch arrays reused across iterations. */
export class Simulator {
  readonly lagDays: Int32Array;
  readonly durationDays: Int32Array;
  /** Delay of each risk event in this iteration; 0 when it does not occur. */
  readonly riskDays: Int32Array;
  readonly projected: Float64Array;
  readonly latest: Float64Array;
  readonly float: Float64Array;
  readonly critical: Uint8Array;
  /** s(M) = sub(p(M), duration and risk delays), for SS/SF successors. */
  private readonly start: Float64Array;
  /** sub(l(M), duration and risk delays), for FS/SS predecessors. */
  private readonly lateStart: Float64Array;
  private readonly planMax: Float64Array;
  private readonly calendars: readonly TableCalendar[];

  constructor(private readonly net: Network) {
    this.calendars = net.calendars.map((t) => new TableCalendar(t));
    this.lagDays = Int32Array.from(net.lag.likely);
    this.durationDays = Int32Array.from(net.duration.likely);
    this.riskDays = new Int32Array(net.riskProbability.length);
    this.projected = new Float64Array(net.n);
    this.latest = new Float64Array(net.n);
    this.float = new Float64Array(net.n);
    this.critical = new Uint8Array(net.n);
    this.start = new Float64Array(net.n);
    this.lateStart = new Float64Array(net.n);
    this.planMax = new Float64Array(net.planFinish.length);
  }

  /** Draws every sampled quantity in network order and records it in `draws` at iteration i of `count`. */
  draw(rng: Uniform, draws: Int32Array, i: number, count: number): void {
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
      draws[q * count + i] = value;
    }
  }

  /** Every range at its minimum and no risk event, or at its maximum and every risk event at its maximum delay. */
  setExtreme(which: 'min' | 'max'): void {
    const net = this.net;
    const pick = (e: { min: Float64Array; max: Float64Array }, i: number): number => (which === 'min' ? e.min[i]! : e.max[i]!);
    for (let i = 0; i < this.lagDays.length; i++) this.lagDays[i] = pick(net.lag, i);
    for (let k = 0; k < this.durationDays.length; k++) this.durationDays[k] = pick(net.duration, k);
    for (let r = 0; r < this.riskDays.length; r++) this.riskDays[r] = which === 'min' ? 0 : net.impact.max[r]!;
  }

  /** d moved forward by k's duration, then by each of its risk delays, each in its own unit (k's calendar). */
  private addWork(k: number, d: number): number {
    const net = this.net;
    const cal = this.calendars[net.calendarOf[k]!]!;
    const dur = this.durationDays[k]!;
    let x = net.duration.elapsed[k] === 1 ? d + dur : cal.add(d, dur);
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
    return net.duration.elapsed[k] === 1 ? x - dur : cal.add(x, -dur);
  }

  /**
   * SPEC §5 on the current values: p(M), l(M), float and critical for every position. add and sub are monotone,
   * so the duration (and risk delays) of M are applied once to the latest lag-shifted FS/SS end instead of per edge,
   * and a node's start and latest start are computed once for all its edges.
   */
  pass(): void {
    const net = this.net;
    const { n, predStart, edgeFrom, edgeType, succStart, succEdges, edgeTo, planOf, calendarOf } = net;
    const lagElapsed = net.lag.elapsed;
    const lagDays = this.lagDays;
    const calendars = this.calendars;
    const projected = this.projected;
    const latest = this.latest;
    const start = this.start;
    const lateStart = this.lateStart;
    const planMax = this.planMax.fill(-Infinity);
    for (let k = 0; k < n; k++) {
      let p = net.actual[k]!;
      if (p !== p) {
        const cal = calendars[calendarOf[k]!]!;
        const first = predStart[k]!;
        const last = predStart[k + 1]!;
        // A milestone without predecessors is delayed from its current date by its risk events (SPEC §11).
        p = first === last && net.riskStart[k + 1]! > net.riskStart[k]! ? this.addRisks(k, net.current[k]!) : net.current[k]!;
        let work = -Infinity;
        for (let i = first; i < last; i++) {
          const from = edgeFrom[i]!;
          const type = edgeType[i]!;
          let x = type === FS || type === FF ? projected[from]! : start[from]!;
          const lag = lagDays[i]!;
          x = lagElapsed[i] === 1 ? x + lag : cal.add(x, lag);
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
      if (net.needsStart[k] === 1) start[k] = this.subWork(k, p);
      const plan = planOf[k]!;
      if (p > planMax[plan]!) planMax[plan] = p;
    }
    for (let k = n - 1; k >= 0; k--) {
      let l = net.deadline[k]!;
      let startBound = Infinity;
      const first = succStart[k]!;
      const last = succStart[k + 1]!;
      for (let j = first; j < last; j++) {
        const i = succEdges[j]!;
        const to = edgeTo[i]!;
        const type = edgeType[i]!;
        let y = type === FS || type === SS ? lateStart[to]! : latest[to]!;
        const lag = lagDays[i]!;
        y = lagElapsed[i] === 1 ? y - lag : calendars[calendarOf[to]!]!.add(y, -lag);
        if (type === SS || type === SF) {
          if (y < startBound) startBound = y;
        } else if (y < l) l = y;
      }
      if (startBound !== Infinity) {
        const y = this.addWork(k, startBound);
        if (y < l) l = y;
      }
      if (first === last && l === Infinity) {
        const finish = net.planFinish[planOf[k]!]!;
        l = finish === finish ? finish : planMax[planOf[k]!]!;
      }
      latest[k] = l;
      if (net.needsLateStart[k] === 1) lateStart[k] = this.subWork(k, l);
      const f = calendars[calendarOf[k]!]!.between(projected[k]!, l);
      this.float[k] = f;
      this.critical[k] = f <= net.threshold[k]! ? 1 : 0;
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

/** Runs iterations [block·BLOCK_SIZE, +count) of seed S. */
export function runBlock(net: Network, seed: number, block: number, count: number): BlockResult {
  const sim = new Simulator(net);
  const rng = blockStream(seed, block);
  const n = net.n;
  const projected = new Int32Array(n * count);
  const critical = new Uint32Array(n);
  const draws = new Int32Array(net.quantityKind.length * count);
  for (let i = 0; i < count; i++) {
    sim.draw(rng, draws, i, count);
    sim.pass();
    const p = sim.projected;
    const c = sim.critical;
    for (let k = 0; k < n; k++) {
      projected[k * count + i] = p[k]!;
      critical[k]! += c[k]!;
    }
  }
  return { block, count, projected, critical, draws };
}

