// End to end: real `node bin/milepel.js` processes (bundled from src/ by test/global-setup.mjs) — exit codes, stdout/stderr, the shipped plans' findings, time zones, colour, schema, init.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { readRepoFile, REPO_ROOT } from '../helpers/fake-io.js';

const BIN = builtCli();
const FORMATS = ['text', 'json', 'github', 'junit', 'sarif'] as const;
const ZONES = ['Pacific/Kiritimati', 'America/Adak', 'Europe/Oslo'] as const;
const tmp = mkdtempSync(join(tmpdir(), 'milepel-e2e-'));

interface Run { readonly code: number | null; readonly stdout: string; readonly stderr: string }

/** Runs the built CLI in the repository with a clean environment (no inherited colour or locale settings). */
function milepel(args: readonly string[], env: Readonly<Record<string, string>> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    env: { PATH: process.env['PATH'] ?? '', HOME: tmp, TZ: 'UTC', LANG: 'C', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('exit codes and streams', () => {
  it('validate on the shipped plans: findings on stdout, nothing on stderr, exit 1', () => {
    const r = milepel(['validate']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('plans/akson.yaml:37:11: warning:');
    expect(r.stdout).toMatch(/2 errors, 14 warnings in 3 files\n$/);
  });

  it('a valid workspace: exit 0', () => {
    const r = milepel(['validate', 'test/fixtures/valid/cross-plan', '--today', '2019-06-03']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('✔ 2 files checked, no problems\n');
  });

  it('a path that does not exist: exit 2, one line on stderr, nothing on stdout', () => {
    const r = milepel(['validate', 'no/such/plans']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'milepel: no/such/plans: no such file or directory\n' });
  });

  it('an unknown option: exit 2 with a suggestion', () => {
    const r = milepel(['validate', '--strcit']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: "milepel: unknown option '--strcit' (Did you mean --strict?)\n" });
  });
});

describe('paths are shown as given on the command line (SPEC §15, §8; tester round 69 F3)', () => {
  it('a file named as ./plans/akson.yaml or plans/../plans/akson.yaml is shown so; a directory\'s files are joined to it', () => {
    for (const given of ['./plans/akson.yaml', 'plans/../plans/akson.yaml']) {
      const json = JSON.parse(milepel(['validate', given, '--format', 'json']).stdout) as { files: string[]; diagnostics: { file: string }[] };
      expect(json.files).toEqual([given]);
      expect(new Set(json.diagnostics.map((d) => d.file))).toEqual(new Set([given]));
      expect(milepel(['validate', given]).stdout).toContain(`${given}:37:11: warning:`);
    }
    const dir = JSON.parse(milepel(['validate', './plans', '--format', 'json']).stdout) as { files: string[] };
    expect(dir.files).toContain('plans/akson.yaml');
  });
});

describe('the shipped plans report exactly the seed\'s problems', () => {
  it('MP2 on a Saturday, meetings listed after MP2, 13 unassigned measures', () => {
    const r = milepel(['validate', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { ok: boolean; files: string[]; diagnostics: { file: string; line: number; column: number; rule: string; severity: string; ref: string }[] };
    const akson = readRepoFile('plans/akson.yaml').split('\n');
    expect(akson[36]).toBe('    date: 2019-08-31');
    expect(akson[38]).toBe('    meetings: [NEHS@2019-09-12, KR@2019-09-13]');
    const grunnmur = readRepoFile('plans/felles-grunnmur.yaml').split('\n');
    const unassigned = grunnmur.flatMap((line, i) => (line.trim() === 'responsible: "?"' ? [`plans/felles-grunnmur.yaml:${i + 1}:18 unassigned warning`] : []));
    expect(unassigned).toHaveLength(13);
    expect(json.ok).toBe(false);
    expect(json.files).toEqual(['plans/akson.yaml', 'plans/felles-grunnmur.yaml', 'plans/governance.yaml']);
    expect(json.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.severity}`)).toEqual([
      'plans/akson.yaml:37:11 non-working-day warning',
      // One problem, one finding: NEHS@2019-09-12 is after MP2 and MP2 lists no other NEHS meeting.
      'plans/akson.yaml:39:16 meeting-before-milestone error',
      'plans/akson.yaml:39:33 meeting-before-milestone error',
      ...unassigned,
    ]);
    expect(json.diagnostics.slice(0, 3).every((d) => d.ref === 'akson/MP2')).toBe(true);
  });
});

describe('output is the same bytes under any time zone', () => {
  for (const format of FORMATS) {
    it(`--format ${format}`, () => {
      for (const today of [[], ['--today', '2019-09-01']]) {
        const runs = ZONES.map((TZ) => milepel(['validate', '--format', format, ...today], { TZ }));
        for (const r of runs) expect(r.code).toBe(1);
        expect(new Set(runs.map((r) => r.stdout)).size).toBe(1);
        if (format !== 'text') expect(milepel(['validate', '--format', format, ...today], { TZ: 'Asia/Kolkata', LANG: 'nb_NO.UTF-8', LC_ALL: 'nb_NO.UTF-8' }).stdout).toBe(runs[0]!.stdout);
      }
    });
  }
});

describe('colour', () => {
  const ESC = '\x1b';
  it('not a terminal, or NO_COLOR=1: no escape sequences', () => {
    expect(milepel(['validate']).stdout).not.toContain(ESC);
    expect(milepel(['validate'], { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
  });
  it('--color and FORCE_COLOR=1: escape sequences', () => {
    expect(milepel(['validate', '--color']).stdout).toContain(`${ESC}[`);
    expect(milepel(['validate'], { FORCE_COLOR: '1' }).stdout).toContain(`${ESC}[`);
    expect(milepel(['validate', '--color', '--no-color']).stdout).not.toContain(ESC);
  });
});

describe('schema and init', () => {
  it('milepel schema prints the schema file byte for byte', () => {
    const r = milepel(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(REPO_ROOT, 'schemas', 'plan.schema.json'), 'utf8'));
  });

  it('milepel init writes a workspace that validates with no findings, and never overwrites', () => {
    const dir = join(tmp, 'ws', 'plans');
    const first = milepel(['init', dir]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(existsSync(join(dir, 'governance.yaml')) && existsSync(join(dir, 'example.yaml'))).toBe(true);
    expect(readFileSync(join(dir, 'schemas', 'plan.schema.json'), 'utf8')).toBe(readRepoFile('schemas/plan.schema.json'));
    expect(existsSync(join(tmp, 'ws', 'schemas'))).toBe(false);
    for (const extra of [[], ['--strict']]) {
      const v = milepel(['validate', dir, '--format', 'json', ...extra]);
      expect(JSON.parse(v.stdout).diagnostics).toEqual([]);
      expect(v.code).toBe(0);
    }
    const before = readFileSync(join(dir, 'example.yaml'), 'utf8');
    const again = milepel(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/^milepel: .*governance\.yaml, .*example\.yaml already exist; init never overwrites[^\n]*\n$/);
    expect(readFileSync(join(dir, 'example.yaml'), 'utf8')).toBe(before);
  });
});
