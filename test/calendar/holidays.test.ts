// Tests for Easter and the Norwegian public holidays.
import { describe, it, expect } from 'vitest';
import {
  dayFromYmd,
  easterSunday,
  formatDay,
  holidayName,
  isoWeekday,
  norwegianHolidays,
  parseDayDate,
} from '../../src/calendar/index.js';

function day(text: string): number {
  const parsed = parseDayDate(text);
  if (parsed === undefined) throw new Error(`bad test date ${text}`);
  return parsed;
}

/**
 * An independent Gregorian Easter (the Lilius/Clavius form used by python-dateutil's
 * EASTER_WESTERN), to check the anonymous Gregorian algorithm year by year.
 */
function referenceEaster(y: number): string {
  const f = Math.floor;
  const g = y % 19;
  const c = f(y / 100);
  const h = (c - f(c / 4) - f((8 * c + 13) / 25) + 19 * g + 15) % 30;
  const i = h - f(h / 28) * (1 - f(h / 28) * f(29 / (h + 1)) * f((21 - g) / 11));
  const j = (y + f(y / 4) + i + 2 - c + f(c / 4)) % 7;
  const p = i - j;
  const d = 1 + ((p + 27 + f((p + 6) / 40)) % 31);
  const m = 3 + f((p + 26) / 30);
  return formatDay(dayFromYmd(y, m, d));
}

describe('easterSunday', () => {
  // Checked against python-dateutil's easter() (EASTER_WESTERN); 1818/2285 are the earliest
  // possible date (22 March) and 1943/2038 the latest (25 April).
  it.each([
    [1818, '1818-03-22'],
    [1900, '1900-04-15'],
    [1913, '1913-03-23'],
    [1943, '1943-04-25'],
    [1954, '1954-04-18'],
    [1961, '1961-04-02'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2020, '2020-04-12'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2100, '2100-03-28'],
    [2200, '2200-04-06'],
    [2285, '2285-03-22'],
  ])('%i: %s', (year, text) => {
    expect(formatDay(easterSunday(year))).toBe(text);
  });

  it('agrees with an independent computus and is a Sunday in 22 March..25 April, 1583–9999', () => {
    for (let year = 1583; year <= 9999; year++) {
      const easter = easterSunday(year);
      const text = formatDay(easter);
      if (text !== referenceEaster(year)) expect(text).toBe(referenceEaster(year));
      if (isoWeekday(easter) !== 7) expect(isoWeekday(easter)).toBe(7);
      if (easter < dayFromYmd(year, 3, 22) || easter > dayFromYmd(year, 4, 25)) {
        expect(text).toBe('within 22 March..25 April');
      }
    }
  });
});

describe('norwegianHolidays', () => {
  it('lists the 12 holidays of 2019', () => {
    expect(norwegianHolidays(2019).map(formatDay)).toEqual([
      '2019-01-01', '2019-04-18', '2019-04-19', '2019-04-21', '2019-04-22', '2019-05-01',
      '2019-05-17', '2019-05-30', '2019-06-09', '2019-06-10', '2019-12-25', '2019-12-26',
    ]);
  });

  it('lists the 12 holidays of 2020', () => {
    expect(norwegianHolidays(2020).map(formatDay)).toEqual([
      '2020-01-01', '2020-04-09', '2020-04-10', '2020-04-12', '2020-04-13', '2020-05-01',
      '2020-05-17', '2020-05-21', '2020-05-31', '2020-06-01', '2020-12-25', '2020-12-26',
    ]);
  });

  it('lists a day once when two holidays fall together', () => {
    expect(norwegianHolidays(2007).filter((d) => d === day('2007-05-17'))).toHaveLength(1);
    expect(norwegianHolidays(2007)).toHaveLength(11);
    expect(norwegianHolidays(2008)).toHaveLength(11); // Ascension Day on 1 May
    expect(norwegianHolidays(2027)).toHaveLength(11); // Whit Monday on 17 May
  });

  it('is sorted for every year', () => {
    for (let year = 1900; year <= 2200; year++) {
      const days = norwegianHolidays(year);
      expect([...days].sort((a, b) => a - b)).toEqual(days);
    }
  });
});

describe('holidayName', () => {
  it.each([
    ['2019-01-01', '1. nyttårsdag', "New Year's Day"],
    ['2019-04-18', 'skjærtorsdag', 'Maundy Thursday'],
    ['2019-04-19', 'langfredag', 'Good Friday'],
    ['2019-04-21', '1. påskedag', 'Easter Sunday'],
    ['2019-04-22', '2. påskedag', 'Easter Monday'],
    ['2019-05-01', 'arbeidernes dag', 'Labour Day'],
    ['2019-05-17', 'grunnlovsdag', 'Constitution Day'],
    ['2019-05-30', 'Kristi himmelfartsdag', 'Ascension Day'],
    ['2019-06-09', '1. pinsedag', 'Whit Sunday'],
    ['2019-06-10', '2. pinsedag', 'Whit Monday'],
    ['2019-12-25', '1. juledag', 'Christmas Day'],
    ['2019-12-26', '2. juledag', 'Boxing Day'],
    ['2007-05-17', 'grunnlovsdag og Kristi himmelfartsdag', 'Constitution Day and Ascension Day'],
  ])('%s is %s / %s', (text, nb, en) => {
    expect(holidayName(day(text), 'nb')).toBe(nb);
    expect(holidayName(day(text), 'en')).toBe(en);
  });

  it('names nothing on an ordinary day', () => {
    expect(holidayName(day('2019-06-19'), 'en')).toBeUndefined();
    expect(holidayName(day('2019-12-24'), 'nb')).toBeUndefined();
  });
});
