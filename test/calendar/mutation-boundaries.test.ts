// Boundary cases of src/calendar written for issue #13's mutation run (test/MUTATION.md): each block names the
// survivor kind it closes. Expected values are hand-computed (weekdays and day numbers from Python's datetime:
// date.toordinal() - 719163, isoweekday()).
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CALENDAR_SPEC,
  INDEX_MAX,
  INDEX_MIN,
  WorkCalendar,
  dayFromYmd,
  formatDay,
  isValidYmd,
  isoWeekday,
  monthName,
  parseCliDate,
  parseDateValue,
  parseDayDate,
  weekdayName,
  ymdOf,
  type CalendarSpec,
} from '../../src/calendar/index.js';

function day(text: string): number {
  const parsed = parseDayDate(text);
  if (parsed === undefined) throw new Error(`bad test date ${text}`);
  return parsed;
}

function spec(over: Partial<CalendarSpec> = {}): CalendarSpec {
  return { ...DEFAULT_CALENDAR_SPEC, ...over };
}

const closed = (from: string, to: string): { from: number; to: number } => ({ from: day(from), to: day(to) });

describe('day numbers at month, year and 400-year boundaries', () => {
  // [date, day number, ISO weekday] from Python's datetime.
  const TABLE: readonly [string, number, number][] = [
    ['2019-01-31', 17927, 4], ['2019-02-01', 17928, 5], ['2019-02-28', 17955, 4], ['2019-03-01', 17956, 5],
    ['2019-04-30', 18016, 2], ['2019-05-01', 18017, 3], ['2019-05-31', 18047, 5], ['2019-06-30', 18077, 7],
    ['2019-07-01', 18078, 1], ['2019-07-31', 18108, 3], ['2019-08-31', 18139, 6], ['2019-09-01', 18140, 7],
    ['2019-09-30', 18169, 1], ['2019-10-31', 18200, 4], ['2019-11-01', 18201, 5], ['2019-11-30', 18230, 6],
    ['2019-12-01', 18231, 7], ['2020-01-01', 18262, 3], ['2020-02-29', 18321, 6], ['2020-03-01', 18322, 7],
    ['2000-02-29', 11016, 2], ['2000-03-01', 11017, 3], ['1999-12-31', 10956, 5], ['2000-01-01', 10957, 6],
    ['1900-02-28', -25509, 3], ['2100-02-28', 47540, 7], ['2100-03-01', 47541, 1], ['2400-02-29', 157113, 2],
    ['2400-12-31', 157419, 7], ['0001-12-31', -718798, 1], ['9999-01-01', 2932532, 5], ['1582-10-15', -141427, 5],
    ['0001-03-01', -719103, 4], ['0004-02-29', -718008, 7], ['0400-03-01', -573371, 3],
  ];

  it.each(TABLE)('%s is day %i, ISO weekday %i', (text, n, weekday) => {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    expect(dayFromYmd(y, m, d)).toBe(n);
    expect(ymdOf(n)).toEqual({ year: y, month: m, day: d });
    expect(parseDayDate(text)).toBe(n);
    expect(formatDay(n)).toBe(text);
    expect(isoWeekday(n)).toBe(weekday);
  });

  it('writes a year before 0000 with a minus sign and four digits', () => {
    // 0000-01-01 is INDEX_MIN (a Saturday); the day before it is -0001-12-31, a Friday.
    expect(INDEX_MIN).toBe(-719528);
    expect(dayFromYmd(-1, 12, 31)).toBe(INDEX_MIN - 1);
    expect(ymdOf(INDEX_MIN - 1)).toEqual({ year: -1, month: 12, day: 31 });
    expect(formatDay(INDEX_MIN - 1)).toBe('-0001-12-31');
    expect(isoWeekday(INDEX_MIN - 1)).toBe(5);
    expect(formatDay(INDEX_MAX)).toBe('10000-01-01');
    expect(isoWeekday(INDEX_MAX)).toBe(6);
  });

  it('validates every part of a date', () => {
    expect(isValidYmd(2019.5, 1, 1)).toBe(false);
    expect(isValidYmd(2019, 1.5, 1)).toBe(false);
    expect(isValidYmd(0, 1, 1)).toBe(false);
    expect(isValidYmd(1, 1, 1)).toBe(true);
    expect(isValidYmd(2019, 12, 31)).toBe(true);
    expect(isValidYmd(2019, 13, 1)).toBe(false);
    expect(isValidYmd(2019, 2, 28)).toBe(true);
    expect(isValidYmd(2019, 1, 32)).toBe(false);
  });

  it('names every weekday and month in both locales, and nothing outside them', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => weekdayName(d, 'en'))).toEqual([
      'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    ]);
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => weekdayName(d, 'nb'))).toEqual([
      'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag',
    ]);
    expect([0, 8].map((d) => weekdayName(d, 'en'))).toEqual(['', '']);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => monthName(m, 'en'))).toEqual([
      'January', 'February', 'March', 'April', 'May', 'June',
      'July', 'August', 'September', 'October', 'November', 'December',
    ]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => monthName(m, 'nb'))).toEqual([
      'januar', 'februar', 'mars', 'april', 'mai', 'juni',
      'juli', 'august', 'september', 'oktober', 'november', 'desember',
    ]);
    expect([0, 13].map((m) => monthName(m, 'nb'))).toEqual(['', '']);
  });
});

describe('plan dates: the messages and the edges of each shape', () => {
  const notADate = (shown: string, allowPeriod: boolean): unknown => ({
    ok: false,
    reason: 'format',
    message: { id: 'date.not-a-date', data: { shown, allowPeriod } },
  });

  it('shows the value that is not a date, by kind, whether or not periods are allowed', () => {
    for (const allowPeriod of [true, false]) {
      expect(parseDateValue(undefined, allowPeriod)).toEqual(notADate('nothing', allowPeriod));
      expect(parseDateValue(null, allowPeriod)).toEqual(notADate('null', allowPeriod));
      expect(parseDateValue(['2019-06-19'], allowPeriod)).toEqual(notADate('a list', allowPeriod));
      expect(parseDateValue(['0000'], allowPeriod)).toEqual(notADate('a list', allowPeriod)); // not year 0000
      expect(parseDateValue(['0000-01-01'], allowPeriod)).toEqual(notADate('a list', allowPeriod));
      expect(parseDateValue({ date: '2019-06-19' }, allowPeriod)).toEqual(notADate('a mapping', allowPeriod));
      expect(parseDateValue(false, allowPeriod)).toEqual(notADate('false', allowPeriod));
      expect(parseDateValue(2.5, allowPeriod)).toEqual(notADate('2.5', allowPeriod));
      expect(parseDateValue(-1, allowPeriod)).toEqual(notADate('-1', allowPeriod));
      expect(parseDateValue(10000, allowPeriod)).toEqual(notADate('10000', allowPeriod));
      expect(parseDateValue('soon', allowPeriod)).toEqual(notADate('"soon"', allowPeriod));
    }
  });

  it('cuts a shown text after 40 characters', () => {
    const forty = '1234567890'.repeat(4);
    expect(parseDateValue(forty, true)).toEqual(notADate(`"${forty}"`, true));
    expect(parseDateValue(`${forty}X`, true)).toEqual(notADate(`"${forty}…"`, true));
  });

  it('accepts the year 9999 as a number, and no number above it', () => {
    expect(parseDateValue(9999, true)).toEqual({ ok: true, value: { day: day('9999-12-31'), isPeriod: true, written: '9999' } });
    expect(parseDateValue(9999, false)).toEqual({
      ok: false, reason: 'format', message: { id: 'date.period-not-allowed', data: { written: '9999' } },
    });
  });

  it('says which part of a day date does not exist', () => {
    expect(parseDateValue('2019-00-10', true)).toEqual({
      ok: false, reason: 'nonexistent', message: { id: 'date.no-month', data: { text: '2019-00-10', month: '00' } },
    });
    expect(parseDateValue('2019-13-10', false)).toEqual({
      ok: false, reason: 'nonexistent', message: { id: 'date.no-month', data: { text: '2019-13-10', month: '13' } },
    });
    expect(parseDateValue('0400-02-30', true)).toEqual({
      ok: false, reason: 'nonexistent',
      message: { id: 'date.days-in-month', data: { text: '0400-02-30', month: 2, year: '0400', days: 29 } },
    });
    expect(parseDateValue('2019-12-31', false)).toEqual({ ok: true, value: { day: day('2019-12-31'), isPeriod: false, written: '2019-12-31' } });
    expect(parseDateValue('2019-01-01', false)).toEqual({ ok: true, value: { day: day('2019-01-01'), isPeriod: false, written: '2019-01-01' } });
  });

  it('says which quarter or month does not exist, and that a period is not allowed', () => {
    expect(parseDateValue('2019-Q0', true)).toEqual({ ok: false, reason: 'nonexistent', message: { id: 'date.not-quarter', data: { text: '2019-Q0' } } });
    expect(parseDateValue('2019-00', true)).toEqual({ ok: false, reason: 'nonexistent', message: { id: 'date.not-month', data: { text: '2019-00' } } });
    expect(parseDateValue('2019-01', true)).toEqual({ ok: true, value: { day: day('2019-01-31'), isPeriod: true, written: '2019-01' } });
    expect(parseDateValue('2019-Q3', false)).toEqual({
      ok: false, reason: 'format', message: { id: 'date.period-not-allowed', data: { written: '2019-Q3' } },
    });
  });

  it('refuses year 0 only as 0000 at the start: 10000 and 00000 are not dates', () => {
    expect(parseDateValue('10000', true)).toEqual(notADate('"10000"', true));
    expect(parseDateValue('00000', true)).toEqual(notADate('"00000"', true));
    expect(parseDateValue('00001', true)).toEqual(notADate('"00001"', true));
    expect(parseDateValue('0000', true)).toEqual({ ok: false, reason: 'nonexistent', message: { id: 'date.year-zero', data: { text: '0000' } } });
    expect(parseDateValue('0000-Q1', false)).toEqual({ ok: false, reason: 'nonexistent', message: { id: 'date.year-zero', data: { text: '0000-Q1' } } });
  });

  it.each([
    'x2019-06-19', '2019-06-19x', '02019-06-19', '019-06-19', '2019-006-19', '2019-06-019', '2019-6-19', '2019-06-1',
    'x2020', '2020x', '020', '20200',
    'x2020-Q3', '2020-Q3x', '020-Q3', '02020-Q3', '2020-Q', '2020-Q33', '2020Q3',
    'x2020-03', '2020-03x', '020-03', '02020-03', '2020-3', '2020-003', '2020.03',
  ])('calls %j a format error', (raw) => {
    const result = parseDateValue(raw, true);
    expect(result.ok ? 'ok' : result.reason).toBe('format');
  });

  it.each([' 19.06.2019', '19.06.2019 ', '119.06.2019', '19.006.2019', '19.06.20190', '19.06.019', '19x06x2019', '19.06x2019', '.06.2019', '19..2019'])(
    'rejects %j as --today',
    (text) => {
      expect(parseCliDate(text)).toBeUndefined();
    },
  );

  it('reads --today as D.M.YYYY and DD.MM.YYYY', () => {
    expect(parseCliDate('1.12.2019')).toBe(day('2019-12-01'));
    expect(parseCliDate('31.1.2019')).toBe(day('2019-01-31'));
    expect(parseCliDate('31.12.9999')).toBe(day('9999-12-31'));
  });
});

describe('WorkCalendar: argument checks and reasons', () => {
  const cal = new WorkCalendar(DEFAULT_CALENDAR_SPEC);

  it('names the argument that is not an integer', () => {
    expect(() => cal.add(1.5, 1)).toThrow('day is not an integer: 1.5');
    expect(() => cal.add(0, 1.5)).toThrow('count is not an integer: 1.5');
    expect(() => cal.sub(1.5, 1)).toThrow('day is not an integer: 1.5');
    expect(() => cal.sub(0, 1.5)).toThrow('count is not an integer: 1.5');
    expect(() => cal.between(1.5, 0)).toThrow('day is not an integer: 1.5');
    expect(() => cal.between(0, 2 ** 53)).toThrow('day is not an integer: 9007199254740992');
  });

  it('counts a negative count from a day off as the other direction does', () => {
    // From Saturday 2019-04-20 (Easter): one working day back is Wednesday 17.4, one forward Tuesday 23.4.
    expect(formatDay(cal.add(day('2019-04-20'), -1))).toBe('2019-04-17');
    expect(formatDay(cal.sub(day('2019-04-20'), -1))).toBe('2019-04-23');
    expect(formatDay(cal.add(day('2019-04-20'), -2))).toBe('2019-04-16');
    expect(formatDay(cal.sub(day('2019-04-20'), -2))).toBe('2019-04-24');
  });

  it('gives the reason as a message: weekday, holiday, the first closed range of the spec holding the day, no workdays', () => {
    const c = new WorkCalendar(spec({ closed: [closed('2019-08-01', '2019-08-02'), closed('2019-07-08', '2019-07-12')] }));
    expect(c.nonWorkdayReason(day('2019-07-08'))).toEqual({ id: 'calendar.closed', data: { from: day('2019-07-08'), to: day('2019-07-12') } });
    expect(c.nonWorkdayReason(day('2019-07-12'))).toEqual({ id: 'calendar.closed', data: { from: day('2019-07-08'), to: day('2019-07-12') } });
    expect(c.nonWorkdayReason(day('2019-08-01'))).toEqual({ id: 'calendar.closed', data: { from: day('2019-08-01'), to: day('2019-08-02') } });
    expect(c.nonWorkdayReason(day('2019-07-13'))).toEqual({ id: 'calendar.weekday', data: { weekday: 6 } });
    expect(c.nonWorkdayReason(day('2019-05-17'))).toEqual({ id: 'calendar.holiday', data: { day: day('2019-05-17') } });
    expect(c.nonWorkdayReason(day('2019-07-15'))).toBeUndefined();
    expect(new WorkCalendar(spec({ workdays: [] })).nonWorkdayReason(day('2019-07-15'))).toEqual({ id: 'calendar.no-workdays', data: {} });
    // Without holidays, 17 May inside a closed range is a closed day.
    const none = new WorkCalendar(spec({ holidays: 'none', closed: [closed('2019-05-16', '2019-05-17')] }));
    expect(none.nonWorkdayReason(day('2019-05-17'))).toEqual({ id: 'calendar.closed', data: { from: day('2019-05-16'), to: day('2019-05-17') } });
    // A holiday inside a closed range is a holiday first.
    const x = new WorkCalendar(spec({ closed: [closed('2019-12-23', '2019-12-27')] }));
    expect(x.nonWorkdayReason(day('2019-12-25'))).toEqual({ id: 'calendar.holiday', data: { day: day('2019-12-25') } });
    expect(x.nonWorkdayReason(day('2019-12-24'))).toEqual({ id: 'calendar.closed', data: { from: day('2019-12-23'), to: day('2019-12-27') } });
  });
});

describe('WorkCalendar: the answer before any index is built (each calendar asked once)', () => {
  const fresh = (over: Partial<CalendarSpec>, d: number): boolean => new WorkCalendar(spec(over)).isWorkday(d);
  const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7];

  it('applies holidays only with holidays: NO', () => {
    expect(fresh({}, day('2019-05-17'))).toBe(false); // a Friday, Constitution Day
    expect(fresh({}, day('2019-05-16'))).toBe(true);
    expect(fresh({}, day('2019-05-18'))).toBe(false); // a Saturday
    expect(fresh({ holidays: 'none' }, day('2019-05-17'))).toBe(true);
  });

  it('closes the first and the last day of a closed range, and no day around it', () => {
    const c = { closed: [closed('2019-07-08', '2019-07-12')] };
    expect(fresh(c, day('2019-07-05'))).toBe(true);
    expect(fresh(c, day('2019-07-08'))).toBe(false);
    expect(fresh(c, day('2019-07-10'))).toBe(false);
    expect(fresh(c, day('2019-07-12'))).toBe(false);
    expect(fresh(c, day('2019-07-15'))).toBe(true);
  });

  it('closes a day inside a range that holds a shorter one', () => {
    const c = { closed: [closed('2019-07-05', '2019-07-06'), closed('2019-07-01', '2019-07-31')] };
    expect(fresh(c, day('2019-07-10'))).toBe(false);
    expect(fresh(c, day('2019-07-31'))).toBe(false);
    expect(fresh(c, day('2019-08-01'))).toBe(true);
  });

  it('applies holidays inside 0000-01-01..9999-12-31 and only the weekly pattern outside', () => {
    // 0000-01-01 and 10000-01-01 are New Year's Days (and Saturdays); 9999-12-25 is Christmas Day.
    expect(fresh({ workdays: ALL_WEEK }, INDEX_MIN)).toBe(false);
    expect(fresh({ workdays: ALL_WEEK }, INDEX_MIN + 1)).toBe(true);
    expect(fresh({ workdays: ALL_WEEK }, INDEX_MIN - 1)).toBe(true);
    expect(fresh({ workdays: ALL_WEEK }, day('9999-12-25'))).toBe(false);
    expect(fresh({ workdays: ALL_WEEK }, INDEX_MAX - 1)).toBe(true);
    expect(fresh({ workdays: ALL_WEEK }, INDEX_MAX)).toBe(true);
    expect(fresh({ workdays: ALL_WEEK }, INDEX_MAX + 359)).toBe(true); // 10000-12-25 (10000 is a leap year)
    expect(fresh({ workdays: ALL_WEEK, closed: [{ from: INDEX_MAX - 3, to: INDEX_MAX + 3 }] }, INDEX_MAX)).toBe(true);
    expect(fresh({ workdays: ALL_WEEK, closed: [{ from: INDEX_MAX - 3, to: INDEX_MAX + 3 }] }, INDEX_MAX - 1)).toBe(false);
    expect(fresh({}, INDEX_MAX)).toBe(false); // a Saturday everywhere
  });
});

describe('WorkCalendar: the first block of the index', () => {
  it('skips a holiday on the first day marked', () => {
    // The first add asks for the rank of d + 1, so the table starts on the holiday itself.
    expect(formatDay(new WorkCalendar(DEFAULT_CALENDAR_SPEC).add(day('2019-05-16'), 1))).toBe('2019-05-20');
    expect(formatDay(new WorkCalendar(DEFAULT_CALENDAR_SPEC).add(day('2019-12-31'), 1))).toBe('2020-01-02');
    expect(formatDay(new WorkCalendar(DEFAULT_CALENDAR_SPEC).sub(day('2019-05-20'), 1))).toBe('2019-05-16');
  });

  it('skips a closed range starting on the first day marked, and ignores one that ended days before it', () => {
    const starts = new WorkCalendar(spec({ closed: [closed('2019-07-10', '2019-07-11')] }));
    expect(formatDay(starts.add(day('2019-07-09'), 1))).toBe('2019-07-12');
    const ended = new WorkCalendar(spec({ closed: [closed('2019-07-01', '2019-07-03')] }));
    expect(formatDay(ended.add(day('2019-07-09'), 1))).toBe('2019-07-10');
    expect(formatDay(ended.add(day('2019-07-09'), 10))).toBe('2019-07-23');
    const nested = new WorkCalendar(spec({ closed: [closed('2019-07-01', '2019-07-31'), closed('2019-07-05', '2019-07-06')] }));
    expect(formatDay(nested.add(day('2019-06-28'), 1))).toBe('2019-08-01');
    expect(formatDay(nested.sub(day('2019-08-01'), 1))).toBe('2019-06-28');
  });

  it('agrees with the unindexed answer on every day around the built table, below and above', () => {
    const s = spec({
      workdays: [1, 2, 3, 5, 6],
      closed: [closed('2018-12-20', '2019-01-04'), closed('2019-03-05', '2019-03-05'), closed('2019-02-01', '2019-03-31')],
    });
    const cal = new WorkCalendar(s);
    // Anchor in 2019, then grow below (between) and above (add).
    expect(cal.between(day('2019-01-01'), day('2019-01-01'))).toBe(0);
    cal.between(day('2016-06-01'), day('2019-06-19'));
    cal.add(day('2019-06-19'), 700);
    for (let d = day('2014-01-01'); d <= day('2024-12-31'); d += 1) {
      if (cal.isWorkday(d) !== new WorkCalendar(s).isWorkday(d)) expect([formatDay(d), cal.isWorkday(d)]).toEqual([formatDay(d), !cal.isWorkday(d)]);
    }
  });
});

describe('WorkCalendar beyond 9999-12-31 and before 0000-01-01 (the weekly pattern, extrapolated)', () => {
  // 9999-12-31 (INDEX_MAX - 1) is a Friday; 10000-01-03 (INDEX_MAX + 2) a Monday.
  // -0001-12-31 (INDEX_MIN - 1) is a Friday; 0000-01-03 (INDEX_MIN + 2) a Monday.
  it('counts Monday–Friday after 9999', () => {
    const cal = new WorkCalendar(DEFAULT_CALENDAR_SPEC);
    const fri = INDEX_MAX - 1;
    expect(cal.add(INDEX_MAX - 2, 1)).toBe(fri);
    expect(cal.add(fri, 1)).toBe(INDEX_MAX + 2);
    expect(cal.add(fri, 5)).toBe(INDEX_MAX + 6);
    expect(cal.add(fri, 6)).toBe(INDEX_MAX + 9);
    expect(cal.add(fri, 5001)).toBe(INDEX_MAX + 2 + 7000);
    expect(cal.sub(INDEX_MAX + 9, 6)).toBe(fri);
    expect(cal.sub(INDEX_MAX + 2 + 7000, 5001)).toBe(fri);
    expect(cal.sub(INDEX_MAX + 2, 1)).toBe(fri);
    expect(cal.between(fri, INDEX_MAX + 9)).toBe(6);
    expect(cal.between(INDEX_MAX + 9, fri)).toBe(-6);
    // 9999-12-24 (Friday) to 10000-01-03: 27–31 December and 3 January; Christmas falls on the weekend.
    expect(cal.between(INDEX_MAX - 8, INDEX_MAX + 2)).toBe(6);
    // Monday to the Thursday three weeks later: 3 × 5 + 3.
    expect(cal.between(INDEX_MAX + 2, INDEX_MAX + 2 + 24)).toBe(18);
    const monday = INDEX_MAX + 2 + 7 * 100000;
    expect(cal.add(monday, 4)).toBe(monday + 4);
    expect(cal.add(monday, 5)).toBe(monday + 7);
    expect(cal.sub(monday, 1)).toBe(monday - 3);
    expect(cal.between(monday, monday + 7)).toBe(5);
    expect(cal.between(monday - 1, monday + 6)).toBe(5);
  });

  it('counts Monday–Friday before 0000', () => {
    const cal = new WorkCalendar(DEFAULT_CALENDAR_SPEC);
    const mon = INDEX_MIN + 2;
    expect(cal.sub(mon, 1)).toBe(INDEX_MIN - 1);
    expect(cal.sub(mon, 5)).toBe(INDEX_MIN - 5);
    expect(cal.sub(mon, 6)).toBe(INDEX_MIN - 8);
    expect(cal.sub(mon, 5001)).toBe(INDEX_MIN - 7001);
    expect(cal.add(INDEX_MIN - 8, 6)).toBe(mon);
    expect(cal.add(INDEX_MIN - 7001, 5001)).toBe(mon);
    expect(cal.add(INDEX_MIN - 1, 1)).toBe(mon);
    expect(cal.between(INDEX_MIN - 8, mon)).toBe(6);
    expect(cal.between(mon, INDEX_MIN - 8)).toBe(-6);
    const friday = INDEX_MIN - 1 - 7 * 100000;
    expect(cal.add(friday, 1)).toBe(friday + 3);
    expect(cal.sub(friday, 5)).toBe(friday - 7);
    expect(cal.between(friday - 7, friday)).toBe(5);
    expect(cal.between(friday - 24, friday)).toBe(18); // from a Tuesday: Wednesday–Friday, then three whole weeks
  });

  it('counts a Tuesday–Thursday week (two working days) at both ends', () => {
    const high = new WorkCalendar(spec({ holidays: 'none', workdays: [2, 4] }));
    expect(high.add(INDEX_MAX - 1, 1)).toBe(INDEX_MAX + 3);
    expect(high.add(INDEX_MAX - 1, 2)).toBe(INDEX_MAX + 5);
    expect(high.add(INDEX_MAX - 1, 3)).toBe(INDEX_MAX + 10);
    expect(high.between(INDEX_MAX - 1, INDEX_MAX + 10)).toBe(3);
    const low = new WorkCalendar(spec({ holidays: 'none', workdays: [2, 4] }));
    expect(low.sub(INDEX_MIN, 1)).toBe(INDEX_MIN - 2);
    expect(low.sub(INDEX_MIN, 2)).toBe(INDEX_MIN - 4);
    expect(low.sub(INDEX_MIN, 3)).toBe(INDEX_MIN - 9);
    expect(low.add(INDEX_MIN - 9, 3)).toBe(INDEX_MIN + 3);
    expect(low.between(INDEX_MIN - 9, INDEX_MIN + 3)).toBe(3);
  });
});
