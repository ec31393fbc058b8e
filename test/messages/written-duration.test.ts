// A governance window or lead in a message is spelled out, with the plan's notation after it (tester round 22 F6).
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { spelledDuration } from '../../src/messages/written-duration.js';

const UNITS = { d: ['working day', 'working days'], w: ['working week', 'working weeks'], ed: ['calendar day', 'calendar days'], ew: ['calendar week', 'calendar weeks'] } as const;
const f = { count: (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}` } as Parameters<typeof spelledDuration>[0];

describe('spelledDuration', () => {
  it.each([
    ['2d', '2 working days (2d)'],
    ['1d', '1 working day (1d)'],
    ['30ed', '30 calendar days (30ed)'],
    ['3w', '3 working weeks (3w)'],
    ['1ew', '1 calendar week (1ew)'],
    ['0d', '0 working days (0d)'],
    ['2 days', '2 days'],
  ])('spells %j as %j', (written, shown) => {
    expect(spelledDuration(f, UNITS, written)).toBe(shown);
  });

  it('is what the meeting finding says in English and Norwegian', () => {
    const missing = { id: 'meeting-before-milestone.missing', data: { body: 'STYRE', ref: 'example/M5', current: { day: 20701 }, window: '30ed', lead: '2d', amongListed: false, earlier: null, before: null, after: null } } as unknown as Parameters<typeof renderMessage>[0];
    expect(renderMessage(missing, 'en')).toContain('within the window of 30 calendar days (30ed) and with a lead of 2 working days (2d)');
    expect(renderMessage(missing, 'nb')).toContain('innenfor vinduet på 30 kalenderdager (30ed) og med en ledetid på 2 arbeidsdager (2d)');
  });
});
