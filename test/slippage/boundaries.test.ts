// Slippage (SPEC §6) exactly at the status date T, and slip in working days of each milestone's own plan calendar:
// the boundary cases a mutation run found untested (issue #13).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { parseDayDate } from '../../src/calendar/index.js';
import { computeSlippage, type SlippageReport } from '../../src/schedule/slippage.js';

const day = (text: string): number => parseDayDate(text)!;

function report(files: Readonly<Record<string, string>>, today: string): { r: SlippageReport; overdue: string[] } {
  const a = analyze(Object.entries(files).map(([file, text]) => ({ file, text })), { today: day(today), clockToday: day(today) });
  expect(a.hasStructuralErrors).toBe(false);
  const overdue = a.diagnostics.filter((d) => d.rule === 'overdue').map((d) => d.ref ?? '');
  return { r: computeSlippage(a), overdue };
}

const status = (r: SlippageReport, ref: string): string => r.rows.find((x) => x.ref === ref)!.status;

// T = Mon 2019-09-02. Every milestone is an end milestone without successors.
const AT_T = `plan: {id: p, title: P}
milestones:
  - {id: DONE_ON_T, title: Done on T, date: 2019-09-02, actual: 2019-09-02}
  - {id: DUE_ON_T, title: Due on T, date: 2019-09-02}
  - {id: DONE_BEFORE, title: Done before T, date: 2019-08-30, actual: 2019-08-30}
  - {id: LATE, title: Due the working day before T, date: 2019-08-30}
  - {id: AHEAD, title: Due after T, date: 2019-09-03}
`;

describe('at the status date T = 2019-09-02', () => {
  const { r, overdue } = report({ 'p.yaml': AT_T }, '2019-09-02');

  it('BEI counts an actual on T as achieved and a baseline on T as due: {DONE_ON_T, DONE_BEFORE} / {DONE_ON_T, DUE_ON_T, DONE_BEFORE, LATE}', () => {
    expect(r.summary).toMatchObject({ achieved: 2, due: 4, bei: 0.5 });
  });

  it('a milestone projected exactly on T is not overdue (p(M) < T is), in slippage and in the overdue rule alike', () => {
    expect(status(r, 'p/DUE_ON_T')).toBe('on-track');
    expect(status(r, 'p/LATE')).toBe('overdue');
    expect(status(r, 'p/AHEAD')).toBe('on-track');
    expect(overdue).toEqual(['p/LATE']);
  });

  it('one day later, T = 2019-09-03: the milestone due on 09-02 is overdue and AHEAD is due (not done)', () => {
    const later = report({ 'p.yaml': AT_T }, '2019-09-03');
    expect(status(later.r, 'p/DUE_ON_T')).toBe('overdue');
    expect(later.r.summary).toMatchObject({ achieved: 2, due: 5, bei: 0.4 });
  });

  it('one day earlier, T = 2019-09-01: nothing of 09-02 is due yet, and an actual on 09-02 would be in the future', () => {
    const before = `plan: {id: p, title: P}
milestones:
  - {id: DUE_ON_T, title: Due on 09-02, date: 2019-09-02}
  - {id: DONE_BEFORE, title: Done before, date: 2019-08-30, actual: 2019-08-30}
`;
    expect(report({ 'p.yaml': before }, '2019-09-01').r.summary).toMatchObject({ achieved: 1, due: 1, bei: 1 });
  });
});

describe('slip_workdays in the plan\'s own calendar', () => {
  // Both plans slip Mon 2019-09-02 → Fri 2019-09-06 (4 calendar days).
  // d (default NO, Mon–Fri): 3, 4, 5, 6 Sep = 4 working days.
  // c (Mon–Thu, no holidays, 4 Sep closed): Tue 3, Thu 5 = 2 working days (Wed 4 closed, Fri 6 not a workday).
  const files = {
    'c.yaml': `plan: {id: c, title: C, calendar: {holidays: none, workdays: [mon, tue, wed, thu], closed: [2019-09-04]}}
milestones:
  - {id: M, title: M, date: 2019-09-02, forecast: 2019-09-06}
`,
    'd.yaml': `plan: {id: d, title: D}
milestones:
  - {id: M, title: M, date: 2019-09-02, forecast: 2019-09-06}
`,
  };

  it('counts between(baseline, p(M)) in each plan\'s calendar, not the default one', () => {
    const { r } = report(files, '2019-08-01');
    const rows = new Map(r.rows.map((x) => [x.ref, x]));
    expect(rows.get('c/M')).toMatchObject({ slipDays: 4, slipWorkdays: 2 });
    expect(rows.get('d/M')).toMatchObject({ slipDays: 4, slipWorkdays: 4 });
  });
});
