// A gate without a date is no schedule node (SPEC §1.7) but exists: the commands that take a ref lead to it and say
// what it is, however it is named (a tester's findings on test/gates/fixtures/undated, copied from their workspace).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { readRepoFile, runCli } from '../helpers/fake-io.js';

const WS = 'test/gates/fixtures/undated';

describe('an undated gate named with a case slip', () => {
  it('is the nearest ref explain and risk name, first, and naming it then says why it has no dates', async () => {
    for (const ref of ['bp1', 'a/bp1']) {
      const explain = await runCli(['explain', ref, WS]);
      expect(explain.code).toBe(2);
      expect(explain.stderr).toBe(`milepel: "${ref}": no such milestone or gate in the workspace; nearest: a/BP1, a/BP2, a/BP3\n`);
      const risk = await runCli(['risk', WS, '--iterations', '10', '--milestone', ref]);
      expect(risk.code).toBe(2);
      expect(risk.stderr).toMatch(/; nearest: a\/BP1, a\/BP2, a\/BP3\n$/);
    }
    const named = await runCli(['explain', 'a/BP1', WS]);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/^milepel: a\/BP1 is a gate with neither a date nor a decided date that exists /);
  });
});

describe('a bare id that several unscheduled gates or milestones have', () => {
  const files = {
    'w/gov.yaml': 'bodies: [{id: PS, name: P}]\nmeetings: [{body: PS, date: 2019-05-22}]\n',
    'w/a.yaml': 'plan: {id: a, title: A, status_date: 2019-09-01}\nmilestones:\n  - {id: M1, title: m, date: 2019-06-03}\ngates:\n  - {id: BP1, title: g, body: PS}\n',
    'w/b.yaml': 'plan: {id: b, title: B}\ngates:\n  - {id: BP1, title: g, body: PS}\nmilestones:\n  - {id: X, title: t, date: 2019-09-27}\n',
    'w/c.yaml': 'plan: {id: c, title: C}\nmilestones:\n  - {id: BP1, title: t, date: 2019-02-30}\n',
  };

  it('is ambiguous in explain and risk alike, naming each (explain took the first gate, risk preferred gates)', async () => {
    const explain = await runCli(['explain', 'BP1', 'w'], { files });
    expect(explain.code).toBe(2);
    expect(explain.stderr).toMatch(/a\/BP1, b\/BP1, c\/BP1/);
    const risk = await runCli(['risk', 'w', '--iterations', '10', '--milestone', 'BP1'], { files });
    expect(risk.code).toBe(2);
    expect(risk.stderr).toMatch(/a\/BP1, b\/BP1, c\/BP1/);
  });

  it('is the one of risk\'s --plan, and a plan/ID is that one, gate or milestone', async () => {
    const gate = await runCli(['risk', 'w', '--iterations', '10', '--plan', 'b', '--milestone', 'BP1'], { files });
    expect(gate.stderr).toMatch(/^milepel: --milestone b\/BP1: b\/BP1 is a gate with neither a date/);
    const milestone = await runCli(['explain', 'c/BP1', 'w'], { files });
    expect(milestone.code).toBe(2);
    expect(milestone.stderr).toMatch(/^milepel: c\/BP1 /);
    expect(milestone.stderr).toMatch(/not scheduled/);
  });
});

describe('a bare id that a dated milestone in one plan and an undated one in another have (tester round 5)', () => {
  const files = {
    'w/a.yaml': 'plan: {id: a, title: A, status_date: 2026-03-02}\nmilestones:\n  - {id: X, title: undated in a}\n  - {id: Y, title: t, date: 2026-03-10}\n',
    'w/b.yaml': 'plan: {id: b, title: B}\nmilestones:\n  - {id: X, title: dated in b, date: 2026-03-12, duration: 1d..2d..4d}\n',
  };

  it('is ambiguous without --plan in explain and risk, not the dated one', async () => {
    const explain = await runCli(['explain', 'X', 'w'], { files });
    expect(explain.code).toBe(2);
    expect(explain.stderr).toBe('milepel: X names milestones in several plans (a/X, b/X); write plan/ID\n');
    const risk = await runCli(['risk', 'w', '--iterations', '10', '--milestone', 'X'], { files });
    expect(risk.code).toBe(2);
    expect(risk.stderr).toBe('milepel: --milestone X is ambiguous: write one of a/X, b/X\n');
  });

  it('is --plan\'s one with --plan, and a milestone outside --plan is refused, not simulated and left out', async () => {
    const risk = await runCli(['risk', 'w', '--iterations', '10', '--plan', 'a', '--milestone', 'X'], { files });
    expect(risk.code).toBe(2);
    expect(risk.stderr).toMatch(/^milepel: --milestone a\/X: a\/X has no date, forecast or actual that exists /);
    const explain = await runCli(['explain', 'X', 'w', '--plan', 'a'], { files });
    expect(explain.stderr).toMatch(/^milepel: a\/X has no date, forecast or actual that exists /);
    const outside = await runCli(['risk', 'w', '--iterations', '10', '--plan', 'a', '--milestone', 'b/X'], { files });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe('milepel: --milestone b/X is not in --plan a, whose milestones the report shows: name a milestone of a, or drop --plan\n');
    const named = await runCli(['explain', 'b/X', 'w'], { files });
    expect(named.stdout).toMatch(/^Milestone b\/X — dated in b\n/);
  });
});

describe('set on a gate', () => {
  it('refuses a gate without a usable date as it refuses a dated one, exit 2 (SPEC §7), not blaming its schema error', async () => {
    for (const ref of ['a/BP1', 'BP1', 'a/BP2', 'a/BP3', 'BP3', 'a/BP4']) {
      const r = await runCli(['set', ref, WS, '--forecast', '2019-07-01']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`milepel: "${ref}" is a gate (decision point), not a milestone: set edits milestones; write the gate's decided: date in its file (nothing written)\n`);
      expect(r.io.written.size).toBe(0);
    }
  });
});

describe('set on a ref that names a milestone or gate but for case', () => {
  it('suggests it, not the first finding that names no entity (here the undated gate\'s own schema error)', async () => {
    for (const [ref, meant] of [['a/bp1', 'a/BP1'], ['bp1', 'a/BP1'], ['a/mp1', 'a/MP1'], ['mp1', 'a/MP1']] as const) {
      const r = await runCli(['set', ref, WS, '--forecast', '2019-07-01']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`milepel: "${ref}": no such milestone in ${WS}/a.yaml; did you mean ${meant}? (nothing written)\n`);
      expect(r.io.written.size).toBe(0);
    }
    // An id no file holds is no such milestone, whatever is unreadable.
    expect((await runCli(['set', 'a/ZZ', WS, '--forecast', '2019-07-01'])).stderr).toMatch(/^milepel: "a\/ZZ": no such milestone in /);
  });
});

describe('set on a ref an unreadable value may hide', () => {
  const files = { 'ws/a.yaml': 'plan: {id: a, title: A, status_date: 2019-09-01}\nmilestones:\n  - {id: MP1, title: t, date: 2019-07-29}\n  - {id: MP2, title: nodate}\n  - {id: MP3, title: bad, date: 2019-02-30}\n  - {id: MP4, title: t, date: 2019-08-29, after: [MP2, MP3]}\n' };
  const set = (ref: string): Promise<{ code: number; stderr: string }> => runCli(['set', ref, 'ws', '--forecast', '2019-09-02'], { files, diskRoots: [] });

  it('is told of its own finding first, not of the first one in the workspace (a tester: MP3 was told of MP2\'s)', async () => {
    expect((await set('a/MP3')).stderr).toBe('milepel: "a/MP3": no such milestone could be read: ws/a.yaml:5:33 has an invalid-date error that keeps part of the workspace out; fix it first (milepel validate shows every finding); nothing written\n');
    expect((await set('MP2')).stderr).toMatch(/could be read: ws\/a\.yaml:4:5 has a schema error/);
  });

  it('is no such milestone, with a suggestion, when no file holds its id', async () => {
    const r = await set('MP9');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milepel: "MP9": no such milestone in ws/a.yaml; did you mean a/MP1 or a/MP4? (nothing written)\n');
  });
});

describe('a milestone after a gate without a date', () => {
  // The tester's workspace with milestones after BP1 (no date) and BP2 (one that does not exist), one in another file.
  const plan = readRepoFile(`${WS}/a.yaml`).replace('  - {id: MP1, title: t, date: 2019-06-28}\n', '$&  - {id: MP2, title: t, date: 2019-07-05, after: [BP1, {id: a/BP2, lag: 2d}]}\n');
  const files = { 'ws/a.yaml': plan, 'ws/b.yaml': 'plan: {id: b, title: B}\nmilestones:\n  - {id: X, title: t, date: 2019-07-10, after: [a/BP3, a/BP1]}\n' };

  it('is noted on the finding that leaves the gate without a date: the dependency is left out of the schedule', async () => {
    const r = await runCli(['validate', 'ws', '--format', 'json'], { files, diskRoots: [] });
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { diagnostics: { rule: string; line: number; file: string; related: unknown[] }[] }).diagnostics;
    const at = (file: string, line: number, rule: string): unknown[] | undefined => found.find((d) => d.file === file && d.line === line && d.rule === rule)?.related;
    expect(at('ws/a.yaml', 10, 'schema')).toEqual([
      { file: 'ws/a.yaml', line: 8, column: 51, message: 'a/MP2 is after a/BP1 here: that dependency is left out of the schedule until a/BP1 has a date' },
      { file: 'ws/b.yaml', line: 3, column: 56, message: 'b/X is after a/BP1 here: that dependency is left out of the schedule until a/BP1 has a date' },
    ]);
    expect(at('ws/a.yaml', 11, 'invalid-date')).toEqual([
      { file: 'ws/a.yaml', line: 8, column: 61, message: 'a/MP2 is after a/BP2 here: that dependency is left out of the schedule until a/BP2 has a date' },
    ]);
    // BP4's missing date is no reason it is left out (decided schedules it), and nothing is after it.
    expect(at('ws/a.yaml', 13, 'schema')).toEqual([]);
    // Still no unknown-reference: the gates exist (SPEC §1.7).
    expect(found.filter((d) => d.rule === 'unknown-reference')).toEqual([]);
    // The full YAML reader places the notes where the fast one (the CLI's) does.
    const full = analyze(Object.entries(files).map(([file, text]) => ({ file, text })), { clockToday: 0, fullParse: true });
    const places = full.diagnostics.flatMap((d) => d.related.filter((x) => x.message.id === 'note.after-undated').map((x) => `${x.file}:${x.line}:${x.column}`));
    expect(places).toEqual(['ws/a.yaml:8:51', 'ws/b.yaml:3:56', 'ws/a.yaml:8:61']);
    const nb = await runCli(['validate', 'ws', '--locale', 'nb', '--no-color'], { files, diskRoots: [] });
    expect(nb.stdout).toContain('   = merknad: ws/b.yaml:3:56: b/X kommer etter a/BP1 her: den avhengigheten holdes utenfor tidsplanen til a/BP1 har en dato\n');
  });
});
