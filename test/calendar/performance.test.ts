// Calendar arithmetic on long chains, large counts and many closed ranges. Speed is measured by `npm run bench`;
// here a day-by-day implementation would only run into the generous per-test timeout (a hang guard, not a measurement).
import { describe, it, expect } from 'vitest';
import { DEFAULT_CALENDAR_SPEC, WorkCalendar, dayFromYmd, formatDay } from '../../src/calendar/index.js';

/** A day-by-day implementation takes minutes here, the index well under a second. */
const HANG_GUARD_MS = 60_000;

function run(body: () => void): void {
  body();
}

describe('performance', () => {
  it('chains 1,000,000 add calls and checks each with between', () => {
    const cal = new WorkCalendar(DEFAULT_CALENDAR_SPEC);
    const start = dayFromYmd(2019, 6, 19);
    let total = 0;
    let d = start;
    run(() => {
      for (let i = 0; i < 1_000_000; i++) {
        const n = i % 11;
        const next = cal.add(d, n);
        if (cal.between(d, next) !== n) throw new Error(`between(add) failed at step ${i}`);
        total += n;
        d = next;
      }
    });
    expect(cal.between(start, d)).toBe(total);
  }, HANG_GUARD_MS);

  it('goes back down a 1,000,000-long chain with sub', () => {
    const cal = new WorkCalendar(DEFAULT_CALENDAR_SPEC);
    const end = dayFromYmd(2400, 1, 3);
    let d = end;
    run(() => {
      for (let i = 0; i < 1_000_000; i++) d = cal.sub(d, 1);
    });
    expect(cal.between(d, end)).toBe(1_000_000);
  }, HANG_GUARD_MS);

  it('handles floats of hundreds of days for 100,000 random pairs', () => {
    const cal = new WorkCalendar(DEFAULT_CALENDAR_SPEC);
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const base = dayFromYmd(2019, 1, 1);
    run(() => {
      for (let i = 0; i < 100_000; i++) {
        const a = base + Math.floor(random() * 3650);
        const n = Math.floor(random() * 800);
        const b = cal.add(a, n);
        if (cal.sub(b, n) > a || cal.between(a, b) !== n) throw new Error(`mismatch at ${a}, ${n}`);
      }
    });
  }, HANG_GUARD_MS);

  it('copes with 2,000 long, overlapping closed ranges', () => {
    const closed = Array.from({ length: 2000 }, (_, i) => ({
      from: dayFromYmd(2000, 1, 1) + i * 17,
      to: dayFromYmd(2000, 1, 1) + i * 17 + 400,
    }));
    const cal = new WorkCalendar({ ...DEFAULT_CALENDAR_SPEC, closed });
    run(() => {
      // The last range ends on Friday 2094-02-19 (2000-01-01 + 1999 * 17 + 400 days).
      expect(formatDay(cal.add(dayFromYmd(1999, 12, 31), 1))).toBe('2094-02-22');
      for (let i = 0; i < 10_000; i++) cal.isWorkday(dayFromYmd(2000, 1, 1) + i * 3);
    });
  }, HANG_GUARD_MS);

  it('does not hang on day numbers far outside years 0000–9999', () => {
    const cal = new WorkCalendar(DEFAULT_CALENDAR_SPEC);
    run(() => {
      const far = 1e12;
      expect(cal.between(far, cal.add(far, 100_000))).toBe(100_000);
      expect(cal.between(cal.sub(-far, 100_000), -far)).toBe(100_000);
      expect(cal.between(-far, far)).toBeGreaterThan(0);
      expect(cal.add(dayFromYmd(9999, 12, 31), 1)).toBe(dayFromYmd(10000, 1, 3));
    });
  }, HANG_GUARD_MS);
});
