// Slippage (SPEC §6) on small plans whose every number is worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { parseDayDate } from '../../src/calendar/index.js';
import { baselineDates, computeSlippage, type SlippageReport, type SlipRow } from '../../src/schedule/slippage.js';

const day = (text: string): number => parseDayDate(text)!;

// Norwegian calendar (the default). Weekdays of the dates used: 2019-08-14 Wed, 08-21 Wed,
// 08-26 Mon, 08-28 Wed, 08-30 Fri, 09-02 Mon, 09-16 Mon, 09-20 Fri, 09-27 Fri, 10-01 Tue,
// 10-04 Fri, 10-07 Mon, 10-14 Mon, 10-17 Thu, 12-02 Mon, 12-31 Tue; 25 and 26 December are holidays.
const PLAN = `plan: {id: p, title: P}
milestones:
  - {id: EARLY, title: Done early, date: 2019-08-30, actual: 2019-08-28}
  - {id: LATE, title: Done late, date: 2019-08-14, actual: 2019-08-21}
  - {id: OVER, title: Overdue, date: 2019-08-26}
  - {id: RISK, title: At risk, date: 2019-09-20, forecast: 2019-10-04, deadline: 2019-09-27}
  - {id: PRED, title: Predecessor, date: 2019-09-16, forecast: 2019-10-14}
  - {id: PUSH, title: Pushed, date: 2019-10-01, deadline: 2019-12-31, after: [{id: PRED, lag: 3d}]}
  - {id: FINE, title: Fine, date: 2019-12-02}
  - {id: YEAR, title: A period, date: 2020}
`;

function report(texts: { file: string; text: string }[], today: string, baseline?: { file: string; text: string }[]): SlippageReport {
  const a = analyze(texts, { today: day(today), clockToday: day(today) });
  expect(a.hasStructuralErrors).toBe(false);
  const base = baseline === undefined ? undefined : baselineDates('base', analyze(baseline, { clockToday: day(today) }).workspace);
  return computeSlippage(a, { baseline: base });
}

function row(r: SlippageReport, ref: string): SlipRow {
  const found = r.rows.find((x) => x.ref === ref);
  if (!found) throw new Error(`no row ${ref}`);
  return found;
}

describe('slippage against the planned dates', () => {
  const r = report([{ file: 'p.yaml', text: PLAN }], '2019-09-02');

  it('done early: p = actual 08-28, 2 days and 2 working days (Thu 29, Fri 30) before 08-30', () => {
    expect(row(r, 'p/EARLY')).toMatchObject({ status: 'done', projected: day('2019-08-28'), slipDays: -2, slipWorkdays: -2, pushedBy: undefined });
  });

  it('done late: 08-14 → 08-21 is 7 days, 5 working days (Thu 15, Fri 16, Mon 19, Tue 20, Wed 21)', () => {
    expect(row(r, 'p/LATE')).toMatchObject({ status: 'done', slipDays: 7, slipWorkdays: 5 });
  });

  it('overdue: no actual and p = 08-26 < T = 09-02, no slip', () => {
    expect(row(r, 'p/OVER')).toMatchObject({ status: 'overdue', slipDays: 0, slipWorkdays: 0 });
  });

  it('at risk against its deadline: p = forecast 10-04, l = deadline 09-27, float = -5 (Sep 30, Oct 1–4)', () => {
    // slip: 09-20 → 10-04 = 14 days; working days Sep 23–27 (5) + Sep 30–Oct 4 (5) = 10.
    expect(row(r, 'p/RISK')).toMatchObject({ status: 'at-risk', float: -5, slipDays: 14, slipWorkdays: 10 });
  });

  it('pushed by a predecessor: p = add(p(PRED) = 10-14, 3d) = Thu 10-17 > c = 10-01', () => {
    // l = deadline 12-31; float = between(10-17, 12-31) ≥ 0, so the status is slipped, not at risk.
    // slip: 10-01 → 10-17 = 16 days; working days Oct 2–4 (3), 7–11 (5), 14–17 (4) = 12.
    expect(row(r, 'p/PUSH')).toMatchObject({ status: 'slipped', projected: day('2019-10-17'), pushedBy: 'p/PRED', slipDays: 16, slipWorkdays: 12 });
    // l(PRED) = sub(12-31, 3d): Mon 12-30, Fri 12-27, (25–26 holidays) Tue 12-24.
    expect(row(r, 'p/PRED')).toMatchObject({ status: 'slipped', pushedBy: undefined, slipDays: 28, slipWorkdays: 20 });
  });

  it('on track, and a period baseline resolved to its last day', () => {
    expect(row(r, 'p/FINE')).toMatchObject({ status: 'on-track', slipDays: 0, slipWorkdays: 0 });
    expect(row(r, 'p/YEAR')).toMatchObject({ status: 'on-track', baseline: { day: day('2020-12-31'), isPeriod: true, written: '2020' } });
  });

  it('BEI = achieved by T / baseline by T = {EARLY, LATE} / {EARLY, LATE, OVER} = 2/3', () => {
    expect(r.summary).toMatchObject({ achieved: 2, due: 3, bei: 2 / 3, milestones: 8 });
    expect([...r.summary.counts]).toEqual([['done', 2], ['overdue', 1], ['at-risk', 1], ['slipped', 2], ['on-track', 2], ['new', 0]]);
  });

  it('BEI counts an early finish whose baseline is still ahead: at T = 08-29, {EARLY, LATE} / {LATE, OVER} = 1', () => {
    expect(report([{ file: 'p.yaml', text: PLAN }], '2019-08-29').summary).toMatchObject({ achieved: 2, due: 2, bei: 1 });
  });

  it('BEI is null when nothing is due: at T = 2019-01-01 no baseline is on or before T', () => {
    expect(report([{ file: 'p.yaml', text: PLAN }], '2019-01-01').summary).toMatchObject({ due: 0, achieved: 0, bei: null });
  });

  it('trend: history plus {T, current}, oldest first; an entry reported on T is superseded', () => {
    const text = `plan: {id: h, title: H}
milestones:
  - id: M
    title: M
    date: 2019-09-27
    forecast: 2019-10-11
    history:
      - {reported: 2019-09-02, forecast: 2019-10-04}
      - {reported: 2019-08-01, forecast: 2019-09-27}
`;
    const t = report([{ file: 'h.yaml', text }], '2019-09-02');
    expect(row(t, 'h/M').trend.map((p) => [p.reported, p.forecast.day])).toEqual([
      [day('2019-08-01'), day('2019-09-27')],
      [day('2019-09-02'), day('2019-10-11')],
    ]);
  });
});

describe('slippage against a baseline workspace', () => {
  // Last month: PRED forecast 10-07, no FINE, and a milestone GONE that has since been removed.
  const BASE = PLAN.replace('forecast: 2019-10-14', 'forecast: 2019-10-07')
    .replace('  - {id: FINE, title: Fine, date: 2019-12-02}\n', '  - {id: GONE, title: Gone, date: 2019-11-01, forecast: 2019-11-08}\n')
    .replace('date: 2020}', 'date: 2020, forecast: 2020-Q3}');
  const r = report([{ file: 'p.yaml', text: PLAN }], '2019-09-02', [{ file: 'base/p.yaml', text: BASE }]);

  it("takes the baseline from the milestone's current date there: PRED 10-07 → 10-14 is 7 days, 5 working days", () => {
    expect(row(r, 'p/PRED')).toMatchObject({ baseline: { day: day('2019-10-07') }, slipDays: 7, slipWorkdays: 5, status: 'slipped' });
  });

  it('a milestone missing from the baseline is new, measured against its own date', () => {
    expect(row(r, 'p/FINE')).toMatchObject({ status: 'new', baseline: { day: day('2019-12-02') }, slipDays: 0 });
  });

  it('a period forecast in the baseline: 2020-Q3 = 2020-09-30 → 2020-12-31 is 92 days, so YEAR slipped', () => {
    expect(row(r, 'p/YEAR')).toMatchObject({ status: 'slipped', baseline: { written: '2020-Q3', day: day('2020-09-30') }, slipDays: 92 });
  });

  it('lists milestones of the baseline that are gone, with their baseline current date', () => {
    expect(r.removed).toEqual([{ ref: 'p/GONE', plan: 'p', id: 'GONE', title: 'Gone', baseline: { day: day('2019-11-08'), isPeriod: false, written: '2019-11-08' } }]);
    expect(r.summary.removed).toBe(1);
    expect(r.summary.counts.get('new')).toBe(1);
    expect(r.baseline).toBe('base');
  });

  it('a new milestone that slipped past its own date is slipped (slipped comes before new)', () => {
    // The deadline keeps the float positive (an end milestone without one has l = its date: at risk).
    const current = PLAN.replace('{id: FINE, title: Fine, date: 2019-12-02}', '{id: FINE, title: Fine, date: 2019-12-02, forecast: 2019-12-09, deadline: 2019-12-20}');
    expect(row(report([{ file: 'p.yaml', text: current }], '2019-09-02', [{ file: 'b.yaml', text: BASE }]), 'p/FINE').status).toBe('slipped');
  });
});
