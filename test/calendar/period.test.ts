// Tests for dates as written in plans (day dates, periods) and the --today option.
import { describe, it, expect } from 'vitest';
import { formatDay, parseCliDate, parseDateValue } from '../../src/calendar/index.js';
import { renderMessage } from '../../src/messages/index.js';

function resolved(raw: unknown, allowPeriod: boolean): unknown {
  const result = parseDateValue(raw, allowPeriod);
  return result.ok
    ? { day: formatDay(result.value.day), isPeriod: result.value.isPeriod, written: result.value.written }
    : { reason: result.reason };
}

describe('parseDateValue', () => {
  it.each([
    ['2019-06-19', '2019-06-19', false, '2019-06-19'],
    ['2020-02-29', '2020-02-29', false, '2020-02-29'],
    ['0001-01-01', '0001-01-01', false, '0001-01-01'],
    ['2020', '2020-12-31', true, '2020'],
    [2020, '2020-12-31', true, '2020'],
    [1, '0001-12-31', true, '1'],
    ['2020-Q1', '2020-03-31', true, '2020-Q1'],
    ['2020-Q2', '2020-06-30', true, '2020-Q2'],
    ['2020-Q3', '2020-09-30', true, '2020-Q3'],
    ['2020-Q4', '2020-12-31', true, '2020-Q4'],
    ['2020-02', '2020-02-29', true, '2020-02'],
    ['2019-02', '2019-02-28', true, '2019-02'],
    ['2019-12', '2019-12-31', true, '2019-12'],
  ] as const)('%j resolves to %s', (raw, day, isPeriod, written) => {
    expect(resolved(raw, true)).toEqual({ day, isPeriod, written });
  });

  it.each([
    ['2019-02-30', 'nonexistent'],
    ['2019-02-29', 'nonexistent'],
    ['2019-04-31', 'nonexistent'],
    ['2019-13-01', 'nonexistent'],
    ['2019-00-10', 'nonexistent'],
    ['2019-06-00', 'nonexistent'],
    ['2019-13', 'nonexistent'],
    ['2019-00', 'nonexistent'],
    ['2019-Q5', 'nonexistent'],
    ['2019-Q0', 'nonexistent'],
    ['2019-6-1', 'format'],
    ['2019-q3', 'format'],
    ['2019-Q12', 'format'],
    ['19', 'format'],
    ['20190', 'format'],
    [' 2019-06-19', 'format'],
    ['2019-06-19T00:00:00Z', 'format'],
    ['', 'format'],
    [null, 'format'],
    [undefined, 'format'],
    [2.5, 'format'],
    [-1, 'format'],
    [10000, 'format'],
    [Number.NaN, 'format'],
    [true, 'format'],
    [['2019-06-19'], 'format'],
    [{ year: 2019 }, 'format'],
  ] as const)('rejects %j as %s', (raw, reason) => {
    expect(resolved(raw, true)).toEqual({ reason });
  });

  it.each(['2020', 2020, '2020-Q3', '2020-02', '2019-Q5', '2019-13'])(
    'rejects the period %j where only a day date is allowed',
    (raw) => {
      const result = parseDateValue(raw, false);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toBe('format');
        expect(renderMessage(result.message)).toContain('periods are not allowed here');
      }
    },
  );

  it('accepts day dates where periods are not allowed', () => {
    expect(resolved('2019-05-17', false)).toEqual({ day: '2019-05-17', isPeriod: false, written: '2019-05-17' });
  });

  it('states short facts in its messages', () => {
    const message = (raw: unknown, allowPeriod = true): string => {
      const result = parseDateValue(raw, allowPeriod);
      return result.ok ? '' : renderMessage(result.message);
    };
    expect(message('2019-02-30')).toBe('2019-02-30 does not exist: February 2019 has 28 days');
    expect(message('2019-04-31')).toBe('2019-04-31 does not exist: April 2019 has 30 days');
    expect(message('2019-13-01')).toBe('2019-13-01 does not exist: there is no month 13');
    expect(message('2019-06-00')).toBe('2019-06-00 does not exist: days are numbered from 01');
    expect(message('2019-Q5')).toBe('2019-Q5 is not a quarter: use Q1–Q4');
    expect(message('2019-13')).toBe('2019-13 is not a month: use 01–12');
    expect(message('2019-6-1')).toBe('"2019-6-1" is not a date: write YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY');
    expect(message('2019-6-1', false)).toBe('"2019-6-1" is not a date: write YYYY-MM-DD');
    expect(message(null)).toBe('null is not a date: write YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY');
    expect(message('x'.repeat(100))).toContain('…');
    expect(message('a\u001b[31mb')).not.toContain('\u001b');
  });
});

describe('parseCliDate', () => {
  it.each([
    ['2019-06-19', '2019-06-19'],
    ['19.06.2019', '2019-06-19'],
    ['29.02.2020', '2020-02-29'],
    ['1.6.2019', '2019-06-01'],
  ])('reads %s as %s', (text, day) => {
    const parsed = parseCliDate(text);
    expect(parsed === undefined ? undefined : formatDay(parsed)).toBe(day);
  });

  it.each(['29.02.2019', '2019-02-30', '32.01.2019', '19.13.2019', '19.06.19', '2019-6-19', '', 'today', '19/06/2019', '2019'])(
    'rejects %j',
    (text) => {
      expect(parseCliDate(text)).toBeUndefined();
    },
  );
});
