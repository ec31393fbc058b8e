// The sampling kernel's state (kernel.ts): one simulator's values, the scratch arrays its passes reuse and the bits
// marking what changed, allocated once per block; and `mark`, which sets such a bit.
import { TableCalendar } from './calendar-table.js';
import type { Network } from './network.js';
import { kernelLinks, type KernelLinks } from './kernel-links.js';

/** The fields of a Simulator, made by its constructor; the draws and passes are its subclasses' (kernel.ts). */
export abstract class SimulatorState {
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
  protected readonly start: Int32Array;
  /** sub(l(M), duration and risk delays), for FS/SS predecessors. */
  protected readonly lateStart: Int32Array;
  /** sub(l(M), risk delays), for FF/SF predecessors of a position with risk events (else l(M) itself serves). */
  protected readonly lateRisk: Int32Array;
  protected readonly planMax: Float64Array;
  /** The latest p(M) of each plan over the positions whose p(M) never changes (set by a full pass). */
  protected readonly planFixedMax: Float64Array;
  protected readonly calendars: readonly TableCalendar[];
  protected readonly links: KernelLinks;
  /** lagDays by successor slot (kernel-links.ts): copied at a full pass, kept in step by draw(). */
  protected readonly succLag: Int32Array;
  /** A bit per position whose forward (p(M), s(M)) or backward (l(M), late start, float) inputs changed. */
  protected readonly forwardDirty: Int32Array;
  protected readonly backwardDirty: Int32Array;
  /** planMax before the pass's forward half. */
  protected readonly planBefore: Float64Array;
  /**
   * The next pass computes every position: the first one, and the one after setExtreme. Later passes recompute
   * the positions marked dirty by draw() and by the changes they make; values change only through these two.
   */
  protected full = true;
  /** planFixedMax is not yet taken from the last full pass's dates. */
  protected fixedStale = true;

  constructor(protected readonly net: Network) {
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
}

/** Sets the bit of position k. */
export function mark(bits: Int32Array, k: number): void {
  bits[k >> 5]! |= 1 << (k & 31);
}
