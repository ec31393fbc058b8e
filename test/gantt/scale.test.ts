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

  it.each([
    ['month', '2024-01-01', '2024-12-31', [40, 60, 77, 100, 140, 200]],
    ['quarter', '2019-01-01', '2022-12-31', [16, 30, 47, 100]],
    ['year', '2019-01-01', '2022-12-31', [8, 20, 60, 120, 200]],
    ['week', '2024-01-01', '2024-03-31', [13, 40, 100]],
  ] as const)('at %s scale draws every unit\'s last day before the next unit\'s tick and its first day on it (tester round 10 #1)', (scale, first, last, widths) => {
    const { from, to } = snapRange(d(first), d(last), scale);
    for (const columns of widths) {
      const map = createColumnMap(from, to, columns, scale);
      let previous = -1;
      for (let u = from; u <= to; u = nextUnit(u, scale)) {
        const tick = map.columnOf(u);
        // Each unit gets a column at least at these widths: the ticks rise, and no column holds the end of one unit
        // and the start of the next.
        expect(tick).toBeGreaterThan(previous);
        if (u > from) expect(map.columnOf(u - 1)).toBeLessThan(tick);
        for (let day = u; day < nextUnit(u, scale) && day <= to; day++) expect(map.columnOf(day)).toBeGreaterThanOrEqual(tick);
        previous = tick;
      }
    }
  });

  it('puts 31 December before the next year\'s tick when a year gets whole columns (the shipped roadmap\'s "by end of 2019")', () => {
    const map = createColumnMap(d('2019-01-01'), d('2022-12-31'), 72, 'year');
    expect(map.columnOf(d('2019-12-31'))).toBe(17);
    expect(map.columnOf(d('2020-01-01'))).toBe(18);
    expect(map.columnOf(d('2020-12-31'))).toBe(35);
    expect(map.columnOf(d('2021-01-01'))).toBe(36);
  });
});
