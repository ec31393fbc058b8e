// `milepel gates` on the shipped plans, and `--baseline gate:<ref>` through a tagged revision in a real git repository.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { displayWidth } from '../../src/text/width.js';
import { gitTools } from '../helpers/git-repo.js';

describe('milepel gates on the shipped plans', () => {
  it('lists SSD-HOD with its NEHS meeting and readiness margin', async () => {
    const r = await runCli(['gates', 'plans', '--today', '2019-09-01', '--format', 'json']);
    expect(r.code).toBe(0);
    const gates = JSON.parse(r.stdout).gates;
    // MP8 is projected on 2020-01-08; 17 working days to 2020-01-31 (no holidays in between).
    expect(gates[0]).toEqual({
      ref: 'akson/SSD-HOD', title: 'Sentralt styringsdokument (SSD) oversendes HOD', model: null, date: '2020-01-31', decided: null,
      body: 'NEHS', meeting: 'NEHS@2020-01-22', ready: { milestone: 'akson/MP8', projected: '2020-01-08', lead: '0d', margin: 17 }, ok: true,
    });
    // KS2 is in a comment only: the seed gives it no date and no deciding body, which a gate needs (SPEC §1.7).
    expect(gates).toHaveLength(1);
  });

  it('prints a table in Norwegian', async () => {
    const r = await runCli(['gates', 'plans', '--today', '2019-09-01', '--locale', 'nb', '--width', '160']);
    expect(r.stdout).toMatch(/^akson\/SSD-HOD +Sentralt styringsdokument \(SSD\) oversendes HOD +31\.01\.2020 +NEHS +NEHS@2020-01-22 +MP8 08\.01\.2020 +\+17 ad +ok$/m);
  });

  it('draws the gate in the Gantt chart with its own glyph and legend entry', async () => {
    const r = await runCli(['gantt', 'plans', '--plan', 'akson', '--today', '2019-09-01', '--width', '100']);
    expect(r.stdout).toMatch(/SSD-HOD .*■/);
    expect(r.stdout).toContain('■ decision point (gate)');
  });
});

// Testers' findings: at 80 columns whole columns were dropped while the titles stayed; a gate failing both checks
// showed one status; a gate dated by a period showed the period's last day, not the period as written.
describe('milepel gates as text at a width', () => {
  const files = {
    'ws/p.yaml': `plan: {id: p, title: P, status_date: 2024-01-10}
bodies: [{id: NEHS, name: N}]
meetings: [{body: NEHS, date: 2024-04-10}]
milestones:
  - {id: M1, title: Ferdig, date: 2024-03-20}
gates:
  - {id: BP2, title: "Beslutningspunkt 2 — 数字健康 ✅ godkjent av e-helsestyret og departementet", date: 2024-Q1, body: NEHS, ready: {milestone: M1, lead: 10d}}
  - {id: BP3, title: Tre, date: 2024-06, decided: 2024-06-14}
`,
  };
  const run = (width: number, locale = 'en'): Promise<{ stdout: string }> => runCli(['gates', 'ws', '--width', String(width), '--locale', locale], { files, diskRoots: [] });

  it.each([40, 60, 80, 100, 120, 160])('fits %i columns and keeps every fact: the whole title when it has a line, every column, both failures, the period (nb in words)', async (width) => {
    for (const [locale, failures, period, facts] of [
      ['en', 'NO MEETING, LATE', '2024-Q1', ['NEHS', '– (next NEHS@2024-04-10)', 'M1 2024-03-20', '−4 wd', '2024-06-14 decided']],
      ['nb', 'INGEN MØTE, FOR SENT', '1. kv. 2024', ['NEHS', '– (neste NEHS@2024-04-10)', 'M1 20.03.2024', '−4 ad', '14.06.2024 besluttet']],
    ] as const) {
      const out = (await run(width, locale)).stdout;
      for (const line of out.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      for (const fact of [failures, period, 'p/BP2', 'p/BP3', ...facts]) expect(out).toContain(fact);
      expect(out).not.toContain('2024-03-31');
      expect(out).toMatch(/Beslutningspunkt 2/);
    }
  });

  it('cuts the title with an ellipsis while it keeps 16 columns, else gives it a line of its own', async () => {
    // BP3's status (NO BODY, FUTURE DECISION: decided after the status date) sets the status column's width.
    expect((await run(128)).stdout.split('\n')[1]).toBe('p/BP2  Beslutningspunkt 2 …  2024-Q1             NEHS  – (next NEHS@2024-04-10)  M1 2024-03-20   −4 wd  NO MEETING, LATE');
    expect((await run(158)).stdout.split('\n')[1]).toBe('p/BP2  Beslutningspunkt 2 — 数字健康 ✅ godkjent av e-he…  2024-Q1             NEHS  – (next NEHS@2024-04-10)  M1 2024-03-20   −4 wd  NO MEETING, LATE');
    expect((await run(80)).stdout.split('\n').slice(0, 4)).toEqual([
      'Gate   Date                Margin  Status',
      'p/BP2  2024-Q1              −4 wd  NO MEETING, LATE',
      '  Beslutningspunkt 2 — 数字健康 ✅ godkjent av e-helsestyret og departementet',
      '  Body: NEHS  Meeting: – (next NEHS@2024-04-10)  Ready: M1 2024-03-20',
    ]);
  });
});

// A tester's findings (session 14): a gate whose body names nothing, or that names none, was reported ok; the model
// was not shown; wd was not explained; long references ran past the width.
describe('milepel gates: the deciding body, the model, the margin\'s unit, long references', () => {
  const files = {
    'ws/programme-with-a-long-name.yaml': `plan: {id: programme-with-a-long-name, title: P, status_date: 2019-09-01}
bodies: [{id: NASJONALT-E-HELSESTYRE, name: NEHS}]
meetings: [{body: NASJONALT-E-HELSESTYRE, date: 2019-09-20}]
milestones:
  - {id: READINESS-MILESTONE-WITH-A-LONG-ID, title: Ready, date: 2019-09-02}
gates:
  - {id: G1, title: Unknown body, date: 2019-10-01, body: NOPE, ready: {milestone: READINESS-MILESTONE-WITH-A-LONG-ID}}
  - {id: G2, title: No body, date: 2019-10-01}
  - {id: G3, title: Not dated, model: statens-prosjektmodell}
  - {id: BESLUTNINGSPUNKT-3-GJENNOMFOERING-MED-LANG-ID, model: prosjektveiviseren, date: 2019-10-01, body: NASJONALT-E-HELSESTYRE}
`,
  };
  const run = (args: readonly string[]): Promise<{ code: number; stdout: string }> => runCli(['gates', 'ws', ...args], { files, diskRoots: [] });

  it('a gate without a known deciding body is not ok, in text and in JSON; an undated gate without one is not checked, so not ok', async () => {
    const json = await run(['--format', 'json']);
    expect(json.code).toBe(1); // unknown-reference
    const gates = JSON.parse(json.stdout).gates;
    // G3 has no date: nothing is checked, and `ok` says so as the text does (tester round 97 F10: it read ok: true).
    expect(gates.map((g: { ok: boolean }) => g.ok)).toEqual([false, false, false, true]);
    expect(Object.keys(gates[0])).toEqual(['ref', 'title', 'model', 'date', 'decided', 'body', 'meeting', 'ready', 'ok']);
    const en = (await run(['--width', '300'])).stdout;
    expect(en).toMatch(/^programme-with-a-long-name\/G1 .* UNKNOWN BODY$/m);
    expect(en).toMatch(/^programme-with-a-long-name\/G2 .* NO BODY$/m);
    expect(en).toMatch(/^programme-with-a-long-name\/G3 +Not dated +statens-prosjektmodell +not dated +NOT CHECKED$/m);
    const nb = (await run(['--width', '300', '--locale', 'nb'])).stdout;
    expect(nb).toMatch(/G1 .* UKJENT ORGAN$/m);
    expect(nb).toMatch(/G2 .* INGEN ORGAN$/m);
  });

  it('shows each gate\'s model, in its column or on a line under the gate, and explains wd/ad', async () => {
    for (const width of [40, 60, 80, 120, 160]) {
      for (const [locale, legend] of [['en', 'Margin in working days (wd)'], ['nb', 'Margin i arbeidsdager (ad)']] as const) {
        const out = (await run(['--width', String(width), '--locale', locale])).stdout;
        for (const line of out.trimEnd().split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
        expect(out.match(/statens-prosjektmodell/g), out).toHaveLength(1);
        expect(out.match(/prosjektveiviseren/g), out).toHaveLength(1);
        expect(out).toContain(legend);
      }
    }
    // No gate with a readiness milestone: no margin, no legend.
    const plans = await runCli(['gates', 'plans', '--plan', 'governance', '--width', '80']);
    expect(plans.stdout).not.toContain('working days');
  });
});

describe('edits leave gates alone', () => {
  it('snapshot skips the gate node; set refuses a gate with one line', async () => {
    const snap = await runCli(['snapshot', 'plans', '--today', '2019-09-01']);
    expect(snap.stderr).toBe('');
    expect(snap.code).toBe(0);
    expect(snap.stdout).not.toContain('SSD-HOD');
    const set = await runCli(['set', 'akson/SSD-HOD', '--forecast', '2020-02-03', 'plans']);
    expect(set.code).toBe(2);
    expect(set.stderr).toMatch(/^milepel: "akson\/SSD-HOD" is a gate \(decision point\), not a milestone: .*\(nothing written\)\n$/);
  });
});

describe('--baseline gate:<ref>', () => {
  let repo = '';
  const { git, initRepo, milepel, milepelIn } = gitTools(() => repo);
  const plan = (forecast: string): string => `plan: {id: p, title: P, status_date: 2021-02-01, rules: {gate-decision: off}}
bodies: [{id: B, name: Board}]
milestones:
  - {id: A, title: A, date: 2021-03-01, forecast: ${forecast}}
gates:
  - {id: BP3, model: prosjektveiviseren, date: 2021-02-15, body: B, baseline: p-bp3}
  - {id: BP4, model: prosjektveiviseren, date: 2021-06-15, body: B, baseline: no-such-tag}
  - {id: BP5, model: prosjektveiviseren, date: 2021-12-15, body: B}
`;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'milepel-gate-baseline-'));
    mkdirSync(join(repo, 'plans'));
    initRepo();
    writeFileSync(join(repo, 'plans', 'p.yaml'), plan('2021-03-05'));
    git('add', '.');
    git('commit', '-qm', 'approved at BP3');
    git('tag', 'p-bp3');
    writeFileSync(join(repo, 'plans', 'p.yaml'), plan('2021-03-10'));
    git('commit', '-qam', 'forecast moved');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('slippage measures against the plan as it was at the gate\'s tag', () => {
    const r = milepel('slippage', '--baseline', 'gate:p/BP3', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout).milestones[0];
    expect(a).toMatchObject({ ref: 'p/A', baseline: '2021-03-05', projected: '2021-03-10', slip_days: 5, slip_workdays: 3 });
    // Against the plan itself the baseline is the planned date.
    expect(JSON.parse(milepel('slippage', '--format', 'json').stdout).milestones[0].baseline).toBe('2021-03-01');
  });

  it('gantt draws the baseline from the gate, from a subdirectory too', () => {
    const args = ['--baseline', 'gate:BP3', '--width', '80', '--ascii', '--from', '2021-02-01', '--to', '2021-04-30'];
    const r = milepel('gantt', ...args);
    expect(r.code).toBe(0);
    // The planned date from the tag (o, 5 March) before the projected one (#, 10 March).
    expect(r.stdout).toMatch(/^ A A .*o[-=]+#/m);
    // Against the plan itself the marker sits at the planned date, 1 March: further left.
    const column = (out: string): number => (/^ A A .*$/m.exec(out)?.[0] ?? '').indexOf('o');
    expect(column(milepel('gantt', ...args.slice(2)).stdout)).toBeLessThan(column(r.stdout));
    expect(column(milepel('gantt', ...args.slice(2)).stdout)).toBeGreaterThan(0);
    const sub = milepelIn(join(repo, 'plans'), 'gantt', '.', ...args);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toBe(r.stdout);
  });

  // A tester's finding: `cd /tmp && milepel slippage /repo/plans --baseline gate:a/BP3` said "the current directory is
  // not in a git repository"; the gate's revision is read in the repository that holds the plans.
  it('reads the gate\'s revision in the plans\' repository when run from outside it, for a directory or a file', () => {
    const outside = mkdtempSync(join(tmpdir(), 'milepel-gate-outside-'));
    try {
      const inside = milepelIn(repo, 'slippage', '--baseline', 'gate:p/BP3', '--format', 'json');
      expect(inside.code).toBe(0);
      for (const target of [join(repo, 'plans'), join(repo, 'plans', 'p.yaml')]) {
        const r = milepelIn(outside, 'slippage', target, '--baseline', 'gate:p/BP3', '--format', 'json');
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(JSON.parse(r.stdout).milestones).toEqual(JSON.parse(inside.stdout).milestones);
      }
      const missing = milepelIn(outside, 'gantt', join(repo, 'plans'), '--baseline', 'gate:p/BP4');
      expect(missing.stderr).toMatch(/^milepel: --baseline gate:p\/BP4: gate p\/BP4's baseline no-such-tag \(\/.*\/plans\/p\.yaml:\d+:\d+\) is not a revision of this repository; tag the commit approved at the gate/);
      cpSync(join(repo, 'plans'), join(outside, 'plans'), { recursive: true });
      const copy = milepelIn(outside, 'slippage', '--baseline', 'gate:p/BP3');
      expect(copy.code).toBe(2);
      expect(copy.stderr).toBe('milepel: --baseline gate:p/BP3: plans is not in a git repository, so the gate\'s baseline revision cannot be read there; give plans that are in the repository, or a baseline file or directory\n');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses an unknown gate, a gate without baseline and a revision that does not exist: one line, exit 2', () => {
    const unknown = milepel('slippage', '--baseline', 'gate:p/BP');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^milepel: --baseline gate:p\/BP: no gate p\/BP in the workspace; did you mean gate:p\/BP\d\?\n$/);
    // Nothing after `gate:` (tester round 86 F10: "no gate  in the workspace").
    const empty = milepel('slippage', '--baseline', 'gate:');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^milepel: --baseline gate:: no gate "" in the workspace/);
    // A mistyped --today is told before any baseline is read (tester round 86 F8: after it, and its warnings).
    const today = milepel('slippage', '--baseline', 'no-such-dir', '--today', 'garbage');
    expect(today.stderr).toBe('milepel: --today "garbage" is not a date: use YYYY-MM-DD or DD.MM.YYYY (e.g. 2019-09-01 or 01.09.2019)\n');
    const none = milepel('slippage', '--baseline', 'gate:p/BP5');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^milepel: --baseline gate:p\/BP5: gate p\/BP5 names no baseline revision; add `baseline: <tag or commit>`/);
    const missing = milepel('gantt', '--baseline', 'gate:p/BP4');
    expect(missing.code).toBe(2);
    // Said as the gate's, where its baseline is written (tester round 59 F2: `--baseline no-such-tag:plans` named an
    // option nobody typed, and no place to fix).
    expect(missing.stderr).toMatch(/^milepel: --baseline gate:p\/BP4: gate p\/BP4's baseline no-such-tag \(plans\/p\.yaml:\d+:\d+\) is not a revision of this repository; tag the commit approved at the gate, correct its baseline, or fetch it first/);
    expect(missing.stderr.split('\n')).toHaveLength(2);
  });
});

// Tester round 60 F4: a gate's baseline that starts with a dash, or names a commit from before the plans existed, was
// said as `--baseline -x:plans …` or "write before-plans:./plans", words for a --baseline the user never typed.
describe('a gate whose baseline is no revision, or a revision without the plans', () => {
  let repo = '';
  const { git, initRepo, milepel } = gitTools(() => repo);
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'milepel-gate-nopath-'));
    initRepo();
    writeFileSync(join(repo, 'README'), 'x\n');
    git('add', '.');
    git('commit', '-qm', 'before the plans');
    git('tag', 'before-plans');
    mkdirSync(join(repo, 'plans'));
    writeFileSync(join(repo, 'plans', 'p.yaml'), `plan: {id: p, title: P, status_date: 2021-02-01, rules: {gate-decision: off}}
bodies: [{id: B, name: Board}]
milestones:
  - {id: A, title: A, date: 2021-03-01}
gates:
  - {id: BP3, model: prosjektveiviseren, date: 2021-02-15, body: B, baseline: before-plans}
  - {id: BP4, model: prosjektveiviseren, date: 2021-06-15, body: B, baseline: "-x"}
`);
    git('add', '.');
    git('commit', '-qm', 'plans');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('names the gate and where its baseline is written, exit 2', () => {
    const noPath = milepel('slippage', '--baseline', 'gate:p/BP3');
    expect(noPath.code).toBe(2);
    expect(noPath.stderr).toBe("milepel: --baseline gate:p/BP3: gate p/BP3's baseline before-plans (plans/p.yaml:6:79) holds no plans; set the gate's baseline to the commit approved at the gate, one that has the plans\n");
    const dash = milepel('slippage', '--baseline', 'gate:p/BP4');
    expect(dash.code).toBe(2);
    expect(dash.stderr).toMatch(/^milepel: --baseline gate:p\/BP4: gate p\/BP4's baseline -x \(plans\/p\.yaml:7:\d+\) is not a revision of this repository;/);
  });
});

// A tester's finding: a gate whose `decided` does not exist vanished from every report, its unknown readiness
// milestone unreported and its baseline "no gate"; SPEC §4.1 (v2) leaves out only the wrong value.
describe('a gate with a date that does not exist', () => {
  const files = {
    'g/p.yaml': `bodies: [{id: NEHS, name: N}]
meetings: [{body: NEHS, date: 2026-03-02}]
plan: {id: g, title: G, status_date: 2026-03-01}
milestones: [{id: M1, title: m, date: 2026-03-10}]
gates:
  - {id: BP1, title: b, date: 2026-03-12, body: NEHS}
  - {id: BP2, title: b2, date: 2026-Q2, decided: 2026-02-30, body: NEHS, ready: {milestone: M3}}
  - {id: BP3, title: b3, date: 2026-13-01, body: NEHS}
`,
  };

  it('is listed without that date, and its other findings are still made', async () => {
    const r = await runCli(['gates', 'g', '--today', '2026-03-01', '--format', 'json'], { files, diskRoots: [] });
    expect(r.code).toBe(1);
    const gates = JSON.parse(r.stdout).gates as { ref: string; date: string | null; decided: string | null }[];
    expect(gates.map((x) => [x.ref, x.date, x.decided])).toEqual([['g/BP1', '2026-03-12', null], ['g/BP2', '2026-06-30', null], ['g/BP3', null, null]]);
    expect(r.stderr).toMatch(/g\/p\.yaml:7:50: error: .*2026-02-30.*\[invalid-date\]/);
    expect(r.stderr).toMatch(/g\/p\.yaml:8:32: error: .*2026-13-01.*\[invalid-date\]/);
    expect(r.stderr).toMatch(/g\/p\.yaml:7:\d+: error: .*"M3".*\[unknown-reference\]/);
  });
});

// A tester's finding: a gate with a milestone's id was "defined twice", as if two gates were.
describe('a gate with the id of a milestone of its plan', () => {
  // Tester round 25 F7: written above the milestone, the gate was told the milestone below it was "defined first".
  it('says the milestone keeps the id and that they share ids, en and nb, wherever the gate is written', async () => {
    const files = { 'g/p.yaml': 'plan: {id: g, title: G}\nmilestones:\n  - {id: M1, title: m, date: 2026-03-02}\ngates:\n  - {id: M1, title: g, date: 2026-03-12}\n' };
    const en = await runCli(['validate', 'g', '--today', '2026-01-01'], { files, diskRoots: [] });
    expect(en.stdout).toContain("g/p.yaml:5:10: error: gate g/M1 has the id of a milestone in g/p.yaml, which keeps it: a plan's milestones and gates share their ids [duplicate-id]");
    expect(en.stdout).toContain('= note: g/p.yaml:3:10: the milestone g/M1, which keeps the id\n   = hint: give this gate another id; references to g/M1 use the milestone\n');
    const nb = await runCli(['validate', 'g', '--today', '2026-01-01', '--locale', 'nb'], { files, diskRoots: [] });
    expect(nb.stdout).toContain('beslutningspunkt g/M1 har samme id som en milepæl i g/p.yaml, som beholder den');
    expect(nb.stdout).toContain('milepælen g/M1, som beholder id-en');
    // Written above the milestones, the gate is still read after them: the milestone keeps the id.
    const gateFirst = { 'g/p.yaml': 'plan: {id: g, title: G}\ngates:\n  - {id: M1, title: g, date: 2026-03-12}\nmilestones:\n  - {id: M1, title: m, date: 2026-03-02}\n' };
    const reversed = await runCli(['validate', 'g', '--today', '2026-01-01'], { files: gateFirst, diskRoots: [] });
    expect(reversed.stdout).toContain('g/p.yaml:3:10: error: gate g/M1 has the id of a milestone in g/p.yaml, which keeps it');
    expect(reversed.stdout).not.toContain('first');
  });
});

// A tester's finding: a readiness milestone on a Saturday, due the Friday before, was late with margin 0 ("0 wd LATE",
// "0 working days too late"). Late with no working day between counts as 1 working day.
describe('a late readiness milestone on a non-working day', () => {
  const files = {
    'ws/p.yaml': `plan: {id: p, title: P, status_date: 2024-01-01}
bodies: [{id: B, name: b}]
meetings: [{body: B, date: 2024-01-03}]
milestones:
  - {id: R, title: r, date: 2024-01-13}
  - {id: S, title: s, date: 2024-01-11}
  - {id: T, title: t, date: 2024-01-14}
gates:
  - {id: G, title: g, date: 2024-01-15, body: B, ready: {milestone: R, lead: 1d}}
  - {id: H, title: h, date: 2024-01-15, body: B, ready: {milestone: S, lead: 1d}}
  - {id: E, title: e, date: 2024-01-15, body: B, ready: {milestone: T, lead: 2ed}}
  - {id: F, title: f, date: 2024-01-16, body: B, ready: {milestone: R, lead: 2ed}}
`,
  };

  it('has margin -1, not 0, and says 1 working day too late; one on time keeps its margin', async () => {
    const r = await runCli(['gates', 'ws', '--today', '2024-01-01', '--format', 'json'], { files });
    const gates = JSON.parse(r.stdout).gates as { ref: string; ready: { margin: number }; ok: boolean }[];
    expect(gates.map((g) => [g.ref, g.ready.margin, g.ok])).toEqual([['p/G', -1, false], ['p/H', 1, true], ['p/E', -1, false], ['p/F', 0, true]]);
    const v = await runCli(['validate', 'ws', '--today', '2024-01-01'], { files });
    expect(v.stdout).toContain('1 working day too late');
    expect(v.stdout).not.toContain('0 working days too late');
  });

  // Tester round 70 F2: a Saturday after a Thursday due is 1 working day late (the Friday), as its float against a
  // Thursday deadline is; counted from the Monday it rolls to, the margin was -2.
  it('has the margin total float has when a working day lies between: a Saturday after a Thursday is -1', async () => {
    const ws = {
      'ws/p.yaml': `plan: {id: p, title: P, status_date: 2019-06-01}
bodies: [{id: B, name: b}]
meetings: [{body: B, date: 2019-06-18}]
milestones:
  - {id: E, title: e, date: 2019-07-27}
  - {id: D, title: d, date: 2019-07-27, deadline: 2019-07-25}
gates:
  - {id: G, title: g, date: 2019-08-01, body: B, ready: {milestone: E, lead: 5d}}
`,
    };
    const r = await runCli(['gates', 'ws', '--format', 'json'], { files: ws });
    expect((JSON.parse(r.stdout).gates as { ready: { margin: number } }[])[0]!.ready.margin).toBe(-1);
    const cp = await runCli(['critical-path', 'ws', '--format', 'json'], { files: ws });
    expect((JSON.parse(cp.stdout).milestones as { ref: string; float: number }[]).find((m) => m.ref === 'p/D')!.float).toBe(-1);
    const v = await runCli(['validate', 'ws'], { files: ws });
    expect(v.stdout).toContain('p/E is projected on 2019-07-27, 1 working day too late for gate p/G (2019-08-01)');
  });
});

