// `milepel risk` at both ends of 0001-01-01 … 9999-12-31 (tester round 19 #1): the sampling kernel's calendar tables
// were held between two fixed day numbers (−700,000, 0053-06-19, and 3,000,000), so a plan whose dates all lay before
// 0053-06-19 got a table of negative length (exit 3, "Invalid typed array length"). Expectations are computed: a
// milestone without uncertainty has every percentile at its date, and a ranged one the percentiles of its own samples
// (the reference run's, test/risk/reference.ts); a table never spans more than the date range and its margin.
import { describe, expect, it } from 'vitest';
import { dayFromYmd, formatDay } from '../../src/calendar/index.js';
import { FIRST_DAY, LAST_DAY } from '../../src/schedule/date-range.js';
import { runCli } from '../helpers/fake-io.js';
import { runRiskOn } from './harness.js';

const SINGLE = 'plan: {id: a, title: A, status_date: 2024-01-01}\nmilestones:\n  - {id: S, title: S, date: 0001-06-01}\n';

/** `risk` with 10 iterations on one job, unless `args` give their own (an option given twice is refused). */
const risk = (text: string, args: readonly string[]): ReturnType<typeof runCli> =>
  runCli(['risk', 'ws', ...(args.includes('--iterations') ? [] : ['--iterations', '10']), '--jobs', '1', ...args], { files: { 'ws/a.yaml': text }, diskRoots: [] });

/** SPEC §11: the smallest day d with at least pct % of the samples ≤ d. */
function percentileOf(samples: Int32Array, pct: number): number {
  const sorted = Int32Array.from(samples).sort();
  return sorted[Math.max(0, Math.ceil((pct / 100) * sorted.length) - 1)]!;
}

/** The rounded mean day (half up). */
function meanOf(samples: Int32Array): number {
  let sum = 0;
  for (const d of samples) sum += d - samples[0]!;
  return samples[0]! + Math.floor(sum / samples.length + 0.5);
}

const day = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayFromYmd(y, m, d);
};

/** Every percentile and the mean of `ref` in a run are those of its samples (all of them inside the range). */
function expectPercentilesOfSamples(run: ReturnType<typeof runRiskOn>, ref: string): void {
  const samples = run.samples(ref);
  const m = run.byRef(ref);
  expect([m.p10, m.p50, m.p80, m.p85, m.p90, m.mean], ref).toEqual([
    percentileOf(samples, 10), percentileOf(samples, 50), percentileOf(samples, 80), percentileOf(samples, 85),
    percentileOf(samples, 90), meanOf(samples),
  ]);
}

/**
 * Each calendar table covers the plan's dates from `first` to `last` (sized from them, not from a fixed day) and never
 * spans more than 0001-01-01 … 9999-12-31 and its margin, whatever the dates (bounded memory).
 */
function expectTablesBounded(run: ReturnType<typeof runRiskOn>, first: number, last: number): void {
  for (const t of run.net.calendars) {
    const span = t.cum.length - 1;
    expect(t.lo).toBeLessThanOrEqual(first);
    expect(t.lo + span - 1).toBeGreaterThanOrEqual(last);
    expect(span).toBeLessThanOrEqual(LAST_DAY - FIRST_DAY + 1 + 2 * 400);
  }
}

describe('risk on a milestone dated before 0053-06-19', () => {
  it('json: the tester\'s single milestone in 0001 has every percentile, the mean and the deterministic date at 0001-06-01', async () => {
    const r = await risk(SINGLE, ['--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const m = (JSON.parse(r.stdout) as { milestones: Record<string, unknown>[] }).milestones;
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({
      ref: 'a/S', deterministic: '0001-06-01', p10: '0001-06-01', p50: '0001-06-01', p80: '0001-06-01', p85: '0001-06-01',
      p90: '0001-06-01', mean: '0001-06-01', prob_by_date: 1, prob_by_deadline: null, criticality: 1,
    });
  });

  it('text: the row shows 0001-06-01 as deterministic date, P50 and P85, 100 % on date; --milestone draws it', async () => {
    const r = await risk(SINGLE, ['--format', 'text']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ *S +S +0001-06-01 +0001-06-01 +0001-06-01 +100% /m);
    const chart = await risk(SINGLE, ['--format', 'text', '--milestone', 'S', '--width', '100']);
    expect(chart.stderr).toBe('');
    expect(chart.code).toBe(0);
    expect(chart.stdout).toMatch(/P10 0001-06-01\b[^\n]*P50 0001-06-01\b[^\n]*P85 0001-06-01\b[^]*?mean 0001-06-01\n/);
    expect(chart.stdout).toContain('0001-06-01 … 0001-06-01');
  });

  it('html: the page and its charts (--milestone) name 0001-06-01 as P50 and P85', async () => {
    for (const extra of [[], ['--milestone', 'S']]) {
      const r = await risk(SINGLE, ['--format', 'html', ...extra]);
      expect(r.stderr, extra.join(' ')).toBe('');
      expect(r.code, extra.join(' ')).toBe(0);
      expect(r.stdout).toContain('<html');
      expect(r.stdout.split('0001-06-01').length - 1).toBeGreaterThanOrEqual(3);
    }
    const chart = await risk(SINGLE, ['--format', 'html', '--milestone', 'S']);
    expect(chart.stdout).toContain('<svg');
  });

  it('a chain in 0050: fixed durations land on their dates, a ranged one has the percentiles of its samples', () => {
    const run = runRiskOn({
      'e.yaml': [
        'plan: {id: e, title: E, status_date: 2019-06-03}',
        'milestones:',
        '  - {id: A, title: A, date: 0050-03-01}',
        '  - {id: B, title: B, date: 0050-03-06, after: [A], duration: 5ed..5ed..5ed}',
        '  - {id: C, title: C, date: 0050-03-11, after: [A], duration: 5ed..10ed..30ed}',
        '',
      ].join('\n'),
    }, 2000, 3);
    for (const [ref, iso] of [['e/A', '0050-03-01'], ['e/B', '0050-03-06']] as const) {
      const m = run.byRef(ref);
      expect([m.deterministic, m.p10, m.p50, m.p85, m.p90, m.mean].map((d) => (d === null ? null : formatDay(d))), ref).toEqual(Array(6).fill(iso));
    }
    expectPercentilesOfSamples(run, 'e/C');
    const c = run.byRef('e/C');
    // Drawn from 5 to 30 calendar days after 0050-03-01, the mode 10 days: P50 after the mode, P85 later still.
    expect(c.p10!).toBeGreaterThanOrEqual(day('0050-03-06'));
    expect(c.p50!).toBeGreaterThan(day('0050-03-11'));
    expect(c.p85!).toBeGreaterThan(c.p50!);
    expect(c.p90!).toBeLessThanOrEqual(day('0050-03-31'));
    expect(run.result.outOfRange).toEqual([]);
    expectTablesBounded(run, day('0050-03-01'), day('0050-03-31'));
  });
});

describe('risk on a plan from 0001 to 9999', () => {
  const PLAN = [
    'plan: {id: w, title: W, status_date: 2019-06-03}',
    'milestones:',
    '  - {id: A, title: A, date: 0001-01-01}',
    '  - {id: B, title: B, date: 0001-01-11, after: [A], duration: 5ed..10ed..20ed}',
    '  - {id: Y, title: Y, date: 9999-12-01}',
    '  - {id: Z, title: Z, date: 9999-12-11, after: [Y], duration: 5ed..10ed..20ed}',
    '',
  ].join('\n');

  it('gives each end its own dates: fixed ones at their dates, ranged ones the percentiles of their samples', () => {
    const run = runRiskOn({ 'w.yaml': PLAN }, 2000, 5);
    expect(run.byRef('w/A').p50).toBe(FIRST_DAY);
    expect(run.byRef('w/A').p85).toBe(FIRST_DAY);
    expect(run.byRef('w/Y').p50).toBe(day('9999-12-01'));
    expect(run.byRef('w/Y').p85).toBe(day('9999-12-01'));
    expectPercentilesOfSamples(run, 'w/B');
    expectPercentilesOfSamples(run, 'w/Z');
    expect(run.byRef('w/B').p90!).toBeLessThanOrEqual(day('0001-01-21'));
    expect(run.byRef('w/Z').p90!).toBeLessThanOrEqual(day('9999-12-21'));
    expect(run.result.outOfRange).toEqual([]);
    expectTablesBounded(run, FIRST_DAY, day('9999-12-21'));
  });

  it('json through the CLI: P50 = P85 = the date of A (0001) and Y (9999)', async () => {
    const r = await risk(PLAN, ['--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const m = (JSON.parse(r.stdout) as { milestones: { ref: string; p50: string; p85: string }[] }).milestones;
    expect(m.filter((x) => x.ref === 'w/A' || x.ref === 'w/Y').map((x) => [x.ref, x.p50, x.p85])).toEqual([
      ['w/A', '0001-01-01', '0001-01-01'], ['w/Y', '9999-12-01', '9999-12-01'],
    ]);
  });
});

describe('risk near 9999-12-31', () => {
  it('a milestone on 9999-12-31 has every percentile there; one drawn past it has the dates inside and the others left out', () => {
    const run = runRiskOn({
      'l.yaml': [
        'plan: {id: l, title: L, status_date: 2019-06-03}',
        'milestones:',
        '  - {id: X, title: X, date: 9999-12-31}',
        '  - {id: Y, title: Y, date: 9999-12-01}',
        '  - {id: Z, title: Z, date: 9999-12-21, after: [Y], duration: 10ed..20ed..60ed}',
        '',
      ].join('\n'),
    }, 2000, 9);
    const x = run.byRef('l/X');
    expect([x.deterministic, x.p10, x.p50, x.p85, x.p90, x.mean]).toEqual(Array(6).fill(LAST_DAY));
    const samples = run.samples('l/Z');
    const z = run.byRef('l/Z');
    const shown = (d: number): number | null => (d <= LAST_DAY ? d : null);
    expect([z.p10, z.p50, z.p80, z.p85, z.p90, z.mean]).toEqual([
      shown(percentileOf(samples, 10)), shown(percentileOf(samples, 50)), shown(percentileOf(samples, 80)),
      shown(percentileOf(samples, 85)), shown(percentileOf(samples, 90)), shown(meanOf(samples)),
    ]);
    // Y + 10 … 60 days: P10 inside, P90 past 9999-12-31 (left out); the iterations past it are counted.
    expect(z.p10).not.toBeNull();
    expect(z.p90).toBeNull();
    const past = samples.filter((d) => d > LAST_DAY).length;
    expect(past).toBeGreaterThan(0);
    expect(run.result.outOfRange).toEqual([expect.objectContaining({ iterations: past, beyondDays: Math.max(...samples) - LAST_DAY })]);
    expectTablesBounded(run, day('9999-12-01'), LAST_DAY);
  });
});

// Tester round 59 F7: iterations past 9999-12-31 are in no bar of --milestone's histogram, whose bars then added up to
// 46 % with nothing in the chart saying where the rest went. A line under the bars counts them.
describe('risk --milestone with iterations past 9999-12-31', () => {
  const PAST = `plan: {id: x, title: X, status_date: 8500-01-04}
milestones:
  - {id: A, title: A, date: 8500-01-05}
  - {id: C, title: C, date: 8600-01-05, after: [{id: A, lag: 0w..0w..99999w}]}
`;
  it('says how many iterations the histogram does not draw, in English and Norwegian', async () => {
    const en = await risk(PAST, ['--iterations', '50', '--milestone', 'x/C', '--width', '100']);
    const undrawn = /^ {2}(\d+) iterations \((\d+)%\) outside 0001-01-01 … 9999-12-31: not drawn$/m.exec(en.stdout);
    expect(undrawn, en.stdout).not.toBeNull();
    // The bars and the line add up to every iteration.
    const bars = [...en.stdout.matchAll(/^ {2}\d{4}-\d{2}-\d{2}(?:–\d{4}-\d{2}-\d{2})? .*? (\d+)%$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(Math.abs(bars + Number(undrawn![2]) - 100)).toBeLessThanOrEqual(bars === 0 ? 0 : 20);
    expect(Number(undrawn![1])).toBeGreaterThan(0);
    const nb = await risk(PAST, ['--iterations', '50', '--milestone', 'x/C', '--width', '100', '--locale', 'nb']);
    expect(nb.stdout).toMatch(/^ {2}\d+ iterasjoner \(\d+ ?%\) utenfor 01\.01\.0001 … 31\.12\.9999: ikke tegnet$/m);
    // The HTML page says it under its chart, with the same count.
    const html = await risk(PAST, ['--iterations', '50', '--milestone', 'x/C', '--format', 'html']);
    expect(html.stdout).toContain(`<figcaption>${undrawn![1]} iterations (${undrawn![2]}%) outside 0001-01-01 … 9999-12-31: not drawn</figcaption>`);
  });
});
