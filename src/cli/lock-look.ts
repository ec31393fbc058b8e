// What stands at an edit lock's path: the lock file and its record, what else (a directory, a link, a FIFO), or
// nothing; and the removal of a stale lock that no other run replaced meanwhile.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, unlinkSync } from 'node:fs';
import { parseRecord, type LockRecord } from './lock-record.js';

export interface Look {
  /** Tells this lock file from a later one at the same path: its bytes, inode and time. */
  readonly key: string;
  readonly record: LockRecord | undefined;
  readonly mtimeMs: number;
  /** The file could not be read (another user's, mode 0600): its holder is unknown, not missing. */
  readonly unreadable?: true;
}

/** What stands where a lock goes but is no lock file. */
export type NotLock = { readonly kind: 'directory' | 'link' | 'special' };

/** A lock record is one short line: more is no record of milepel's. */
const MAX_RECORD_BYTES = 4096;

/**
 * The lock file at `lock`: undefined when there is none; what it is when it is no regular file. Opened without
 * following a link and without blocking (a FIFO put there would block a plain read for ever), and checked again on
 * the descriptor, so a file swapped in between is seen as what it is.
 */
export function inspect(lock: string): Look | NotLock | undefined {
  let fd: number;
  try {
    const l = lstatSync(lock);
    if (!l.isFile()) return { kind: l.isDirectory() ? 'directory' : l.isSymbolicLink() ? 'link' : 'special' };
    fd = openSync(lock, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EACCES' || code === 'EPERM') return unreadable(lock);
    return code === 'ELOOP' ? { kind: 'link' } : undefined;
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) return { kind: s.isDirectory() ? 'directory' : 'special' };
    const buffer = Buffer.alloc(MAX_RECORD_BYTES);
    const length = readSync(fd, buffer, 0, MAX_RECORD_BYTES, 0);
    const text = buffer.toString('utf8', 0, length);
    return { key: `${s.ino}:${s.mtimeMs}:${text}`, record: parseRecord(text), mtimeMs: s.mtimeMs };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** A lock file this run may not read: known by its inode and time only. */
function unreadable(lock: string): Look | undefined {
  try {
    const s = lstatSync(lock);
    return { key: `${s.ino}:${s.mtimeMs}:?`, record: undefined, mtimeMs: s.mtimeMs, unreadable: true };
  } catch {
    return undefined;
  }
}

/** Removes a stale lock, unless another run replaced it meanwhile; whether it is gone. */
export function removeIfUnchanged(lock: string, key: string): boolean {
  const now = inspect(lock);
  if (now === undefined || 'kind' in now || now.key !== key) return false;
  try {
    unlinkSync(lock);
    return true;
  } catch {
    // Another run removed it first.
    return false;
  }
}
