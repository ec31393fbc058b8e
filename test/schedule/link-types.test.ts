// Hand-computed schedules for SPEC v2 §5: link types FS/SS/FF/SF, leads, JSON `start`, the end-milestone rule and
// plan.finish, across Norwegian holidays and two calendars. Each expected date carries its arithmetic.
// s(X) = sub(p(X), dur(X)) in X's calendar; the lag and dur(M) apply in the successor M's calendar; the backward
// pass undoes the forward steps in reverse order. JSON start = add(s, 1) for working units, s + 1 for elapsed ones,
// p when the duration is 0.
// NO holidays used: 2019: Maundy Thu 18.4, Good Fri 19.4, Easter Mon 22.4, 17.5 (Fri), Ascension 30.5, Whit Mon 10.6,
// 25.12, 26.12; 2020: 1.1, 9.4, 10.4, 13.4 (Easter), Ascension 21.5, Whit Mon 1.6.
// Calendar "b" below: Monday–Thursday, no holidays.
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/calendar/index.js';
import { firstDayOfWork } from '../../src/schedule/cpm.js';
import { planYaml, scheduleOf } from './schedule-helpers.js';

type Expect = readonly [projected: string, start: string, latest: string, float: number, driver: string | null, critical: boolean];

interface Case {
  readonly name: string;
  readonly files: Readonly<Record<string, string>>;
  readonly expect: Readonly<Record<string, Expect>>;
  readonly paths: readonly (readonly string[])[];
}

const B_CALENDAR = '  calendar: {holidays: none, workdays: [mon, tue, wed, thu]}';
const one = (header: string, milestones: readonly string[]): Record<string, string> => ({ 'a.yaml': planYaml('a', header, milestones) });
const m = (body: string): string => `{${body}}`;

const CASES: readonly Case[] = [
  {
    name: 'SS +2d with durations on both ends over Easter 2019',
    files: one('', [m('id: P, title: P, date: 2019-04-23, duration: 3d'), m('id: M, title: M, date: 2019-04-17, duration: 2d, after: [{id: P, type: SS, lag: 2d}]')]),
    expect: {
      // s(P) = sub(Tue 23.4, 3): [22 holiday, 21, 20, 19, 18 holiday] 17 (1), 16 (2), 15.4 (3); start = add(15.4, 1) = 16.4
      // l(P) = add_P(sub(sub(24.4, 2), 2), 3): sub(24.4, 2) = 23 (1), 17.4 (2); sub(17.4, 2) = 15.4; add(15.4, 3) = 16, 17, 23.4
      'a/P': ['2019-04-23', '2019-04-16', '2019-04-23', 0, null, true],
      // add(s(P) 15.4, 2) = 17.4; add(17.4, 2d) = 23 (1), 24.4 (2) > c 17.4; s(M) = sub(24.4, 2) = 17.4, start = add(17.4, 1) = 23.4
      // end, no deadline: l = the plan's latest projected date = 24.4; float 0
      'a/M': ['2019-04-24', '2019-04-23', '2019-04-24', 0, 'a/P', true],
    },
    paths: [['a/P', 'a/M']],
  },
  {
    name: 'FF +1d over 17 May 2019 into a deadline on the holiday itself',
    files: one('', [m('id: P, title: P, date: 2019-05-16'), m('id: M, title: M, date: 2019-05-16, duration: 5d, deadline: 2019-05-17, after: [{id: P, type: FF, lag: 1d}]')]),
    expect: {
      // FF ignores dur(M) forward: add(Thu 16.5, 1) = [17 holiday, weekend] Mon 20.5; float = −|{20.5}| = −1
      // s(M) = sub(20.5, 5): [17] 16 (1), 15, 14, 13, Fri 10.5 (5); start = add(10.5, 1) = Mon 13.5
      'a/M': ['2019-05-20', '2019-05-13', '2019-05-17', -1, 'a/P', true],
      // l = the latest day whose add of 1 is on or before Fri 17.5: Wed 15.5 (add(Thu 16.5, 1) is Mon 20.5, M's late
      // date); float −1, as M's (sub(Fri 17.5, 1) = Thu 16.5 gave 0, though P on its latest date made M late)
      'a/P': ['2019-05-16', '2019-05-16', '2019-05-15', -1, null, true],
    },
    paths: [['a/P', 'a/M']],
  },
  {
    name: 'SF +1d over Ascension 2019: float 1 on both, nothing critical',
    files: one('', [m('id: P, title: P, date: 2019-05-31, duration: 2d'), m('id: M, title: M, date: 2019-05-28, after: [{id: P, type: SF, lag: 1d}]')]),
    expect: {
      // s(P) = sub(Fri 31.5, 2): [30 Ascension] 29 (1), Tue 28.5 (2); add(28.5, 1) = Wed 29.5 > c 28.5
      // end: l = the plan's latest projected date = 31.5; float = |{31.5}| = 1 (30.5 holiday)
      'a/M': ['2019-05-29', '2019-05-29', '2019-05-31', 1, 'a/P', false],
      // l = add_P(sub(31.5, 1), 2d) = add(29.5, 2) = 31 (1), Mon 3.6 (2); float = |{3.6}| = 1; start = add(28.5, 1) = 29.5
      'a/P': ['2019-05-31', '2019-05-29', '2019-06-03', 1, null, false],
    },
    paths: [],
  },
  {
    name: 'SS with a lead of 2d over Whit Monday 2019',
    files: one('', [m('id: P, title: P, date: 2019-06-12, duration: 3d'), m('id: M, title: M, date: 2019-06-07, duration: 4d, after: [{id: P, type: SS, lag: -2d}]')]),
    expect: {
      // s(P) = sub(Wed 12.6, 3): 11 (1), [10 Whit Monday, weekend] 7 (2), Thu 6.6 (3); start = add(6.6, 1) = 7.6
      // l = add_P(sub(sub(12.6, 4), −2d), 3d): sub(12.6, 4) = 11, 7, 6, 5.6; add(5.6, 2) = 7.6; add(7.6, 3) = 11, 12, 13.6
      // float = |{13.6}| = 1
      'a/P': ['2019-06-12', '2019-06-07', '2019-06-13', 1, null, false],
      // add(6.6, −2) = sub(6.6, 2) = 5 (1), Tue 4.6 (2); add(4.6, 4d) = 5, 6, 7, [8, 9, 10] Tue 11.6 > c 7.6
      // s(M) = sub(11.6, 4) = 7, 6, 5, 4.6 → start 5.6; end: l = latest projected in the plan = 12.6; float 1
      'a/M': ['2019-06-11', '2019-06-05', '2019-06-12', 1, 'a/P', false],
    },
    paths: [],
  },
  {
    name: 'FF +3ed over Christmas 2019: elapsed days land on a holiday; critical: 1d',
    files: one('  critical: 1d', [m('id: P, title: P, date: 2019-12-23'), m('id: M, title: M, date: 2019-12-20, duration: 2d, deadline: 2019-12-27, after: [{id: P, type: FF, lag: 3ed}]')]),
    expect: {
      // Mon 23.12 + 3 days = Thu 26.12 (a holiday); float = |{27.12}| = 1 ≤ 1
      // s(M) = sub(26.12, 2): [25] 24 (1), 23.12 (2); start = add(23.12, 1) = 24.12
      'a/M': ['2019-12-26', '2019-12-24', '2019-12-27', 1, 'a/P', true],
      // l = 27.12 − 3 days = Tue 24.12; float = |{24.12}| = 1
      'a/P': ['2019-12-23', '2019-12-23', '2019-12-24', 1, null, true],
    },
    paths: [['a/P', 'a/M']],
  },
  {
    name: 'SF +2d from a predecessor with an elapsed duration (1ew) over Easter 2020',
    files: one('', [m('id: P, title: P, date: 2020-04-14, duration: 1ew'), m('id: M, title: M, date: 2020-04-08, after: [{id: P, type: SF, lag: 2d}]')]),
    expect: {
      // s(P) = Tue 14.4 − 7 days = Tue 7.4; start = s + 1 = 8.4 (elapsed unit)
      // l = add_P(sub(14.4, 2), 1ew): sub(14.4, 2) = [13, 12, 11, 10, 9 off] 8 (1), 7.4 (2); + 7 days = 14.4; float 0
      'a/P': ['2020-04-14', '2020-04-08', '2020-04-14', 0, null, true],
      // add(7.4, 2) = 8 (1), [9, 10, 11, 12, 13 off] Tue 14.4 (2) > c 8.4; end: l = latest projected = 14.4
      'a/M': ['2020-04-14', '2020-04-14', '2020-04-14', 0, 'a/P', true],
    },
    paths: [['a/P', 'a/M']],
  },
  {
    name: 'two calendars, SS into plan b (Mon–Thu): s(P) in P\'s calendar, the lag and duration in b\'s',
    files: {
      'a.yaml': planYaml('a', '', [m('id: P, title: P, date: 2019-05-22, duration: 3d')]),
      'b.yaml': planYaml('b', B_CALENDAR, [m('id: M, title: M, date: 2019-05-20, duration: 1d, after: [{id: a/P, type: SS, lag: 2d}]')]),
    },
    expect: {
      // s_a(P) = sub_NO(Wed 22.5, 3): 21 (1), 20 (2), [19, 18, 17 holiday] Thu 16.5 (3); start = add_NO(16.5, 1) = Mon 20.5
      // l = add_NO(sub_b(sub_b(22.5, 1), 2), 3): sub_b(22.5, 1) = 21.5; sub_b(21.5, 2) = 20 (1), [19, 18, Fri 17] 16.5 (2);
      //     add_NO(16.5, 3) = [17] 20, 21, 22.5; float 0
      'a/P': ['2019-05-22', '2019-05-20', '2019-05-22', 0, null, true],
      // add_b(16.5, 2): [Fri 17, weekend] Mon 20 (1), Tue 21.5 (2); add_b(21.5, 1d) = Wed 22.5 > c 20.5
      // s(M) = 21.5, start = 22.5; l = b's latest projected = 22.5; float 0
      'b/M': ['2019-05-22', '2019-05-22', '2019-05-22', 0, 'a/P', true],
    },
    paths: [['a/P', 'b/M']],
  },
  {
    name: 'two calendars, FF with a lead of 1d into plan b: the lead counts b\'s working days',
    files: {
      'a.yaml': planYaml('a', '', [m('id: P, title: P, date: 2019-05-27')]),
      'b.yaml': planYaml('b', B_CALENDAR, [m('id: M, title: M, date: 2019-05-20, after: [{id: a/P, type: FF, lag: -1d}]')]),
    },
    expect: {
      // add_b(Mon 27.5, −1) = sub_b(27.5, 1) = [26, 25, Fri 24 not in b] Thu 23.5 (NO would give Fri 24.5) > c 20.5
      // l = b's latest projected = 23.5; float 0
      'b/M': ['2019-05-23', '2019-05-23', '2019-05-23', 0, 'a/P', true],
      // l = sub_b(23.5, −1d) = add_b(23.5, 1) = Mon 27.5; float 0
      'a/P': ['2019-05-27', '2019-05-27', '2019-05-27', 0, null, true],
    },
    paths: [['a/P', 'b/M']],
  },
  {
    name: 'two calendars, SF +5ed from plan b into the NO plan over Easter 2019',
    files: {
      'a.yaml': planYaml('a', '', [m('id: M, title: M, date: 2019-04-17, after: [{id: b/P, type: SF, lag: 5ed}]')]),
      'b.yaml': planYaml('b', B_CALENDAR, [m('id: P, title: P, date: 2019-04-23, duration: 2d')]),
    },
    expect: {
      // s_b(P) = sub_b(Tue 23.4, 2): Mon 22 (1, no holidays in b), [21, 20, Fri 19] Thu 18.4 (2); start = add_b(18.4, 1) = 22.4
      // l = add_b(24.4 − 5 days, 2d) = add_b(Thu 18.4, 2) = 22 (1), 23.4 (2); float 0
      'b/P': ['2019-04-23', '2019-04-22', '2019-04-23', 0, null, true],
      // Thu 18.4 + 5 days = Tue 23.4 > c 17.4 (with s in NO, sub_NO(23.4, 2) = 16.4, it would be 21.4)
      // l = a's latest projected = 23.4; float 0
      'a/M': ['2019-04-23', '2019-04-23', '2019-04-23', 0, 'b/P', true],
    },
    paths: [['b/P', 'a/M']],
  },
  {
    name: 'end-milestone rule without plan.finish: unconnected milestones get the plan\'s latest projected date',
    files: one('', [m('id: A, title: A, date: 2019-09-02'), m('id: B, title: B, date: 2019-09-13'), m('id: C, title: C, date: 2019-10-01')]),
    expect: {
      // l = 1.10 for all three; A: 3–6 (4), 9–13, 16–20, 23–27 (15), 30.9, 1.10 (2) = 21
      'a/A': ['2019-09-02', '2019-09-02', '2019-10-01', 21, null, false],
      // B: 16–20, 23–27 (10), 30.9, 1.10 (2) = 12
      'a/B': ['2019-09-13', '2019-09-13', '2019-10-01', 12, null, false],
      'a/C': ['2019-10-01', '2019-10-01', '2019-10-01', 0, null, true],
    },
    paths: [['a/C']],
  },
  {
    name: 'plan.finish as a period (2019-Q4) with an FF edge; an end milestone\'s own deadline wins even when later',
    files: one('  finish: 2019-Q4', [
      m('id: P, title: P, date: 2019-12-20'),
      m('id: M, title: M, date: 2019-12-20, after: [{id: P, type: FF, lag: 2d}]'),
      m('id: Q, title: Q, date: 2019-12-02, deadline: 2020-01-10'),
    ]),
    expect: {
      // add(Fri 20.12, 2) = 23 (1), 24.12 (2); l = finish 31.12; float = |{27, 30, 31.12}| = 3 (25, 26 holidays)
      'a/M': ['2019-12-24', '2019-12-24', '2019-12-31', 3, 'a/P', false],
      // l = sub(31.12, 2) = 30 (1), 27.12 (2); float = |{23, 24, 27.12}| = 3
      'a/P': ['2019-12-20', '2019-12-20', '2019-12-27', 3, null, false],
      // l = deadline 10.1.2020; float = Dec 3–31: 21 weekdays − 25, 26 = 19; Jan 2, 3, 6–10 = 7 (1.1 holiday); 26
      'a/Q': ['2019-12-02', '2019-12-02', '2020-01-10', 26, null, false],
    },
    paths: [],
  },
  {
    name: 'plan.finish as a day before the projected dates: negative float at the end',
    files: one('  finish: 2020-01-31', [m('id: M, title: M, date: 2020-02-04'), m('id: X, title: X, date: 2020-01-29')]),
    expect: {
      // l = 31.1; float = −|{3.2, 4.2}| = −2
      'a/M': ['2020-02-04', '2020-02-04', '2020-01-31', -2, null, true],
      // float = |{30, 31.1}| = 2
      'a/X': ['2020-01-29', '2020-01-29', '2020-01-31', 2, null, false],
    },
    paths: [['a/M']],
  },
  {
    name: 'one predecessor of each type into one milestone: the latest constraint drives',
    files: one('', [
      m('id: A, title: A, date: 2019-09-02'),
      m('id: B, title: B, date: 2019-09-04, duration: 2d'),
      m('id: C, title: C, date: 2019-09-05'),
      m('id: D, title: D, date: 2019-09-06, duration: 3d'),
      m('id: M, title: M, date: 2019-09-02, duration: 1d, after: [A, {id: B, type: SS, lag: 3d}, {id: C, type: FF, lag: 1d}, {id: D, type: SF, lag: 4d}]'),
    ]),
    expect: {
      // FS: add(2.9, 1d) = 3.9; SS: s(B) = sub(4.9, 2) = 2.9, add(2.9, 3) = 5.9, + 1d = 6.9; FF: add(5.9, 1) = 6.9;
      // SF: s(D) = sub(6.9, 3) = 3.9, add(3.9, 4) = 4, 5, 6, Mon 9.9 → p = 9.9, driver D; s(M) = 6.9, start 9.9
      // l = the plan's latest projected = 9.9
      'a/M': ['2019-09-09', '2019-09-09', '2019-09-09', 0, 'a/D', true],
      // FS: l = sub(sub(9.9, 1), 0) = 6.9; float = |{3, 4, 5, 6.9}| = 4
      'a/A': ['2019-09-02', '2019-09-02', '2019-09-06', 4, null, false],
      // SS: sub(9.9, 1) = 6.9, sub(6.9, 3) = 3.9, add_B(3.9, 2) = 5.9; float 1; start = add(2.9, 1) = 3.9
      'a/B': ['2019-09-04', '2019-09-03', '2019-09-05', 1, null, false],
      // FF: l = sub(9.9, 1) = 6.9; float 1
      'a/C': ['2019-09-05', '2019-09-05', '2019-09-06', 1, null, false],
      // SF: sub(9.9, 4) = 6, 5, 4, 3.9; add_D(3.9, 3) = 6.9; float 0; start = add(3.9, 1) = 4.9
      'a/D': ['2019-09-06', '2019-09-04', '2019-09-06', 0, null, true],
    },
    paths: [['a/D', 'a/M']],
  },
  {
    name: 'an actual date on an SS predecessor: its start comes from the actual; Christmas 2019',
    files: one('', [m('id: P, title: P, date: 2019-12-16, actual: 2019-12-23, duration: 4d'), m('id: M, title: M, date: 2019-12-20, after: [{id: P, type: SS, lag: 6d}]')]),
    expect: {
      // s(P) = sub(Mon 23.12, 4) = 20 (1), 19, 18, Tue 17.12 (4); start = 18.12
      // l = add_P(sub(27.12, 6), 4): sub(27.12, 6) = [26, 25] 24 (1), 23, 20, 19, 18, 17.12 (6); add(17.12, 4) = 23.12
      'a/P': ['2019-12-23', '2019-12-18', '2019-12-23', 0, null, true],
      // add(17.12, 6) = 18, 19, 20, 23, 24 (5), [25, 26] Fri 27.12 (6) > c 20.12; l = latest projected = 27.12
      'a/M': ['2019-12-27', '2019-12-27', '2019-12-27', 0, 'a/P', true],
    },
    paths: [['a/P', 'a/M']],
  },
  {
    name: 'FS with an elapsed lead (−3ed) and a duration over New Year 2020',
    files: one('', [m('id: P, title: P, date: 2020-01-03'), m('id: M, title: M, date: 2019-12-30, duration: 2d, after: [{id: P, lag: -3ed}]')]),
    expect: {
      // Fri 3.1 − 3 days = Tue 31.12; add(31.12, 2d) = [1.1 holiday] 2.1 (1), 3.1 (2) > c 30.12
      // s(M) = sub(3.1, 2) = 2.1 (1), 31.12 (2); start = add(31.12, 1) = 2.1; l = latest projected = 3.1
      'a/M': ['2020-01-03', '2020-01-02', '2020-01-03', 0, 'a/P', true],
      // l = sub(3.1, 2d) + 3 days = 31.12 + 3 = 3.1; float 0
      'a/P': ['2020-01-03', '2020-01-03', '2020-01-03', 0, null, true],
    },
    paths: [['a/P', 'a/M']],
  },
  {
    name: 'FS with a lead of 1w over Ascension and Whit Monday 2020, beside a plain FS predecessor',
    files: one('', [
      m('id: P, title: P, date: 2020-06-02'),
      m('id: X, title: X, date: 2020-05-20'),
      m('id: M, title: M, date: 2020-05-22, duration: 1w, after: [{id: P, lag: -1w}, X]'),
    ]),
    expect: {
      // P: sub(Tue 2.6, 5): [1.6 Whit Monday, weekend] 29 (1), 28, 27, 26, Mon 25.5 (5); add(25.5, 5) = 26, 27, 28, 29, [30, 31, 1.6] 2.6
      // X: add(Wed 20.5, 5): [21 Ascension] 22 (1), 25, 26, 27, 28.5 (5) → p = 2.6, driver P; s(M) = 25.5, start 26.5
      'a/M': ['2020-06-02', '2020-05-26', '2020-06-02', 0, 'a/P', true],
      // l = sub(sub(2.6, 5), −5) = add(25.5, 5) = 2.6; float 0
      'a/P': ['2020-06-02', '2020-06-02', '2020-06-02', 0, null, true],
      // l = sub(2.6, 5) = 25.5; float = |{22, 25.5}| = 2
      'a/X': ['2020-05-20', '2020-05-20', '2020-05-25', 2, null, false],
    },
    paths: [['a/P', 'a/M']],
  },
  {
    name: 'SS into an elapsed duration (3ed) over Christmas 2019: JSON start is s + 1',
    files: one('', [m('id: P, title: P, date: 2019-12-23'), m('id: M, title: M, date: 2019-12-20, duration: 3ed, after: [{id: P, type: SS}]')]),
    expect: {
      // s(P) = p(P) = 23.12 (no duration); 23.12 + 0 + 3 days = Thu 26.12 (a holiday) > c 20.12
      // s(M) = 26.12 − 3 = 23.12; start = 24.12; l = latest projected = 26.12
      'a/M': ['2019-12-26', '2019-12-24', '2019-12-26', 0, 'a/P', true],
      // l = add_P(sub(26.12 − 3 days, 0), 0) = 23.12; float 0
      'a/P': ['2019-12-23', '2019-12-23', '2019-12-23', 0, null, true],
    },
    paths: [['a/P', 'a/M']],
  },
];

describe('hand-computed schedules with link types, leads and the end-milestone rule', () => {
  it('has at least 15 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(15));
  for (const c of CASES) {
    it(c.name, () => {
      const s = scheduleOf(c.files);
      expect(s.rules()).toEqual([]);
      const { workspace: ws, schedule } = s.analysis;
      for (const [ref, [projected, start, latest, float, driver, critical]] of Object.entries(c.expect)) {
        const i = ws.milestoneIndex.get(ref)!;
        const milestone = ws.milestones[i]!;
        const first = firstDayOfWork(schedule.start[i]!, schedule.projected[i]!, { duration: milestone.duration, calendar: ws.plans[milestone.plan]!.calendar });
        expect({ ref, ...s.row(ref), start: formatDay(first) }).toEqual({ ref, projected, start, latest, float, driver, critical });
      }
      expect(s.paths()).toEqual(c.paths);
    });
  }
});

describe('the first day of work (critical-path JSON start)', () => {
  it('is the finish itself when the working day after s would come after it (a finish on a Sunday, 1d of work)', () => {
    const s = scheduleOf({ 'p.yaml': planYaml('p', '', ['{id: M3, title: M, date: 2024-02-25, duration: 1d}', '{id: M4, title: N, date: 2024-02-27, duration: 1d}']) });
    const { workspace: ws, schedule } = s.analysis;
    const first = (ref: string): string => {
      const i = ws.milestoneIndex.get(ref)!;
      return formatDay(firstDayOfWork(schedule.start[i]!, schedule.projected[i]!, { duration: ws.milestones[i]!.duration, calendar: ws.plans[0]!.calendar }));
    };
    // s(M3) = sub(Sunday 25.2, 1d) = Friday 23.2; the working day after it, Monday 26.2, is after the finish.
    expect(formatDay(schedule.start[ws.milestoneIndex.get('p/M3')!]!)).toBe('2024-02-23');
    expect(first('p/M3')).toBe('2024-02-25');
    // A Tuesday finish: s = Monday 26.2, work on Tuesday 27.2 itself.
    expect(first('p/M4')).toBe('2024-02-27');
  });
});
