// Dense working-day tables for the sampling kernel: add, sub and between by array lookups (SPEC §3 arithmetic).
import { WorkCalendar, type CalendarSpec, type DayNumber } from '../calendar/index.js';

/**
 * Over [lo, lo + span): cum[i] = working days in [lo, lo + i) (i = 0..span), days[j] = the j-th working day.
 * A calendar without workdays counts every day (as WorkCalendar does). Outside the table the kernel falls back
 * to WorkCalendar itself, so results never depend on the table's extent.
 */
export interface CalendarTable {
  readonly spec: CalendarSpec;
  readonly lo: DayNumber;
  readonly cum: Int32Array;
  readonly days: Int32Array;
}

/**
 * The table of `calendar` over [from, to] (day numbers, from ≤ to; an empty table, which leaves every lookup to the
 * calendar, when to < from: never a negative length).
 */
export function buildCalendarTable(calendar: WorkCalendar, from: DayNumber, to: DayNumber): CalendarTable {
  const span = Math.max(0, to - from + 1);
  const cum = new Int32Array(span + 1);
  // The flags in bulk (WorkCalendar.fillWorkdays); a calendar without workdays counts every day.
  const flags = new Uint8Array(span);
  if (calendar.hasWorkdays) calendar.fillWorkdays(from, flags);
  else flags.fill(1);
  let count = 0;
  for (let i = 0; i < span; i++) {
    cum[i] = count;
    count += flags[i]!;
  }
  cum[span] = count;
  const days = new Int32Array(count);
  for (let i = 0, j = 0; i < span; i++) if (cum[i + 1]! > cum[i]!) days[j++] = from + i;
  return { spec: calendar.spec, lo: from, cum, days };
}

/** A table with its fallback calendar, as the kernel uses it. */
export class TableCalendar {
  private readonly lo: number;
  private readonly cum: Int32Array;
  private readonly days: Int32Array;
  private readonly span: number;
  private readonly count: number;
  readonly calendar: WorkCalendar;

  constructor(table: CalendarTable) {
    this.lo = table.lo;
    this.cum = table.cum;
    this.days = table.days;
    this.span = table.cum.length - 1;
    this.count = table.days.length;
    this.calendar = new WorkCalendar(table.spec);
  }

  /**
   * add(d, n) of SPEC §3 for any integer n (negative: sub). Kept small so that the optimiser inlines it into the
   * passes; the rare dates outside the table go to `outside`, a separate call.
   */
  add(d: number, n: number): number {
    if (n === 0) return d;
    if (n > 0) {
      const i = d + 1 - this.lo;
      if (i >= 0 && i <= this.span) {
        const j = this.cum[i]! + n - 1;
        if (j < this.count) return this.days[j]!;
      }
    } else {
      const i = d - this.lo;
      if (i >= 0 && i <= this.span) {
        const j = this.cum[i]! + n;
        if (j >= 0) return this.days[j]!;
      }
    }
    return this.outside(d, n);
  }

  /** WorkCalendar.latestAdding: the latest day d with add(d, n) ≤ x (the backward pass's step). */
  latestAdding(x: number, n: number): number {
    return n > 0 ? this.add(x + 1, -n) - 1 : this.add(x, -n);
  }

  /** add(d, n) by the calendar itself, for dates beyond the table. */
  private outside(d: number, n: number): number {
    return this.calendar.add(d, n);
  }

  /** between(a, b) of SPEC §3. */
  between(a: number, b: number): number {
    const i = a + 1 - this.lo;
    const k = b + 1 - this.lo;
    if (i >= 0 && i <= this.span && k >= 0 && k <= this.span) return this.cum[k]! - this.cum[i]!;
    return this.outsideBetween(a, b);
  }

  private outsideBetween(a: number, b: number): number {
    return this.calendar.between(a, b);
  }
}
