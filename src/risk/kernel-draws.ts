// The sampling kernel's draws (SPEC §11): every sampled quantity drawn in network order, the positions it moves marked.
import { Q_DURATION, Q_LAG } from './codes.js';
import type { Estimates } from './network.js';
import { drawDays, skipDays, type Uniform } from './sampling.js';
import { mark, SimulatorState } from './kernel-state.js';

/** A Simulator's draws (kernel.ts): its values set for an iteration, and the positions they change marked. */
export abstract class SimulatorDraws extends SimulatorState {
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
}
