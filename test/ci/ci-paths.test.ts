// SPEC §15 paths CI can map: github, sarif and gitlab output relative to GITHUB_WORKSPACE / CI_PROJECT_DIR, the git top level, or the working directory.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { GitRunner } from '../../src/cli/baseline.js';
import { findCiRoot, relativeTo } from '../../src/cli/ci-root.js';
import { fakeIo, REPO_ROOT, runCli } from '../helpers/fake-io.js';
import { builtCli } from '../helpers/built-cli.js';

/** The CLI bundled from src/ for this run (test/global-setup.mjs), never a stale dist/. */
const BIN = builtCli();
const tmp = mkdtempSync(join(tmpdir(), 'milepel-ci-paths-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const files = (out: string): string[] => [...out.matchAll(/file=([^,]+),/g)].map((m) => m[1]!);

function fakeGit(result: { status: number | null; stdout?: string; stderr?: string; errorCode?: string }): GitRunner {
  return () => ({ status: result.status, stdout: Buffer.from(result.stdout ?? ''), stderr: result.stderr ?? '', errorCode: result.errorCode });
}

/** What git 2.35.2+ prints, with exit 128, for a repository owned by another user. */
const dubious = (dir: string): string =>
  `fatal: detected dubious ownership in repository at '${dir}'\nTo add an exception for this directory, call:\n\n\tgit config --global --add safe.directory ${dir}\n`;

describe('the root CI paths are relative to', () => {
  it('is GITHUB_WORKSPACE, then CI_PROJECT_DIR, then the git top level, then the working directory', async () => {
    const never: GitRunner = () => {
      throw new Error('git must not run when a CI variable is set');
    };
    expect(await findCiRoot(fakeIo({ cwd: '/w/sub', env: { GITHUB_WORKSPACE: '/w', CI_PROJECT_DIR: '/g' } }), never)).toBe('/w');
    expect(await findCiRoot(fakeIo({ cwd: '/w/sub', env: { CI_PROJECT_DIR: '/g' } }), never)).toBe('/g');
    expect(await findCiRoot(fakeIo({ cwd: '/w/sub', env: { GITHUB_WORKSPACE: '' } }), fakeGit({ status: 0, stdout: '/w\n' }))).toBe('/w');
    // Outside a repository (git exits 128) and without git (ENOENT): the working directory, not an error.
    expect(await findCiRoot(fakeIo({ cwd: '/w/sub' }), fakeGit({ status: 128 }))).toBe('/w/sub');
    expect(await findCiRoot(fakeIo({ cwd: '/w/sub' }), fakeGit({ status: null, errorCode: 'ENOENT' }))).toBe('/w/sub');
    const outside = fakeIo({ cwd: '/w/sub' });
    expect(await findCiRoot(outside, fakeGit({ status: 128, stderr: 'fatal: not a git repository (or any of the parent directories): .git\n' }))).toBe('/w/sub');
    expect(outside.err()).toBe('');
  });

  it('when git refuses the repository (dubious ownership): the nearest directory holding .git, said once on stderr', async () => {
    const io = fakeIo({ cwd: '/w/sub/deeper', files: { '/w/.git/HEAD': 'ref: refs/heads/main\n', '/w/sub/deeper/a.yaml': '' } });
    expect(await findCiRoot(io, fakeGit({ status: 128, stderr: dubious('/w') }))).toBe('/w');
    expect(io.err()).toBe("milepel: note: git refused the repository (detected dubious ownership in repository at '/w'); CI paths are relative to /w, the nearest directory holding .git; set GITHUB_WORKSPACE or CI_PROJECT_DIR, or add the repository to git's safe.directory\n");
    // A .git file (worktrees, submodules) counts too; without any .git above, the working directory, still said.
    expect(await findCiRoot(fakeIo({ cwd: '/v/sub', files: { '/v/.git': 'gitdir: /elsewhere\n' } }), fakeGit({ status: 128, stderr: dubious('/v') }))).toBe('/v');
    const none = fakeIo({ cwd: '/u/sub' });
    expect(await findCiRoot(none, fakeGit({ status: 128, stderr: dubious('/u') }))).toBe('/u/sub');
    expect(none.err()).toContain('the working directory (no .git above it)');
    // Without git but inside a repository: its top level all the same.
    const noGit = fakeIo({ cwd: '/w/sub', files: { '/w/.git/HEAD': '' } });
    expect(await findCiRoot(noGit, fakeGit({ status: null, errorCode: 'ENOENT' }))).toBe('/w');
    expect(noGit.err()).toBe('milepel: note: git could not run (ENOENT); CI paths are relative to /w, the nearest directory holding .git\n');
  });

  it('maps paths given relative to the working directory or absolute; files outside the root stay absolute', () => {
    const map = relativeTo('/w', '/w/sub');
    expect(map('plans/a.yaml')).toBe('sub/plans/a.yaml');
    expect(map('../other/b.yaml')).toBe('other/b.yaml');
    expect(map('/w/c.yaml')).toBe('c.yaml');
    expect(map('../../elsewhere/d.yaml')).toBe('/elsewhere/d.yaml');
    expect(map('/w/..x/e.yaml')).toBe('..x/e.yaml');
  });
});

describe('validate output for CI, in-process', () => {
  it('github: relative to GITHUB_WORKSPACE from a subdirectory, errors before warnings', async () => {
    const r = await runCli(['validate', join(REPO_ROOT, 'plans'), '--format', 'github'], { cwd: join(REPO_ROOT, 'plans'), env: { GITHUB_WORKSPACE: REPO_ROOT } });
    const lines = r.stdout.trimEnd().split('\n');
    const kinds = lines.filter((l) => l.startsWith('::')).map((l) => l.slice(2, l.indexOf(' ')));
    expect(kinds.lastIndexOf('error')).toBeLessThan(kinds.indexOf('warning'));
    expect(kinds.filter((k) => k === 'error')).toHaveLength(2);
    expect(kinds.length).toBeGreaterThan(10);
    expect(r.code).toBe(1);
  });

  it('github and gitlab: paths from the subdirectory plans/ are plans/<file>', async () => {
    const cwd = join(REPO_ROOT, 'plans');
    const gh = await runCli(['validate', join(REPO_ROOT, 'plans'), '--format', 'github'], { cwd, env: { GITHUB_WORKSPACE: REPO_ROOT } });
    expect(new Set(files(gh.stdout))).toEqual(new Set(['plans/akson.yaml', 'plans/felles-grunnmur.yaml']));
    const gl = await runCli(['validate', join(REPO_ROOT, 'plans'), '--format', 'gitlab'], { cwd, env: { CI_PROJECT_DIR: REPO_ROOT } });
    const issues = JSON.parse(gl.stdout) as { location: { path: string } }[];
    expect(new Set(issues.map((i) => i.location.path))).toEqual(new Set(['plans/akson.yaml', 'plans/felles-grunnmur.yaml']));
  });

  it('sarif: relative URIs based on %SRCROOT%', async () => {
    const r = await runCli(['validate', 'plans', '--format', 'sarif'], { env: { GITHUB_WORKSPACE: REPO_ROOT } });
    const log = JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[] };
    const locations = log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation);
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) {
      expect(location.uriBaseId).toBe('%SRCROOT%');
      expect(location.uri).toMatch(/^plans\/[a-z-]+\.yaml$/);
    }
  });

  // SARIF 2.1.0 §3.14.14 (a tester's finding: the base was named but never given): the run's originalUriBaseIds gives
  // %SRCROOT% as the root's absolute file: URI ending in `/`, and base + uri names the file on disk.
  it('sarif: originalUriBaseIds gives %SRCROOT% as the root, so every relative URI resolves to its file', async () => {
    const root = join(tmp, 'a dir%with space');
    cpSync(join(REPO_ROOT, 'plans'), join(root, 'plans'), { recursive: true });
    for (const r of [
      await runCli(['validate', 'plans', '--format', 'sarif'], { cwd: root, env: { GITHUB_WORKSPACE: root } }),
      await runCli(['health', 'plans', '--format', 'sarif'], { cwd: root, env: { GITHUB_WORKSPACE: root }, diskRoots: [root, REPO_ROOT] }),
    ]) {
      const run = (JSON.parse(r.stdout) as { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[] }).runs[0]!;
      expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(root).href}/` } });
      expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toMatch(/^file:\/\/\/.*\/a%20dir%25with%20space\/$/);
      expect(run.results.length).toBeGreaterThan(0);
      for (const x of run.results) {
        const location = x.locations[0]!.physicalLocation.artifactLocation;
        expect(existsSync(fileURLToPath(new URL(location.uri, run.originalUriBaseIds[location.uriBaseId!]!.uri)))).toBe(true);
      }
    }
  });

  it('sarif: a file outside the root is an absolute file: URI without a base', async () => {
    const r = await runCli(['validate', join(REPO_ROOT, 'plans'), '--format', 'sarif'], { env: { GITHUB_WORKSPACE: join(REPO_ROOT, 'src') } });
    const location = (JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[] }).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    expect(location.uriBaseId).toBeUndefined();
    expect(location.uri).toBe(`file://${REPO_ROOT}/plans/akson.yaml`);
  });

  // Tester round 30 F2: duplicate-id's text named the first definition's file as given on the command line, beside a
  // file= and notes relative to the repository root.
  it('maps the file a finding names in its text too (duplicate-id)', async () => {
    const plan = 'plan: {id: p, title: P}\nmilestones:\n  - {id: B, title: B, date: 2020-01-02}\n  - {id: B, title: B2, date: 2020-01-03}\n';
    const files = { 'plans/p.yaml': plan };
    const gh = await runCli(['validate', 'plans', '--format', 'github'], { cwd: '/w/sub', files, diskRoots: [], env: { GITHUB_WORKSPACE: '/w' } });
    expect(gh.stdout).toContain('::error file=sub/plans/p.yaml,line=4,col=10,title=duplicate-id::milestone p/B is defined twice: the first definition is in sub/plans/p.yaml%0Anote: sub/plans/p.yaml:3:10: first definition of p/B%0A');
    const json = await runCli(['validate', 'plans', '--format', 'json'], { cwd: '/w/sub', files, diskRoots: [], env: { GITHUB_WORKSPACE: '/w' } });
    expect(json.stdout).toContain('the first definition is in plans/p.yaml"');
  });

  it('text and json keep the paths as given', async () => {
    const r = await runCli(['validate', 'plans', '--format', 'json'], { cwd: '/elsewhere', env: { GITHUB_WORKSPACE: '/w' } });
    const json = JSON.parse(r.stdout) as { files: string[] };
    expect(json.files).toContain('plans/akson.yaml');
  });
});

describe('validate for CI as a process, from any working directory', () => {
  const plansRepo = join(tmp, 'repo');
  cpSync(join(REPO_ROOT, 'plans'), join(plansRepo, 'plans'), { recursive: true });
  mkdirSync(join(plansRepo, 'docs'));
  const noCi = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['GITHUB_WORKSPACE', 'CI_PROJECT_DIR', 'GITHUB_STEP_SUMMARY'].includes(k)));
  const run = (cwd: string, args: string[], env: NodeJS.ProcessEnv = noCi) => spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' });

  it('outside any repository: relative to the working directory (not an error)', () => {
    const r = run(join(plansRepo, 'docs'), ['validate', '../plans', '--format', 'github']);
    expect(r.status).toBe(1);
    // Nothing but github's count of the findings (tester round 110 F2).
    expect(r.stderr).toMatch(/^milepel: \d+ errors?, \d+ warnings? in \d+ files?\n$/);
    // ../plans lies outside the root (the working directory): CI could not show `../`, so the path is absolute.
    expect(new Set(files(r.stdout))).toEqual(new Set([join(plansRepo, 'plans/akson.yaml'), join(plansRepo, 'plans/felles-grunnmur.yaml')]));
    const here = run(plansRepo, ['validate', 'plans', '--format', 'github']);
    expect(new Set(files(here.stdout))).toEqual(new Set(['plans/akson.yaml', 'plans/felles-grunnmur.yaml']));
  });

  // Tester round 27 F2: a runner whose workspace is a symbolic link (its _work folder, macOS's /var) runs in the
  // physical folder; every path left the root as written and was absolute.
  it('GITHUB_WORKSPACE / CI_PROJECT_DIR reached through a symbolic link: still relative to it', () => {
    const link = join(tmp, 'linked-workspace');
    symlinkSync(plansRepo, link);
    for (const [name, format, pick] of [
      ['GITHUB_WORKSPACE', 'github', files],
      ['CI_PROJECT_DIR', 'gitlab', (out: string) => (JSON.parse(out) as { location: { path: string } }[]).map((f) => f.location.path)],
      ['GITHUB_WORKSPACE', 'sarif', (out: string) => (JSON.parse(out) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[] }).runs[0]!.results.map((x) => `${x.locations[0]!.physicalLocation.artifactLocation.uriBaseId}:${x.locations[0]!.physicalLocation.artifactLocation.uri}`)],
    ] as const) {
      const r = run(plansRepo, ['validate', 'plans', '--format', format], { ...noCi, [name]: link });
      const expected = format === 'sarif' ? ['%SRCROOT%:plans/akson.yaml', '%SRCROOT%:plans/felles-grunnmur.yaml'] : ['plans/akson.yaml', 'plans/felles-grunnmur.yaml'];
      expect(new Set(pick(r.stdout)), format).toEqual(new Set(expected));
    }
  });

  it('inside a repository: relative to its top level, from a subdirectory', () => {
    const init = spawnSync('git', ['init', '--quiet', plansRepo]);
    expect(init.status).toBe(0);
    const r = run(join(plansRepo, 'docs'), ['validate', '../plans', '--format', 'github']);
    expect(new Set(files(r.stdout))).toEqual(new Set(['plans/akson.yaml', 'plans/felles-grunnmur.yaml']));
    expect(r.status).toBe(1);
  });

  it('without git on PATH, inside a repository: relative to the directory holding .git, with one note', () => {
    const r = run(join(plansRepo, 'plans'), ['validate', '.', '--format', 'gitlab'], { ...noCi, PATH: '/nonexistent' });
    expect(r.stderr).toBe(`milepel: note: git could not run (ENOENT); CI paths are relative to ${plansRepo}, the nearest directory holding .git\n`);
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { location: { path: string } }[]).map((i) => i.location.path)).toContain('plans/akson.yaml');
  });

  it('without git on PATH, outside any repository: relative to the working directory (not an error, no note)', () => {
    const bare = join(tmp, 'bare');
    cpSync(join(REPO_ROOT, 'plans'), join(bare, 'plans'), { recursive: true });
    const r = run(join(bare, 'plans'), ['validate', '.', '--format', 'gitlab'], { ...noCi, PATH: '/nonexistent' });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { location: { path: string } }[]).map((i) => i.location.path)).toContain('akson.yaml');
  });

  it('when git refuses the repository (a git on PATH that says "dubious ownership", exit 128): still relative to the top level', () => {
    const bin = join(tmp, 'fake-git-bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'git'), `#!/bin/sh\ncat >&2 <<'EOF'\n${dubious(plansRepo)}EOF\nexit 128\n`, { mode: 0o755 });
    const env = { ...noCi, PATH: `${bin}:${process.env['PATH'] ?? ''}` };
    for (const format of ['github', 'sarif', 'gitlab']) {
      const r = run(join(plansRepo, 'docs'), ['validate', '../plans', '--format', format], env);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('plans/akson.yaml');
      expect(r.stdout).not.toContain(join(plansRepo, 'plans'));
      // github's count of the findings follows on stderr (tester round 110 F2).
      const notes = r.stderr.split('\n').filter((l) => l !== '' && !/^milepel: \d+ errors?, \d+ warnings? in \d+ files?$/.test(l));
      expect(notes).toEqual([`milepel: note: git refused the repository (detected dubious ownership in repository at '${plansRepo}'); CI paths are relative to ${plansRepo}, the nearest directory holding .git; set GITHUB_WORKSPACE or CI_PROJECT_DIR, or add the repository to git's safe.directory`]);
    }
    const health = run(join(plansRepo, 'docs'), ['health', '../plans', '--format', 'github'], env);
    expect(health.stdout).toContain('file=plans/');
    expect(health.stderr).toContain('git refused the repository');
  });
});
