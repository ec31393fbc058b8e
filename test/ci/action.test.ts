// Runs action.yml's steps as the Actions runner does: bash with GitHub's variables, the inputs and expressions substituted.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fake-io.js';

interface Step { name: string; shell: string; env?: Record<string, string>; run: string }
interface Action { inputs: Record<string, { default: string }>; runs: { using: string; steps: Step[] } }

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as Action;
const tmp = mkdtempSync(join(tmpdir(), 'milepel-action-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `${{ inputs.x }}` and `${{ github.action_path }}` as the runner evaluates them; any other expression fails the test. */
function evaluate(text: string, inputs: Record<string, string>, actionPath: string): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    if (expr === 'github.action_path') return actionPath;
    const input = /^inputs\.([\w-]+)$/.exec(expr)?.[1];
    if (input !== undefined && input in action.inputs) return inputs[input] ?? action.inputs[input]!.default;
    throw new Error(`unexpected expression in action.yml: ${expr}`);
  });
}

interface Run { code: number; stdout: string; stderr: string; summary: string }

/** Each step in turn (stopping at the first failure, as the runner does), `bash --noprofile --norc -eo pipefail`, in GITHUB_WORKSPACE. */
function runAction(workspace: string, inputs: Record<string, string> = {}, options: { actionPath?: string; path?: string; summary?: string } = {}): Run {
  const actionPath = options.actionPath ?? REPO_ROOT;
  const runnerTemp = mkdtempSync(join(tmp, 'runner-'));
  const summary = options.summary ?? join(runnerTemp, 'step_summary');
  let stdout = '';
  let stderr = '';
  for (const [index, step] of action.runs.steps.entries()) {
    expect(step.shell).toBe('bash');
    const script = join(runnerTemp, `step-${index}.sh`);
    writeFileSync(script, evaluate(step.run, inputs, actionPath));
    const env: NodeJS.ProcessEnv = {
      PATH: options.path ?? process.env['PATH'], HOME: process.env['HOME'], CI: 'true', GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace, GITHUB_ACTION_PATH: actionPath, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: runnerTemp,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v, inputs, actionPath)])),
    };
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, encoding: 'utf8' });
    stdout += r.stdout;
    stderr += r.stderr;
    if (r.status !== 0) return { code: r.status ?? -1, stdout, stderr, summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '' };
  }
  return { code: 0, stdout, stderr, summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '' };
}

function plansRepository(name: string): string {
  const dir = join(tmp, name);
  cpSync(join(REPO_ROOT, 'plans'), join(dir, 'plans'), { recursive: true });
  return dir;
}

describe('action.yml', () => {
  it('is a composite action that runs its own checkout, never a package by name', () => {
    expect(action.runs.using).toBe('composite');
    const text = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');
    expect(text).not.toMatch(/npx|milepel@|npm (i|install) /);
    expect(text).toContain('${{ github.action_path }}');
  });

  it('annotates with paths relative to the repository root, errors first, and writes the job summary', () => {
    const workspace = plansRepository('ws');
    const r = runAction(workspace);
    expect(r.code).toBe(1);
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::error') || l.startsWith('::warning'));
    expect(commands).toHaveLength(16);
    const kinds = commands.map((l) => l.slice(2, l.indexOf(' ')));
    expect(kinds.lastIndexOf('error')).toBeLessThan(kinds.indexOf('warning'));
    expect(new Set(commands.map((l) => /file=([^,]+)/.exec(l)![1]))).toEqual(new Set(['plans/akson.yaml', 'plans/felles-grunnmur.yaml']));
    expect(r.summary).toMatch(/^### milepel validate: 2 errors, 14 warnings in 3 files\n/);
    expect(r.summary.split('\n').filter((l) => l.startsWith('| error |'))).toHaveLength(2);
  });

  it('passes the inputs: paths, today, strict and plan', () => {
    const workspace = plansRepository('ws-inputs');
    const roadmap = runAction(workspace, { paths: 'plans/governance.yaml plans/felles-grunnmur.yaml', today: '2019-09-01' });
    expect(roadmap.code).toBe(0);
    expect(roadmap.stdout).toMatch(/^::warning file=plans\/felles-grunnmur.yaml,/m);
    expect(roadmap.stdout).not.toMatch(/akson/);
    const strict = runAction(workspace, { paths: 'plans/governance.yaml plans/felles-grunnmur.yaml', strict: 'true' });
    expect(strict.code).toBe(1);
    const plan = runAction(workspace, { plan: 'felles-grunnmur' });
    expect(plan.code).toBe(0);
    expect(plan.stdout).not.toMatch(/^::error/m);
  });

  // Tester round 96 F1: a list one per line (`paths: |`) checked its first path only, and the step passed.
  it('reads paths written one per line, as a YAML block gives them, each of them', () => {
    const workspace = plansRepository('ws-lines');
    const r = runAction(workspace, { paths: 'plans/governance.yaml\nplans/akson.yaml\n  plans/felles-grunnmur.yaml\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=plans\/akson\.yaml,/m);
    expect(r.stdout).toMatch(/^::warning file=plans\/felles-grunnmur\.yaml,/m);
    expect(r.summary).toMatch(/ in 3 files\n/);
  });

  // Tester round 33 F6: strict was on only for exactly "true"; yes, 1 or a typo turned it off without a word.
  it('reads strict as YAML booleans in any case, and stops the step on any other value', () => {
    const workspace = plansRepository('ws-strict');
    const paths = 'plans/governance.yaml plans/felles-grunnmur.yaml';
    for (const value of ['TRUE', 'yes', 'On', '1']) expect(runAction(workspace, { paths, strict: value }).code, value).toBe(1);
    for (const value of ['false', 'No', 'off', '0', '']) expect(runAction(workspace, { paths, strict: value }).code, value).toBe(0);
    const typo = runAction(workspace, { paths, strict: 'treu' });
    expect([typo.code, typo.stdout, typo.stderr]).toEqual([2, '', 'milepel: the action\'s input strict must be "true" or "false", not "treu"\n']);
  });

  it('an unwritable step summary: the annotations, then one milepel: line, exit 2', () => {
    const workspace = plansRepository('ws-summary');
    const r = runAction(workspace, {}, { summary: join(workspace, 'no-such-dir', 'summary') });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error file=plans\/akson\.yaml,/m);
    expect(r.stderr).toMatch(/^milepel: cannot write the step summary GITHUB_STEP_SUMMARY=[^\n]*\n$/);
  });

  it('builds a checkout without the bundle first (npm ci --ignore-scripts, npm run build), in the action\'s directory', () => {
    const checkout = join(tmp, 'action-checkout');
    mkdirSync(checkout);
    for (const entry of ['action.yml', 'bin', 'package.json']) cpSync(join(REPO_ROOT, entry), join(checkout, entry), { recursive: true });
    // A stand-in npm that logs its calls and "builds" by linking the real bundle: the real build is tested elsewhere.
    const fakeBin = join(tmp, 'fake-bin');
    mkdirSync(fakeBin);
    writeFileSync(join(fakeBin, 'npm'), `#!/bin/sh\necho "$PWD: npm $*" >> ${join(tmp, 'npm.log')}\nif [ "$1 $2" = "run build" ]; then ln -s ${join(REPO_ROOT, 'dist')} dist; fi\n`);
    chmodSync(join(fakeBin, 'npm'), 0o755);
    symlinkSync(process.execPath, join(fakeBin, 'node'));
    const r = runAction(plansRepository('ws-build'), {}, { actionPath: checkout, path: `${fakeBin}:/usr/bin:/bin` });
    expect(readFileSync(join(tmp, 'npm.log'), 'utf8')).toBe(`${checkout}: npm ci --ignore-scripts --no-audit --no-fund\n${checkout}: npm run build\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=plans\/akson.yaml,/m);
    // A second run finds the bundle and builds nothing.
    runAction(plansRepository('ws-build-2'), {}, { actionPath: checkout, path: `${fakeBin}:/usr/bin:/bin` });
    expect(readFileSync(join(tmp, 'npm.log'), 'utf8').split('\n')).toHaveLength(3);
  });
});
