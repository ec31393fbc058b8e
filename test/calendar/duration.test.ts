// Tests for durations: parsing, formatting and the zero duration.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { durationDays, formatDuration, isWorkingUnit, MAX_DURATION_N, parseDuration, UNIT_DAYS, WorkCalendar, ZERO_DURATION } from '../../src/calendar/index.js';

describe('parseDuration', () => {
  it.each([
    ['0d', 0, 'd'],
    ['5d', 5, 'd'],
    ['2w', 2, 'w'],
    ['10ed', 10, 'ed'],
    ['1ew', 1, 'ew'],
    ['007d', 7, 'd'],
    ['99999d', 99999, 'd'],
  ] as const)('reads %s', (text, n, unit) => {
    expect(parseDuration(text)).toEqual({ n, unit });
  });

  it.each(['', 'd', '5', '-1d', '1.5d', '5 d', ' 5d', '5D', '5dw', '5h', '100000d', '100001d', '99999999999999999999d', null, 5, undefined, {}])(
    'rejects %j',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );

  it('stops where the schema does: every duration pattern allows n of at most five digits, MAX_DURATION_N', () => {
    const schema = readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8');
    const limits = [...schema.matchAll(/\[0-9\]\{1,(\d+)\}\(d\|w/g)].map((m) => 10 ** Number(m[1]) - 1);
    expect(limits.length).toBeGreaterThan(4);
    expect(new Set(limits)).toEqual(new Set([MAX_DURATION_N]));
  });

  it('reads text only, not a list or an object that would print as a duration', () => {
    // YAML `duration: [5d]` is a list; String(['5d']) is '5d'.
    expect(parseDuration(['5d'])).toBeUndefined();
    expect(parseDuration({ toString: () => '5d' })).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it('writes what parseDuration reads', () => {
    for (const text of ['0d', '5d', '2w', '10ed', '1ew']) {
      const parsed = parseDuration(text);
      expect(parsed && formatDuration(parsed)).toBe(text);
    }
    expect(formatDuration(ZERO_DURATION)).toBe('0d');
    expect(ZERO_DURATION).toEqual({ n: 0, unit: 'd' });
  });

  it('tells working units from elapsed ones', () => {
    expect(['d', 'w', 'ed', 'ew'].map((u) => isWorkingUnit(u as 'd'))).toEqual([true, true, false, false]);
  });
});

describe('durationDays (the edge weight)', () => {
  it.each([
    [{ n: 3, unit: 'd' }, 3], [{ n: 2, unit: 'w' }, 10], [{ n: 3, unit: 'ed' }, 3], [{ n: 2, unit: 'ew' }, 14],
    [{ n: -2, unit: 'd' }, -2], [{ n: -1, unit: 'w' }, -5], [{ n: -1, unit: 'ew' }, -7], [{ n: 0, unit: 'w' }, 0],
  ] as const)('%o weighs %i days', (d, days) => {
    expect(durationDays(d)).toBe(days);
  });

  it('is what the calendar adds and takes away: working days for d and w, calendar days for ed and ew', () => {
    expect(Object.keys(UNIT_DAYS).sort()).toEqual(['d', 'ed', 'ew', 'w']);
    const cal = new WorkCalendar({ workdays: [1, 2, 3, 4, 5], holidays: 'none', closed: [] });
    const friday = 18145; // 2019-09-06, a Friday
    for (const unit of ['d', 'w', 'ed', 'ew'] as const) {
      for (const n of [-3, -1, 0, 1, 2, 7]) {
        const d = { n, unit };
        const days = durationDays(d);
        const moved = cal.addDuration(friday, d);
        expect(moved, `${n}${unit}`).toBe(isWorkingUnit(unit) ? cal.add(friday, days) : friday + days);
        expect(cal.subDuration(friday, d), `${n}${unit} back`).toBe(isWorkingUnit(unit) ? cal.sub(friday, days) : friday - days);
      }
    }
    expect(cal.addDuration(friday, { n: 1, unit: 'w' })).toBe(friday + 7);
    expect(cal.addDuration(friday, { n: 1, unit: 'ew' })).toBe(friday + 7);
    expect(cal.addDuration(friday, { n: 1, unit: 'd' })).toBe(friday + 3);
    expect(cal.addDuration(friday, { n: 1, unit: 'ed' })).toBe(friday + 1);
  });
});
