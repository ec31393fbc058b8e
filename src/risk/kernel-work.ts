// The sampling kernel's date arithmetic: a position's duration and risk delays added to a date or taken from it, each in
// its own unit (the position's calendar or elapsed days).
import { SimulatorDraws } from './kernel-draws.js';

/** A Simulator's arithmetic of a position's work (kernel.ts), on the current draws. */
export abstract class SimulatorWork extends SimulatorDraws {
  /** d moved forward by k's duration, then by each of its risk delays, each in its own unit (k's calendar). */
  protected addWork(k: number, d: number): number {
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
  protected subWork(k: number, d: number, latest = false): number {
    const net = this.net;
    const cal = this.calendars[net.calendarOf[k]!]!;
    const x = this.subRisks(k, d, latest);
    const dur = this.durationDays[k]!;
    return dur === 0 ? x : net.duration.elapsed[k] === 1 ? x - dur : latest ? cal.latestAdding(x, dur) : cal.add(x, -dur);
  }

  /** The reverse of addRisks, in reverse order; `latest` as in subWork. */
  protected subRisks(k: number, d: number, latest: boolean): number {
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
  protected addRisks(k: number, d: number): number {
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
