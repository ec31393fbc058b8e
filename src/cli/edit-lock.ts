// Exclusive edit locks beside plan files (O_EXCL lock files), so concurrent set/snapshot runs take turns. A run holds
// the locks of every file it may edit from before it reads them until after it has written, so a file that changes
// between its read and its write was changed by another program, and the edit is refused (SPEC §7).
import { closeSync, openSync, readFileSync, realpathSync, unlinkSync, writeSync } from 'node:fs';
import type * as Os from 'node:os';
import { builtinModule } from './builtin-module.js';
import { basename, dirname, join } from 'node:path';
import { registerCleanup, unregisterCleanup } from './cleanup.js';
import { fitName } from './atomic-temp.js';
import { isAlive, removeDeadTemps } from './dead-temps.js';
import { inspect, removeIfUnchanged, type Look } from './lock-look.js';
import { ownRecord, sameMachine, startOf } from './lock-record.js';
import { describeFsError } from './fs-error.js';
import { msg, type Message } from '../messages/index.js';
import { UsageError } from './usage-error.js';
import { escapeControl } from '../report/safe-text.js';

/** How long a run waits for a lock held by another milepel before refusing (milliseconds), counted again whenever the lock changes hands. */
export const LOCK_WAIT_MS = 15_000;
/** A lock whose holder cannot be checked (another machine, no /proc) is taken over once it is this old: no run holds one so long. */
export const STALE_AFTER_MS = 10 * 60_000;
/** A lock file without a record (a live run writes its record the moment it makes the file) is taken over this long after it was made. */
export const UNRECORDED_GRACE_MS = 2_000;
const POLL_MS = 25;

export interface EditLocks {
  /** Removes every lock taken (each only while it still holds this run's record). */
  readonly release: () => void;
  /**
   * The files whose lock could not be made (a folder that may not be written), by each path given for them: the
   * refusal to give when one of them is to be edited. Such a file cannot be replaced either, so no run edits it.
   */
  readonly notLocked: ReadonlyMap<string, UsageError>;
  /** One line each (a warning) for the locks taken over from runs that died. */
  readonly notes: readonly Message[];
}

/** Bytes a lock file's name adds to its plan file's: `.` and `.milepel-lock`. */
const LOCK_EXTRA = 14;

/** The lock file of a plan file: hidden (the workspace walk skips it), next to the real file; a long name shortened (fitName). */
export function lockPathOf(realPath: string): string {
  return join(dirname(realPath), `.${fitName(basename(realPath), LOCK_EXTRA)}.milepel-lock`);
}

/**
 * Takes the lock of every file (in sorted order, so two runs never wait for each other in a circle). A lock left by a
 * run that died is taken over (stale: see `judge`); one that may be held is waited for up to `waitMs`, then a
 * UsageError is thrown having released what was taken. A lock that cannot be made at all is not an error here: see
 * EditLocks.notLocked.
 */
export async function lockFiles(paths: readonly string[], waitMs = LOCK_WAIT_MS): Promise<EditLocks> {
  // Messages name a file as the user gave it (the first path given for it), not its resolved absolute path.
  const given = new Map<string, string[]>();
  for (const p of paths) {
    const real = realOrSelf(p);
    const names = given.get(real);
    if (names === undefined) given.set(real, [p]);
    else names.push(p);
  }
  const reals = [...given.keys()].sort();
  const taken: string[] = [];
  const notLocked = new Map<string, UsageError>();
  const notes: Message[] = [];
  const own = `${JSON.stringify(ownRecord())}\n`;
  const release = (): void => {
    for (const lock of taken.splice(0)) {
      try {
        // A lock taken over from this run (judged stale elsewhere) is the other run's now: left alone.
        if (readFileSync(lock, 'utf8') === own) unlinkSync(lock);
      } catch {
        // Removed already.
      }
      unregisterCleanup(lock);
    }
  };
  try {
    for (const real of reals) {
      const names = given.get(real) ?? [real];
      const outcome = await takeLock(real, names[0] ?? real, own, waitMs, notes);
      if (typeof outcome === 'string') taken.push(outcome);
      else for (const name of names) notLocked.set(name, outcome);
    }
  } catch (error) {
    release();
    throw error;
  }
  return { release, notLocked, notes };
}

/** Takes the lock of `real`: its path, or the refusal for a lock that cannot be made; throws when it stays busy. */
async function takeLock(real: string, shown: string, own: string, waitMs: number, notes: Message[]): Promise<string | UsageError> {
  const lock = lockPathOf(real);
  // A plan given through a link to another folder has its lock and new file beside the real file: the messages name
  // that folder and lock, not the link's (tester round 32 F6: "the folder . must be writable", which it was).
  const besideReal = realOrSelf(dirname(shown)) !== dirname(real);
  const shownLock = escapeControl(besideReal ? lock : lockPathOf(shown));
  const shownFolder = escapeControl(besideReal ? dirname(real) : dirname(shown));
  let seen: string | undefined;
  let seenAt = 0;
  let gone = 0;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx', 0o644);
      registerCleanup(lock, (p) => unlinkSync(p));
      try {
        writeSync(fd, own);
      } finally {
        closeSync(fd);
      }
      return lock;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      // A folder that may not be written (a tester's `chmod 555 plans`): say that is what to change.
      const folder = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? shownFolder : null;
      if (code !== 'EEXIST') return new UsageError(msg('cli.edit.lock-failed', { file: escapeControl(shown), lock: shownLock, reason: describeFsError(error), folder }));
    }
    const look = inspect(lock);
    // Released meanwhile: made again at once, but never in a tight loop (a lock path that vanishes and comes back).
    if (look === undefined) {
      if (gone++ > 0) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    gone = 0;
    // A directory, a link or a special file where the lock goes is no lock milepel made, and waiting will not remove it
    // (tester round 32 F1: a run spun at full CPU for ever, or blocked reading a FIFO).
    if ('kind' in look) return new UsageError(msg('cli.edit.lock-not-file', { file: escapeControl(shown), lock: shownLock, kind: look.kind }));
    const now = Date.now();
    // The wait starts again whenever the lock changes hands: runs queued behind each other all get their turn.
    if (look.key !== seen) {
      seen = look.key;
      seenAt = now;
    }
    const verdict = judge(look, now - seenAt);
    // A stale lock that cannot be removed (a sticky folder, another user's) is waited for as a held one: the run is
    // refused when the wait is over, not spun on for ever.
    if (verdict.stale !== undefined && removeIfUnchanged(lock, look.key)) {
      notes.push(msg('cli.edit.lock-stale', { lock: shownLock, why: verdict.stale, pid: look.record?.pid ?? null, host: look.record === undefined ? null : escapeControl(look.record.host), minutes: STALE_AFTER_MS / 60_000 }));
      if (look.record !== undefined && (verdict.stale === 'dead' || verdict.stale === 'reused')) removeDeadTemps(real, look.record.pid);
      continue;
    }
    if (now - seenAt >= waitMs) {
      const r = look.record;
      throw new UsageError(msg('cli.edit.lock-busy', { file: escapeControl(shown), lock: shownLock, pid: r?.pid ?? null, host: r === undefined || sameMachine(r) ? null : escapeControl(r.host) }));
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

type Stale = 'unrecorded' | 'dead' | 'reused' | 'before-boot' | 'old' | 'old-elsewhere';

/**
 * Whether a lock is stale, and why: no record (empty: a crash or power cut between making the file and its record
 * reaching the disk; a bare pid) once it is UNRECORDED_GRACE_MS old or has been seen that long; on this machine, a
 * holder that is not running, a process under its id that started at another time (the id reused), a lock older than
 * the last boot, or, when the holder's start cannot be compared (not Linux), a lock older than STALE_AFTER_MS; on
 * another machine (its pids mean nothing here), a lock older than STALE_AFTER_MS.
 */
function judge(look: Look, seenFor: number): { stale?: Stale } {
  const age = Date.now() - look.mtimeMs;
  const r = look.record;
  // A record this run may not read may be a live run's (another user's, umask 077): taken over only when old.
  if (look.unreadable === true) return age > STALE_AFTER_MS ? { stale: 'old' } : {};
  if (r === undefined) return age > UNRECORDED_GRACE_MS || seenFor >= UNRECORDED_GRACE_MS ? { stale: 'unrecorded' } : {};
  if (!sameMachine(r)) return age > STALE_AFTER_MS ? { stale: 'old-elsewhere' } : {};
  if (!isAlive(r.pid)) return { stale: 'dead' };
  const start = r.start === undefined ? undefined : startOf(String(r.pid));
  if (start !== undefined && start !== r.start) return { stale: 'reused' };
  if (look.mtimeMs < Date.now() - builtinModule<typeof Os>('node:os').uptime() * 1000 - 1000) return { stale: 'before-boot' };
  if (start === undefined && age > STALE_AFTER_MS) return { stale: 'old' };
  return {};
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
