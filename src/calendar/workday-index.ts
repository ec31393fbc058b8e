// Lazily built prefix counts of working days, so that calendar arithmetic costs O(log n).
import { dayFromYmd, isoWeekday, type DayNumber } from './day.js';

/** First day of the table's range (0000-01-01). */
export const INDEX_MIN: DayNumber = dayFromYmd(0, 1, 1);
/** First day after the table's range (10000-01-01). */
export const INDEX_MAX: DayNumber = dayFromYmd(10000, 1, 1);

/** Fills flags[i] with 1 when day `from + i` (inside INDEX_MIN..INDEX_MAX) is a working day. */
export type WorkdayMarker = (from: DayNumber, flags: Uint8Array) => void;

const MARGIN_DAYS = 366 * 4;

function at(values: Int32Array, i: number): number {
  return values[i] ?? 0;
}

/**
 * rank(x) = the number of working days in [anchor, x), negative for x before the anchor;
 * the anchor is the first day asked about. Inside 0000–9999 the counts come from an
 * Int32Array of prefix sums that grows on demand (at least doubling, so growth is amortised
 * O(1)); outside it only the weekly pattern applies, extrapolated in O(1), so that far-off
 * day numbers never build huge tables or loop.
 */
export class WorkdayIndex {
  private lo: DayNumber = 0;
  private cum: Int32Array | undefined;
  /**
   * The inverse of cum, made when first needed after each growth: firstAt[t - cum[0]] is the smallest i with
   * cum[i] ≥ t, so firstReaching inside the table is one lookup instead of a binary search (the scheduler's passes
   * make about four such steps per edge: a million at 270,000 edges).
   */
  private firstAt: Int32Array | undefined;
  private readonly perWeek: number;

  /** pattern[isoWeekday - 1]: whether that weekday is a working day; at least one must be. */
  constructor(
    private readonly pattern: readonly boolean[],
    private readonly mark: WorkdayMarker,
  ) {
    this.perWeek = pattern.filter(Boolean).length;
    if (this.perWeek === 0) throw new RangeError('WorkdayIndex needs at least one workday');
  }

  rank(x: DayNumber): number {
    if (x > INDEX_MAX) return this.rankInside(INDEX_MAX) + this.weekCount(INDEX_MAX, x);
    if (x < INDEX_MIN) return this.rankInside(INDEX_MIN) - this.weekCount(x, INDEX_MIN);
    return this.rankInside(x);
  }

  /** Whether d is a working day according to the built table, or undefined if not built there. */
  lookup(d: DayNumber): boolean | undefined {
    const cum = this.cum;
    if (cum === undefined || d < this.lo || d + 1 > this.lo + cum.length - 1) return undefined;
    return at(cum, d + 1 - this.lo) > at(cum, d - this.lo);
  }

  /** The smallest day y with rank(y) ≥ t; the working day of rank t is that y minus 1. */
  firstReaching(t: number): DayNumber {
    if (this.cum === undefined) this.rankInside(0);
    for (;;) {
      const cum = this.cum as Int32Array;
      const end = cum.length - 1;
      const hi = this.lo + end;
      const first = at(cum, 0);
      const last = at(cum, end);
      if (t <= first) {
        if (this.lo === INDEX_MIN) return this.extrapolateDown(first - t);
        this.grow(this.lo - this.estimateDays(first - t + 1), hi);
      } else if (t > last) {
        if (hi === INDEX_MAX) return this.extrapolateUp(t - last);
        this.grow(this.lo, hi + this.estimateDays(t - last));
      } else {
        return this.lo + at(this.firstAt ?? this.inverse(cum), t - first);
      }
    }
  }

  /** Builds firstAt for the current table: cum rises by 0 or 1 a day, so each count is reached at one index. */
  private inverse(cum: Int32Array): Int32Array {
    const first = at(cum, 0);
    const firstAt = new Int32Array(at(cum, cum.length - 1) - first + 1);
    // Each count read once and inline: through at(), three calls a day of the table made that helper hot enough in a
    // validate of the shipped plans for TurboFan to compile it, a compile such a run never gains from (issue #18).
    let previous = first;
    for (let i = 1; i < cum.length; i++) {
      const count = cum[i] ?? 0;
      if (count !== previous) firstAt[count - first] = i;
      previous = count;
    }
    this.firstAt = firstAt;
    return firstAt;
  }

  private estimateDays(workdays: number): number {
    return Math.ceil(workdays / this.perWeek) * 7 + 7;
  }

  /** Working days in [a, b) by the weekly pattern alone; a ≤ b. */
  private weekCount(a: DayNumber, b: DayNumber): number {
    const weeks = Math.floor((b - a) / 7);
    let count = weeks * this.perWeek;
    const start = a + weeks * 7;
    for (let day = start; day < b; day++) {
      if (this.pattern[isoWeekday(day) - 1] === true) count++;
    }
    return count;
  }

  /** Smallest y > INDEX_MAX with weekCount(INDEX_MAX, y) ≥ r, for r ≥ 1. */
  private extrapolateUp(r: number): DayNumber {
    const weeks = Math.floor((r - 1) / this.perWeek);
    let left = r - weeks * this.perWeek; // 1..perWeek
    const base = INDEX_MAX + weeks * 7;
    for (let day = base; day < base + 7; day++) {
      if (this.pattern[isoWeekday(day) - 1] === true && --left === 0) return day + 1;
    }
    return base + 7;
  }

  /** Smallest y ≤ INDEX_MIN with weekCount(y, INDEX_MIN) ≤ s, for s ≥ 0. */
  private extrapolateDown(s: number): DayNumber {
    const weeks = Math.floor(s / this.perWeek);
    let left = s - weeks * this.perWeek + 1; // 1..perWeek
    const base = INDEX_MIN - weeks * 7;
    for (let day = base - 1; day >= base - 7; day--) {
      if (this.pattern[isoWeekday(day) - 1] === true && --left === 0) return day + 1;
    }
    return base - 7;
  }

  private rankInside(x: DayNumber): number {
    if (this.cum === undefined) {
      this.lo = x;
      this.cum = new Int32Array(1);
    }
    const hi = this.lo + this.cum.length - 1;
    if (x < this.lo || x > hi) this.grow(Math.min(x, this.lo), Math.max(x, hi));
    return at(this.cum, x - this.lo);
  }

  /** Extends the table to cover at least [from, to], clamped to the index range. */
  private grow(from: DayNumber, to: DayNumber): void {
    const old = this.cum as Int32Array;
    const lo = this.lo;
    const hi = lo + old.length - 1;
    const size = hi - lo;
    const newLo = from < lo ? Math.max(INDEX_MIN, Math.min(from - MARGIN_DAYS, lo - size)) : lo;
    const newHi = to > hi ? Math.min(INDEX_MAX, Math.max(to + MARGIN_DAYS, hi + size)) : hi;
    const next = new Int32Array(newHi - newLo + 1);
    next.set(old, lo - newLo);
    if (newHi > hi) {
      const flags = new Uint8Array(newHi - hi);
      this.mark(hi, flags);
      let count = at(old, old.length - 1);
      const offset = hi - newLo + 1;
      for (let i = 0; i < flags.length; i++) {
        count += flags[i] ?? 0;
        next[offset + i] = count;
      }
    }
    if (newLo < lo) {
      const flags = new Uint8Array(lo - newLo);
      this.mark(newLo, flags);
      let count = at(old, 0);
      for (let i = flags.length - 1; i >= 0; i--) {
        count -= flags[i] ?? 0;
        next[i] = count;
      }
    }
    this.lo = newLo;
    this.cum = next;
    this.firstAt = undefined;
  }
}
