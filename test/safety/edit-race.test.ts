// Concurrent edits take turns (issue #11): two `set` runs on one file, each held up between preparing and renaming, lose nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';

// The CLI bundled from src/ for this run, not whatever dist/ holds.
const BIN = builtCli();
const PLAN = 'plan: {id: p, title: P}   # kept\nmilestones:\n  - id: A\n    title: First\n    date: 2019-09-02\n  - id: B\n    title: Second\n    date: 2019-09-16\n';
const PAIRS = 30;
const BATCH = 5;

export interface Exit {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stderr: string;
}

/** Runs the built CLI with extra environment; `onSpawn` gets the child (to signal it). */
export function runBin(args: readonly string[], env: Record<string, string>, onSpawn?: (kill: (signal: NodeJS.Signals) => void) => () => void): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const stop = onSpawn?.((signal) => child.kill(signal));
    child.on('close', (code, signal) => {
      stop?.();
      resolve({ code, signal, stderr });
    });
  });
}

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'milepel-race-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('two set runs on one file at once', () => {
  it(`${PAIRS} pairs, each run delayed between its check and its rename: both changes land every time`, async () => {
    const lost: string[] = [];
    for (let start = 0; start < PAIRS; start += BATCH) {
      await Promise.all(Array.from({ length: BATCH }, async (_, k) => {
        const n = start + k;
        const file = join(dir, `pair-${n}.yaml`);
        writeFileSync(file, PLAN);
        const env = { MILEPEL_TEST_EDIT_DELAY_MS: '100' };
        const [a, b] = await Promise.all([
          runBin(['set', 'p/A', '--forecast', '2019-09-10', file, '--today', '2019-09-01'], env),
          runBin(['set', 'p/B', '--status', 'red', file, '--today', '2019-09-01'], env),
        ]);
        const text = readFileSync(file, 'utf8');
        const expected = PLAN.replace('date: 2019-09-02\n', 'date: 2019-09-02\n    forecast: 2019-09-10\n').replace('date: 2019-09-16\n', 'date: 2019-09-16\n    status: red\n');
        if (a.code !== 0 || b.code !== 0 || text !== expected) lost.push(`pair ${n}: exits ${a.code}/${b.code} ${a.stderr}${b.stderr}\n${text}`);
      }));
    }
    expect(lost).toEqual([]);
    // No temporary or lock file is left beside any of them.
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  }, 180_000);
});

describe('an interrupted set', () => {
  for (const [signal, code, locale] of [['SIGTERM', 143, 'en'], ['SIGINT', 130, 'en'], ['SIGINT', 130, 'nb']] as const) {
    it(`${signal} while the new text waits to be renamed: exit ${code}, the file untouched, no temporary or lock file left, said in ${locale}`, async () => {
      const sub = mkdtempSync(join(dir, 'sig-'));
      const file = join(sub, 'plan.yaml');
      writeFileSync(file, PLAN);
      const exit = await runBin(['set', 'p/A', '--forecast', '2019-09-10', file, '--today', '2019-09-01', '--locale', locale], { MILEPEL_TEST_EDIT_DELAY_MS: '20000' }, (kill) => {
        // Signal as soon as the temporary file exists: the run is then between preparing and renaming.
        const poll = setInterval(() => {
          if (readdirSync(sub).some((f) => f.endsWith('.tmp'))) {
            clearInterval(poll);
            kill(signal);
          }
        }, 20);
        return () => clearInterval(poll);
      });
      expect(exit.code).toBe(code);
      expect(exit.stderr).toMatch(locale === 'nb' ? new RegExp(`^milepel: avbrutt \\(${signal}\\); midlertidige filer`) : /^milepel: interrupted/);
      expect(readFileSync(file, 'utf8')).toBe(PLAN);
      expect(readdirSync(sub)).toEqual(['plan.yaml']);
    }, 60_000);
  }
  it('SIGKILL leaves the lock and the temporary file; the next set takes the lock over and removes that dead run\'s temporary file only', async () => {
    const sub = mkdtempSync(join(dir, 'kill-'));
    const file = join(sub, 'plan.yaml');
    writeFileSync(file, PLAN);
    const exit = await runBin(['set', 'p/A', '--forecast', '2019-09-10', file, '--today', '2019-09-01'], { MILEPEL_TEST_EDIT_DELAY_MS: '20000' }, (kill) => {
      const poll = setInterval(() => {
        if (readdirSync(sub).some((f) => f.endsWith('.tmp'))) {
          clearInterval(poll);
          kill('SIGKILL');
        }
      }, 20);
      return () => clearInterval(poll);
    });
    expect(exit.signal).toBe('SIGKILL');
    const left = readdirSync(sub).sort();
    expect(left).toHaveLength(3);
    expect(left.filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    // Another process's temporary file (this test's pid, alive) beside the same plan: never removed.
    const alive = `.plan.yaml.milepel-${process.pid.toString(36)}-1-keepme.tmp`;
    writeFileSync(join(sub, alive), 'a live writer\'s text');
    const next = await runBin(['set', 'p/B', '--forecast', '2019-09-20', file, '--today', '2019-09-01'], {});
    expect(next.code, next.stderr).toBe(0);
    expect(readdirSync(sub).sort()).toEqual([alive, 'plan.yaml']);
    expect(readFileSync(file, 'utf8')).toBe(PLAN.replace('date: 2019-09-16\n', 'date: 2019-09-16\n    forecast: 2019-09-20\n'));
  }, 60_000);
});
