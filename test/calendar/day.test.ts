// Tests for day numbers: civil conversion, parsing, formatting, weekdays and ISO weeks.
import { describe, it, expect } from 'vitest';
import { UNDER_MUTATION } from '../helpers/mutation.js';
import {
  dayFromYmd,
  daysInMonth,
  formatDay,
  isLeapYear,
  isValidYmd,
  isoWeek,
  isoWeekday,
  parseDayDate,
  ymdOf,
} from '../../src/calendar/index.js';

// Day numbers and ISO weekdays from Python's datetime (date.toordinal() - 719163, isoweekday()).
const KNOWN: readonly [string, number, number][] = [
  ['1970-01-01', 0, 4],
  ['1969-12-31', -1, 3],
  ['2000-03-01', 11017, 3],
  ['2019-06-19', 18066, 3],
  ['0001-01-01', -719162, 1],
  ['9999-12-31', 2932896, 5],
  ['1900-03-01', -25508, 4],
  ['2020-02-29', 18321, 6],
  ['1600-02-29', -135081, 2],
];

describe('day numbers', () => {
  it.each(KNOWN)('%s is day %i, ISO weekday %i', (text, day, weekday) => {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    expect(dayFromYmd(y, m, d)).toBe(day);
    expect(ymdOf(day)).toEqual({ year: y, month: m, day: d });
    expect(parseDayDate(text)).toBe(day);
    expect(formatDay(day)).toBe(text);
    expect(isoWeekday(day)).toBe(weekday);
  });

  // 3.65 million days: left to the ordinary run under mutation (test/helpers/mutation.ts).
  it.skipIf(UNDER_MUTATION)('counts every day of 0000-01-01..9999-12-31 exactly once, in order', () => {
    const first = dayFromYmd(0, 1, 1);
    const last = dayFromYmd(9999, 12, 31);
    expect(first).toBe(-719162 - 366); // year 0 is a leap year
    let { year, month, day } = ymdOf(first);
    expect([year, month, day]).toEqual([0, 1, 1]);
    for (let d = first + 1; d <= last; d++) {
      day++;
      if (day > daysInMonth(year, month)) {
        day = 1;
        month++;
        if (month > 12) {
          month = 1;
          year++;
        }
      }
      const got = ymdOf(d);
      if (got.year !== year || got.month !== month || got.day !== day) {
        expect(got).toEqual({ year, month, day });
      }
      if (dayFromYmd(year, month, day) !== d) expect(dayFromYmd(year, month, day)).toBe(d);
    }
    expect(ymdOf(last)).toEqual({ year: 9999, month: 12, day: 31 });
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2019, 2020, 2100, 2400, 0].map(isLeapYear)).toEqual([
      false, true, false, true, false, true, true,
    ]);
    expect(daysInMonth(2019, 2)).toBe(28);
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2019, 4)).toBe(30);
    expect(daysInMonth(2019, 12)).toBe(31);
    expect(daysInMonth(2019, 13)).toBe(0);
    expect(isValidYmd(2019, 2, 29)).toBe(false);
    expect(isValidYmd(2020, 2, 29)).toBe(true);
    expect(isValidYmd(2019, 0, 1)).toBe(false);
    expect(isValidYmd(2019, 1, 0)).toBe(false);
    expect(isValidYmd(2019, 1, 1.5)).toBe(false);
  });
});

describe('parseDayDate and formatDay', () => {
  it.each(['2019-02-30', '2019-13-01', '2019-00-10', '2019-6-1', '19-06-01', '2019-06-01 ', '', '2019/06/01', '+2019-06-01', '2019-06-1'])(
    'rejects %j',
    (text) => {
      expect(parseDayDate(text)).toBeUndefined();
    },
  );

  it('pads the year to four digits', () => {
    expect(formatDay(dayFromYmd(5, 3, 7))).toBe('0005-03-07');
    expect(formatDay(dayFromYmd(0, 1, 1))).toBe('0000-01-01');
  });
});

describe('isoWeek', () => {
  // From Python's date.isocalendar().
  it.each([
    ['2019-12-30', 2020, 1],
    ['2021-01-03', 2020, 53],
    ['2018-12-31', 2019, 1],
    ['2016-01-01', 2015, 53],
    ['2019-06-19', 2019, 25],
    ['2020-12-31', 2020, 53],
    ['2027-01-01', 2026, 53],
    ['2009-12-31', 2009, 53],
    ['2010-01-03', 2009, 53],
    ['2010-01-04', 2010, 1],
  ] as const)('%s is in %i week %i', (text, year, week) => {
    expect(isoWeek(parseDayDate(text) ?? NaN)).toEqual({ year, week });
  });
});
