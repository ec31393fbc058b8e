// mergeRanges and findRange (src/calendar/closed-ranges.ts), written for issue #13's mutation run A
// (test/MUTATION.md): adjacent and touching ranges are joined, an empty range (from > to) is dropped without
// swallowing the next one, and the caller's list is left as it was. Days are plain numbers here: 1 = one day.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findRange, FirstRangeIndex, mergeRanges } from '../../src/calendar/closed-ranges.js';
import { DEFAULT_CALENDAR_SPEC, WorkCalendar, dayFromYmd, formatDay } from '../../src/calendar/index.js';

describe('mergeRanges', () => {
  it('joins adjacent ranges (the next one starts the day after) and ranges sharing a day', () => {
    expect(mergeRanges([{ from: 1, to: 5 }, { from: 6, to: 8 }])).toEqual([{ from: 1, to: 8 }]);
    expect(mergeRanges([{ from: 1, to: 5 }, { from: 5, to: 8 }])).toEqual([{ from: 1, to: 8 }]);
    expect(mergeRanges([{ from: 1, to: 5 }, { from: 7, to: 8 }])).toEqual([{ from: 1, to: 5 }, { from: 7, to: 8 }]);
  });

  it('drops an empty range (from after to), which then joins nothing', () => {
    expect(mergeRanges([{ from: 10, to: 5 }, { from: 6, to: 8 }])).toEqual([{ from: 6, to: 8 }]);
    expect(mergeRanges([{ from: 3, to: 2 }])).toEqual([]);
    expect(mergeRanges([{ from: 3, to: 3 }])).toEqual([{ from: 3, to: 3 }]);
  });

  it("sorts a copy and leaves the caller's list in its order", () => {
    const input = [{ from: 20, to: 25 }, { from: 1, to: 2 }];
    expect(mergeRanges(input)).toEqual([{ from: 1, to: 2 }, { from: 20, to: 25 }]);
    expect(input).toEqual([{ from: 20, to: 25 }, { from: 1, to: 2 }]);
  });
});

describe('findRange', () => {
  const ranges = [{ from: 1, to: 2 }, { from: 5, to: 9 }];
  it('gives the last range starting on or before the day, or -1', () => {
    expect([0, 1, 2, 4, 5, 100].map((d) => findRange(ranges, d))).toEqual([-1, 0, 0, 0, 1, 1]);
    expect(findRange([], 7)).toBe(-1);
  });
});

describe('closed ranges in a calendar written out of order and frozen (as a parsed plan holds them)', () => {
  it('closes 1–5 July 2019 and names the range the plan wrote first', () => {
    const d = (m: number, day: number): number => dayFromYmd(2019, m, day);
    const closed = Object.freeze([Object.freeze({ from: d(7, 1), to: d(7, 5) }), Object.freeze({ from: d(6, 24), to: d(7, 2) })]);
    const cal = new WorkCalendar({ ...DEFAULT_CALENDAR_SPEC, closed });
    expect(formatDay(cal.add(d(6, 21), 1))).toBe('2019-07-08'); // Friday 21 June, then Monday 8 July
    expect(cal.nonWorkdayReason(d(7, 2))).toEqual({ id: 'calendar.closed', data: { from: d(7, 1), to: d(7, 5) } });
  });
});

// Tester round 48 F3: the reason of each non-working-day finding searched every closed range in turn.
describe('FirstRangeIndex', () => {
  it('gives the first range written that holds the day, as a search of every range in order does', () => {
    const range = fc.record({ from: fc.integer({ min: -5, max: 60 }), to: fc.integer({ min: -5, max: 60 }) });
    fc.assert(fc.property(fc.array(range, { maxLength: 40 }), (ranges) => {
      const index = new FirstRangeIndex(ranges);
      for (let d = -8; d <= 64; d++) expect(index.firstHolding(d)).toBe(ranges.findIndex((r) => r.from <= d && d <= r.to));
    }), { numRuns: 400 });
  });

  it('names the range written first among nested and equal ones in a calendar', () => {
    const closed = [{ from: 10, to: 20 }, { from: 5, to: 30 }, { from: 12, to: 12 }, { from: 10, to: 20 }];
    const index = new FirstRangeIndex(closed);
    expect([4, 5, 9, 10, 12, 20, 21, 30, 31].map((d) => index.firstHolding(d))).toEqual([-1, 1, 1, 0, 0, 0, 1, 1, -1]);
    expect(new FirstRangeIndex([]).firstHolding(0)).toBe(-1);
  });
});
