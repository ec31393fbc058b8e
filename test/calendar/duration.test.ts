// Tests for durations: parsing, formatting and the zero duration.
import { describe, it, expect } from 'vitest';
import { formatDuration, isWorkingUnit, parseDuration, ZERO_DURATION } from '../../src/calendar/index.js';

describe('parseDuration', () => {
  it.each([
    ['0d', 0, 'd'],
    ['5d', 5, 'd'],
    ['2w', 2, 'w'],
    ['10ed', 10, 'ed'],
    ['1ew', 1, 'ew'],
    ['007d', 7, 'd'],
    ['100000d', 100000, 'd'],
  ] as const)('reads %s', (text, n, unit) => {
    expect(parseDuration(text)).toEqual({ n, unit });
  });

  it.each(['', 'd', '5', '-1d', '1.5d', '5 d', ' 5d', '5D', '5dw', '5h', '100001d', '99999999999999999999d', null, 5, undefined, {}])(
    'rejects %j',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
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
