// The edit lock (`.<file>.milepel-lock` beside the plan) left behind by a run that died: a crash, a power cut, a
// reboot. A lock that provably has no live milepel behind it is taken over at once, said in one warning line; one that
// may still be held makes the run wait, then refuse with a line that says how to clear it (tester round 21 #5: an
// empty lock, or one holding a pid that was reused, blocked every later edit for 15 s and then failed for ever).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readlinkSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockFiles } from '../../src/cli/edit-lock.js';
import { builtCli } from '../helpers/built-cli.js';

// The CLI bundled from src/ for this run, not whatever dist/ holds.
const BIN = builtCli();
const PLAN = 'plan: {id: p, title: P}\nmilestones:\n  - id: A\n    title: First\n    date: 2019-09-02\n';
const EDITED = PLAN.replace('date: 2019-09-02\n', 'date: 2019-09-02\n    forecast: 2019-09-20\n');
const HOUR_AGO = (Date.now() - 3_600_000) / 1000;

function runBin(args: readonly string[]): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr, ms: Date.now() - started }));
  });
}

let root: string;
beforeAll(() => (root = mkdtempSync(join(tmpdir(), 'milepel-stale-'))));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A plan with a lock file beside it holding `content`, its time set back an hour when `old`. */
function planWithLock(content: string, old: boolean): { dir: string; file: string; lock: string } {
  const dir = mkdtempSync(join(root, 'ws-'));
  const file = join(dir, 'plan.yaml');
  const lock = join(dir, '.plan.yaml.milepel-lock');
  writeFileSync(file, PLAN);
  writeFileSync(lock, content);
  if (old) utimesSync(lock, HOUR_AGO, HOUR_AGO);
  return { dir, file, lock };
}

/** This machine as a lock records it: host name, and on Linux the pid namespace (containers share host names). */
function here(): { host: string; pidns?: string } {
  try {
    return { host: hostname(), pidns: /\[(\d+)\]/.exec(readlinkSync('/proc/self/ns/pid'))?.[1] ?? '' };
  } catch {
    return { host: hostname() };
  }
}

async function expectTakenOver(content: string, old: boolean, why: RegExp): Promise<void> {
  const { file, lock } = planWithLock(content, old);
  const r = await runBin(['set', 'p/A', '--forecast', '2019-09-20', file, '--today', '2019-09-01']);
  expect(r.code, r.stderr).toBe(0);
  // Not the 15 s wait for a holder that will never let go.
  expect(r.ms).toBeLessThan(8_000);
  expect(r.stderr).toMatch(new RegExp(`^milepel: warning: took over the edit lock ${lock.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: [^\\n]*\\n$`));
  expect(r.stderr).toMatch(why);
  expect(readFileSync(file, 'utf8')).toBe(EDITED);
  expect(existsSync(lock)).toBe(false);
}

describe('a lock left by a run that died is taken over', () => {
  it('an empty lock (a power cut after the lock was made, before its contents reached the disk)', async () => {
    await expectTakenOver('', true, /it holds no milepel's record/);
  }, 30_000);

  it('an empty lock made just now: taken over once it has stayed empty for two seconds', async () => {
    await expectTakenOver('', false, /it holds no milepel's record/);
  }, 30_000);

  it('a lock holding only a process id that is alive but no milepel of this version recorded (`echo 1 > lock`)', async () => {
    await expectTakenOver('1\n', true, /it holds no milepel's record/);
  }, 30_000);

  it('a record of a process that is no longer running', async () => {
    await expectTakenOver(`${JSON.stringify({ pid: 2 ** 22 + 7, ...here(), start: '1' })}\n`, false, /process 4194311, which took it, is no longer running/);
  }, 30_000);

  it.runIf(process.platform === 'linux')('a record whose process id was reused: the process running under it started at another time', async () => {
    await expectTakenOver(`${JSON.stringify({ pid: process.pid, ...here(), start: '1' })}\n`, false, new RegExp(`process ${process.pid} is running but is not the milepel that took it`));
  }, 30_000);

  it('a record from another machine, older than ten minutes', async () => {
    await expectTakenOver(`${JSON.stringify({ pid: 1, host: 'elsewhere.example', start: '5' })}\n`, true, /taken on host elsewhere\.example more than 10 minutes ago/);
  }, 30_000);

  it('a record made before the system last started', async () => {
    const { file, lock } = planWithLock(`${JSON.stringify({ pid: 1, ...here() })}\n`, false);
    // Before the boot: a year ago is, unless this machine has run for a year.
    const yearAgo = (Date.now() - 365 * 86_400_000) / 1000;
    utimesSync(lock, yearAgo, yearAgo);
    const r = await runBin(['set', 'p/A', '--forecast', '2019-09-20', file, '--today', '2019-09-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^milepel: warning: took over the edit lock .*: (it was taken before the system last started|process 1 .*)\n$/);
    expect(readFileSync(file, 'utf8')).toBe(EDITED);
  }, 30_000);
});

describe('a lock that may still be held', () => {
  it('a recent record from another machine: waits, then refuses naming the holder and how to clear a lock no milepel holds', async () => {
    const { file, lock } = planWithLock(`${JSON.stringify({ pid: 4242, host: 'elsewhere.example', start: '5' })}\n`, false);
    await expect(lockFiles([file], 200)).rejects.toThrow(`${file} is being edited by another milepel (process 4242 on host elsewhere.example, lock file ${lock}); nothing written: try again when it has finished; if no milepel is running there, remove ${lock}`);
    expect(readFileSync(lock, 'utf8')).toContain('elsewhere.example');
  });

  it('this process\'s own live lock is never taken over', async () => {
    const dir = mkdtempSync(join(root, 'own-'));
    const file = join(dir, 'plan.yaml');
    writeFileSync(file, PLAN);
    const held = await lockFiles([file]);
    try {
      await expect(lockFiles([file], 200)).rejects.toThrow(/is being edited by another milepel \(process \d+, lock file /);
    } finally {
      held.release();
    }
    expect(existsSync(join(dir, '.plan.yaml.milepel-lock'))).toBe(false);
  });
});
