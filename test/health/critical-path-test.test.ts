// SPEC §13 `critical-path-test`: delaying the first open critical milestone by 600 working days (to add(p, 600), §3)
// delays the plan's finish "by the same". When the test compared counts of working days (from the working day on or
// after each date), a milestone on a non-working day moved 599: the test failed for every plan whose first open
// critical milestone fell on a weekend or holiday, a year date (2022 → Saturday 2022-12-31) among them (tester). It now
// asks whether the finish follows the delayed milestone through the chain that drove it (delayFollows).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { formatDay, parseDayDate } from '../../src/calendar/index.js';
import { computeHealth } from '../../src/health/index.js';

function run(milestones: string, planExtra = ''): { pass: boolean; refs: string[]; delayed: number } {
  const text = `plan: {id: p, title: t, status_date: 2019-05-01${planExtra}}\nmilestones:\n${milestones}`;
  const a = analyze([{ file: 'p.yaml', text }], { clockToday: parseDayDate('2019-05-01')! });
  const report = computeHealth({ workspace: a.workspace, graph: a.graph, schedule: a.schedule, rank: a.rank, today: a.today });
  const check = report.plans[0]!.checks.find((c) => c.id === 'critical-path-test')!;
  const ws = a.workspace;
  const first = check.refs[0] ?? ws.milestoneIndex.get('p/A')!;
  const delayed = ws.plans[0]!.calendar.add(a.schedule.projected[first]!, 600);
  return { pass: check.pass, refs: check.refs.map((m) => ws.milestones[m]!.ref), delayed };
}

describe('the critical path test on a milestone dated on a non-working day', () => {
  // One milestone A, the plan's finish: delayed, it is the finish (default calendar: Mon–Fri, Norwegian holidays).
  // Counted from the working day on or after each date, A itself moved 600 working days from a working day, and 599
  // from a non-working day, whose add(d, 1) is the working day it rolls to; it follows itself either way.
  it.each([
    ['2019-05-16', 'Thursday'],
    ['2019-05-17', 'Friday, 17 May (holiday)'],
    ['2019-05-18', 'Saturday'],
    ['2019-05-19', 'Sunday'],
    ['2022', 'a year: Saturday 2022-12-31'],
  ] as const)('date %s (%s): the finish is A: pass', (date, _day) => {
    expect(run(`  - {id: A, title: a, date: ${date}}\n`)).toMatchObject({ pass: true, refs: [] });
  });

  // A chain: A on a non-working day, B 5 working days after it (Friday 2019-05-24, 5 working days after Friday 17 May).
  // Delayed, B ends at add(add(A, 600), 5): it follows A through the 5d lag that drove it.
  it('passes when the finish is a successor on a working day', () => {
    expect(run('  - {id: A, title: a, date: 2019-05-17}\n  - {id: B, title: b, date: 2019-05-17, after: [{id: A, lag: 5d}]}\n'))
      .toMatchObject({ pass: true, refs: [] });
  });

  // A break in the logic still fails: with `critical: 10d`, A (holiday Friday 2019-05-17) has float 5 to the finish, B
  // on Friday 2019-05-24, and is the first open critical milestone; no edge from A drove B, so the finish (24 May,
  // then add(17 May, 600)) does not follow A: its float takes up part of the delay.
  it('fails when the finish does not follow the delayed milestone', () => {
    expect(run('  - {id: A, title: a, date: 2019-05-17}\n  - {id: B, title: b, date: 2019-05-24}\n', ', critical: 10d'))
      .toMatchObject({ pass: false, refs: ['p/A'] });
  });
});

// The finish follows the delay when it is at least where the delayed milestone's new date, carried through the chain
// that drove the finish (same lags and link types), puts it (delayFollows). Counting working days instead failed sound
// chains ending an elapsed lag after the delayed milestone: the finish, a non-working day after the delay, spans one
// working day fewer than the milestone's own move (a sweep of one-edge chains: 32 failures of 315). Hand-computed,
// A' = add(A, 600) and B' = A' + the lag; the old count of B's move (from the working day on or after each) is one short.
describe('the critical path test on a chain ending an elapsed lag after the delayed milestone', () => {
  it.each([
    // Monday 2019-07-08 → Wednesday 2021-11-17 (Norwegian holidays); B Friday 2019-07-12 → Sunday 2021-11-21: from
    // Friday to the Monday after, 599 working days against A's 600.
    ['the repro: 4ed', '2019-07-08', '4ed', '2019-07-12', '', '2021-11-17'],
    // B Sunday 2019-07-14 (counted from Monday 07-15) → Tuesday 2021-11-23: 600 − 5 + 4 = 599.
    ['a 6ed lag', '2019-07-08', '6ed', '2019-07-14', '', '2021-11-17'],
    // A Sunday: add(Sun, 1) = Monday 07-08, so A' = Monday + 599 = 119 weeks + 4 days = Friday 2021-10-22 (no
    // holidays), A's move 599; B Wednesday 2019-07-10 → Monday 2021-10-25: 600 − 2 = 598.
    ['A on a Sunday, 3ed', '2019-07-07', '3ed', '2019-07-10', ', calendar: {holidays: none}', '2021-10-22'],
    // 2019-Q3 is Monday 2019-09-30 → Wednesday 2022-02-09; B Friday 2019-10-04 → Sunday 2022-02-13: 599.
    ['a period date 2019-Q3, 4ed', '2019-Q3', '4ed', '2019-10-04', '', '2022-02-09'],
  ] as const)('%s: pass', (_name, a, lag, b, extra, aDelayed) => {
    const r = run(`  - {id: A, title: a, date: ${a}}\n  - {id: B, title: b, date: ${b}, after: [{id: A, lag: ${lag}}]}\n`, extra);
    expect(r).toMatchObject({ pass: true, refs: [] });
    expect(formatDay(r.delayed)).toBe(aDelayed);
  });

  // C, unlinked, ends the plan a week after B with float; with `critical: 10d` A (float 5) is the first open critical
  // milestone, and the delayed chain overtakes C but the finish does not follow A: it moves 600 − 5 working days.
  it('fails when a later unlinked milestone ends the plan with float', () => {
    const r = run('  - {id: A, title: a, date: 2019-07-08}\n  - {id: B, title: b, date: 2019-07-12, after: [{id: A, lag: 4ed}]}\n  - {id: C, title: c, date: 2019-07-19}\n', ', critical: 10d');
    expect(r).toMatchObject({ pass: false, refs: ['p/A'] });
  });
});
