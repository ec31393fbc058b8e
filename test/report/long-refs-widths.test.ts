// Every line of slippage (with --trend), risk, critical-path and gates within --width 40–120, en and nb, on the
// shipped plans and on a plan with long ids (a tester's finding, session 14: slippage 66 and risk 78 columns at
// --width 60, 103–122 columns at 80 with long references; risk's legend 62–64 columns).
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { cutRef, distinctCuts } from '../../src/report/table-cells.js';

const LONG = {
  'ws/programme-with-a-long-name.yaml': `plan: {id: programme-with-a-long-name, title: Programme with a long name and a longer title than a terminal line, status_date: 2019-09-01}
bodies: [{id: NASJONALT-E-HELSESTYRE, name: NEHS}]
meetings: [{body: NASJONALT-E-HELSESTYRE, date: 2019-12-04}]
milestones:
  - {id: READINESS-MILESTONE-WITH-A-LONG-ID, title: Ready, date: 2019-11-29, forecast: 2019-12-20,
     history: [{reported: 2019-06-01, forecast: 2019-11-29}, {reported: 2019-08-01, forecast: 2019-12-20}]}
  - {id: ANOTHER-MILESTONE-WITH-AN-EVEN-LONGER-ID-THAN-THAT, title: Next, date: 2020-01-31, after: [READINESS-MILESTONE-WITH-A-LONG-ID], deadline: 2020-01-15}
gates:
  - {id: BESLUTNINGSPUNKT-3-GJENNOMFOERING, title: Gjennomføring, model: prosjektveiviseren, date: 2019-12-10, body: NASJONALT-E-HELSESTYRE, ready: {milestone: READINESS-MILESTONE-WITH-A-LONG-ID, lead: 10d}}
`,
};
const REPORTS = [['slippage', '--trend'], ['risk', '--iterations', '200'], ['critical-path'], ['gates']] as const;

describe('text reports fit --width with long references', () => {
  for (const [name, workspace, opts] of [['shipped plans', 'plans', {}], ['long ids', 'ws', { files: LONG, diskRoots: [] }]] as const) {
    for (const report of REPORTS) {
      it(`${report.join(' ')} on the ${name}`, async () => {
        for (const width of [40, 60, 80, 120]) {
          for (const locale of ['en', 'nb']) {
            const r = await runCli([...report, workspace, '--width', String(width), '--locale', locale, '--no-color', '--today', '2019-09-01'], opts);
            expect(r.code, r.stderr).toBe(0);
            const over = r.stdout.split('\n').filter((line) => stringWidth(line) > width);
            expect(over, `${report[0]} --width ${width} --locale ${locale}`).toEqual([]);
          }
        }
      });
    }
  }

  it('a long reference is cut with an ellipsis (its plan id first, then the id\'s middle), its title moved under it', async () => {
    const r = await runCli(['slippage', 'ws', '--width', '60', '--no-color'], { files: LONG, diskRoots: [] });
    expect(r.stdout).toContain('  Ready\n');
    expect(r.stdout).toMatch(/^slipped +…\/READINESS-MILE\S*…\S*WITH-A-LONG-ID +2019-12-20 +\+21$/m);
  });
});

// Tester round 67 F4: one 82-character id took 48 of 80 columns, left the titles 7 and hid Current and Latest.
describe('one long id among short ones does not starve the titles or hide columns', () => {
  const files = {
    'ws/ts.yaml': `plan: {id: ts, title: T, status_date: 2019-09-02}
milestones:
  - {id: MP1, title: "Prosjektplan, organisering og møteplan er ferdigstilt", date: 2019-09-10}
  - {id: MP2, title: Leverandørdialog er fullført, date: 2019-09-20, after: [MP1]}
  - {id: Sentralt-styringsdokument-SSD-versjon-0.9-sendt-til-prosjektstyret-for-behandling, title: SSD sendt, date: 2019-10-15, after: [MP2]}
`,
  };

  it('critical-path at 80 columns: the id cut to a quarter of the width (20), every column shown', async () => {
    const r = await runCli(['critical-path', 'ws', '--width', '80', '--no-color'], { files, diskRoots: [] });
    const table = r.stdout.split('\n').slice(r.stdout.split('\n').indexOf('Milestones') + 1, -1);
    expect(table.slice(0, 4)).toEqual([
      '     ID                    Title       Current     Projected   Latest      Float',
      '     MP1                   Prosjektp…  2019-09-10  2019-09-10  2019-10-15     25',
      '     MP2                   Leverandø…  2019-09-20  2019-09-20  2019-10-15     17',
      '*    Sentralt-s…ehandling  SSD sendt   2019-10-15  2019-10-15  2019-10-15      0',
    ]);
    expect(r.stdout).not.toContain('Not shown');
  });

  it('the width a "Not shown" line names shows every column, in critical-path and slippage (tester round 68 F2)', async () => {
    for (const report of ['critical-path', 'slippage']) {
      for (let width = 40; width <= 140; width += 3) {
        const r = await runCli([report, 'ws', '--width', String(width), '--no-color'], { files, diskRoots: [] });
        const named = /--width (\d+) shows/.exec(r.stdout.replace(/\n +/g, ' '))?.[1];
        if (named === undefined) continue;
        const at = await runCli([report, 'ws', '--width', named, '--no-color'], { files, diskRoots: [] });
        expect(at.stdout, `${report} --width ${width} named ${named}`).not.toContain('Not shown');
      }
    }
  });

  it('slippage at 100 columns shows every column, the reference cut to a quarter of the width (25)', async () => {
    const r = await runCli(['slippage', 'ws', '--width', '100', '--no-color'], { files, diskRoots: [] });
    expect(r.stdout).not.toContain('Not shown');
    expect(r.stdout).toMatch(/^on track {2}ts\/MP1 {21}Prosjektplan, … {2}2019-09-10 {2}2019-09-10 +0 +0 +25$/m);
    expect(r.stdout).toMatch(/^on track {2}…\/Sentralt-st…-behandling {2}SSD sendt /m);
  });

  // Tester round 68 F3: the trend table, its chart's legend and the meetings matrix had no cap.
  const trend = {
    'ws/ts.yaml': `plan: {id: helseplattformen-regional-innforing-midt-norge-fase-to, title: T, status_date: 2019-09-02}
milestones:
  - {id: MP1, title: "Prosjektplan, organisering og møteplan er ferdigstilt", date: 2019-09-10, forecast: 2019-09-20,
     history: [{reported: 2019-08-01, forecast: 2019-09-10}, {reported: 2019-09-02, forecast: 2019-09-20}]}
  - {id: Sentralt-styringsdokument-SSD-versjon-0.9-sendt-til-prosjektstyret-for-behandling, title: SSD sendt, date: 2019-10-15,
     history: [{reported: 2019-08-01, forecast: 2019-10-01}, {reported: 2019-08-15, forecast: 2019-10-08}, {reported: 2019-09-02, forecast: 2019-10-15}]}
`,
  };

  it('slippage --trend at 80 columns: every report date shown, the references cut in the middle to keep their ids', async () => {
    const r = await runCli(['slippage', 'ws', '--trend', '--width', '80', '--no-color'], { files: trend, diskRoots: [] });
    expect(r.stdout).not.toContain('not shown');
    expect(r.stdout).toMatch(/^Milestone +2019-08-01 {2}2019-08-15 {2}2019-09-02 {2}Moved d$/m);
    expect(r.stdout).toMatch(/^helseplattformen-regi\S*…\/MP1 +2019-09-10 +2019-09-20 +\+10$/m);
    expect(r.stdout).toMatch(/^…\/Sentralt-s\S*…\S*behandling {2}2019-10-01 {2}2019-10-08 {2}2019-10-15 +\+14$/m);
    // The chart's legend: rows told apart by their ids, each title given room.
    expect(r.stdout).toMatch(/^A {2}helseplattformen-\S*…\/MP1 {2}Prosjektplan, organiser/m);
    expect(r.stdout).toMatch(/^B {2}…\/Sentralt-\S*…\S*behandling {2}SSD sendt$/m);
  });

  it('meetings at 100 columns: a long id cut to a quarter of the width, so that four bodies share a table', async () => {
    const bodies = ['PS', 'KR', 'NEHS', 'AU', 'FU'];
    const files = {
      'ws/m.yaml': `plan: {id: m, title: M, status_date: 2019-09-02, governance: {require: [${bodies.join(', ')}]}}
bodies: [${bodies.map((b) => `{id: ${b}, name: ${b}}`).join(', ')}]
meetings: [${bodies.map((b) => `{body: ${b}, date: 2019-08-22}`).join(', ')}]
milestones:
  - {id: MP1, title: A, date: 2019-09-10}
  - {id: Sentralt-styringsdokument-SSD-versjon-0.9-sendt-til-prosjektstyret-for-behandling, title: B, date: 2019-09-20}
`,
    };
    const r = await runCli(['meetings', 'ws', '--width', '100', '--no-color'], { files, diskRoots: [] });
    const headers = r.stdout.split('\n').filter((l) => l.startsWith('Milestone'));
    expect(headers.map((h) => h.split(/ {2,}/).slice(2))).toEqual([['PS', 'KR', 'NEHS', 'AU'], ['FU']]);
    expect(r.stdout.split('\n').every((l) => stringWidth(l) <= 100)).toBe(true);
  });
});

// Tester round 71 F4: ids that differ only in their middle (a version number) were cut alike, and their rows could not
// be told apart in the trend table, its legend and the meetings matrix.
describe('ids that differ in their middle stay apart when cut', () => {
  const id = (v: string, end = 'behandling'): string => `Sentralt-styringsdokument-SSD-versjon-${v}-sendt-til-prosjektstyret-for-${end}`;
  const versions = ['0.9', '1.0', '2.0'];
  const files = {
    'ws/p.yaml': `plan: {id: p, title: P, status_date: 2019-09-02, governance: {require: [PS]}}
bodies: [{id: PS, name: PS}]
meetings: [{body: PS, date: 2019-08-22}]
milestones:
${versions.map((v, k) => `  - {id: ${id(v)}, title: T${k}, date: 2019-10-1${k}, history: [{reported: 2019-08-01, forecast: 2019-10-0${k + 1}}]}`).join('\n')}
  - {id: ${id('0.9', 'godkjenning')}, title: T3, date: 2019-10-14}
`,
  };

  it('in the trend table and its legend, and in the meetings matrix, at several widths', async () => {
    for (const width of [60, 80, 100]) {
      const trend = await runCli(['slippage', 'ws', '--trend', '--width', String(width), '--no-color'], { files, diskRoots: [] });
      const rows = trend.stdout.split('\n');
      const table = rows.slice(rows.findIndex((l) => l.startsWith('Forecast trend')) + 3).slice(0, 4).map((l) => l.split(/ {2,}/)[0]);
      expect(new Set(table).size, `trend --width ${width}: ${table.join(' | ')}`).toBe(4);
      const legend = rows.filter((l) => /^[A-D] {2}/.test(l)).map((l) => l.split(/ {2,}/)[1]);
      expect(new Set(legend).size, `legend --width ${width}`).toBe(legend.length);
      const meetings = await runCli(['meetings', 'ws', '--width', String(width), '--no-color'], { files, diskRoots: [] });
      const ids = meetings.stdout.split('\n').filter((l) => /^(Sentralt|…)/.test(l)).map((l) => l.split(/ {2,}/)[0]);
      expect(ids.length).toBe(4);
      expect(new Set(ids).size, `meetings --width ${width}: ${ids.join(' | ')}`).toBe(4);
      for (const out of [trend.stdout, meetings.stdout]) expect(out.split('\n').every((l) => stringWidth(l) <= width)).toBe(true);
    }
  });
});

// Tester round 71 F4: risk's "Drivers of" headings and driver rows were cut at their end, so a long plan id left no
// milestone id at 60 columns.
describe('risk drivers of long references', () => {
  const plan = 'helseplattformen-regional-innforing-midt-norge-fase-to';
  const files = {
    'ws/p.yaml': `plan: {id: ${plan}, title: P, status_date: 2019-09-02}
milestones:
  - {id: MP1, title: a, date: 2019-10-10, duration: 2d..5d..9d}
  - {id: Sentralt-styringsdokument-SSD-versjon-0.9-sendt-til-prosjektstyret-for-behandling, title: b, date: 2019-10-20, after: [MP1], duration: 2d..4d..8d}
  - {id: Sentralt-styringsdokument-SSD-versjon-1.0-sendt-til-prosjektstyret-for-behandling, title: c, date: 2019-10-21, after: [MP1], duration: 2d..4d..8d}
`,
  };

  it('keep their ids, told apart, within the width', async () => {
    const r = await runCli(['risk', 'ws', '--iterations', '200', '--width', '60', '--no-color'], { files, diskRoots: [] });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.every((l) => stringWidth(l) <= 60)).toBe(true);
    const headings = lines.filter((_, k) => k > 0 && lines[k - 1]!.trim() === 'Drivers of').map((l) => l.trim());
    expect(headings.length).toBeGreaterThanOrEqual(2);
    expect(new Set(headings).size).toBe(headings.length);
    expect(headings.some((h) => h.includes('versjon-0.9'))).toBe(true);
    expect(headings.some((h) => h.includes('versjon-1.0'))).toBe(true);
    expect(r.stdout).toMatch(/\/MP1\n/);
  });
});

// Tester round 72 F1: ids that differ in several places (first letter, a version, last letter) stayed alike.
describe('ids that differ in several places stay apart when cut', () => {
  const ids = ['A', 'B'].flatMap((a) => ['1.0', '2.0'].flatMap((v) => ['x', 'y'].map((z) => `${a}Sentralt-styringsdokument-SSD-versjon-${v}-sendt-til-prosjektstyret-for-behandling-og-godkjenning-${z}`)));
  const files = {
    'ws/p.yaml': `plan: {id: p, title: P, status_date: 2019-09-02}
milestones:
${ids.map((id, k) => `  - {id: ${id}, title: T${k}, date: 2019-10-1${k}, history: [{reported: 2019-08-01, forecast: 2019-10-0${k + 1}}]}`).join('\n')}
`,
  };

  it('in slippage and its trend chart\'s legend, and as distinctCuts gives them', async () => {
    for (const width of [60, 80]) {
      const r = await runCli(['slippage', 'ws', '--trend', '--width', String(width), '--no-color'], { files, diskRoots: [] });
      const lines = r.stdout.split('\n');
      expect(lines.every((l) => stringWidth(l) <= width)).toBe(true);
      const rows = lines.filter((l) => /^(on track|slipped) /.test(l)).map((l) => l.split(/ {2,}/)[1]);
      expect(rows.length).toBe(8);
      expect(new Set(rows).size, `--width ${width}: ${rows.join(' | ')}`).toBe(8);
      const legend = lines.filter((l) => /^[A-H] {2}/.test(l)).map((l) => l.split(/ {2,}/)[1]);
      expect(new Set(legend).size, `legend --width ${width}: ${legend.join(' | ')}`).toBe(8);
    }
    for (const width of [16, 24, 40]) {
      const cuts = distinctCuts(ids, width, (t) => cutRef(t, width));
      const shown = ids.map((t) => cuts.get(t) ?? cutRef(t, width));
      expect(new Set(shown).size, shown.join(' | ')).toBe(8);
      expect(shown.every((t) => t.length <= width)).toBe(true);
    }
  });
});

// Tester round 72 F2: the critical paths of three plans whose ids differ in their middle all read alike.
describe('critical paths of plans whose ids differ in their middle', () => {
  const plans = ['helseplattformen-regional-innforing-midt-norge-del-1', 'helseplattformen-regional-innforing-midt-norge-del-2', 'helseplattformen-regional-innforing-nord-norge-del-1'];
  const files = Object.fromEntries(plans.map((p) => [`ws/${p}.yaml`, `plan: {id: ${p}, title: P, status_date: 2019-09-02}
milestones:
  - {id: Sentralt-styringsdokument-SSD-sendt-til-behandling, title: T1, date: 2019-10-10}
  - {id: Sentralt-styringsdokument-SSD-godkjent-av-styret, title: T2, date: 2019-10-11, after: [Sentralt-styringsdokument-SSD-sendt-til-behandling]}
`]));

  it('are told apart, within the width', async () => {
    for (const width of [40, 60]) {
      const r = await runCli(['critical-path', 'ws', '--width', String(width), '--no-color'], { files, diskRoots: [] });
      const lines = r.stdout.split('\n');
      expect(lines.every((l) => stringWidth(l) <= width)).toBe(true);
      const section = lines.slice(lines.indexOf('Critical paths') + 1, lines.indexOf('Milestones'));
      const starts = section.filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim());
      expect(starts.length).toBe(3);
      expect(new Set(starts).size, `--width ${width}: ${starts.join(' | ')}`).toBe(3);
      // The plans' headings over their rows too (cut at their end they read alike).
      const headings = lines.filter((l) => l.includes(' — P'));
      expect(headings.length).toBe(3);
      expect(new Set(headings).size, headings.join(' | ')).toBe(3);
    }
    const risk = await runCli(['risk', 'ws', '--iterations', '100', '--width', '40', '--no-color'], { files, diskRoots: [] });
    const riskHeadings = risk.stdout.split('\n').filter((l) => l.endsWith(': P'));
    expect(riskHeadings.length).toBe(3);
    expect(new Set(riskHeadings).size, riskHeadings.join(' | ')).toBe(3);
    expect(riskHeadings.every((l) => stringWidth(l) <= 40)).toBe(true);
  });
});
