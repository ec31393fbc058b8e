// WorkdayIndex on its own (src/calendar/workday-index.ts), written for issue #13's mutation run C (test/MUTATION.md):
// what `lookup` answers and where, `firstReaching` on a fresh table, and the growth policy (a 4 × 366-day margin,
// at least doubling) seen through the marker's calls. The marker is Monday–Friday without the Norwegian holidays;
// day numbers and weekdays are hand-computed (Python's datetime: date.toordinal() - 719163, isoweekday()).
import { describe, expect, it } from 'vitest';
import { WorkdayIndex } from '../../src/calendar/workday-index.js';
import {
  DEFAULT_CALENDAR_SPEC,
  WorkCalendar,
  dayFromYmd,
  formatDay,
  isNorwegianHoliday,
  isoWeekday,
  parseDayDate,
} from '../../src/calendar/index.js';

const MON_FRI = [true, true, true, true, true, false, false];
const MARGIN = 4 * 366;

const works = (d: number): boolean => isoWeekday(d) <= 5 && !isNorwegianHoliday(d);

/** An index over `works` that records each marker call as [first day, number of days]. */
function recorded(): { idx: WorkdayIndex; calls: [string, number][] } {
  const calls: [string, number][] = [];
  const idx = new WorkdayIndex(MON_FRI, (from, flags) => {
    calls.push([formatDay(from), flags.length]);
    for (let i = 0; i < flags.length; i++) flags[i] = works(from + i) ? 1 : 0;
  });
  return { idx, calls };
}

/** Working days in [a, b), counted one by one; negative when b < a. */
function naive(a: number, b: number): number {
  let n = 0;
  for (let d = Math.min(a, b); d < Math.max(a, b); d++) if (works(d)) n++;
  return b < a ? 0 - n : n;
}

// 2019-01-02, a Wednesday and a working day (the day after New Year's Day); day number 17898.
const A = dayFromYmd(2019, 1, 2);

describe('WorkdayIndex: construction', () => {
  it('refuses a week without working days, by name', () => {
    expect(() => new WorkdayIndex([false, false, false, false, false, false, false], () => undefined)).toThrow(
      new RangeError('WorkdayIndex needs at least one workday'),
    );
    expect(() => new WorkdayIndex([false, false, false, false, false, false, true], () => undefined)).not.toThrow();
  });
});

describe('WorkdayIndex: lookup answers exactly on the marked days', () => {
  it('knows nothing before the first rank, and nothing from a one-point table', () => {
    const { idx, calls } = recorded();
    expect(idx.lookup(A)).toBeUndefined();
    expect(idx.rank(A)).toBe(0); // the anchor: the first day asked about
    expect(calls).toEqual([]);
    expect(idx.lookup(A)).toBeUndefined();
    expect(idx.lookup(A - 1)).toBeUndefined();
  });

  it("gives the marker's answer on every marked day and undefined on each side", () => {
    const { idx, calls } = recorded();
    idx.rank(A);
    idx.rank(A + 1); // marks [A, A + 1 + MARGIN)
    idx.rank(A - 1); // marks the same span below A
    expect(calls).toEqual([
      ['2019-01-02', 1 + MARGIN],
      [formatDay(A - 1 - MARGIN), 1 + MARGIN],
    ]);
    const first = A - 1 - MARGIN;
    const last = A + MARGIN; // the last marked day
    for (let d = first - 3; d <= last + 3; d++) {
      const want = d < first || d > last ? undefined : works(d);
      if (idx.lookup(d) !== want) expect([formatDay(d), idx.lookup(d)]).toEqual([formatDay(d), want]);
    }
    expect(idx.lookup(A)).toBe(true);
    expect(idx.lookup(dayFromYmd(2019, 5, 17))).toBe(false); // Constitution Day, a Friday
    expect(idx.lookup(last)).toBe(works(last));
    expect(idx.lookup(last + 1)).toBeUndefined();
    expect(idx.lookup(first)).toBe(works(first));
    expect(idx.lookup(first - 1)).toBeUndefined();
  });
});

describe('WorkdayIndex: ranks and firstReaching against a day-by-day count', () => {
  it('anchors a fresh index at day 0 (1970-01-01, New Year\'s Day) when firstReaching comes first', () => {
    const { idx, calls } = recorded();
    // rank(y) counts working days in [0, y): 1970-01-01 is a holiday, 1970-01-02 a Friday, so rank(2) = 1.
    expect(idx.firstReaching(1)).toBe(2);
    // t = 1 above the one-point table: grow to 0 + ceil(1 / 5) × 7 + 7 = 14, plus the margin.
    expect(calls).toEqual([['1970-01-01', 14 + MARGIN]]);
    expect(idx.rank(2)).toBe(1);
    expect(idx.firstReaching(0)).toBe(0);
  });

  it('grows only as far as asked, without touching day 0, and answers like the count', () => {
    const { idx, calls } = recorded();
    idx.rank(A);
    // 100 working days: ceil(100 / 5) × 7 + 7 = 147 days estimated, plus the margin.
    const y = idx.firstReaching(100);
    expect(naive(A, y)).toBe(100);
    expect(naive(A, y - 1)).toBe(99);
    expect(calls).toEqual([['2019-01-02', 147 + MARGIN]]);
    // One working day past the table: the estimate is 14 days, less than the table's size, so it doubles.
    const top = A + 147 + MARGIN; // first day after the table
    const t = naive(A, top) + 1;
    const z = idx.firstReaching(t);
    expect(naive(A, z)).toBe(t);
    expect(naive(A, z - 1)).toBe(t - 1);
    expect(calls).toEqual([
      ['2019-01-02', 147 + MARGIN],
      [formatDay(top), 147 + MARGIN],
    ]);
  });

  it('grows below by the estimate for the working days still missing', () => {
    const { idx, calls } = recorded();
    idx.rank(A);
    // 100 working days before the anchor: t = -100 ≤ rank(A) = 0, so 0 − (−100) + 1 = 101 working days are
    // missing: ceil(101 / 5) × 7 + 7 = 154 days, plus the margin, below A.
    const y = idx.firstReaching(-100);
    expect(naive(A, y)).toBe(-100);
    expect(naive(A, y - 1)).toBe(-101);
    expect(calls).toEqual([[formatDay(A - 154 - MARGIN), 154 + MARGIN]]);
  });

  it('doubles the table in each direction and marks no day twice', () => {
    const { idx, calls } = recorded();
    idx.rank(A);
    idx.rank(A + 1); // [A, A + 1465)
    idx.rank(A - 1); // [A - 1465, A): the table's size (1465) equals the margin
    idx.rank(A + 1 + MARGIN + 1); // one day past the top: doubles by the size, 2930
    const top = A + 1 + MARGIN;
    idx.rank(A - 1 - MARGIN - 1); // one day below the bottom: doubles by the size, 5860
    const bottom = A - 1 - MARGIN;
    expect(calls).toEqual([
      ['2019-01-02', 1465],
      [formatDay(A - 1465), 1465],
      [formatDay(top), 2930],
      [formatDay(bottom - 5860), 5860],
    ]);
    // Every rank in the table agrees with the count from the anchor, the old edges included.
    for (const x of [A - 1, A, A + 1, A + 2, top - 1, top, top + 1, bottom - 1, bottom, bottom + 1, bottom - 5860]) {
      expect([formatDay(x), idx.rank(x)]).toEqual([formatDay(x), naive(A, x)]);
    }
  });

  it('keeps the table when a rank falls inside it', () => {
    const { idx, calls } = recorded();
    idx.rank(A);
    idx.rank(A + 10);
    const table: unknown = Reflect.get(idx, 'cum');
    // The table's own ends and a day inside it: no growth, no copy, no marker call.
    for (const x of [A, A + 10 + MARGIN, A + 500]) idx.rank(x);
    expect(Reflect.get(idx, 'cum')).toBe(table);
    expect(calls).toEqual([['2019-01-02', 10 + MARGIN]]);
  });

  it('reads ranks right after growing below a table whose first day is a working day', () => {
    const { idx } = recorded();
    idx.rank(A);
    idx.rank(A + 5);
    idx.rank(A - 5);
    for (let x = A - 3; x <= A + 3; x++) expect([formatDay(x), idx.rank(x)]).toEqual([formatDay(x), naive(A, x)]);
  });
});

describe('WorkCalendar: the last working day before 10000-01-01', () => {
  const d = (text: string): number => parseDayDate(text) ?? Number.NaN;
  // 9999-12-25 is a Saturday, so 27 December is a Monday and 31 December a Friday. With 29–31 December closed,
  // Tuesday 28 December is the last working day of the table, and the next one is Monday 10000-01-03.
  const cal = (): WorkCalendar => new WorkCalendar({ ...DEFAULT_CALENDAR_SPEC, closed: [{ from: d('9999-12-29'), to: d('9999-12-31') }] });

  it('lands on the last working day of the table, not on the weekly pattern past it', () => {
    expect(formatDay(cal().add(d('9999-12-27'), 1))).toBe('9999-12-28');
    const jan3 = dayFromYmd(10000, 1, 3);
    expect(cal().add(d('9999-12-27'), 2)).toBe(jan3);
    expect(formatDay(cal().sub(jan3, 1))).toBe('9999-12-28');
    expect(formatDay(cal().rollBackward(d('9999-12-31')))).toBe('9999-12-28');
  });
});
