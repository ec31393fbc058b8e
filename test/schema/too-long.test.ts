// A duration or lag in the right form with more units than the schema allows (`999999d`) is explained by its size,
// and a number JSON cannot write (`1e309`, `.inf`, `.nan`) is shown as a number, not as "null" (a tester's findings,
// session 13: "after[0].lag of milestone B is "999999d", which is not a lag" and "duration … is null").
import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/schema/check.js';
import { show } from '../../src/schema/value-display.js';
import { renderMessage } from '../../src/messages/index.js';

const plan = (milestone: Record<string, unknown>, governance?: unknown): unknown => ({
  plan: { id: 'a', title: 'A', ...(governance !== undefined ? { governance } : {}) },
  milestones: [{ id: 'M1', title: 'T', date: '2020-03-10' }, { id: 'M2', title: 'T', date: '2020-03-11', ...milestone }],
});
const messages = (data: unknown): string[] => checkSchema(data).map((p) => `${renderMessage(p.message)} | ${renderMessage(p.hint)}`);
const hint = 'write at most 99999 units (99999d is about 380 years of working days, past any plan\'s horizon)';

describe('durations and lags with too many units', () => {
  it('name the value and the limit, for a lag, a duration, a window and a part of an estimate', () => {
    expect(messages(plan({ after: [{ id: 'M1', lag: '999999d' }] }))).toEqual([`after[0].lag of milestone M2 is "999999d", more units than milepel computes with (at most 99999) | ${hint}`]);
    expect(messages(plan({ after: [{ id: 'M1', lag: '-100000w' }] }))).toEqual([`after[0].lag of milestone M2 is "-100000w", more units than milepel computes with (at most 99999) | ${hint}`]);
    expect(messages(plan({ duration: '1d..123456ed..2d' }))).toEqual([`duration of milestone M2 is "1d..123456ed..2d": 123456ed is more units than milepel computes with (at most 99999) | ${hint}`]);
    expect(messages(plan({}, { window: '100001d' }))).toEqual([`plan.governance.window is "100001d", more units than milepel computes with (at most 99999) | ${hint}`]);
  });

  it('leave the largest allowed value alone, and other faults to the form message', () => {
    expect(messages(plan({ after: [{ id: 'M1', lag: '99999d' }], duration: '99999ew' }))).toEqual([]);
    expect(messages(plan({ duration: '999999x' }))[0]).toMatch(/^duration of milestone M2 is "999999x", which is not a duration/);
    expect(messages(plan({ duration: '1d..999999d' }))[0]).toMatch(/which is not a duration or three-point estimate/);
  });
});

describe('numbers JSON cannot write', () => {
  // As YAML writes them (tester rounds 73 F3, 74 F4): JavaScript's Infinity and NaN are written nowhere in a plan.
  it('are shown as .inf, -.inf and .nan', () => {
    expect(show(Infinity)).toBe('.inf');
    expect(show(-Infinity)).toBe('-.inf');
    expect(show(Number.NaN)).toBe('.nan');
    expect(messages(plan({ duration: Infinity }))[0]).toMatch(/^duration of milestone M2 is \.inf, which is not/);
  });
});
