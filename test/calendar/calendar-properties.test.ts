// Property tests: the indexed calendar against a naive day-by-day reference, and its algebra.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { runs, UNDER_MUTATION } from '../helpers/mutation.js';
import {
  INDEX_MAX,
  INDEX_MIN,
  WorkCalendar,
  dayFromYmd,
  norwegianHolidays,
  ymdOf,
  type CalendarSpec,
} from '../../src/calendar/index.js';

/** Naive reference: holidays and closed days inside years 0000–9999, the weekly pattern everywhere. */
class Reference {
  constructor(private readonly spec: CalendarSpec) {}

  isWorkday(d: number): boolean {
    const weekday = ((((d - 4) % 7) + 7) % 7) + 1; // 1970-01-05 (day 4) was a Monday
    if (!this.spec.workdays.includes(weekday)) return false;
    if (d < INDEX_MIN || d >= INDEX_MAX) return true;
    if (this.spec.holidays === 'NO' && norwegianHolidays(ymdOf(d).year).includes(d)) return false;
    return !this.spec.closed.some((r) => r.from <= d && d <= r.to);
  }

  add(d: number, n: number): number {
    let x = d;
    for (let left = n; left > 0; ) if (this.isWorkday(++x)) left--;
    return x;
  }

  sub(d: number, n: number): number {
    let x = d;
    for (let left = n; left > 0; ) if (this.isWorkday(--x)) left--;
    return x;
  }

  between(a: number, b: number): number {
    let count = 0;
    for (let x = Math.min(a, b) + 1; x <= Math.max(a, b); x++) if (this.isWorkday(x)) count++;
    return b >= a ? count : 0 - count; // 0 - 0 is +0, as toBe tells -0 from +0
  }
}

const FROM = dayFromYmd(1990, 1, 1);
const TO = dayFromYmd(2060, 12, 31);

const workdaysArb = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 });
const rangeArb = (from: number, to: number) =>
  fc.record({ from: fc.integer({ min: from, max: to }), length: fc.integer({ min: 0, max: 400 }) }).map((r) => ({
    from: r.from,
    to: r.from + r.length,
  }));
const specArb = (from: number, to: number): fc.Arbitrary<CalendarSpec> =>
  fc.record({
    holidays: fc.constantFrom('NO' as const, 'none' as const),
    closed: fc.array(rangeArb(from, to), { maxLength: 5 }),
    workdays: workdaysArb,
  });
const dayArb = fc.integer({ min: FROM, max: TO });
const countArb = fc.integer({ min: 0, max: 300 });
const queriesArb = (from: number, to: number) =>
  fc.array(fc.tuple(fc.integer({ min: from, max: to }), fc.integer({ min: from, max: to }), countArb), {
    minLength: 1,
    maxLength: 20,
  });

function compareWithReference(spec: CalendarSpec, queries: readonly (readonly [number, number, number])[]): void {
  const cal = new WorkCalendar(spec);
  const ref = new Reference(spec);
  for (const [a, b, n] of queries) {
    expect(cal.isWorkday(a)).toBe(ref.isWorkday(a));
    expect(cal.add(a, n)).toBe(ref.add(a, n));
    expect(cal.sub(a, n)).toBe(ref.sub(a, n));
    expect(cal.between(a, b)).toBe(ref.between(a, b));
    expect(cal.isWorkday(b)).toBe(ref.isWorkday(b));
  }
}

describe('WorkCalendar against a naive reference', () => {
  it('agrees on random calendars, 1990–2060', () => {
    fc.assert(fc.property(specArb(FROM, TO), queriesArb(FROM, TO), compareWithReference), { numRuns: runs(150) });
  });

  it('agrees near the ends of years 0000–9999, where holidays and closed days stop', () => {
    const high = dayFromYmd(9999, 6, 1);
    const highEnd = dayFromYmd(10000, 6, 30);
    const low = dayFromYmd(-1, 6, 1);
    const lowEnd = dayFromYmd(0, 6, 30);
    fc.assert(fc.property(specArb(high, highEnd), queriesArb(high, highEnd), compareWithReference), { numRuns: runs(30) });
    fc.assert(fc.property(specArb(low, lowEnd), queriesArb(low, lowEnd), compareWithReference), { numRuns: runs(30) });
  });
});

describe('WorkCalendar algebra', () => {
  // Specs, not calendars, are generated so that failures print small values.
  const calendarArb = specArb(FROM, TO);

  it('between(d, add(d, n)) = n, and add lands on a working day', () => {
    fc.assert(
      fc.property(calendarArb, dayArb, countArb, (spec, d, n) => {
        const cal = new WorkCalendar(spec);
        const x = cal.add(d, n);
        expect(cal.between(d, x)).toBe(n);
        if (n > 0) expect(cal.isWorkday(x)).toBe(true);
        if (n > 0) expect(x).toBeGreaterThan(d);
      }),
    );
  });

  it('sub(add(d, n), n) is the latest working day ≤ d when n > 0, d itself when n = 0', () => {
    fc.assert(
      fc.property(calendarArb, dayArb, countArb, (spec, d, n) => {
        const cal = new WorkCalendar(spec);
        const back = cal.sub(cal.add(d, n), n);
        expect(back).toBe(n === 0 ? d : cal.rollBackward(d));
        expect(back).toBeLessThanOrEqual(d);
        const forth = cal.add(cal.sub(d, n), n);
        expect(forth).toBe(n === 0 ? d : cal.rollForward(d));
      }),
    );
  });

  it('between(sub(d, n), d) = n - 1, plus 1 when d is a working day (n > 0)', () => {
    fc.assert(
      fc.property(calendarArb, dayArb, fc.integer({ min: 1, max: 300 }), (spec, d, n) => {
        const cal = new WorkCalendar(spec);
        expect(cal.between(cal.sub(d, n), d)).toBe(n - 1 + (cal.isWorkday(d) ? 1 : 0));
      }),
    );
  });

  it('between is antisymmetric and additive', () => {
    fc.assert(
      fc.property(calendarArb, dayArb, dayArb, dayArb, (spec, a, b, c) => {
        const cal = new WorkCalendar(spec);
        expect(cal.between(a, b) + cal.between(b, a)).toBe(0);
        expect(cal.between(a, b) + cal.between(b, c)).toBe(cal.between(a, c));
      }),
    );
  });

  it('add(add(d, m), n) = add(d, m + n) and sub likewise', () => {
    fc.assert(
      fc.property(calendarArb, dayArb, countArb, countArb, (spec, d, m, n) => {
        const cal = new WorkCalendar(spec);
        expect(cal.add(cal.add(d, m), n)).toBe(cal.add(d, m + n));
        expect(cal.sub(cal.sub(d, m), n)).toBe(cal.sub(d, m + n));
      }),
    );
  });

  // Seconds per case once instrumented: left to the ordinary run (test/helpers/mutation.ts).
  it.skipIf(UNDER_MUTATION)('keeps between(d, add(d, n)) = n for huge n and far-off days', () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.integer({ min: -5_000_000, max: 5_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (spec, d, n) => {
        const cal = new WorkCalendar(spec);
          expect(cal.between(d, cal.add(d, n))).toBe(n);
          if (n > 0) expect(cal.between(cal.sub(d, n), d)).toBe(n - 1 + (cal.isWorkday(d) ? 1 : 0));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('fillWorkdays (the risk tables in bulk)', () => {
  it('flags every day of a range as isWorkday and the naive reference do, across the 0000–9999 bounds too', () => {
    const startArb = fc.oneof(dayArb, fc.integer({ min: INDEX_MAX - 900, max: INDEX_MAX + 10 }), fc.integer({ min: INDEX_MIN - 900, max: INDEX_MIN + 10 }));
    fc.assert(
      fc.property(specArb(FROM, TO), startArb, fc.integer({ min: 0, max: 1500 }), fc.boolean(), (spec, from, length, none) => {
        const s = none ? { ...spec, workdays: [] } : spec;
        const cal = new WorkCalendar(s);
        const ref = new Reference(s);
        const flags = new Uint8Array(length).fill(7);
        cal.fillWorkdays(from, flags);
        for (let i = 0; i < length; i++) {
          expect(flags[i]).toBe(cal.isWorkday(from + i) ? 1 : 0);
          expect(flags[i]).toBe(ref.isWorkday(from + i) ? 1 : 0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
