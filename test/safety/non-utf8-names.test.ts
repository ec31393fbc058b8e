// A plan file (or directory) whose name is not UTF-8 — Latin-1 bytes from a Samba share, CP850 from a zip made on
// Windows — found in the workspace: an `encoding` error at 1:1 in every format, exit 1, never a skip with exit 0
// (tester round 16 #3: `validate` passed while a plan holding errors went unchecked). Real runs of the built CLI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { analyzeTexts } from '../../src/analyze-texts.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { loadPlanSources } from '../../src/cli/load.js';

const BIN = builtCli();

const GOOD = 'plan:\n  id: ok\n  title: T\nmilestones:\n  - {id: A, title: a, date: 2019-06-21}\n';
/** What the unread file holds: an invalid-date and an unknown-reference error, none of which may pass unseen. */
const BROKEN = 'plan:\n  id: p\n  title: T\nmilestones:\n  - {id: A, title: a, date: 2019-02-30, after: [NOPE]}\n';
/** `plans/m\xe6ler.yaml`: "måler" with æ in Latin-1. */
const LATIN1 = Buffer.concat([Buffer.from('plans/m'), Buffer.from([0xe6]), Buffer.from('ler.yaml')]);
const SHOWN = 'plans/m\\xe6ler.yaml';
const MESSAGE = 'the file name is not valid UTF-8, so the file is not read and nothing in it is checked; rename it';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-names-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'ok.yaml'), GOOD);
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), LATIN1]), BROKEN);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI in `dir`, its CI root `dir` (GITHUB_WORKSPACE), no step summary. */
function run(...args: string[]): { code: number | null; out: string; err: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_WORKSPACE: dir, NO_COLOR: '1', LANG: 'C' };
  delete env['GITHUB_STEP_SUMMARY'];
  delete env['CI_PROJECT_DIR'];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('a directory whose name is not UTF-8', () => {
  // Tester round 63 F2: a plan in such a directory is not read, so references into it are unknown; the hint said only
  // to include a file that is there. It names the directory as where the plan may be.
  it('is named in the hint of an unknown reference to a plan the workspace lacks', () => {
    mkdirSync(Buffer.concat([Buffer.from(`${dir}/plans/d`), Buffer.from([0xe6]), Buffer.from('r')]));
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/plans/d`), Buffer.from([0xe6]), Buffer.from('r/x.yaml')]), 'plan: {id: x, title: X}\nmilestones:\n  - {id: A, title: a, date: 2019-06-21}\n');
    writeFileSync(join(dir, 'plans', 'after.yaml'), 'plan: {id: q, title: Q}\nmilestones:\n  - {id: B, title: b, date: 2019-06-28, after: [x/A]}\n');
    const r = run('validate', '--today', '2019-06-19', '--format', 'json');
    const found = (JSON.parse(r.out) as { diagnostics: { rule: string; hint: string }[] }).diagnostics.filter((d) => d.rule === 'unknown-reference');
    expect(found.map((d) => d.hint)).toEqual(['correct the plan id, or include the file with plan: {id: x} in the workspace; plans/d\\xe6r is not read, its name not being UTF-8, and may hold it']);
  });
});

describe('a plan file whose name is not UTF-8, found in the workspace', () => {
  // Tester round 61 F4: a plan after a milestone of the unread file's plan got "there is no plan p in the workspace;
  // include the file with plan: {id: p}", though that file is there; a file whose YAML does not parse gets a note.
  it('leaves the references into the plan it declares unchecked, noted on its encoding error, not unknown', () => {
    writeFileSync(join(dir, 'plans', 'after.yaml'), 'plan: {id: q, title: Q}\nmilestones:\n  - {id: B, title: b, date: 2019-06-28, after: [p/A]}\n');
    const r = run('validate', '--today', '2019-06-19', '--format', 'json');
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.out) as { diagnostics: { rule: string; file: string; related?: { file: string; line: number; message: string }[] }[] }).diagnostics;
    expect(found.map((d) => d.rule)).toEqual(['encoding']);
    expect(found[0]!.related).toEqual([{ file: 'plans/after.yaml', line: 3, column: 49, message: '1 reference in other files (the first here) names milestones of plan p, declared here and in no file that is read; they are checked once this file has a UTF-8 name' }]);
  });

  it('validate (text): an encoding error at 1:1 that says to rename it, exit 1; stderr stays empty', () => {
    const r = run('validate', '--today', '2019-06-19');
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toContain(`${SHOWN}:1:1: error: ${MESSAGE} [encoding]\n`);
    expect(r.out).toContain('hint: give the file a UTF-8 name');
    expect(r.out).toContain('1 error, 0 warnings in 2 files');
  });

  it('validate --format github: an ::error annotation at the file, exit 1', () => {
    const r = run('validate', '--today', '2019-06-19', '--format', 'github');
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`::error file=${SHOWN},line=1,col=1,title=encoding::${MESSAGE}%0Ahint: give the file a UTF-8 name, e.g. with convmv --notest -f latin1 -t utf-8 <name> (-f cp850 for a name unzipped from a zip made on Windows)`);
    expect([lines.length, r.err]).toEqual([2, 'milepel: 1 error, 0 warnings in 2 files\n']);
  });

  it('validate in json, sarif, junit and gitlab: the error in each, exit 1', () => {
    const json = run('validate', '--today', '2019-06-19', '--format', 'json');
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.out) as { files: string[]; diagnostics: { rule: string; file: string; line: number; column: number; message: string }[] };
    expect(parsed.files).toEqual([SHOWN, 'plans/ok.yaml']);
    expect(parsed.diagnostics.map((d) => [d.rule, d.file, d.line, d.column, d.message])).toEqual([['encoding', SHOWN, 1, 1, MESSAGE]]);
    const sarif = run('validate', '--today', '2019-06-19', '--format', 'sarif');
    expect(sarif.code).toBe(1);
    const results = (JSON.parse(sarif.out) as { runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] }).runs[0]!.results;
    expect(results.map((x) => [x.ruleId, x.level, x.locations[0]!.physicalLocation.region.startLine, x.locations[0]!.physicalLocation.region.startColumn])).toEqual([['encoding', 'error', 1, 1]]);
    // The name's bytes, percent-encoded as RFC 3986 encodes octets: not the escaped text (`plans/m%5Cxe6ler.yaml`,
    // another file's uri; tester round 17 #1), nor `plans/m/xe6ler.yaml` (a directory m).
    expect(results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'plans/m%E6ler.yaml', uriBaseId: '%SRCROOT%' });
    const junit = run('validate', '--today', '2019-06-19', '--format', 'junit');
    expect(junit.code).toBe(1);
    expect(junit.out).toContain(`<testsuite name="${SHOWN}" tests="1" failures="1">`);
    expect(junit.out).toContain(`<failure type="encoding" message="${MESSAGE}">`);
    const gitlab = run('validate', '--today', '2019-06-19', '--format', 'gitlab');
    expect(gitlab.code).toBe(1);
    const issues = JSON.parse(gitlab.out) as { check_name: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([['encoding', 'major', SHOWN, 1]]);
  });

  it('sarif: its uri is its bytes (m%E6ler.yaml), not that of a file really named m\\xe6ler.yaml beside it; github shows both as text', () => {
    // A file whose real name is the escaped text, a backslash and `xe6` in it: read, its findings under its own uri.
    writeFileSync(join(dir, SHOWN), BROKEN);
    const sarif = run('validate', '--today', '2019-06-19', '--format', 'sarif');
    expect(sarif.code).toBe(1);
    const results = (JSON.parse(sarif.out) as { runs: { results: { ruleId: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[] }).runs[0]!.results;
    const uriOf = (rule: string): string[] => results.filter((x) => x.ruleId === rule).map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uriOf('encoding')).toEqual(['plans/m%E6ler.yaml']);
    expect(uriOf('invalid-date')).toEqual(['plans/m%5Cxe6ler.yaml']);
    expect(uriOf('unknown-reference')).toEqual(['plans/m%5Cxe6ler.yaml']);
    expect(results.every((x) => x.locations[0]!.physicalLocation.artifactLocation.uriBaseId === '%SRCROOT%')).toBe(true);
    // The same two files, and a directory not UTF-8 beside them, with the CI root above the working directory and
    // outside it: the bytes stay the last segment's, whatever the path before them.
    const sub = Buffer.concat([Buffer.from(`${dir}/plans/d`), Buffer.from([0xe9])]);
    mkdirSync(sub);
    writeFileSync(Buffer.concat([sub, Buffer.from('/more.yaml')]), BROKEN);
    const uris = (root: string): string[] => {
      const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_WORKSPACE: root, NO_COLOR: '1', LANG: 'C' };
      const r = spawnSync(process.execPath, [BIN, 'validate', 'plans', '--today', '2019-06-19', '--format', 'sarif'], { cwd: dir, encoding: 'utf8', env });
      const log = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      return log.runs[0]!.results.filter((x) => x.ruleId === 'encoding').map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    };
    const base = dir.split('/').slice(-1)[0]!;
    expect(uris(join(dir, '..'))).toEqual([`${base}/plans/d%E9`, `${base}/plans/m%E6ler.yaml`]);
    expect(uris(join(dir, 'elsewhere'))).toEqual([`file://${dir}/plans/d%E9`, `file://${dir}/plans/m%E6ler.yaml`]);
    // GitHub's file= is a line of UTF-8 text that cannot hold the bytes: the escaped text, for both files, as before.
    const github = run('validate', '--today', '2019-06-19', '--format', 'github');
    expect(github.out.split('\n').filter((l) => l.startsWith('::error')).map((l) => /^::error file=([^,]*),/.exec(l)?.[1])).toEqual(['plans/d\\xe9', SHOWN, SHOWN, SHOWN]);
  });

  it('validate --plan of another plan still shows it (the file may declare that plan again)', () => {
    const r = run('validate', '--today', '2019-06-19', '--plan', 'ok');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${SHOWN}:1:1: error: ${MESSAGE} [encoding]`);
  });

  it('a report prints what it can, the error on stderr, and exits 1: a plan is missing from it', () => {
    const r = run('critical-path', '--today', '2019-06-19');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Critical path');
    expect(r.err).toContain(`${SHOWN}:1:1: error: ${MESSAGE} [encoding]`);
    const json = run('critical-path', '--today', '2019-06-19', '--format', 'json');
    expect(json.code).toBe(1);
    expect(json.err).toContain(`${SHOWN}:1:1: error: ${MESSAGE} [encoding]`);
  });

  it('set and snapshot refuse (exit 2) and write nothing: they cannot tell what the file holds', () => {
    const before = readdirSync(join(dir, 'plans'), { encoding: 'buffer' }).map((n) => readFileSync(Buffer.concat([Buffer.from(`${dir}/plans/`), n]), 'utf8'));
    const set = run('set', 'ok/A', '--forecast', '2019-06-24', '--today', '2019-06-19');
    expect([set.code, set.out]).toEqual([2, '']);
    expect(set.err).toBe(`milepel: ${SHOWN}:1:1: the file name is not valid UTF-8, so milepel does not read it and the edit cannot tell what it holds; rename it first (milepel validate shows how); nothing written\n`);
    const snapshot = run('snapshot', '--today', '2019-06-25');
    expect(snapshot.code).toBe(2);
    expect(snapshot.err).toContain(`${SHOWN}:1:1: the file name is not valid UTF-8`);
    const after = readdirSync(join(dir, 'plans'), { encoding: 'buffer' }).map((n) => readFileSync(Buffer.concat([Buffer.from(`${dir}/plans/`), n]), 'utf8'));
    expect(after).toEqual(before);
  });

  it('a workspace of only such a file is that finding (exit 1), not "no plan files" (exit 2)', () => {
    rmSync(join(dir, 'plans', 'ok.yaml'));
    const r = run('validate', '--today', '2019-06-19');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${SHOWN}:1:1: error: ${MESSAGE} [encoding]`);
    expect(r.out).toContain('1 error, 0 warnings in 1 file');
  });

  it('a directory whose name is not UTF-8 is an error too (its plan files are not read); it is no file of the workspace', () => {
    rmSync(Buffer.concat([Buffer.from(`${dir}/`), LATIN1]));
    const sub = Buffer.concat([Buffer.from(`${dir}/plans/d`), Buffer.from([0xe9])]);
    mkdirSync(sub);
    writeFileSync(Buffer.concat([sub, Buffer.from('/more.yaml')]), BROKEN);
    const r = run('validate', '--today', '2019-06-19', '--format', 'json', '--locale', 'nb');
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as { files: string[]; diagnostics: { rule: string; file: string; message: string }[] };
    expect(parsed.files).toEqual(['plans/ok.yaml']);
    expect(parsed.diagnostics.map((d) => [d.rule, d.file, d.message])).toEqual([
      ['encoding', 'plans/d\\xe9', 'mappenavnet er ikke gyldig UTF-8, så planfilene i den leses ikke, og ingenting i dem kontrolleres; gi den et nytt navn'],
    ]);
  });
});

describe('the bytes of such a name, from the walk to the finding (tester round 17 #1)', () => {
  it('the unread file and its encoding finding carry the name\'s bytes; a file really named by the escaped text has none', async () => {
    writeFileSync(join(dir, SHOWN), BROKEN);
    const loaded = loadPlanSources(nodeIo(), [join(dir, 'plans')], 'en');
    const name = LATIN1.subarray('plans/'.length);
    expect(loaded.unread.map((u) => [u.file, u.kind, Buffer.from(u.nameBytes!)])).toEqual([[join(dir, SHOWN), 'file', name]]);
    expect(loaded.sources.map((s) => s.file)).toEqual([join(dir, SHOWN), join(dir, 'plans', 'ok.yaml')]);
    const analysis = await analyzeTexts(loaded.sources, { clockToday: 18000, unreadFiles: loaded.unread });
    const at = analysis.diagnostics.filter((d) => d.file === join(dir, SHOWN)).map((d) => [d.rule, d.nameBytes === undefined ? undefined : Buffer.from(d.nameBytes)]);
    expect(at).toEqual([['encoding', name], ['invalid-date', undefined], ['unknown-reference', undefined]]);
  });
});
