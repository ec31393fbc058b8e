// Hand-computed schedules at the ends of the calendar (SPEC §4 `date-range`): a latest date is left out when the date
// outputs show is outside 0001-01-01 … 9999-12-31, including the successor's bound shown for a milestone on a closed
// day (schedule/date-range.ts shownLatest), with its float, and the milestone is not critical (tester round 18 #1).
// Weekdays: 0001-01-01 is a Monday; 10000-01-01 a Saturday (2000-01-01 was one, and 8000 years are 20 × 146,097 days).
// The default calendar (Mon–Fri, NO holidays): 1.1 is a holiday, but 10000-01-01 is a Saturday anyway.
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/calendar/index.js';
import { renderMessage } from '../../src/messages/index.js';
import { YearSet } from '../../src/interchange/mspdi/write-calendar.js';
import { FIRST_DAY, LAST_DAY, shownFloat, shownLatest, shownProjected } from '../../src/schedule/date-range.js';
import { runCli } from '../helpers/fake-io.js';
import { planYaml, scheduleOf } from './schedule-helpers.js';

/** As outputs show them: null for a date or float left out. */
type Expect = readonly [projected: string | null, latest: string | null, float: number | null, driver: string | null, critical: boolean];

interface Case {
  readonly name: string;
  readonly yaml: string;
  readonly expect: Readonly<Record<string, Expect>>;
  readonly paths: readonly (readonly string[])[];
  /** The date-range findings, rendered in English. */
  readonly findings: readonly string[];
}

const m = (body: string): string => `{${body}}`;
const plan = (closed: string, milestones: readonly string[]): string => planYaml('w', `  status_date: 2024-01-02\n  calendar:\n    closed: [${closed}]`, milestones);
const TAIL = 'outside the dates milepel can write; reports leave';
const pushedPast = (closed: string, lag: number): Case => ({
  name: `closed ${closed}, B → C lag ${lag}d: B's latest date would be C's bound 10000-01-02, left out with its float`,
  yaml: plan(closed, [m('id: B, title: b, date: 9999-12-20'), m(`id: C, title: c, date: 9999-12-21, after: [{id: B, lag: ${lag}d}]`)]),
  expect: {
    // add(B 9999-12-20, lag): the working days after the closed December (and weekend 1–2.1) are Mon 3.1, Tue 4.1,
    // Wed 5.1 of year 10000: p(C) = 10000-01-0(2 + lag), lag + 2 days after 9999-12-31; l(C) = the plan's end, the same.
    'w/C': [null, null, null, 'w/B', false],
    // l(B)'s bound: the latest p with add(p, lag) ≤ p(C): Sun 10000-01-02 (add(Mon 3.1, lag) is a day too late),
    // 2 days out; rolled back over the closed range it is 9999-11-30 (or 2024-05-31), before p(B) = 9999-12-20, so the
    // bound is what shows (float 0): left out, and the float counted to it. B was critical with a latest 10000-01-02.
    'w/B': ['9999-12-20', null, null, null, false],
  },
  paths: [],
  // B's latest date follows from C's, which is out too: one finding, at C, counting B.
  findings: [`w/C's projected and latest dates would be ${lag + 2} days after 9999-12-31, ${TAIL} them out, and those of 1 milestone computed from them`],
});

const CASES: readonly Case[] = [
  pushedPast('9999-12-01..9999-12-31', 1),
  pushedPast('2024-06-01..9999-12-31', 1),
  pushedPast('2024-06-01..9999-12-31', 2),
  pushedPast('2024-06-01..9999-12-31', 3),
  {
    name: 'closed 9999-12-24..9999-12-31 (as before): B on a working day, its latest date inside',
    yaml: plan('9999-12-24..9999-12-31', [m('id: B, title: b, date: 9999-12-20'), m('id: C, title: c, date: 9999-12-21, after: [{id: B, lag: 1d}]')]),
    expect: {
      // add(Mon 9999-12-20, 1) = Tue 12-21 = c(C): no driver; l(C) = the plan's end 12-21; l(B) = sub(12-21, 1) = 12-20.
      'w/B': ['9999-12-20', '9999-12-20', 0, null, true],
      'w/C': ['9999-12-21', '9999-12-21', 0, null, true],
    },
    paths: [['w/B', 'w/C']],
    findings: [],
  },
  {
    name: 'closed 9999-12-01..9999-12-31, lead C → B of 1d: B\'s bound is a working day after 9999-12-31 (as before)',
    yaml: plan('9999-12-01..9999-12-31', [m('id: B, title: b, date: 9999-12-20'), m('id: C, title: c, date: 9999-12-21, after: [{id: B, lag: -1d}]')]),
    expect: {
      // add(B 12-20, −1) = Thu 11-30 < c(C): C at its own 12-21, the plan's end; l(B) = the latest p with
      // add(p, −1) ≤ 12-21: Mon 10000-01-03 (add gives 9999-11-30), 3 days out.
      'w/B': ['9999-12-20', null, null, null, false],
      'w/C': ['9999-12-21', '9999-12-21', 0, null, true],
    },
    paths: [['w/C']],
    findings: [`w/B's latest date would be 3 days after 9999-12-31, ${TAIL} it out`],
  },
  {
    name: 'closed 0001-01-01..0001-01-31: B\'s bound 0001-01-31 shows, though l(B) rolls back to 0000-12-29',
    yaml: plan('0001-01-01..0001-01-31', [m('id: B, title: b, date: 0001-01-10'), m('id: C, title: c, date: 0001-01-20, after: [{id: B, lag: 1d}]')]),
    expect: {
      // add(B 0001-01-10, 1) = Thu 0001-02-01, the first working day after January: C pushed; l(C) = the plan's end.
      'w/C': ['0001-02-01', '0001-02-01', 0, 'w/B', true],
      // The bound: Wed 0001-01-31 (add(Thu 2.1, 1) is Fri); rolled back it is Fri 0000-12-29, 3 days before 0001-01-01,
      // but p(B) lies between, so the bound shows, float 0 (no working day in (10.1, 31.1]). Was: left out, an error.
      'w/B': ['0001-01-10', '0001-01-31', 0, null, true],
    },
    paths: [['w/B', 'w/C']],
    findings: [],
  },
  {
    name: 'a lead near 0001-01-01: the forward pass never goes before c(M), so nothing is out',
    yaml: plan('0001-01-08..0001-01-10', [m('id: B, title: b, date: 0001-01-03'), m('id: C, title: c, date: 0001-01-01, after: [{id: B, lag: -5d}]')]),
    expect: {
      // add(Wed 0001-01-03, −5) is in December of year 0, before c(C) = Mon 0001-01-01: C at its own date, no driver;
      // the plan's end is p(B) = 01-03. l(C) = 01-03 (end), float |{Tue 2.1, Wed 3.1}| = 2. l(B) = the latest p with add(p, −5) ≤ 3.1:
      // 3.1 + 5 working days = Thu 4, Fri 5, (8–10 closed) Thu 11, Fri 12, Mon 15.1, float 5. Nothing critical.
      'w/B': ['0001-01-03', '0001-01-15', 5, null, false],
      'w/C': ['0001-01-01', '0001-01-03', 2, null, false],
    },
    paths: [],
    findings: [],
  },
];

describe('hand-computed schedules at the ends of the calendar (SPEC §4 date-range)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { analysis } = scheduleOf({ 'w.yaml': c.yaml });
      const { workspace: ws, schedule: s } = analysis;
      const day = (d: number | null): string | null => (d === null ? null : formatDay(d));
      for (const [ref, expected] of Object.entries(c.expect)) {
        const v = ws.milestoneIndex.get(ref)!;
        const driver = s.driver[v]!;
        expect([day(shownProjected(s, v)), day(shownLatest(s, v)), shownFloat(s, v), driver >= 0 ? ws.milestones[driver]!.ref : null, s.critical[v] === 1], ref).toEqual(expected);
      }
      expect(s.paths.map((p) => p.milestones.map((v) => ws.milestones[v]!.ref))).toEqual(c.paths);
      expect(analysis.diagnostics.filter((d) => d.rule === 'date-range').map((d) => renderMessage(d.message))).toEqual(c.findings);
    });
  }
});

describe('no output shows the bound past 9999-12-31 (tester round 18 #1)', () => {
  const yaml = plan('9999-12-01..9999-12-31', [m('id: B, title: b, date: 9999-12-20'), m('id: C, title: c, date: 9999-12-21, after: [{id: B, lag: 1d}]')]);
  const run = (args: readonly string[]): ReturnType<typeof runCli> => runCli([args[0]!, 'ws', ...args.slice(1), '--today', '2024-01-02'], { files: { 'ws/w.yaml': yaml } });
  const FIVE_DIGITS = /\d{5}-\d\d-\d\d/;

  for (const args of [['critical-path'], ['critical-path', '--format', 'json'], ['export', '--format', 'json'], ['export', '--format', 'html'], ['gantt', '--ascii', '--width', '100'], ['explain', 'w/B'], ['export', '--format', 'mspdi']]) {
    it(`${args.join(' ')}: no year 10000, the date-range error on stderr`, async () => {
      const r = await (args[0] === 'explain' ? runCli(['explain', 'w/B', 'ws', '--today', '2024-01-02'], { files: { 'ws/w.yaml': yaml } }) : run(args));
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(FIVE_DIGITS);
      expect(r.stderr).toContain('[date-range]');
    });
  }

  it('critical-path JSON: B\'s latest and float null, B not critical, no path', async () => {
    const json = JSON.parse((await run(['critical-path', '--format', 'json'])).stdout) as { milestones: { ref: string }[]; paths: unknown[] };
    expect(json.milestones.find((x) => x.ref === 'w/B')).toMatchObject({ projected: '9999-12-20', latest: null, float: null, critical: false });
    expect(json.paths).toEqual([]);
  });

  it('explain: B\'s latest date is – and still says what set it', async () => {
    const r = await runCli(['explain', 'w/B', 'ws', '--today', '2024-01-02'], { files: { 'ws/w.yaml': yaml } });
    expect(r.stdout).toContain('  latest –: successor w/C (FS +1d)\n');
    expect(r.stdout).toContain('  float –\n');
  });

  it('MS Project XML: the calendar\'s exceptions stop at 9999 (no Easter of year 10000), and no date after 9999-12-31', async () => {
    const r = await run(['export', '--format', 'mspdi']);
    const years = [...r.stdout.matchAll(/<(?:FromDate|ToDate|Start|Finish|LateFinish|[A-Za-z]*Date)>(\d+)-/g)].map((x) => Number(x[1]));
    expect(years.length).toBeGreaterThan(0);
    expect(Math.max(...years)).toBeLessThanOrEqual(9999);
  });

  it('MS Project XML\'s calendar years are held to 0001–9999 whatever day reaches them', () => {
    const years = new YearSet();
    years.add(LAST_DAY - 3, LAST_DAY + 40);
    years.add(FIRST_DAY - 400, FIRST_DAY + 2);
    expect(years.spans()).toEqual([{ from: 1, to: 1 }, { from: 9999, to: 9999 }]);
  });
});
