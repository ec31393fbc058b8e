// Real subprocess runs of `milepel risk`: the same bytes for any --jobs and TZ; exit 2 for bad options.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEQUENTIAL_WORK } from '../../src/cli/risk-pool.js';
import { builtCli } from '../helpers/built-cli.js';
import { REPO_ROOT } from '../helpers/fake-io.js';

// The CLI and its worker threads' script, bundled from src/ by test/global-setup.mjs; `dir` holds a generated network.
const BIN = builtCli();
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-risk-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function run(args: readonly string[], zone = 'UTC'): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, 'risk', ...args], {
    cwd: REPO_ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'], TZ: zone, LANG: 'C' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PLAN = 'test/fixtures/valid/risk';

describe('milepel risk output', () => {
  it('is byte-identical with 1 and 2 jobs and under far-apart time zones, in every format', () => {
    for (const format of ['json', 'text', 'html']) {
      const args = [PLAN, '--iterations', '1000', '--seed', '7', '--format', format, '--milestone', 'D', '--width', '100'];
      const one = run([...args, '--jobs', '1']);
      expect(one.status, one.stderr).toBe(0);
      expect(one.stdout.length).toBeGreaterThan(100);
      for (const [jobs, zone] of [['2', 'UTC'], ['2', 'Pacific/Kiritimati'], ['1', 'America/Adak'], ['2', 'Europe/Oslo']] as const) {
        expect(run([...args, '--jobs', jobs], zone).stdout, `${format} --jobs ${jobs} TZ=${zone}`).toBe(one.stdout);
      }
    }
  }, 120_000);

  it('is byte-identical with 1 and 2 jobs on a network big enough for worker threads (shared store, parallel drivers)', async () => {
    // bench/generate-risk.mjs: three-point durations and lags, risk events; enough node-iterations that --jobs 2 starts workers.
    const bench = pathToFileURL(join(REPO_ROOT, 'bench', 'generate-risk.mjs')).href;
    const { generateRiskNetwork } = (await import(bench)) as { generateRiskNetwork: (dir: string, n: number) => void };
    const network = join(dir, 'network');
    generateRiskNetwork(network, 300);
    const iterations = String(Math.ceil(SEQUENTIAL_WORK / 300) + 77);
    const args = [network, '--iterations', iterations, '--seed', '11', '--format', 'json'];
    const one = run([...args, '--jobs', '1']);
    expect(one.status, one.stderr).toBe(0);
    const json = JSON.parse(one.stdout) as { milestones: unknown[]; drivers: unknown[] };
    expect(json.milestones).toHaveLength(300);
    expect(json.drivers.length).toBeGreaterThan(10);
    expect(run([...args, '--jobs', '2'], 'Pacific/Kiritimati').stdout).toBe(one.stdout);
  }, 120_000);

  it('depends on the seed', () => {
    const a = run([PLAN, '--iterations', '500', '--seed', '1', '--format', 'json']).stdout;
    const b = run([PLAN, '--iterations', '500', '--seed', '2', '--format', 'json']).stdout;
    expect(a).not.toBe(b);
  });

  it('clamps --jobs above the CPU count, however large (2^53 and up were refused: tester round 59 F5)', () => {
    const one = run([PLAN, '--iterations', '300', '--jobs', '1', '--format', 'json']).stdout;
    for (const jobs of ['4096', '9007199254740992', '99999999999999999999', '007']) {
      const r = run([PLAN, '--iterations', '300', '--jobs', jobs, '--format', 'json']);
      expect(r.status, jobs).toBe(0);
      expect(r.stdout, jobs).toBe(one);
    }
  });

  it.each([
    [['--iterations', '0'], '--iterations'],
    [['--iterations', '-5'], '--iterations'],
    [['--iterations', 'many'], '--iterations'],
    [['--jobs', '0'], '--jobs'],
    [['--jobs', '1.5'], '--jobs'],
    [['--jobs', '-1'], '--jobs'],
    [['--seed', '-1'], '--seed'],
    [['--seed', '1e3'], '--seed'],
    [['--milestone', 'NOPE'], '--milestone'],
    [['--format', 'csv'], '--format'],
  ])('exits 2 with one milepel: line for %j', (extra, option) => {
    const r = run([PLAN, '--iterations', '10', ...extra]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^milepel: .*${option.replace(/-/g, '\\-')}`));
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
