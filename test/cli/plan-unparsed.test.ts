// `--plan <id>` naming a plan that only a file whose YAML does not parse declares (SPEC §4: problems in a plan file are
// findings, never exit 2; §4.1 note: that plan is read from the file's text). Tester round 18 #2: `validate --plan
// broken` said "no such plan" with exit 2 and hid the syntax error at b.yaml:3:10, in the GitHub Action too.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const BROKEN = 'plan:\n  id: broken\n  title: [x\nmilestones:\n  - id: M1\n';
const OK = `plan:
  id: ok
  title: OK
  status_date: 2024-01-01
milestones:
  - id: M1
    title: t
    date: 2024-02-01
    after: [broken/M9]
`;
const FILES = { 'pl/b.yaml': BROKEN, 'pl/o.yaml': OK };
const SYNTAX = 'pl/b.yaml:3:10: error: Flow sequence in block collection must be sufficiently indented and end with a ] [yaml-syntax]';

describe('--plan of a plan whose file does not parse', () => {
  it('validate shows that file\'s syntax error and exits 1, not "no such plan" with exit 2', async () => {
    const r = await runCli(['validate', 'pl', '--plan', 'broken'], { files: FILES });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(SYNTAX);
    expect(r.stdout).toContain('= note: pl/o.yaml:9:13: 1 reference in other files (the first here) names milestones of plan broken, which only this file declares');
    expect(r.stdout).toContain('1 error, 0 warnings in 2 files');
  });

  it('validate --format github (the Action\'s `plan:` input) annotates it', async () => {
    const r = await runCli(['validate', 'pl', '--plan', 'broken', '--format', 'github'], { files: FILES });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=pl\/b\.yaml,line=3,col=10,.*yaml-syntax/m);
  });

  it('the other plan\'s findings stay out of it, and its own out of the other plan\'s', async () => {
    const other = OK.replace('title: t', 'title: t\n    bogus: 1');
    const broken = await runCli(['validate', 'pl', '--plan', 'broken', '--format', 'json'], { files: { ...FILES, 'pl/o.yaml': other } });
    expect(JSON.parse(broken.stdout).diagnostics.map((d: { rule: string; file: string }) => `${d.rule} ${d.file}`)).toEqual(['yaml-syntax pl/b.yaml']);
    const ok = await runCli(['validate', 'pl', '--plan', 'ok', '--format', 'json'], { files: { ...FILES, 'pl/o.yaml': other } });
    expect(ok.code).toBe(1);
    expect(JSON.parse(ok.stdout).diagnostics.map((d: { rule: string; file: string }) => `${d.rule} ${d.file}`)).toEqual(['schema pl/o.yaml']);
  });

  it('a second file of a plan that parses is the plan\'s too when its YAML does not parse', async () => {
    const second = 'plan: {id: ok, title: Second}\nmilestones:\n  - id: M2\n    title: [x\n';
    const r = await runCli(['validate', 'pl', '--plan', 'ok', '--format', 'json'], { files: { 'pl/o.yaml': OK.replace('after: [broken/M9]', 'after: []'), 'pl/p.yaml': second } });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { rule: string; file: string }) => `${d.rule} ${d.file}`)).toEqual(['yaml-syntax pl/p.yaml']);
  });

  it('a file that does not parse and whose plan cannot be read is shown under any --plan, as it may declare it', async () => {
    const anonymous = 'bodies:\n  - id: B\n    name: [x\n';
    const r = await runCli(['validate', 'pl', '--plan', 'ok', '--format', 'json'], { files: { 'pl/o.yaml': OK.replace('after: [broken/M9]', 'after: []'), 'pl/a.yaml': anonymous } });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { rule: string; file: string }) => `${d.rule} ${d.file}`)).toEqual(['yaml-syntax pl/a.yaml']);
  });

  // Tester round 19 #2: a JSON plan with a typo (or `plan: &anchor`, `"plan":`) gives no plan id from its text; it
  // may declare any plan, the one asked for too, so its errors are shown (exit 1), not "no such plan" (exit 2).
  it.each([
    ['a JSON plan', '{\n  "plan": {\n    "id": "b",\n    "title": "B"\n  },\n  "milestones": [,]\n}\n', 'pl/b.yaml:6:18'],
    ['an anchored plan mapping', 'plan: &p\n  id: b\n  title: [B\nmilestones: []\n', 'pl/b.yaml:3:10'],
  ])('validate --plan of the plan %s declares, its id not readable from its text, shows its syntax error and exits 1', async (_, text, at) => {
    const r = await runCli(['validate', 'pl', '--plan', 'b'], { files: { 'pl/a.yaml': 'plan: {id: a, title: A}\nmilestones: []\n', 'pl/b.yaml': text } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${at}: error: `);
    expect(r.stdout).toContain('[yaml-syntax]');
  });

  it('"no such plan" lists the plans such files declare among the known ones', async () => {
    const r = await runCli(['validate', 'pl', '--plan', 'nope'], { files: FILES });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milepel: --plan nope: no such plan in the workspace (plans: ok, broken)\n');
  });

  it.each([
    ['critical-path'], ['meetings'], ['gantt'], ['roadmap'], ['slippage'], ['gates'], ['health'], ['risk', '--iterations', '10'],
    ['export', '--format', 'json'], ['export', '--format', 'mermaid'], ['export', '--format', 'ics'], ['export', '--format', 'html'],
  ])('%s shows none of the other plan, the syntax error on stderr, and exits 1', async (command, ...rest) => {
    const r = await runCli([command, 'pl', '--plan', 'broken', ...rest], { files: FILES });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(SYNTAX);
    expect(r.stderr).not.toContain('no such plan');
    // ok/M1 is titled "t" and dated 2024-02-01: nothing of plan ok is reported for --plan broken.
    expect(r.stdout).not.toContain('2024-02-01');
  });

  it('critical-path --format json gives an empty report of that plan', async () => {
    const r = await runCli(['critical-path', 'pl', '--plan', 'broken', '--format', 'json'], { files: FILES });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ milestones: [], paths: [] });
  });

  it('export --format mspdi writes no file, says why, and exits 1', async () => {
    const r = await runCli(['export', 'pl', '--plan', 'broken', '--format', 'mspdi'], { files: FILES });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('milepel: note: export --format mspdi: plan broken is declared only in a file whose YAML does not parse (its error follows), so no MS Project file is written; fix that file first\n');
    expect(r.stderr).toContain(SYNTAX);
  });

  it('set and snapshot refuse as for any file that does not parse (exit 2, naming it), not with "no such plan"', async () => {
    const set = await runCli(['set', 'M1', 'pl', '--plan', 'broken', '--forecast', '2024-03-01'], { files: FILES });
    expect(set.code).toBe(2);
    expect(set.stderr).toContain('pl/b.yaml:3:10 has a yaml-syntax error');
    expect(set.io.written.size).toBe(0);
    const snapshot = await runCli(['snapshot', 'pl', '--plan', 'broken'], { files: FILES });
    expect(snapshot.code).toBe(2);
    expect(snapshot.stderr).toBe('milepel: pl/b.yaml:3:10: the file\'s YAML does not parse, so its milestones cannot be edited; fix it first (milepel validate shows how), or leave the file out by naming the others; nothing written\n');
  });
});
