// Boundary cases found by the mutation run on src/schedule (test/MUTATION.md): each test pins a decision that a
// surviving mutant flipped — a tie, an empty list, an index 0, a filter — with the expected value worked out by hand.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { dayFromYmd, formatDay, parseDayDate, type DateValue } from '../../src/calendar/index.js';
import type { Workspace } from '../../src/model/types.js';
import type { Schedule } from '../../src/schedule/cpm.js';
import { FIRST_DAY, holdScheduleInRange, isDayInRange, LAST_DAY, shownLatest } from '../../src/schedule/date-range.js';
import { checkMeetingsBeforeMilestone } from '../../src/schedule/meeting-before-milestone.js';
import { meetingsByBody } from '../../src/schedule/meetings-by-body.js';
import { baselineDates, computeSlippage } from '../../src/schedule/slippage.js';
import { buildTrend } from '../../src/schedule/trend.js';
import { planYaml, scheduleOf } from './schedule-helpers.js';

const day = (text: string): number => parseDayDate(text)!;
const value = (text: string): DateValue => ({ written: text, day: day(text), isPeriod: false });

describe('date range (0001-01-01 … 9999-12-31)', () => {
  it('holds both bounds themselves as in range, and the days next to them as out', () => {
    expect([isDayInRange(FIRST_DAY), isDayInRange(LAST_DAY), isDayInRange(FIRST_DAY - 1), isDayInRange(LAST_DAY + 1)]).toEqual([true, true, false, false]);
    expect([FIRST_DAY, LAST_DAY]).toEqual([dayFromYmd(1, 1, 1), dayFromYmd(9999, 12, 31)]);
  });

  it('records each overflowing side and holds the date at the nearest bound', () => {
    const rows: [number, number][] = [
      [LAST_DAY, FIRST_DAY], // on the bounds: nothing
      [LAST_DAY + 3, LAST_DAY], // projected after
      [FIRST_DAY, FIRST_DAY - 2], // latest before
      [LAST_DAY + 2, LAST_DAY + 5], // both after: the nearer, 2, and apart
      [FIRST_DAY - 7, FIRST_DAY - 1], // both before: the nearer, −1, and apart
      [LAST_DAY + 1, FIRST_DAY - 4], // opposite sides: two entries
      [FIRST_DAY - 3, FIRST_DAY], // projected before, latest on the bound: projected only
    ];
    // Each latest date its own bound (no successor's bound beyond a closed end of the calendar: the test below).
    const latest = Float64Array.from(rows.map((r) => r[1]));
    const schedule = { projected: Float64Array.from(rows.map((r) => r[0])), latest, latestBound: latest.slice(), leftOut: new Uint8Array(rows.length) } as unknown as Schedule;
    const ws = { milestones: rows.map((_, index) => ({ index })) } as unknown as Workspace;
    expect(holdScheduleInRange(ws, schedule)).toEqual([
      { milestone: 1, which: 'projected', beyondDays: 3 },
      { milestone: 2, which: 'latest', beyondDays: -2 },
      { milestone: 3, which: 'both', beyondDays: 2, isApart: true },
      { milestone: 4, which: 'both', beyondDays: -1, isApart: true },
      { milestone: 5, which: 'projected', beyondDays: 1 },
      { milestone: 5, which: 'latest', beyondDays: -4 },
      { milestone: 6, which: 'projected', beyondDays: -3 },
    ]);
    expect([...schedule.projected]).toEqual([LAST_DAY, LAST_DAY, FIRST_DAY, LAST_DAY, FIRST_DAY, LAST_DAY, FIRST_DAY]);
    expect([...schedule.latest]).toEqual([FIRST_DAY, LAST_DAY, FIRST_DAY, LAST_DAY, FIRST_DAY, FIRST_DAY, FIRST_DAY]);
    // Which dates every output leaves out: 1 projected, 2 latest (SPEC §4); a date on a bound is no such date.
    expect([...schedule.leftOut]).toEqual([0, 1, 2, 3, 3, 3, 1]);
  });

  it('for `both`, takes the nearer side (said as "at least") whichever date it is, and marks equal ones not apart', () => {
    const schedule = { projected: Float64Array.of(LAST_DAY + 9, LAST_DAY + 4), latest: Float64Array.of(LAST_DAY + 2, LAST_DAY + 4), latestBound: Float64Array.of(LAST_DAY + 2, LAST_DAY + 4), leftOut: new Uint8Array(2) } as unknown as Schedule;
    expect(holdScheduleInRange({ milestones: [{ index: 0 }, { index: 1 }] } as unknown as Workspace, schedule)).toEqual([
      { milestone: 0, which: 'both', beyondDays: 2, isApart: true },
      { milestone: 1, which: 'both', beyondDays: 4 },
    ]);
  });

  it('checks the latest date as shown: the bound when p(M) lies between l(M) and it (a closed end or start of the calendar)', () => {
    const rows: [p: number, l: number, bound: number][] = [
      [LAST_DAY - 11, LAST_DAY - 31, LAST_DAY + 2], // shown: the bound, 2 days after (the tester's 10000-01-02)
      [LAST_DAY - 40, LAST_DAY - 31, LAST_DAY + 2], // p(M) before l(M): shown l(M), inside
      [FIRST_DAY + 9, FIRST_DAY - 3, FIRST_DAY + 30], // shown: the bound, inside; l(M) held at it
      [FIRST_DAY + 40, FIRST_DAY - 3, FIRST_DAY + 30], // p(M) after the bound: shown l(M), 3 days before
      [LAST_DAY + 5, LAST_DAY - 31, LAST_DAY + 2], // p(M) out, after the bound: shown l(M), inside
    ];
    const schedule = {
      projected: Float64Array.from(rows.map((r) => r[0])), latest: Float64Array.from(rows.map((r) => r[1])),
      latestBound: Float64Array.from(rows.map((r) => r[2])), leftOut: new Uint8Array(rows.length),
    } as unknown as Schedule;
    expect(holdScheduleInRange({ milestones: rows.map((_, index) => ({ index })) } as unknown as Workspace, schedule)).toEqual([
      { milestone: 0, which: 'latest', beyondDays: 2 },
      { milestone: 3, which: 'latest', beyondDays: -3 },
      { milestone: 4, which: 'projected', beyondDays: 5 },
    ]);
    expect([...schedule.leftOut]).toEqual([2, 0, 0, 2, 1]);
    expect([0, 1, 2, 3, 4].map((v) => shownLatest(schedule, v))).toEqual([null, LAST_DAY - 31, FIRST_DAY + 30, null, LAST_DAY - 31]);
  });
});

describe('trend points', () => {
  it('are sorted by report date whatever the order of the history, today replacing a report of the same day', () => {
    const history = [{ reported: day('2019-06-03'), forecast: value('2019-10-01') }, { reported: day('2019-03-01'), forecast: value('2019-09-01') }, { reported: day('2019-09-02'), forecast: value('2019-12-01') }];
    const points = buildTrend(history, day('2019-09-02'), value('2019-11-01'));
    expect(points.map((p) => [formatDay(p.reported), p.forecast.written])).toEqual([['2019-03-01', '2019-09-01'], ['2019-06-03', '2019-10-01'], ['2019-09-02', '2019-11-01']]);
  });

  // A tester's finding: an entry reported after the status date was counted in the trend's movement.
  it('leave out what was reported after the status date, and keep the last written of one report date', () => {
    const history = [
      { reported: day('2019-03-01'), forecast: value('2019-09-01') }, { reported: day('2019-06-03'), forecast: value('2019-10-01') },
      { reported: day('2019-03-01'), forecast: value('2019-09-15') }, { reported: day('2019-09-03'), forecast: value('2020-01-31') },
    ];
    const points = buildTrend(history, day('2019-09-02'), value('2019-11-01'));
    expect(points.map((p) => [formatDay(p.reported), p.forecast.written])).toEqual([['2019-03-01', '2019-09-15'], ['2019-06-03', '2019-10-01'], ['2019-09-02', '2019-11-01']]);
  });
});

describe('the scheduler at its ties', () => {
  it('lets only a predecessor later than c(M) drive M, in either order of `after`', () => {
    for (const after of ['[Z, A]', '[A, Z]']) {
      const s = scheduleOf({ 'p.yaml': planYaml('p', '', ['{id: A, title: A, date: 2019-09-02}', '{id: Z, title: Z, date: 2019-09-20}', `{id: M, title: M, date: 2019-09-10, after: ${after}}`]) });
      expect(s.row('p/M'), after).toMatchObject({ projected: '2019-09-20', driver: 'p/Z' });
    }
  });

  it('schedules the milestones of a cycle at their own dates (the cycle edges are not scheduled), whichever comes first', () => {
    for (const [a, b] of [['2030-01-07', '2019-01-07'], ['2019-01-07', '2030-01-07']]) {
      const s = scheduleOf({ 'p.yaml': planYaml('p', '', [`{id: A, title: A, date: ${a}, after: [B]}`, `{id: B, title: B, date: ${b}, after: [A]}`]) });
      expect(s.rules()).toContain('dependency-cycle');
      expect([s.row('p/A').projected, s.row('p/B').projected]).toEqual([a, b]);
    }
  });
});

describe('slippage rows and summary', () => {
  const PLAN_A = planYaml('a', '', ['{id: FIRST, title: First, date: 2019-09-02, forecast: 2019-09-20}', '{id: NEXT, title: Next, date: 2019-09-03, after: [FIRST]}', '{id: DONE, title: Done, date: 2019-08-01, actual: 2019-08-02}']);
  const PLAN_B = planYaml('b', '', ['{id: OTHER, title: Other, date: 2019-10-01}']);
  const GATED = [PLAN_A.replace('milestones:', 'gates:\n  - {id: G, date: 2019-09-30}\nmilestones:')];
  const analyse = (files: Record<string, string>, today = '2019-09-02') => analyze(Object.entries(files).map(([file, text]) => ({ file, text })), { today: day(today), clockToday: day(today) });

  it('names the driver even when it is the workspace’s first milestone (index 0); no baseline reads as `plan`', () => {
    const r = computeSlippage(analyse({ 'a.yaml': PLAN_A }));
    expect(r.baseline).toBe('plan');
    expect(r.rows.find((x) => x.ref === 'a/NEXT')!.pushedBy).toBe('a/FIRST');
    expect(r.rows.find((x) => x.ref === 'a/FIRST')!.pushedBy).toBeUndefined();
  });

  it('counts as achieved only milestones with an actual date on or before today', () => {
    const r = computeSlippage(analyse({ 'a.yaml': PLAN_A }));
    expect([r.summary.achieved, r.summary.due]).toEqual([1, 2]);
  });

  it('keeps to --plan, for rows and for milestones removed since the baseline', () => {
    const base = analyse({ 'a.yaml': PLAN_A.replace("{id: DONE", "{id: GONE, title: Gone, date: 2019-05-01}\n  - {id: DONE"), 'b.yaml': PLAN_B.replace('milestones:', 'milestones:\n  - {id: AWAY, title: Away, date: 2019-05-01}') });
    const r = computeSlippage(analyse({ 'a.yaml': PLAN_A, 'b.yaml': PLAN_B }), { plan: 'a', baseline: baselineDates('v1', base.workspace) });
    expect(r.rows.map((x) => x.ref)).toEqual(['a/FIRST', 'a/NEXT', 'a/DONE']);
    expect(r.removed.map((x) => x.ref)).toEqual(['a/GONE']);
    expect(r.baseline).toBe('v1');
  });

  it('lists removed milestones by ref, whatever their order in the baseline, and never a gate', () => {
    const base = analyse({ 'a.yaml': GATED[0]!.replace('{id: DONE', '{id: ZED, title: Zed, date: 2019-05-01}\n  - {id: ALF, title: Alf, date: 2019-05-01}\n  - {id: DONE') });
    const current = analyse({ 'a.yaml': PLAN_A });
    const r = computeSlippage(current, { baseline: baselineDates('v1', base.workspace) });
    expect(r.removed.map((x) => x.ref)).toEqual(['a/ALF', 'a/ZED']);
    const three = analyse({ 'a.yaml': PLAN_A.replace('{id: DONE', ['MID', 'ALF', 'ZED'].map((id) => `{id: ${id}, title: ${id}, date: 2019-05-01}\n  - `).join('') + '{id: DONE') });
    expect(computeSlippage(current, { baseline: baselineDates('v1', three.workspace) }).removed.map((x) => x.ref)).toEqual(['a/ALF', 'a/MID', 'a/ZED']);
  });

  it('leaves a gate out of the rows, and calls a milestone new only when the baseline lacks it', () => {
    const current = analyse({ 'a.yaml': GATED[0]!.replace('{id: DONE', '{id: FRESH, title: Fresh, date: 2019-12-02}\n  - {id: DONE') });
    expect(current.workspace.milestones.some((m) => m.gate !== undefined)).toBe(true);
    const base = analyse({ 'a.yaml': PLAN_A });
    const r = computeSlippage(current, { baseline: baselineDates('v1', base.workspace) });
    expect(r.rows.map((x) => x.ref)).toEqual(['a/FIRST', 'a/NEXT', 'a/FRESH', 'a/DONE']);
    expect(r.rows.find((x) => x.ref === 'a/FRESH')!.status).toBe('new');
    expect(r.rows.find((x) => x.ref === 'a/DONE')!.status).toBe('done');
    const unchanged = computeSlippage(analyse({ 'a.yaml': PLAN_B.replace('id: b', 'id: a') }), { baseline: baselineDates('v1', analyse({ 'a.yaml': PLAN_B.replace('id: b', 'id: a') }).workspace) });
    expect(unchanged.rows.map((x) => x.status)).toEqual(['on-track']);
  });
});

describe('meetings before a milestone (SPEC §4.2) at the edges', () => {
  function check(milestone: string, meetings: readonly string[], header = '') {
    const { analysis } = scheduleOf({
      'g.yaml': ['bodies: [{id: B}, {id: C}]', 'meetings:', ...meetings.map((x) => `  - ${x}`), ''].join('\n'),
      'a.yaml': planYaml('a', header, [milestone]),
    });
    const ws = analysis.workspace;
    const g = checkMeetingsBeforeMilestone(ws, meetingsByBody(ws), ws.milestones[0]!);
    const ref = (i: number): string | null => (i < 0 ? null : ws.meetings[i]!.ref);
    return g && { ok: g.ok, bodies: g.bodies.map((b) => [b.body, ref(b.meeting), b.fromList, ref(b.nearestBefore), ref(b.nearestAfter)]), listed: g.listed.map((l) => [l.link, ref(l.meeting), l.placement]) };
  }
  const B2 = '{body: B, date: 2019-09-02}';
  const B5 = '{body: B, date: 2019-09-05}';
  const C3 = '{body: C, date: 2019-09-03}';
  const B20 = '{body: B, date: 2019-09-20}';

  it('has nothing to check without required bodies and listed meetings, and checks listed meetings alone', () => {
    expect(check('{id: M, title: M, date: 2019-09-12}', [B2])).toBeUndefined();
    expect(check('{id: M, title: M, date: 2019-09-12, meetings: [B@2019-09-02]}', [B2])).toEqual({ ok: true, bodies: [], listed: [[0, 'B@2019-09-02', 0]] });
  });

  it('ignores an unknown required body (unknown-reference reports it) and an unknown listed meeting', () => {
    expect(check('{id: M, title: M, date: 2019-09-12, require: [B, X], meetings: [B@2019-01-01, B@2019-09-02]}', [B2])).toEqual({
      ok: true, bodies: [['B', 'B@2019-09-02', true, 'B@2019-09-02', null]], listed: [[1, 'B@2019-09-02', 0]],
    });
  });

  it('takes the latest admissible meeting of each body from the list, by date before ref, body by body', () => {
    const g = check('{id: M, title: M, date: 2019-09-12, require: [B, C], meetings: [B@2019-09-05, C@2019-09-03, B@2019-09-02]}', [B2, B5, C3, '{body: B, date: 2019-09-10}']);
    expect(g!.bodies).toEqual([['B', 'B@2019-09-05', true, 'B@2019-09-10', null], ['C', 'C@2019-09-03', true, 'C@2019-09-03', null]]);
    expect(g!.ok).toBe(true);
    const tie = check('{id: M, title: M, date: 2019-09-12, require: [B], meetings: [B-a, B-z]}', ['{body: B, date: 2019-09-06, id: B-z}', '{body: B, date: 2019-09-05, id: B-a}']);
    expect(tie!.bodies[0]![1]).toBe('B-z');
    // Two listed meetings on one day: the greater ref, whichever is listed first.
    for (const list of ['[B-a, B-z]', '[B-z, B-a]']) {
      const sameDay = check(`{id: M, title: M, date: 2019-09-12, require: [B], meetings: ${list}}`, ['{body: B, date: 2019-09-05, id: B-z}', '{body: B, date: 2019-09-05, id: B-a}']);
      expect(sameDay!.bodies[0]![1], list).toBe('B-z');
    }
    // A greater ref on an earlier day does not make a meeting later.
    const earlier = check('{id: M, title: M, date: 2019-09-12, require: [B], meetings: [B-a, B-z]}', ['{body: B, date: 2019-09-04, id: B-z}', '{body: B, date: 2019-09-05, id: B-a}']);
    expect(earlier!.bodies[0]![1]).toBe('B-a');
  });

  it('without a list, finds no meeting when every meeting of the body is after the milestone, and says none is before', () => {
    expect(check('{id: M, title: M, date: 2019-09-12, require: [B]}', [B20])).toEqual({ ok: false, bodies: [['B', null, false, null, 'B@2019-09-20']], listed: [] });
  });

  it('is not ok when a required body has no meeting, or a listed meeting is out of place though every body has one', () => {
    expect(check('{id: M, title: M, date: 2019-09-12, require: [B, C]}', [B2])!.ok).toBe(false);
    const late = check('{id: M, title: M, date: 2019-09-12, require: [B], meetings: [B@2019-09-02, B@2019-09-20]}', [B2, B20]);
    expect(late).toEqual({ ok: false, bodies: [['B', 'B@2019-09-02', true, 'B@2019-09-02', 'B@2019-09-20']], listed: [[0, 'B@2019-09-02', 0], [1, 'B@2019-09-20', 1]] });
  });

  it('orders a body’s meetings of one day by ref, whatever their order in the file', () => {
    const { analysis } = scheduleOf({ 'g.yaml': ['bodies: [{id: B}]', 'meetings:', '  - {body: B, date: 2019-09-02, id: B-z}', '  - {body: B, date: 2019-09-02, id: B-m}', '  - {body: B, date: 2019-09-01, id: B-y}', '  - {body: B, date: 2019-09-02, id: B-a}', ''].join('\n') });
    const ws = analysis.workspace;
    expect(meetingsByBody(ws).get('B')!.map((i) => ws.meetings[i]!.ref)).toEqual(['B-y', 'B-a', 'B-m', 'B-z']);
    const other = scheduleOf({ 'g.yaml': ['bodies: [{id: B}]', 'meetings:', '  - {body: B, date: 2019-09-02, id: B-m}', '  - {body: B, date: 2019-09-02, id: B-z}', '  - {body: B, date: 2019-09-02, id: B-a}', ''].join('\n') }).analysis.workspace;
    expect(meetingsByBody(other).get('B')!.map((i) => other.meetings[i]!.ref)).toEqual(['B-a', 'B-m', 'B-z']);
  });
});
