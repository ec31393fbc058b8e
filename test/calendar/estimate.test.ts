// Three-point estimates (SPEC §1.6): every form, unit and order rule of parseEstimate, and the helpers around it.
// Written for issue #13's mutation run: src/calendar/estimate.ts had no test in the mutation selection.
import { describe, expect, it } from 'vitest';
import {
  MAX_DURATION_N,
  formatEstimate,
  isRange,
  likelyDuration,
  parseEstimate,
  pointEstimate,
} from '../../src/calendar/index.js';

describe('parseEstimate', () => {
  it('reads a plain duration as min = likely = max, with spaces around it', () => {
    expect(parseEstimate('5d', false)).toEqual({ ok: true, estimate: { unit: 'd', min: 5, likely: 5, max: 5 } });
    expect(parseEstimate(' 2w ', false)).toEqual({ ok: true, estimate: { unit: 'w', min: 2, likely: 2, max: 2 } });
    expect(parseEstimate('10ed', false)).toEqual({ ok: true, estimate: { unit: 'ed', min: 10, likely: 10, max: 10 } });
    expect(parseEstimate('1ew', false)).toEqual({ ok: true, estimate: { unit: 'ew', min: 1, likely: 1, max: 1 } });
  });

  it('reads min..likely..max and a {min, likely, max} mapping', () => {
    const e = { unit: 'd', min: 5, likely: 10, max: 20 };
    expect(parseEstimate('5d..10d..20d', false)).toEqual({ ok: true, estimate: e });
    expect(parseEstimate('5d .. 10d .. 20d', false)).toEqual({ ok: true, estimate: e });
    expect(parseEstimate({ min: '5d', likely: '10d', max: '20d' }, false)).toEqual({ ok: true, estimate: e });
    expect(parseEstimate('3d..3d..3d', false)).toEqual({ ok: true, estimate: { unit: 'd', min: 3, likely: 3, max: 3 } });
  });

  it('takes a lead (a minus sign) only when signed, and -0d as 0', () => {
    expect(parseEstimate('-2d', false)).toEqual({ ok: false, problem: 'form' });
    expect(parseEstimate('-2d', true)).toEqual({ ok: true, estimate: { unit: 'd', min: -2, likely: -2, max: -2 } });
    expect(parseEstimate('-5d..-2d..1d', true)).toEqual({ ok: true, estimate: { unit: 'd', min: -5, likely: -2, max: 1 } });
    const zero = parseEstimate('-0d', true);
    expect(zero.ok && Object.is(zero.estimate.likely, 0)).toBe(true); // +0, never -0
    expect(parseEstimate('+2d', true)).toEqual({ ok: false, problem: 'form' });
    expect(parseEstimate('--2d', true)).toEqual({ ok: false, problem: 'form' });
  });

  it('accepts n up to MAX_DURATION_N and no further', () => {
    expect(parseEstimate(`${MAX_DURATION_N}d`, false)).toEqual({
      ok: true,
      estimate: { unit: 'd', min: MAX_DURATION_N, likely: MAX_DURATION_N, max: MAX_DURATION_N },
    });
    expect(parseEstimate(`${MAX_DURATION_N + 1}d`, false)).toEqual({ ok: false, problem: 'form' });
    expect(parseEstimate(`-${MAX_DURATION_N + 1}d`, true)).toEqual({ ok: false, problem: 'form' });
  });

  it.each([
    ['', 'an empty text'],
    ['5', 'no unit'],
    ['d', 'no number'],
    ['5h', 'an unknown unit'],
    ['5dd', 'a unit with a tail'],
    ['x5d', 'text before the number'],
    ['1.5d', 'a fraction'],
    ['5d..10d', 'two parts'],
    ['5d..10d..20d..30d', 'four parts'],
    ['x..10d..20d', 'a bad min'],
    ['5d..x..20d', 'a bad likely'],
    ['5d..10d..x', 'a bad max'],
  ])('calls %j a form problem (%s)', (raw) => {
    expect(parseEstimate(raw, true)).toEqual({ ok: false, problem: 'form' });
  });

  it('calls every other kind of value a form problem', () => {
    for (const raw of [5, null, undefined, true, ['5d'], ['5d', '10d', '20d']]) {
      expect(parseEstimate(raw, true), String(raw)).toEqual({ ok: false, problem: 'form' });
    }
    expect(parseEstimate({ min: '5d', likely: '10d' }, false)).toEqual({ ok: false, problem: 'form' });
    expect(parseEstimate({ min: 5, likely: '10d', max: '20d' }, false)).toEqual({ ok: false, problem: 'form' });
    // Keys from the prototype are not the mapping's own keys.
    const inherited = Object.assign(Object.create({ min: '5d' }) as object, { likely: '10d', max: '20d' });
    expect(parseEstimate(inherited, false)).toEqual({ ok: false, problem: 'form' });
  });

  it('requires one unit for all three parts', () => {
    expect(parseEstimate('5w..10d..20d', false)).toEqual({ ok: false, problem: 'units' });
    expect(parseEstimate('5d..10w..20d', false)).toEqual({ ok: false, problem: 'units' });
    expect(parseEstimate('5d..10d..20ed', false)).toEqual({ ok: false, problem: 'units' });
  });

  it('requires min ≤ likely ≤ max', () => {
    expect(parseEstimate('11d..10d..20d', false)).toEqual({ ok: false, problem: 'order' });
    expect(parseEstimate('5d..21d..20d', false)).toEqual({ ok: false, problem: 'order' });
    expect(parseEstimate('5d..5d..20d', false).ok).toBe(true);
    expect(parseEstimate('5d..20d..20d', false).ok).toBe(true);
  });
});

describe('estimate helpers', () => {
  const range = { unit: 'w', min: 1, likely: 2, max: 4 } as const;

  it('uses the likely value as the duration', () => {
    expect(likelyDuration(range)).toEqual({ n: 2, unit: 'w' });
  });

  it('has a range only when max > min', () => {
    expect(isRange(range)).toBe(true);
    expect(isRange({ unit: 'd', min: 3, likely: 3, max: 3 })).toBe(false);
    expect(isRange({ unit: 'd', min: 3, likely: 3, max: 4 })).toBe(true);
  });

  it('writes a range with its unit on every part, a single value once', () => {
    expect(formatEstimate(range)).toBe('1w..2w..4w');
    expect(formatEstimate({ unit: 'ed', min: 7, likely: 7, max: 7 })).toBe('7ed');
  });

  it('turns a duration into a point estimate', () => {
    expect(pointEstimate({ n: 3, unit: 'ew' })).toEqual({ unit: 'ew', min: 3, likely: 3, max: 3 });
  });
});
