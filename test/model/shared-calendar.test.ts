// Plans with equal calendars share one WorkCalendar (src/model/read-plan.ts sharedCalendar): its tables of working days
// were built once per plan, 10,000 times for 10,000 small files (issue #18). Sharing must not mix up calendars that
// differ in any field, nor change a plan's spec (export --format json writes it).
import { describe, expect, it } from 'vitest';
import { calendarKey, dayFromYmd, DEFAULT_CALENDAR_SPEC } from '../../src/calendar/index.js';
import { buildWorkspace } from '../../src/model/build.js';

const plan = (id: string, calendar?: unknown): { file: string; data: unknown } => ({
  file: `${id}.yaml`,
  data: { plan: { id, title: id, ...(calendar === undefined ? {} : { calendar }) }, milestones: [{ id: 'M1', date: '2026-01-05' }] },
});

describe('shared calendars', () => {
  it('are one object for plans without a calendar and for plans with equal ones', () => {
    const ws = buildWorkspace([
      plan('a'),
      plan('b'),
      plan('c', { closed: ['2026-07-01..2026-07-31'], workdays: ['mon', 'tue'] }),
      plan('d', { closed: ['2026-07-01..2026-07-31'], workdays: ['mon', 'tue'] }),
      plan('e', { holidays: 'NO', workdays: ['mon', 'tue', 'wed', 'thu', 'fri'] }),
    ]);
    const [a, b, c, d, e] = ws.plans.map((p) => p.calendar);
    expect(a).toBe(b);
    expect(c).toBe(d);
    expect(e).toBe(a);
    expect(c).not.toBe(a);
    expect(a!.spec).toEqual(DEFAULT_CALENDAR_SPEC);
  });

  it('stay apart when holidays, workdays, their order or a closed range differ', () => {
    const ws = buildWorkspace([
      plan('a'),
      plan('b', { holidays: 'none' }),
      plan('c', { workdays: ['mon', 'tue', 'wed', 'thu'] }),
      plan('d', { workdays: ['tue', 'mon', 'wed', 'thu'] }),
      plan('e', { closed: ['2026-07-01'] }),
      plan('f', { closed: ['2026-07-02'] }),
      plan('g', { closed: ['2026-07-01..2026-07-02'] }),
    ]);
    const calendars = ws.plans.map((p) => p.calendar);
    expect(new Set(calendars).size).toBe(calendars.length);
    expect(ws.plans.map((p) => p.calendar.spec.workdays.join(''))).toEqual(['12345', '12345', '1234', '2134', '12345', '12345', '12345']);
    // Each plan's calendar keeps its own arithmetic: 2026-07-01 is a Wednesday, 2026-05-14 a Thursday and Ascension Day.
    expect(ws.plans.map((p) => p.calendar.isWorkday(dayFromYmd(2026, 7, 1)))).toEqual([true, true, true, true, false, true, false]);
    expect(ws.plans.map((p) => p.calendar.isWorkday(dayFromYmd(2026, 5, 14)))).toEqual([false, true, false, false, false, false, false]);
  });

  it('keys tell apart ranges whose day numbers are negative', () => {
    const key = (closed: { from: number; to: number }[]): string => calendarKey({ ...DEFAULT_CALENDAR_SPEC, closed });
    expect(key([{ from: -5, to: -3 }])).not.toBe(key([{ from: -5, to: 3 }]));
    expect(key([{ from: 1, to: 2 }, { from: 3, to: 4 }])).not.toBe(key([{ from: 1, to: 4 }]));
  });
});
