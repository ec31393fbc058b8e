// Time scales: which one fits, unit boundaries, tick labels (ISO weeks, month names) and the column map.
import { describe, expect, it } from 'vitest';
import { parseDayDate } from '../../src/calendar/index.js';
import { chooseScale, createColumnMap, nextUnit, snapRange, formatTickLabel, unitStart, formatUpperLabel } from '../../src/report/gantt/scale.js';

const d = (text: string): number => parseDayDate(text)!;

describe('chooseScale', () => {
  it.each([
    ['2019-09-01', '2019-09-20', 60, 'day'],
    ['2019-08-01', '2019-10-31', 60, 'week'],
    ['2019-05-22', '2020-01-31', 45, 'month'],
    ['2019-05-22', '2022-12-31', 47, 'quarter'],
    ['2019-05-22', '2022-12-31', 40, 'year'],
    ['2000-01-01', '2099-12-31', 60, 'year'],
  ] as const)('%s – %s in %i columns → %s', (from, to, columns, scale) => {
    expect(chooseScale(d(from), d(to), columns)).toBe(scale);
  });
});

describe('unit boundaries', () => {
  it('weeks start on Monday, quarters on the first month of the quarter', () => {
    expect(unitStart(d('2019-09-01'), 'week')).toBe(d('2019-08-26'));
    expect(unitStart(d('2019-09-02'), 'week')).toBe(d('2019-09-02'));
    expect(unitStart(d('2019-08-31'), 'quarter')).toBe(d('2019-07-01'));
    expect(nextUnit(d('2019-10-01'), 'quarter')).toBe(d('2020-01-01'));
    expect(nextUnit(d('2019-12-01'), 'month')).toBe(d('2020-01-01'));
  });

  it('snaps a range to whole units', () => {
    expect(snapRange(d('2019-05-22'), d('2020-01-31'), 'month')).toEqual({ from: d('2019-05-01'), to: d('2020-01-31') });
    expect(snapRange(d('2019-05-22'), d('2019-06-05'), 'week')).toEqual({ from: d('2019-05-20'), to: d('2019-06-09') });
  });
});

describe('labels', () => {
  it('shows ISO week numbers: uke 37 in Norwegian, W37 in English', () => {
    expect(formatTickLabel(d('2019-09-09'), 'week', 'nb')).toBe('uke 37');
    expect(formatTickLabel(d('2019-09-09'), 'week', 'en')).toBe('W37');
    // 30 December 2019 belongs to ISO week 1 of 2020.
    expect(formatTickLabel(d('2019-12-30'), 'week', 'en')).toBe('W1');
  });

  it('shows month names and quarters in the locale', () => {
    expect(formatTickLabel(d('2019-10-01'), 'month', 'nb')).toBe('okt');
    expect(formatTickLabel(d('2019-10-01'), 'month', 'en')).toBe('Oct');
    expect(formatTickLabel(d('2019-10-01'), 'quarter', 'nb')).toBe('K4');
    expect(formatTickLabel(d('2019-10-01'), 'quarter', 'en')).toBe('Q4');
    expect(formatUpperLabel(d('2020-01-01'), 'month', 'nb', false)).toBe('jan 2020');
    expect(formatUpperLabel(d('2019-12-01'), 'month', 'nb', false)).toBe('des');
    // Years before 1000 are written with four digits, as dates write them (a tester's finding: "Jan 1", "999").
    expect(formatTickLabel(d('0999-01-01'), 'year', 'en')).toBe('0999');
    expect(formatUpperLabel(d('0001-01-01'), 'month', 'en', true)).toBe('Jan 0001');
    expect(formatUpperLabel(d('0999-04-01'), 'quarter', 'nb', false)).toBe('0999');
  });
});

describe('createColumnMap', () => {
  it('maps the first and last day to the first and last column, outside days off the chart', () => {
    const map = createColumnMap(d('2019-09-01'), d('2019-09-30'), 30);
    expect(map.columnOf(d('2019-09-01'))).toBe(0);
    expect(map.columnOf(d('2019-09-30'))).toBe(29);
    expect(map.columnOf(d('2019-09-15'))).toBe(14);
    expect(map.columnOf(d('2019-08-31'))).toBe(-1);
    expect(map.columnOf(d('2019-10-01'))).toBe(30);
  });
});
