// Slippage formatters: JSON per SPEC §8, RFC 4180 CSV safe against formula injection, text ordering and the MTA chart.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { parseDayDate } from '../../src/calendar/index.js';
import { formatSlippageCsv } from '../../src/report/slippage/csv.js';
import { csvField } from '../../src/report/sheet/csv.js';
import { formatSlippageJson } from '../../src/report/slippage/json.js';
import { formatSlippageText } from '../../src/report/slippage/text.js';
import { formatPeriod } from '../../src/report/locale.js';
import { computeSlippage, type SlippageReport } from '../../src/schedule/slippage.js';
import { runCli } from '../helpers/fake-io.js';

const day = (text: string): number => parseDayDate(text)!;
const TEXT = { color: false, width: 100, locale: 'en' as const, trend: false };

const PLAN = `plan: {id: a, title: A}
milestones:
  - {id: M1, title: "=HYPERLINK(\\"http://x\\")", date: 2019-08-30, deadline: 2019-08-30, actual: 2019-08-28}
  - {id: M2, title: "\\e[31mred\\e[0m, \\"quoted\\"", date: 2019-09-27, forecast: 2019-10-04, deadline: 2019-12-31,
     history: [{reported: 2019-08-01, forecast: 2019-09-27}, {reported: 2019-08-15, forecast: 2020-Q1}]}
  - {id: M3, title: "-1+1", date: 2019-08-26}
  - {id: M4, title: Pushed, date: 2019-10-01, deadline: 2019-12-31, after: [M2]}
  - {id: M5, title: Later, date: 2019-Q4}
`;

function build(today = '2019-09-02'): SlippageReport {
  const a = analyze([{ file: 'a.yaml', text: PLAN }], { today: day(today), clockToday: day(today) });
  expect(a.hasStructuralErrors).toBe(false);
  return computeSlippage(a);
}

describe('json', () => {
  it('has the SPEC §8 fields in order, periods with _as_written, and trend only with --trend', () => {
    const data = JSON.parse(formatSlippageJson(build(), { trend: false })) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['today', 'baseline', 'summary', 'milestones', 'removed']);
    expect(data['summary']).toEqual({ milestones: 5, done: 1, overdue: 1, 'at-risk': 0, slipped: 2, 'on-track': 1, new: 0, removed: 0, bei: 0.5 });
    const rows = data['milestones'] as Record<string, unknown>[];
    // M4: p = p(M2) = 10-04 (Fri) > 10-01; float = between(10-04, 12-31) = Oct 19 + Nov 21 + Dec 20 (25, 26 off) = 60.
    expect(rows[3]).toEqual({
      ref: 'a/M4', plan: 'a', id: 'M4', title: 'Pushed', baseline: '2019-10-01', current: '2019-10-01', projected: '2019-10-04',
      actual: null, slip_days: 3, slip_workdays: 3, float: 60, status: 'slipped', pushed_by: 'a/M2',
    });
    expect(rows[4]).toMatchObject({ baseline: '2019-12-31', baseline_as_written: '2019-Q4', current_as_written: '2019-Q4' });
    expect(rows[0]).toMatchObject({ actual: '2019-08-28', status: 'done' });
    expect(data['removed']).toEqual([]);
  });

  it('adds trend entries oldest first, today last, with periods resolved', () => {
    const data = JSON.parse(formatSlippageJson(build(), { trend: true })) as { milestones: { trend: unknown }[] };
    expect(data.milestones[1]!.trend).toEqual([
      { reported: '2019-08-01', forecast: '2019-09-27' },
      { reported: '2019-08-15', forecast: '2020-03-31', forecast_as_written: '2020-Q1' },
      { reported: '2019-09-02', forecast: '2019-10-04' },
    ]);
  });

  it('writes control characters of titles as escapes that parse back to the same text', () => {
    const out = formatSlippageJson(build(), { trend: false });
    expect(out).not.toContain('\x1b');
    expect((JSON.parse(out) as { milestones: { title: string }[] }).milestones[1]!.title).toBe('\x1b[31mred\x1b[0m, "quoted"');
  });
});

describe('csv', () => {
  it('quotes per RFC 4180 and defuses formulas with a leading apostrophe (SPEC §15)', () => {
    const c = (value: string | number | null): string => csvField(value, typeof value === 'number' ? 'integer' : 'text', ',', '.');
    expect(c('plain')).toBe('plain');
    expect(c('a,b')).toBe('"a,b"');
    expect(c('say "hi"')).toBe('"say ""hi"""');
    expect(c('=1+1')).toBe(`'=1+1`);
    expect(c('+47 22')).toBe(`'+47 22`);
    expect(c('-x')).toBe(`'-x`);
    expect(c('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(c('=A1,B1')).toBe(`"'=A1,B1"`);
    // A tab or CR is kept (RFC 4180: inside quotes), after the apostrophe.
    expect(c('\tx')).toBe(`"'\tx"`);
    expect(c('\rx')).toBe(`"'\rx"`);
    expect(c(-3)).toBe('-3');
    expect(c(null)).toBe('');
  });

  it('has a header, one CRLF-terminated row per milestone, and no raw control characters', () => {
    const out = formatSlippageCsv(build(), { trend: false });
    const lines = out.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('\uFEFFref,plan,id,title,status,baseline,current,projected,actual,slip_days,slip_workdays,float,pushed_by');
    expect(lines).toHaveLength(7);
    // M1 is done 08-28 with no successor: l = its deadline 08-30, float = 2 (Thu 29, Fri 30).
    expect(lines[1]).toBe(`a/M1,a,M1,"'=HYPERLINK(""http://x"")",done,2019-08-30,2019-08-28,2019-08-28,2019-08-28,-2,-2,2,`);
    // M3 is an end milestone without a deadline: l = the plan's latest projected date, M5's 2019-Q4 = 31.12;
    // float = Aug 27–30 (4) + Sep 21 + Oct 23 + Nov 21 + Dec 20 (22 weekdays − 25, 26) = 89.
    expect(lines[3]).toBe(`a/M3,a,M3,'-1+1,overdue,2019-08-26,2019-08-26,2019-08-26,,0,0,89,`);
    expect([...out].filter((ch) => ch < ' ' && ch !== '\r' && ch !== '\n')).toEqual([]);
    expect(out.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('adds a trend column with --trend', () => {
    const lines = formatSlippageCsv(build(), { trend: true }).split('\r\n');
    expect(lines[0]!.endsWith(',pushed_by,trend')).toBe(true);
    expect(lines[2]!.endsWith(',"2019-08-01:2019-09-27;2019-08-15:2020-03-31;2019-09-02:2019-10-04"')).toBe(true);
  });
});

describe('text', () => {
  it('counts one milestone in the singular, in both locales (a tester saw "1 milestones", "1 milepæler")', () => {
    const a = analyze([{ file: 'a.yaml', text: 'plan: {id: a, title: A}\nmilestones:\n  - {id: M1, title: One, date: 2019-09-30}\n' }], { today: day('2019-09-02'), clockToday: day('2019-09-02') });
    expect(formatSlippageText(computeSlippage(a), TEXT)).toContain('\n1 milestone: 0 overdue');
    expect(formatSlippageText(computeSlippage(a), { ...TEXT, locale: 'nb' })).toContain('\n1 milepæl: 0 forsinket');
  });

  it('sorts by severity (overdue, at risk, slipped, new, on track, done), then slip, and ends with the BEI line', () => {
    const out = formatSlippageText(build(), { ...TEXT, width: 160 });
    const order = [...out.matchAll(/^(\S+(?: \S+)?)\s+(a\/M\d)/gm)].map((m) => m[2]);
    expect(order).toEqual(['a/M3', 'a/M2', 'a/M4', 'a/M5', 'a/M1']);
    expect(out).toContain('5 milestones: 1 overdue, 0 at risk, 2 slipped, 1 on track, 1 done · BEI 0.50 (1 achieved / 2 due by 2019-09-02)');
    expect(out).not.toContain('\x1b');
    expect(out).toContain('\\x1b[31mred');
  });

  it('fits the width, and says when BEI has nothing to divide by', () => {
    for (const width of [60, 80, 140]) {
      const out = formatSlippageText(build('2019-01-01'), { ...TEXT, width, trend: true });
      for (const line of out.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(width);
      expect(out.replace(/\n(?=\S)/g, ' ')).toContain('BEI n/a (none due by 2019-01-01)');
    }
  });

  it('draws the MTA: a row per report date, the diagonal, one symbol per milestone and a legend', () => {
    const out = formatSlippageText(build(), { ...TEXT, trend: true, width: 120 });
    const chart = out.slice(out.indexOf('Milestone trend analysis'));
    const rows = chart.split('\n').filter((l) => /^\d{4}-\d{2}-\d{2} /.test(l));
    expect(rows.map((l) => l.slice(0, 10))).toEqual(['2019-08-01', '2019-08-15', '2019-09-02']);
    // 2019-08-01: only M2 (symbol B) reported, at 09-27, to the right of the diagonal at 08-01.
    expect(rows[0]!.indexOf('\\')).toBeGreaterThan(0);
    expect(rows[0]!.indexOf('B')).toBeGreaterThan(rows[0]!.indexOf('\\'));
    expect(rows[0]).not.toMatch(/[ACDE]/);
    // The 2020-Q1 forecast of 08-15 lies to the right of the 09-27 one: the line drifts right, a slip.
    expect(rows[1]!.indexOf('B')).toBeGreaterThan(rows[0]!.indexOf('B'));
    // At T: M3 08-26, M1 08-28 (its actual), the diagonal at 09-02, M4 10-01 (c, not p), M2 10-04, M5 12-31.
    expect(rows[2]).toMatch(/C.*A.*\\.*D.*B.*E/);
    expect(chart).toMatch(/^B {2}a\/M2 {2}\\x1b\[31mred/m);
    expect(chart).toContain('\\ forecast = report date');
  });

  it('adds the trend table: forecast per report date and how far it moved, latest dates kept when narrow', () => {
    const out = formatSlippageText(build(), { ...TEXT, trend: true, width: 100 });
    expect(out).toContain('Milestone  2019-08-01  2019-08-15  2019-09-02  Moved d');
    // M2: 09-27, then 2020-Q1 (03-31), now 10-04: moved 10-04 − 09-27 = +7 days.
    expect(out).toMatch(/^a\/M2 {7}2019-09-27 {2}2020-03-31 {2}2019-10-04 {7}\+7$/m);
    expect(out).toMatch(/^a\/M1 {31}2019-08-28 {8}0$/m);
    const narrow = formatSlippageText(build(), { ...TEXT, trend: true, width: 40 });
    expect(narrow).toContain('Milestone  2019-09-02  Moved d');
    expect(narrow).toContain('(2 earlier report dates not shown)');
    // One left out is one date (a tester read "1 earlier report dates").
    const one = formatSlippageText(build(), { ...TEXT, trend: true, width: 52 });
    expect(one).toContain('Milestone  2019-08-15  2019-09-02  Moved d');
    expect(one).toContain('(1 earlier report date not shown)');
    expect(formatSlippageText(build(), { ...TEXT, trend: true, width: 52, locale: 'nb' })).toContain('(1 tidligere rapportdato vises ikke)');
  });

  it('speaks Norwegian with --locale nb', () => {
    const out = formatSlippageText(build(), { ...TEXT, locale: 'nb' });
    expect(out).toContain('Forskyvning per 02.09.2019');
    expect(out).toContain('forsinket');
    expect(out).toContain('BEI 0,50');
  });

  it('shows a period baseline as written in English and in words in Norwegian (tester round 65 F4)', () => {
    const row = (out: string): string => out.split('\n').find((line) => line.includes('a/M5'))!;
    expect(row(formatSlippageText(build(), TEXT))).toMatch(/a\/M5 +Later +2019-Q4 +2019-12-31 /);
    expect(row(formatSlippageText(build(), { ...TEXT, locale: 'nb' }))).toMatch(/a\/M5 +Later +4\. kv\. 2019 +31\.12\.2019 /);
    expect(['2024', '2024-Q2', '2024-05', '2024-12', '2024-13'].map((w) => formatPeriod(w, 'nb'))).toEqual(['2024', '2. kv. 2024', 'mai 2024', 'desember 2024', '2024-13']);
    expect(formatPeriod('2024-Q2', 'en')).toBe('2024-Q2');
  });
});

describe('the summary line in Norwegian', () => {
  it('counts new milestones with the plural adjective: 1 ny, 2 nye, 0 nye (tester round 7 #7)', async () => {
    const plan = (ids: string[]): string => `plan: {id: n, title: N, status_date: 2026-03-02}\nmilestones:\n${ids.map((id, i) => `  - {id: ${id}, title: ${id}, date: 2026-03-1${i}}`).join('\n')}\n`;
    const summary = async (now: string[], before: string[]): Promise<string> => {
      const r = await runCli(['slippage', 'plans', '--baseline', 'base', '--locale', 'nb'], { files: { 'plans/n.yaml': plan(now), 'base/n.yaml': plan(before) } });
      return r.stdout.split('\n').find((l) => l.includes('milepæl')) ?? '';
    };
    expect(await summary(['X', 'Y', 'Z'], ['X'])).toContain(' 2 nye, ');
    expect(await summary(['X', 'Y'], ['X'])).toContain(' 1 ny, ');
    expect(await summary(['X'], ['X'])).toContain(' 0 nye, ');
  });
});
