// Exclusive edit locks beside plan files (O_EXCL lock files), so concurrent set/snapshot runs take turns.
import { closeSync, openSync, readFileSync, readdirSync, realpathSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { registerCleanup, unregisterCleanup } from './cleanup.js';
import { tempPrefixOf } from './atomic-temp.js';
import { describeFsError } from './fs-error.js';
import { msg } from '../messages/index.js';
import { UsageError } from './usage-error.js';
import { escapeControl } from '../report/safe-text.js';

/** How long a run waits for another milepel's lock before refusing (milliseconds). */
export const LOCK_WAIT_MS = 15_000;
const POLL_MS = 25;

export class LockBusyError extends UsageError {
  constructor(readonly path: string, readonly holder: string) {
    super(`${path} is being edited by another milepel (${holder}); nothing written: try again when it has finished`);
  }
}

/** The lock file of a plan file: hidden (the workspace walk skips it), next to the real file. */
export function lockPathOf(realPath: string): string {
  return join(dirname(realPath), `.${basename(realPath)}.milepel-lock`);
}

/**
 * Takes the lock of every file (in sorted order, so two runs never wait for each other in a circle)
 * and returns the function that releases them. A lock file holds its owner's process id; one whose
 * process no longer exists (killed with SIGKILL) is taken over. Waits up to `waitMs`, then throws
 * LockBusyError having released what it took.
 */
export async function lockFiles(paths: readonly string[], waitMs = LOCK_WAIT_MS): Promise<() => void> {
  // Messages name a file as the user gave it (the first path given for it), not its resolved absolute path.
  const given = new Map<string, string>();
  for (const p of paths) if (!given.has(realOrSelf(p))) given.set(realOrSelf(p), p);
  const reals = [...given.keys()].sort();
  const taken: string[] = [];
  const release = (): void => {
    for (const lock of taken.splice(0)) {
      try {
        unlinkSync(lock);
      } catch {
        // Removed already.
      }
      unregisterCleanup(lock);
    }
  };
  try {
    for (const real of reals) taken.push(await takeLock(real, given.get(real) ?? real, waitMs));
  } catch (error) {
    release();
    throw error;
  }
  return release;
}

async function takeLock(real: string, shown: string, waitMs: number): Promise<string> {
  const lock = lockPathOf(real);
  const shownLock = lockPathOf(shown);
  let waited = 0;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx', 0o644);
      registerCleanup(lock, (p) => unlinkSync(p));
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      return lock;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      // A folder that may not be written (a tester's `chmod 555 plans`): say that is what to change.
      const folder = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? escapeControl(dirname(shown)) : null;
      if (code !== 'EEXIST') throw new UsageError(msg('cli.edit.lock-failed', { file: escapeControl(shown), lock: escapeControl(shownLock), reason: describeFsError(error), folder }));
    }
    const holder = readHolder(lock);
    if (holder !== undefined && !isAlive(holder)) {
      removeStale(lock, holder);
      removeDeadTemps(real, holder);
      continue;
    }
    if (waited >= waitMs) throw new LockBusyError(escapeControl(shown), holder === undefined ? `lock file ${escapeControl(shownLock)}` : `process ${holder}, lock file ${escapeControl(shownLock)}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    waited += POLL_MS;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function readHolder(lock: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: unknown }).code === 'EPERM';
  }
}

/** Removes a dead owner's lock, unless another run replaced it meanwhile. */
function removeStale(lock: string, pid: number): void {
  if (readHolder(lock) !== pid) return;
  try {
    unlinkSync(lock);
  } catch {
    // Another run removed it first.
  }
}

/**
 * Removes the temporary files a dead lock owner left beside `real` (a `set` killed with SIGKILL between writing and
 * renaming). atomic-temp.ts names them `.<name>.milepel-<pid in base 36>-<n>-<random>.tmp`, so only that process's
 * are matched: a live writer holds the lock and has another pid, and its files are never touched.
 */
export function removeDeadTemps(real: string, pid: number): void {
  const dir = dirname(real);
  const prefix = `${tempPrefixOf(basename(real))}${pid.toString(36)}-`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      // Gone already.
    }
  }
}
