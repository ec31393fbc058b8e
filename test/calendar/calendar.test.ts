// Hand-computed working-day arithmetic around Norwegian holidays, weekends and closed days.
import { describe, it, expect } from 'vitest';
import {
  DEFAULT_CALENDAR,
  DEFAULT_CALENDAR_SPEC,
  WorkCalendar,
  formatDay,
  parseDayDate,
  type CalendarSpec,
} from '../../src/calendar/index.js';
import { renderMessage, type Locale } from '../../src/messages/index.js';

/** Why the calendar says `d` is not a working day, in the locale's words. */
function why(cal: WorkCalendar, d: number, locale: Locale): string | undefined {
  const reason = cal.nonWorkdayReason(d);
  return reason === undefined ? undefined : renderMessage(reason, locale);
}

function day(text: string): number {
  const parsed = parseDayDate(text);
  if (parsed === undefined) throw new Error(`bad test date ${text}`);
  return parsed;
}

function calendar(spec: Partial<CalendarSpec> = {}): WorkCalendar {
  return new WorkCalendar({ ...DEFAULT_CALENDAR_SPEC, ...spec });
}

function range(from: string, to: string): { from: number; to: number } {
  return { from: day(from), to: day(to) };
}

type Op = 'add' | 'sub';

function check(cal: WorkCalendar, table: readonly (readonly [string, Op, number, string])[]): void {
  for (const [from, op, n, expected] of table) {
    expect(`${from} ${op} ${n} = ${formatDay(cal[op](day(from), n))}`).toBe(`${from} ${op} ${n} = ${expected}`);
  }
}

describe('the default NO Monday–Friday calendar', () => {
  const cal = new WorkCalendar(DEFAULT_CALENDAR_SPEC);

  it('steps over Easter 2019 (18–22 April)', () => {
    check(cal, [
      ['2019-04-17', 'add', 0, '2019-04-17'],
      ['2019-04-17', 'add', 1, '2019-04-23'],
      ['2019-04-17', 'add', 2, '2019-04-24'],
      ['2019-04-16', 'add', 2, '2019-04-23'],
      ['2019-04-20', 'add', 0, '2019-04-20'],
      ['2019-04-20', 'add', 1, '2019-04-23'],
      ['2019-04-23', 'sub', 1, '2019-04-17'],
      ['2019-04-23', 'sub', 2, '2019-04-16'],
      ['2019-04-20', 'sub', 1, '2019-04-17'],
      ['2019-04-20', 'sub', 0, '2019-04-20'],
      ['2019-04-23', 'add', -1, '2019-04-17'],
      ['2019-04-17', 'sub', -1, '2019-04-23'],
    ]);
    expect(cal.between(day('2019-04-17'), day('2019-04-23'))).toBe(1);
    expect(cal.between(day('2019-04-12'), day('2019-04-23'))).toBe(4);
    expect(cal.between(day('2019-04-23'), day('2019-04-17'))).toBe(-1);
    expect(cal.between(day('2019-04-18'), day('2019-04-22'))).toBe(0);
  });

  it('steps over 1 May, 17 May (a Friday) and Ascension Day 2019-05-30', () => {
    check(cal, [
      ['2019-04-30', 'add', 1, '2019-05-02'],
      ['2019-05-16', 'add', 1, '2019-05-20'],
      ['2019-05-20', 'sub', 1, '2019-05-16'],
      ['2019-05-29', 'add', 1, '2019-05-31'],
      ['2019-05-29', 'add', 2, '2019-06-03'],
      ['2019-05-31', 'sub', 1, '2019-05-29'],
    ]);
    // May 2019: 23 weekdays, three of them holidays.
    expect(cal.between(day('2019-04-30'), day('2019-05-31'))).toBe(20);
    expect(cal.between(day('2019-05-01'), day('2019-05-31'))).toBe(20);
    expect(cal.between(day('2019-05-31'), day('2019-04-30'))).toBe(-20);
  });

  it('steps over Whit Monday 2019-06-10 and weekends', () => {
    check(cal, [
      ['2019-06-07', 'add', 1, '2019-06-11'],
      ['2019-06-11', 'sub', 1, '2019-06-07'],
      ['2019-06-14', 'add', 1, '2019-06-17'],
      ['2019-06-14', 'add', 5, '2019-06-21'],
      ['2019-06-17', 'sub', 1, '2019-06-14'],
      ['2019-06-15', 'sub', 1, '2019-06-14'],
      ['2019-06-16', 'add', 1, '2019-06-17'],
    ]);
    expect(cal.between(day('2019-06-14'), day('2019-06-17'))).toBe(1);
    expect(cal.between(day('2019-06-15'), day('2019-06-16'))).toBe(0);
  });

  it('steps over Christmas and New Year 2019/2020', () => {
    check(cal, [
      ['2019-12-24', 'add', 1, '2019-12-27'],
      ['2019-12-24', 'add', 2, '2019-12-30'],
      ['2019-12-24', 'add', 4, '2020-01-02'],
      ['2020-01-02', 'sub', 1, '2019-12-31'],
      ['2020-01-02', 'sub', 4, '2019-12-24'],
    ]);
    expect(cal.between(day('2019-12-20'), day('2020-01-03'))).toBe(7);
  });

  it('counts 251 working days in 2019', () => {
    expect(cal.between(day('2018-12-31'), day('2019-12-31'))).toBe(251);
  });

  it('adds and subtracts durations in every unit', () => {
    const d = day('2019-04-17');
    expect(formatDay(cal.addDuration(d, { n: 2, unit: 'w' }))).toBe('2019-05-07');
    expect(formatDay(cal.addDuration(d, { n: 10, unit: 'd' }))).toBe('2019-05-07');
    expect(formatDay(cal.addDuration(d, { n: 10, unit: 'ed' }))).toBe('2019-04-27');
    expect(formatDay(cal.addDuration(d, { n: 2, unit: 'ew' }))).toBe('2019-05-01');
    expect(formatDay(cal.addDuration(d, { n: 0, unit: 'w' }))).toBe('2019-04-17');
    expect(formatDay(cal.subDuration(day('2019-05-07'), { n: 2, unit: 'w' }))).toBe('2019-04-17');
    expect(formatDay(cal.subDuration(day('2019-05-07'), { n: 10, unit: 'ed' }))).toBe('2019-04-27');
    expect(formatDay(cal.subDuration(day('2019-05-07'), { n: 1, unit: 'ew' }))).toBe('2019-04-30');
  });

  it('says why a day is not a working day', () => {
    expect(why(cal, day('2019-05-30'), 'en')).toBe('Ascension Day');
    expect(why(cal, day('2019-05-30'), 'nb')).toBe('Kristi himmelfartsdag');
    expect(why(cal, day('2019-04-18'), 'nb')).toBe('skjærtorsdag');
    expect(why(cal, day('2019-06-15'), 'en')).toBe('a Saturday');
    expect(why(cal, day('2019-06-15'), 'nb')).toBe('en lørdag');
    expect(why(cal, day('2019-04-21'), 'en')).toBe('a Sunday');
    expect(why(cal, day('2019-06-19'), 'en')).toBeUndefined();
    expect(cal.isWorkday(day('2019-06-19'))).toBe(true);
    expect(cal.isWorkday(day('2019-05-17'))).toBe(false);
  });

  it('rolls to the nearest working day', () => {
    expect(formatDay(cal.rollForward(day('2019-04-18')))).toBe('2019-04-23');
    expect(formatDay(cal.rollBackward(day('2019-04-22')))).toBe('2019-04-17');
    expect(formatDay(cal.rollForward(day('2019-06-19')))).toBe('2019-06-19');
  });

  it('is what DEFAULT_CALENDAR is', () => {
    expect(DEFAULT_CALENDAR.spec).toEqual({ holidays: 'NO', closed: [], workdays: [1, 2, 3, 4, 5] });
    expect(formatDay(DEFAULT_CALENDAR.add(day('2019-05-16'), 1))).toBe('2019-05-20');
    expect(DEFAULT_CALENDAR.hasWorkdays).toBe(true);
  });
});

describe('closed days', () => {
  it('skips a closed range (summer closure 2019-07-08..2019-07-26)', () => {
    const cal = calendar({ closed: [range('2019-07-08', '2019-07-26')] });
    check(cal, [
      ['2019-07-05', 'add', 1, '2019-07-29'],
      ['2019-07-10', 'add', 1, '2019-07-29'],
      ['2019-07-29', 'sub', 1, '2019-07-05'],
      ['2019-07-10', 'sub', 1, '2019-07-05'],
    ]);
    expect(cal.between(day('2019-07-05'), day('2019-07-29'))).toBe(1);
    expect(cal.isWorkday(day('2019-07-10'))).toBe(false);
    expect(why(cal, day('2019-07-10'), 'en')).toBe('a closed day (2019-07-08..2019-07-26)');
    expect(why(cal, day('2019-07-10'), 'nb')).toBe('en stengt dag (08.07.2019..26.07.2019)');
    expect(why(cal, day('2019-07-13'), 'en')).toBe('a Saturday');
  });

  it('joins overlapping and adjacent ranges and single days', () => {
    const cal = calendar({
      closed: [range('2019-07-10', '2019-07-19'), range('2019-07-08', '2019-07-12'), range('2019-07-22', '2019-07-22')],
    });
    check(cal, [
      ['2019-07-05', 'add', 1, '2019-07-23'],
      ['2019-07-23', 'sub', 1, '2019-07-05'],
    ]);
    expect(why(cal, day('2019-07-22'), 'en')).toBe('a closed day (2019-07-22)');
  });

  it('ignores a range whose end is before its start', () => {
    const cal = calendar({ closed: [range('2019-07-26', '2019-07-08')] });
    expect(cal.isWorkday(day('2019-07-10'))).toBe(true);
  });

  it('handles a closed range of many years', () => {
    const cal = calendar({ closed: [range('2000-01-01', '2049-12-31')] });
    expect(formatDay(cal.add(day('1999-12-30'), 2))).toBe('2050-01-03');
    expect(formatDay(cal.sub(day('2050-01-03'), 1))).toBe('1999-12-31');
    expect(cal.between(day('1999-12-30'), day('2050-01-03'))).toBe(2);
  });
});

describe('other calendars', () => {
  it('uses a Monday–Thursday week', () => {
    const cal = calendar({ holidays: 'none', workdays: [1, 2, 3, 4] });
    check(cal, [
      ['2019-06-13', 'add', 1, '2019-06-17'],
      ['2019-06-17', 'sub', 1, '2019-06-13'],
      ['2019-06-10', 'add', 4, '2019-06-17'],
      ['2019-05-16', 'add', 1, '2019-05-20'],
    ]);
    expect(why(cal, day('2019-06-14'), 'en')).toBe('a Friday');
    expect(cal.between(day('2019-06-09'), day('2019-06-16'))).toBe(4);
  });

  it('has no holidays with holidays: none', () => {
    const cal = calendar({ holidays: 'none' });
    check(cal, [
      ['2019-05-16', 'add', 1, '2019-05-17'],
      ['2019-04-17', 'add', 1, '2019-04-18'],
      ['2019-12-24', 'add', 2, '2019-12-26'],
    ]);
    expect(why(cal, day('2019-05-30'), 'en')).toBeUndefined();
    expect(cal.between(day('2018-12-31'), day('2019-12-31'))).toBe(261);
  });

  it('works seven days a week', () => {
    const cal = calendar({ holidays: 'none', workdays: [7, 6, 5, 4, 3, 2, 1, 1] });
    expect(cal.add(day('2019-06-14'), 3)).toBe(day('2019-06-17'));
    expect(cal.between(day('2019-06-14'), day('2019-06-24'))).toBe(10);
  });

  it('falls back to calendar days when there are no workdays', () => {
    const cal = calendar({ workdays: [] });
    expect(cal.hasWorkdays).toBe(false);
    expect(cal.isWorkday(day('2019-06-19'))).toBe(false);
    expect(cal.add(day('2019-06-19'), 5)).toBe(day('2019-06-24'));
    expect(cal.sub(day('2019-06-19'), 5)).toBe(day('2019-06-14'));
    expect(cal.between(day('2019-06-19'), day('2019-06-24'))).toBe(5);
    expect(cal.addDuration(day('2019-06-19'), { n: 1, unit: 'w' })).toBe(day('2019-06-24'));
    expect(why(cal, day('2019-06-19'), 'en')).toBe('not a working day: the calendar has no workdays');
  });

  it('ignores weekday numbers outside 1..7', () => {
    const cal = calendar({ workdays: [0, 8, 1] });
    expect(cal.add(day('2019-06-17'), 1)).toBe(day('2019-06-24'));
  });

  it('throws on day numbers that are not integers (a bug in the caller)', () => {
    expect(() => DEFAULT_CALENDAR.add(1.5, 1)).toThrow(RangeError);
    expect(() => DEFAULT_CALENDAR.between(0, Number.NaN)).toThrow(RangeError);
  });
});
