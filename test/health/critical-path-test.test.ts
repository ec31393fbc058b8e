// SPEC §13 `critical-path-test`: delaying the first open critical milestone by 600 working days (to add(p, 600), §3)
// delays the plan's finish "by the same". A milestone on a non-working day moved 599 working days by the count the
// finish's move is counted in (from the working day on or after each date): the test failed for every plan whose first
// open critical milestone fell on a weekend or holiday, a year date (2022 → Saturday 2022-12-31) among them (tester).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { parseDayDate } from '../../src/calendar/index.js';
import { computeHealth } from '../../src/health/index.js';
import { delayMoves } from '../../src/health/delay.js';
import type { PlanHealthContext } from '../../src/health/types.js';

function run(milestones: string, planExtra = ''): { pass: boolean; refs: string[]; moves: number } {
  const text = `plan: {id: p, title: t, status_date: 2019-05-01${planExtra}}\nmilestones:\n${milestones}`;
  const a = analyze([{ file: 'p.yaml', text }], { clockToday: parseDayDate('2019-05-01')! });
  const report = computeHealth({ workspace: a.workspace, graph: a.graph, schedule: a.schedule, rank: a.rank, today: a.today });
  const check = report.plans[0]!.checks.find((c) => c.id === 'critical-path-test')!;
  const ws = a.workspace;
  const first = check.refs[0] ?? ws.milestoneIndex.get('p/A')!;
  const ctx = { workspace: ws, schedule: a.schedule, calendar: ws.plans[0]!.calendar } as unknown as PlanHealthContext;
  return { pass: check.pass, refs: check.refs.map((m) => ws.milestones[m]!.ref), moves: delayMoves(ctx, first, 600) };
}

describe('the critical path test on a milestone dated on a non-working day', () => {
  // One milestone A, the plan's finish: delayed, it is the finish, which moves exactly as far as A did. `moves` is A's
  // own move counted from the working day on or after each date (default calendar: Mon–Fri, Norwegian holidays):
  // from a working day 600; from a non-working day, whose add(d, 1) is the working day it rolls to, 599.
  it.each([
    ['2019-05-16', 'Thursday', 600],
    ['2019-05-17', 'Friday, 17 May (holiday)', 599],
    ['2019-05-18', 'Saturday', 599],
    ['2019-05-19', 'Sunday', 599],
    ['2022', 'a year: Saturday 2022-12-31', 599],
  ] as const)('date %s (%s): A moves %i working days, and the finish with it: pass', (date, _day, moves) => {
    expect(run(`  - {id: A, title: a, date: ${date}}\n`)).toEqual({ pass: true, refs: [], moves });
  });

  // A chain: A on a non-working day, B 5 working days after it (Friday 2019-05-24, 5 working days after Friday 17 May).
  // Delayed, B ends at add(add(A, 600), 5): from Friday 24 May that is 600 working days, more than A's 599.
  it('passes when the finish is a successor on a working day', () => {
    expect(run('  - {id: A, title: a, date: 2019-05-17}\n  - {id: B, title: b, date: 2019-05-17, after: [{id: A, lag: 5d}]}\n'))
      .toEqual({ pass: true, refs: [], moves: 599 });
  });

  // A break in the logic still fails: with `critical: 10d`, A (holiday Friday 2019-05-17) has float 5 to the finish, B
  // on Friday 2019-05-24, and is the first open critical milestone; B does not follow it, so the finish moves from
  // 24 May to add(17 May, 600), 599 − 5 = 594 working days, fewer than A's 599.
  it('fails when the finish does not follow the delayed milestone', () => {
    expect(run('  - {id: A, title: a, date: 2019-05-17}\n  - {id: B, title: b, date: 2019-05-24}\n', ', critical: 10d'))
      .toEqual({ pass: false, refs: ['p/A'], moves: 599 });
  });
});
