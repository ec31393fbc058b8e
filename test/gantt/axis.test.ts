// Gantt axes (issue #12): a year at every year change at every scale, tick labels at one regular step, a --scale
// that cannot fit refused with exit 2 naming the largest scale that fits; the trend chart's last label whole.
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { parseDayDate, ymdOf } from '../../src/calendar/index.js';
import { chooseTickLabels, chooseUpperLabels } from '../../src/report/gantt/axis.js';
import { createColumnMap, snapRange, type Scale } from '../../src/report/gantt/scale.js';
import { monthName } from '../../src/report/locale.js';
import { runCli } from '../helpers/fake-io.js';

const d = (text: string): number => parseDayDate(text)!;

function mapOf(from: string, to: string, scale: Scale, columns: number): ReturnType<typeof createColumnMap> {
  const r = snapRange(d(from), d(to), scale);
  return createColumnMap(r.from, r.to, columns);
}

describe('a year label at every year change', () => {
  const cases: readonly [Scale, string, string, number][] = [
    ['day', '2019-12-20', '2020-01-20', 40], ['day', '2019-12-01', '2020-01-31', 62],
    ['week', '2019-05-22', '2021-03-01', 92], ['week', '2019-05-22', '2022-12-31', 190], ['week', '2019-11-01', '2020-02-01', 14],
    ['month', '2019-05-22', '2022-12-31', 44], ['month', '2019-05-22', '2022-12-31', 80],
    ['quarter', '2019-05-22', '2022-12-31', 38], ['quarter', '2019-12-01', '2023-03-31', 34],
  ];
  for (const [scale, from, to, columns] of cases) {
    for (const locale of ['en', 'nb'] as const) {
      it(`${scale} ${from}–${to} in ${columns} columns (${locale})`, () => {
        const map = mapOf(from, to, scale, columns);
        const labels = chooseUpperLabels(map, scale, locale);
        const text = labels.map((l) => l.text).join(' ');
        // The first label carries its year, and so does every year change inside the chart.
        expect(labels[0]!.text).toMatch(/\d{4}/);
        for (let y = ymdOf(map.from).year + 1; y <= ymdOf(map.to).year; y++) expect(text, `year ${y}`).toContain(String(y));
        for (let i = 1; i < labels.length; i++) expect(labels[i]!.column).toBeGreaterThan(labels[i - 1]!.column + stringWidth(labels[i - 1]!.text));
        for (const l of labels) expect(l.column + stringWidth(l.text)).toBeLessThanOrEqual(columns);
      });
    }
  }
});

describe('tick labels at one regular step', () => {
  const months = new Map<string, number>();
  for (let m = 1; m <= 12; m++) months.set(monthName(m, 'en', true), m);
  for (const columns of [14, 20, 30, 44, 47, 60, 90]) {
    it(`months over four years in ${columns} columns: aligned to the calendar, one step`, () => {
      const map = mapOf('2019-05-22', '2022-12-31', 'month', columns);
      const { step, labels } = chooseTickLabels(map, 'month', 'en');
      expect(labels.length).toBeGreaterThan(1);
      const index = labels.map((l) => months.get(l.text)!);
      for (const m of index) expect((m - 1) % step).toBe(0);
      const gaps = index.slice(1).map((m, i) => (m - index[i]! + 12) % 12 || 12);
      expect(new Set(gaps)).toEqual(new Set([step]));
    });
  }

  it('weeks: the same number of weeks between every two labels', () => {
    const map = mapOf('2019-05-22', '2020-02-01', 'week', 73);
    const { step, labels } = chooseTickLabels(map, 'week', 'nb');
    expect(step).toBeGreaterThan(1);
    const weeks = labels.map((l) => Number(l.text.replace('uke ', '')));
    const gaps = weeks.slice(1).map((w, i) => (w - weeks[i]! + 52) % 52);
    expect(new Set(gaps)).toEqual(new Set([step]));
  });
});

describe('year labels over thousands of years', () => {
  // A tester's finding (session 11): from 0001 to 9999 the labels stopped at 5000, half-way along the axis.
  const files = { 'ws/a.yaml': 'plan: {id: a, title: A}\nmilestones:\n  - {id: A, title: first, date: 0001-01-01}\n  - {id: B, title: last, date: 9999-12-31}\n' };
  const cases: readonly [number, string][] = [[40, '2500 5000 7500'], [60, '2000 4000 6000 8000'], [80, '1000 2000 3000 4000 5000 6000 7000 8000 9000']];
  for (const [width, expected] of cases) {
    it(`0001–9999 at --width ${width}: labelled to the end of the axis`, async () => {
      const r = await runCli(['gantt', 'ws', '--width', String(width), '--today', '2024-01-01'], { files, diskRoots: [] });
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout.split('\n');
      const rule = lines.findIndex((l) => l.includes('┬'));
      expect(lines[rule - 1]!.trim().split(/\s+/).join(' ')).toBe(expected);
    });
  }

  it('every year of the range is a tick, however many', () => {
    const map = mapOf('0001-01-01', '9999-12-31', 'year', 2000);
    const { labels } = chooseTickLabels(map, 'year', 'en');
    expect(labels.map((l) => l.text).at(-1)).toBe('9975');
  });
});

describe('gantt --scale that cannot fit', () => {
  // Tester round 18 #7: year scale always fits (several years to a column), and the suggestion says so instead of
  // reading as a year a column.
  it('suggests year with the years each column then holds when the range has more years than columns', async () => {
    const r = await runCli(['gantt', 'plans', '--from', '0001-01-01', '--to', '9999-12-31', '--scale', 'day', '--width', '80']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^milepel: --scale day does not fit 0001-01-01–9999-12-31 into 47 chart columns \(it needs 3652059, [^)]*\); the largest scale that fits is year, with 213 years to a column: use --scale year, /);
    const nb = await runCli(['gantt', 'plans', '--from', '0001-01-01', '--to', '9999-12-31', '--scale', 'day', '--width', '80', '--locale', 'nb']);
    expect(nb.stderr).toContain('den største skalaen som får plass, er year, med 213 år i hver kolonne: bruk --scale year,');
    // 47 years in 47 columns: a year a column, nothing added.
    const fitting = await runCli(['gantt', 'plans', '--from', '2000-01-01', '--to', '2046-12-31', '--scale', 'day', '--width', '80']);
    expect(fitting.stderr).toContain('the largest scale that fits is year: use --scale year,');
  });

  it('--scale day over 3.5 years: exit 2, one milepel: line naming the largest scale that fits and the width it needs', async () => {
    const r = await runCli(['gantt', 'plans', '--scale', 'day', '--width', '80']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    // It needs 1,447 columns, more than --width takes (1000): a --to that fits instead (a tester's finding, session 14).
    expect(r.stderr).toBe('milepel: --scale day does not fit 2019-05-22–2022-12-31 into 47 chart columns (it needs 1320, more than the widest --width, 1000, gives); the largest scale that fits is month: use --scale month, or a shorter range: --to 2019-07-07 or earlier (from 2019-05-22) fits this width\n');
    expect((await runCli(['gantt', 'plans', '--scale', 'day', '--width', '80', '--to', '2019-07-07'])).code).toBe(0);
    expect((await runCli(['gantt', 'plans', '--scale', 'day', '--width', '80', '--to', '2019-07-08'])).code).toBe(2);
    const nbDay = await runCli(['gantt', 'plans', '--scale', 'day', '--width', '80', '--locale', 'nb']);
    expect(nbDay.stderr).toBe('milepel: --scale day får ikke plass til 22.05.2019–31.12.2022 på 47 kolonner (trenger 1320, mer enn den største --width, 1000, gir); den største skalaen som får plass, er month: bruk --scale month, eller et kortere tidsrom: --to 07.07.2019 eller tidligere (fra 22.05.2019) får plass i denne bredden\n');
    const fits = await runCli(['gantt', 'plans', '--scale', 'month', '--width', '80']);
    expect(fits.code).toBe(0);
    // The width it names is the least that fits (tester round 67 F1: it named the widest label plus the chart, 316).
    const wide = await runCli(['gantt', 'plans', '--scale', 'week', '--width', '297']);
    expect(wide.code, wide.stderr).toBe(0);
    expect((await runCli(['gantt', 'plans', '--scale', 'week', '--width', '296'])).code).toBe(2);
    const nb = await runCli(['gantt', 'plans', '--scale', 'week', '--width', '80', '--locale', 'nb']);
    expect(nb.code).toBe(2);
    expect(nb.stderr).toBe('milepel: --scale week får ikke plass til 22.05.2019–31.12.2022 på 47 kolonner (trenger 189); den største skalaen som får plass, er month: bruk --scale month, --width 297 eller mer, eller en kortere --from/--to\n');
  });

  it('never suggests a --width that --width refuses (over 1000), at any scale and width', async () => {
    // 0026–1468: --scale day would need 526,947 columns (a tester's finding: it suggested --width 526964).
    const files = { 'ws/a.yaml': 'plan: {id: a, title: A}\nmilestones:\n  - {id: A, title: first, date: 0026-03-22}\n  - {id: B, title: last, date: 1468-12-13}\n' };
    for (const width of [40, 80, 1000]) {
      for (const scale of ['day', 'week', 'month', 'quarter']) {
        for (const [paths, opts] of [[['plans'], {}], [['ws'], { files, diskRoots: [] }]] as const) {
          const r = await runCli(['gantt', ...paths, '--scale', scale, '--width', String(width)], opts);
          for (const m of r.stderr.matchAll(/--width (\d+)/g)) {
            expect(Number(m[1]), r.stderr).toBeLessThanOrEqual(1000);
            // The least width that fits: it draws, one column less does not (tester round 67 F1).
            expect((await runCli(['gantt', ...paths, '--scale', scale, '--width', m[1]!], opts)).code, r.stderr).toBe(0);
            if (Number(m[1]) - 1 > width) expect((await runCli(['gantt', ...paths, '--scale', scale, '--width', String(Number(m[1]) - 1)], opts)).code, r.stderr).toBe(2);
          }
          const to = /--to (\S+) or earlier/.exec(r.stderr)?.[1];
          if (to !== undefined) expect((await runCli(['gantt', ...paths, '--scale', scale, '--width', String(width), '--to', to], opts)).code).not.toBe(2);
        }
      }
    }
  });

  it('a scale the range fits is drawn, and one chosen to fit is never refused', async () => {
    for (const width of [40, 60, 80, 120, 200]) {
      const r = await runCli(['gantt', 'plans', '--width', String(width)]);
      expect(r.code, r.stderr).toBe(0);
    }
    const short = await runCli(['gantt', 'plans', '--scale', 'day', '--from', '2019-09-01', '--to', '2019-09-30', '--width', '80']);
    expect(short.code, short.stderr).toBe(0);
  });
});

describe('slippage trend chart axis', () => {
  for (const width of [40, 50, 60, 80, 100, 120]) {
    it(`--width ${width}: every line fits and the last label is whole`, async () => {
      const r = await runCli(['slippage', 'plans', '--trend', '--today', '2019-09-01', '--width', String(width)]);
      const all = r.stdout.split('\n');
      const at = all.findIndex((l) => l.startsWith('Milestone trend analysis'));
      expect(at).toBeGreaterThan(0);
      const lines = all.slice(at);
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      const axis = lines.find((l) => /^\s{6,}\S/.test(l))!;
      const last = axis.trim().split(/\s+/).pop()!;
      expect(last).toMatch(/^(\d{4}|\d{4}-Q[1-4]|\d{4}-\d\d)$/);
    });
  }
});

// A tester's finding: an axis over a range inside one unit of its scale named nothing (year scale, May to July) or only
// the unit above (month scale within May: "2026"); the unit the range starts in is named at the left edge.
describe('an axis inside one unit names it', () => {
  const files = { 'ws/a.yaml': 'plan: {id: a, title: A}\nmilestones:\n  - {id: A, title: Inside, date: 2026-06-01}\n' };
  const cases: readonly [Scale, string, string, Record<'en' | 'nb', readonly string[]>][] = [
    ['year', '2026-05-01', '2026-07-15', { en: ['2026'], nb: ['2026'] }],
    ['quarter', '2026-05-03', '2026-06-15', { en: ['2026', 'Q2'], nb: ['2026', 'K2'] }],
    ['month', '2026-05-03', '2026-05-25', { en: ['2026', 'May'], nb: ['2026', 'mai'] }],
    ['week', '2026-05-12', '2026-05-14', { en: ['May 2026', 'W20'], nb: ['mai 2026', 'uke 20'] }],
  ];
  for (const [scale, from, to, expected] of cases) {
    for (const locale of ['en', 'nb'] as const) {
      for (const ascii of [[], ['--ascii']]) {
        it(`--scale ${scale} ${from}..${to} ${ascii.join('')} (${locale}): ${expected[locale].join(' / ')} at the left edge`, async () => {
          const args = ['gantt', 'ws', '--width', '80', '--today', '2026-05-15', '--scale', scale, '--from', from, '--to', to, '--locale', locale, ...ascii];
          const r = await runCli(args, { files, diskRoots: [] });
          expect(r.code, r.stderr).toBe(0);
          const lines = r.stdout.split('\n');
          const rule = lines.findIndex((l) => /^ +[-+v─┬▼]+$/.test(l));
          const labels = lines.slice(rule - expected[locale].length, rule);
          // The chart's columns start where the rule does.
          const left = lines[rule]!.search(/\S/);
          expect(labels.map((l) => l.slice(left))).toEqual(expected[locale]);
          for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
        });
      }
    }
  }
});
