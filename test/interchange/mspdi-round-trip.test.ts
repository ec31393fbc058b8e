// Round trip (SPEC §10): export --format mspdi, import the XML again, and the plan schedules as before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/fake-io.js';
import { P6_DIR } from './p6-files.js';

interface Row {
  readonly id: string;
  readonly projected: string;
  readonly latest: string | null;
  readonly float: number | null;
}

async function schedule(argv: readonly string[], files?: Record<string, string>): Promise<Row[]> {
  // A --today of its own replaces the default one (an option given twice with different values is refused).
  const today = argv.includes('--today') ? [] : ['--today', '2019-09-01'];
  const r = await runCli(['critical-path', ...argv, '--format', 'json', ...today], files === undefined ? {} : { files });
  return (JSON.parse(r.stdout) as { milestones: Row[] }).milestones.map(({ id, projected, latest, float }) => ({ id, projected, latest, float }));
}

describe('import(export(x)) schedules like x', () => {
  it.each(['akson'])('the shipped plan %s', async (plan) => {
    const exported = await runCli(['export', 'plans', '--format', 'mspdi', '--plan', plan, '--today', '2019-09-01']);
    expect(exported.stdout).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
    const imported = await runCli(['import', `${plan}.xml`, '--out', 'ws', '--plan-id', plan], { files: { [`${plan}.xml`]: exported.stdout } });
    // Every task carries Finish No Earlier Than on its own date, which is milepel's floor c(M): nothing is approximated.
    expect(imported.stderr).toBe(`${plan}.xml: imported exactly (nothing approximated or dropped)\n`);
    expect(imported.code).toBe(0);
    const text = imported.io.written.get(`ws/${plan}.yaml`) ?? '';
    const before = (await schedule(['plans', '--plan', plan])).sort((a, b) => (a.id < b.id ? -1 : 1));
    const after = (await schedule(['ws'], { [`ws/${plan}.yaml`]: text })).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(after.map((m) => [m.id, m.projected])).toEqual(before.map((m) => [m.id, m.projected]));
    expect(after).toEqual(before);
  });
});

/** Export the plan files, import the XML again: the import's run and the plan file it wrote. */
async function roundTrip(planId: string, yaml: string): Promise<{ code: number; stderr: string; text: string }> {
  const exported = await runCli(['export', 'a', '--format', 'mspdi'], { files: { [`a/${planId}.yaml`]: yaml } });
  expect(exported.code).toBe(0);
  const imported = await runCli(['import', `${planId}.xml`, '--out', 'ws'], { files: { [`${planId}.xml`]: exported.stdout } });
  return { code: imported.code, stderr: imported.stderr, text: imported.io.written.get(`ws/${planId}.yaml`) ?? '' };
}

describe('import(export(x)) keeps elapsed durations elapsed (SPEC §2 ed/ew, §10)', () => {
  const plan = `plan: {id: e, title: Elapsed, status_date: 2019-06-03}
milestones:
  - {id: A, title: A, date: 2019-06-03}
  - {id: B, title: B, date: 2019-07-03, after: [A], duration: 30ed}
  - {id: C, title: C, date: 2019-06-17, after: [A], duration: 2ew}
  - {id: D, title: D, date: 2019-06-13, after: [A], duration: 10ed}
`;

  // A tester's finding: PT720H0M0S in DurationFormat 8 came back as 90d (720 h of 8-hour days), 2ew as 42d, "imported exactly".
  it('30ed, 2ew and 10ed come back as written, exactly, and schedule as before', async () => {
    const r = await roundTrip('e', plan);
    expect(r.stderr).toBe('e.xml: imported exactly (nothing approximated or dropped)\n');
    expect(r.code).toBe(0);
    expect(r.text).toMatch(/- id: B\n {4}title: B\n {4}date: 2019-07-03\n {4}duration: 30ed\n/);
    expect(r.text).toMatch(/- id: C\n {4}title: C\n {4}date: 2019-06-17\n {4}duration: 2ew\n/);
    expect(r.text).toMatch(/- id: D\n {4}title: D\n {4}date: 2019-06-13\n {4}duration: 10ed\n/);
    const before = await schedule(['a'], { 'a/e.yaml': plan });
    const after = await schedule(['ws'], { 'ws/e.yaml': r.text });
    expect(after).toEqual(before);
    expect(after.find((m) => m.id === 'B')?.projected).toBe('2019-07-03');
  });
});

describe('import(export(x)) keeps working weeks and week lags in weeks (SPEC §2 w/ew, §10)', () => {
  const plan = `plan: {id: w, title: Weeks, status_date: 2019-06-03}
milestones:
  - {id: A, title: A, date: 2019-06-03}
  - {id: B, title: B, date: 2019-06-17, after: [A], duration: 2w}
  - {id: C, title: C, date: 2019-07-03, after: [{id: A, lag: 3w}]}
  - {id: D, title: D, date: 2019-07-03, after: [{id: A, lag: 2ew}]}
  - {id: E, title: E, date: 2019-07-03, after: [{id: B, type: SS, lag: -1w}]}
`;

  // A tester's finding: 2w (DurationFormat 9) came back as 10d, and lags of 3w / 2ew as 15d / 14ed, "imported exactly".
  it('2w, 3w, 2ew and a lead of 1w come back as written, exactly, and schedule as before', async () => {
    const r = await roundTrip('w', plan);
    expect(r.stderr).toBe('w.xml: imported exactly (nothing approximated or dropped)\n');
    expect(r.code).toBe(0);
    expect(r.text).toMatch(/- id: B\n {4}title: B\n {4}date: 2019-06-17\n {4}forecast: 2019-06-18\n {4}duration: 2w\n/);
    expect(r.text).toContain('after: [{id: A, lag: 3w}]');
    expect(r.text).toContain('after: [{id: A, lag: 2ew}]');
    expect(r.text).toContain('after: [{id: B, type: SS, lag: -1w}]');
    const before = await schedule(['a'], { 'a/w.yaml': plan });
    const after = await schedule(['ws'], { 'ws/w.yaml': r.text });
    expect(after).toEqual(before);
  });
});

describe('import(export(x)) keeps a pushed milestone\'s finish-no-earlier-than without a false "dropped"', () => {
  // B is planned for 2019-06-04 and pushed by A + 5d to 2019-06-11 (2019-06-10 is a holiday): the export writes FNET
  // 2019-06-04 (its current date) and Finish 2019-06-11; the import writes forecast 2019-06-11, a floor past the FNET.
  const plan = `plan: {id: f, title: FNET, status_date: 2019-06-03}
milestones:
  - {id: A, title: A, date: 2019-06-03}
  - {id: B, title: B, date: 2019-06-04, after: [A], duration: 5d}
`;

  // A tester's finding: 'f.xml:NNN: dropped: B: constraint "Finish No Earlier Than" 2019-06-04 …', exit 1, same schedule.
  it('imports exactly, exit 0, with the same schedule', async () => {
    const r = await roundTrip('f', plan);
    expect(r.stderr).toBe('f.xml: imported exactly (nothing approximated or dropped)\n');
    expect(r.code).toBe(0);
    expect(r.text).toMatch(/- id: B\n {4}title: B\n {4}date: 2019-06-04\n {4}forecast: 2019-06-11\n/);
    const before = await schedule(['a'], { 'a/f.yaml': plan });
    const after = await schedule(['ws'], { 'ws/f.yaml': r.text });
    expect(after).toEqual(before);
    expect(after.find((m) => m.id === 'B')?.projected).toBe('2019-06-11');
  });

  it('still reports a constraint the written milestone does not keep: FNET after its finish, or another type', async () => {
    const exported = (await runCli(['export', 'a', '--format', 'mspdi'], { files: { 'a/f.yaml': plan } })).stdout;
    expect(exported).toContain('<ConstraintDate>2019-06-04T17:00:00</ConstraintDate>');
    // FNET 2019-06-14 would hold B past its Finish 2019-06-11; forecast 2019-06-11 does not: B would move.
    const later = exported.replace('<ConstraintDate>2019-06-04T17:00:00</ConstraintDate>', '<ConstraintDate>2019-06-14T17:00:00</ConstraintDate>');
    const r = await runCli(['import', 'f.xml', '--out', 'ws'], { files: { 'f.xml': later } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^f\.xml:\d+: dropped: B: constraint "Finish No Earlier Than" 2019-06-14: not kept: milepel holds only finish-no-later-than \(deadline\)\nf\.xml: 0 approximated, 1 dropped \(constraint 1\)\n$/);
    // Start No Earlier Than on the same day is no finish bound milepel holds: dropped as before.
    const start = exported.replace(/<ConstraintType>6<\/ConstraintType>(\s*)<ConstraintDate>2019-06-04T17:00:00/, '<ConstraintType>4</ConstraintType>$1<ConstraintDate>2019-06-04T17:00:00');
    expect(start).not.toBe(exported);
    const s = await runCli(['import', 'f.xml', '--out', 'ws'], { files: { 'f.xml': start } });
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/^f\.xml:\d+: dropped: B: constraint "Start No Earlier Than" 2019-06-04: not kept/);
  });

  // SOURCES.md: shell-and-core.xer is P6's own schedule; import, export and import it again: 158 false lines, exit 1.
  it('the real P6 shell-and-core schedule: XER → import → export → import drops nothing and schedules the same', async () => {
    const xer = new Uint8Array(readFileSync(join(P6_DIR, 'shell-and-core.xer')));
    const schemas = [join(REPO_ROOT, 'schemas')];
    const first = await runCli(['import', 'sc.xer', '--out', 'p6', '--plan-id', 'sc'], { binaryFiles: { 'sc.xer': xer }, diskRoots: schemas });
    const imported = first.io.written.get('p6/sc.yaml') ?? '';
    expect(imported).toContain('id: sc');
    const exported = await runCli(['export', 'p6', '--format', 'mspdi'], { files: { 'p6/sc.yaml': imported }, diskRoots: schemas });
    expect(exported.code).toBe(0);
    const again = await runCli(['import', 'sc.xml', '--out', 'ws', '--plan-id', 'sc'], { files: { 'sc.xml': exported.stdout }, diskRoots: schemas });
    expect(again.stderr).toBe('sc.xml: imported exactly (nothing approximated or dropped)\n');
    expect(again.code).toBe(0);
    const before = await schedule(['p6'], { 'p6/sc.yaml': imported });
    const after = await schedule(['ws'], { 'ws/sc.yaml': again.io.written.get('ws/sc.yaml') ?? '' });
    expect(after).toEqual(before);
  });
});

describe("import(export(x)) keeps the plan's critical threshold (tester round 6 #3)", () => {
  const plan = `plan: {id: p, title: P, status_date: 2026-03-02, critical: 1w}
milestones:
  - {id: A, title: a, date: 2026-03-02}
  - {id: B, title: b, date: 2026-03-13, after: [A], deadline: 2026-03-16}
  - {id: C, title: c, date: 2026-03-20}
`;

  it('as CriticalSlackLimit in days, read back as critical: 5d: the same critical milestones and paths', async () => {
    const exported = await runCli(['export', 'a', '--format', 'mspdi'], { files: { 'a/p.yaml': plan } });
    expect(exported.stdout).toMatch(/<StartDate>[^<]*<\/StartDate>\n {2}<CriticalSlackLimit>5<\/CriticalSlackLimit>\n {2}<CalendarUID>/);
    const r = await roundTrip('p', plan);
    expect(r.stderr).toBe('p.xml: imported exactly (nothing approximated or dropped)\n');
    expect(r.text).toMatch(/\n {2}critical: 5d\n/);
    const critical = async (files: Record<string, string>): Promise<unknown> => {
      const out = await runCli(['critical-path', 'a', '--format', 'json'], { files });
      const json = JSON.parse(out.stdout) as { milestones: { id: string; critical: boolean }[]; paths: unknown[] };
      return { critical: json.milestones.filter((m) => m.critical).map((m) => m.id), paths: json.paths };
    };
    const before = await critical({ 'a/p.yaml': plan });
    expect(before).toMatchObject({ critical: ['B', 'C'] });
    expect(await critical({ 'a/p.yaml': r.text })).toEqual(before);
  });
});

describe('import(export(x)) keeps control characters XML can hold in titles (tester round 6 #4)', () => {
  const plan = `plan: {id: t, title: "T\\tplan", status_date: 2026-03-02}
milestones:
  - {id: A, title: "Col1\\tCol2", date: 2026-03-02}
  - {id: B, title: "Line 1\\nLine 2\\r\\nend", date: 2026-03-03}
  - {id: C, title: "bidi \\u202e x", date: 2026-03-04}
  - {id: D, title: "bell \\a here", date: 2026-03-05}
`;

  it('TAB, LF, CR and bidi controls as character references, read back as themselves; a BEL as a visible escape, with a note', async () => {
    const exported = await runCli(['export', 'a', '--format', 'mspdi'], { files: { 'a/t.yaml': plan } });
    expect(exported.stdout).toContain('<Name>Col1&#x9;Col2</Name>');
    expect(exported.stdout).toContain('<Name>Line 1&#xA;Line 2&#xD;&#xA;end</Name>');
    expect(exported.stdout).toContain('<Name>bidi &#x202E; x</Name>');
    expect(exported.stdout).toContain('<Name>bell \\x07 here</Name>');
    expect(exported.stdout).toContain('<Title>T&#x9;plan</Title>');
    // eslint-disable-next-line no-control-regex -- no raw control character reaches the file or a terminal
    expect(exported.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\u202e]|\t/);
    expect(exported.stderr).toBe('milepel: note: the plan\'s calendar takes the Norwegian holidays of every year (holidays: NO); the file holds them as the closed days of 2026 only: imported again, the plan has those days as closed days and no holidays in other years\nmilepel: note: 1 text holds control characters XML cannot hold, written as visible escapes such as \\x07: t/D\n');
    const r = await roundTrip('t', plan);
    const titles = async (files: Record<string, string>): Promise<unknown> => {
      const out = await runCli(['export', 'a', '--format', 'json'], { files });
      return (JSON.parse(out.stdout) as { milestones: { title: string }[] }).milestones.map((m) => m.title);
    };
    expect(await titles({ 'a/t.yaml': r.text })).toEqual(['Col1\tCol2', 'Line 1\nLine 2\r\nend', 'bidi \u202e x', 'bell \\x07 here']);
  });
});

describe("import(export(x)) keeps the plan's owner", () => {
  it('written as the project Company, read back as owner', async () => {
    const plan = 'plan: {id: o, title: O, owner: "Direktoratet for e-helse & co", status_date: 2026-03-02}\nmilestones:\n  - {id: A, title: a, date: 2026-03-02}\n';
    const r = await roundTrip('o', plan);
    expect(r.stderr).toBe('o.xml: imported exactly (nothing approximated or dropped)\n');
    expect(r.text).toMatch(/\n {2}title: O\n {2}owner: Direktoratet for e-helse & co\n/);
  });
});

describe("export --format mspdi says when the plan's own title or owner holds what XML cannot (tester round 7 #2)", () => {
  it('names them by key', async () => {
    const plan = 'plan: {id: e, title: "Plan \\a x", owner: "Helse \\a Nord"}\nmilestones:\n  - {id: A, title: ok, date: 2026-03-02}\n';
    const exported = await runCli(['export', 'a', '--format', 'mspdi'], { files: { 'a/e.yaml': plan } });
    expect(exported.stdout).toContain('<Company>Helse \\x07 Nord</Company>');
    expect(exported.stderr).toBe('milepel: note: the plan\'s calendar takes the Norwegian holidays of every year (holidays: NO); the file holds them as the closed days of 2019 and 2026 only: imported again, the plan has those days as closed days and no holidays in other years\nmilepel: note: 2 texts hold control characters XML cannot hold, written as visible escapes such as \\x07: e (title), e (owner)\n');
  });
});

describe('import(export(x)) of a plan whose float runs over years that hold no date (tester round 24 F5)', () => {
  // A and B in 2024, the plan's finish in 2030: the latest dates are in 2030, and float counts the working days of
  // 2024–2030. The calendar carried the holidays of 2024 and 2030 only, and the import gave 42 days more float.
  const plan = `plan: {id: c, title: Cal gap, status_date: 2024-01-02, finish: 2030-12-31}
milestones:
  - {id: A, title: a, date: 2024-03-01}
  - {id: B, title: b, date: 2024-04-01, after: [A]}
`;
  it('carries the holidays of every year between, and schedules as before, float too', async () => {
    const exported = await runCli(['export', 'a', '--format', 'mspdi'], { files: { 'a/c.yaml': plan } });
    const years = new Set([...exported.stdout.matchAll(/<FromDate>(\d{4})-/g)].map((m) => m[1]));
    expect([...years].sort()).toEqual(['2024', '2025', '2026', '2027', '2028', '2029', '2030']);
    const r = await roundTrip('c', plan);
    expect(r.code).toBe(0);
    const before = await schedule(['a', '--today', '2024-01-02'], { 'a/c.yaml': plan });
    const after = await schedule(['ws', '--today', '2024-01-02'], { 'ws/c.yaml': r.text });
    expect(before.map((m) => m.float)).toEqual([1721, 1703]);
    expect(after).toEqual(before);
  });
});

describe('import(export(x)) of lags and durations past 99,999 days, written in weeks (tester round 24 F8)', () => {
  // The export writes 99999w as 499,995 days and 99999ew as 699,993: the import dropped the links and cut the
  // durations as "longer than milepel's 99999 days", though the plan holds them in weeks.
  const plan = `plan: {id: u, title: Long, status_date: 2024-01-02}
milestones:
  - {id: S, title: s, date: 2024-01-02}
  - {id: W, title: w, date: 2024-01-03, after: [{id: S, lag: 99999w}]}
  - {id: E, title: e, date: 2024-01-03, after: [S], duration: 99999ew}
  - {id: N, title: n, date: 2024-01-03, after: [{id: E, lag: -99999ew}]}
`;
  it('come back in weeks, exactly, and schedule as before', async () => {
    const r = await roundTrip('u', plan);
    expect(r.stderr).toBe('u.xml: imported exactly (nothing approximated or dropped)\n');
    expect(r.code).toBe(0);
    expect(r.text).toContain('lag: 99999w');
    expect(r.text).toContain('duration: 99999ew');
    expect(r.text).toContain('lag: -99999ew');
    const before = await schedule(['a', '--today', '2024-01-02'], { 'a/u.yaml': plan });
    const after = await schedule(['ws', '--today', '2024-01-02'], { 'ws/u.yaml': r.text });
    expect(after).toEqual(before);
  });
});

// Tester round 63 F3: the export wrote the latest projected date as the project's FinishDate, which the import reads
// as plan.finish (SPEC §10): a plan without a committed finish came back with one, and after one slip was 4 days late.
describe('import(export(x)) keeps plan.finish as it was: written, or none', () => {
  const plan = (finish: string): string => `plan: {id: f, title: F, status_date: 2026-03-02${finish}}
milestones:
  - {id: A, title: a, date: 2026-03-06}
  - {id: B, title: b, date: 2026-03-13, after: [A]}
`;

  it('writes no FinishDate without plan.finish, and the plan comes back without one', async () => {
    const exported = await runCli(['export', 'a', '--format', 'mspdi'], { files: { 'a/f.yaml': plan('') } });
    expect(exported.stdout).not.toContain('<FinishDate>');
    const r = await roundTrip('f', plan(''));
    expect(r.code).toBe(0);
    expect(r.text).not.toMatch(/^ +finish:/m);
  });

  it('writes plan.finish as FinishDate, and it comes back', async () => {
    const exported = await runCli(['export', 'a', '--format', 'mspdi'], { files: { 'a/f.yaml': plan(', finish: 2026-03-31') } });
    expect(exported.stdout).toContain('<FinishDate>2026-03-31T17:00:00</FinishDate>');
    const r = await roundTrip('f', plan(', finish: 2026-03-31'));
    expect(r.code).toBe(0);
    expect(r.text).toMatch(/^ {2}finish: 2026-03-31$/m);
  });
});

describe('import(export(x)) keeps titles as written, blanks around them included (tester round 66 F10)', () => {
  it('a plan title and milestone titles with leading and trailing blanks come back the same', async () => {
    const { code, text } = await roundTrip('sp', 'plan: {id: sp, title: "  Plan title "}\nmilestones:\n  - {id: A, title: "  indented title ", date: 2024-01-10}\n  - {id: B, title: "ends with arrow -> ", date: 2024-01-12, after: [A]}\n');
    expect(code).toBe(0);
    expect(text).toContain('  title: "  Plan title "\n');
    expect(text).toContain('    title: "  indented title "\n');
    expect(text).toContain('    title: "ends with arrow -> "\n');
  });
});

// Tester round 93 F5: a task's work starting before plan.start made the file's StartDate that day, and the import read
// it back as the plan's start, under "imported exactly" and with no note from the export.
describe('a plan whose tasks start work before its start', () => {
  const plan = `plan: {id: s, title: S, status_date: 2020-03-02, start: 2020-03-02}
milestones:
  - {id: A, title: A, date: 2020-04-01, duration: 40d}
`;
  it('is said by the export: the StartDate written, and what an import makes of it', async () => {
    const exported = await runCli(['export', 'a', '--format', 'mspdi'], { files: { 'a/s.yaml': plan } });
    expect(exported.stdout).toContain('<StartDate>2020-02-06T08:00:00</StartDate>');
    expect(exported.stderr.split('\n')[0]).toBe("milepel: note: the plan starts on 2020-03-02, but the work of its tasks from 2020-02-06: the file's project StartDate is 2020-02-06, before which MS Project starts no task, and imported again it is the plan's start");
    const nb = await runCli(['export', 'a', '--format', 'mspdi', '--locale', 'nb'], { files: { 'a/s.yaml': plan } });
    expect(nb.stderr).toContain('planen starter 02.03.2020, men arbeidet i aktivitetene fra 06.02.2020');
    // Within the plan's start, nothing is said.
    const inside = await runCli(['export', 'a', '--format', 'mspdi'], { files: { 'a/s.yaml': plan.replace('start: 2020-03-02', 'start: 2020-02-03') } });
    expect(inside.stderr).not.toContain('the plan starts on');
  });
});
