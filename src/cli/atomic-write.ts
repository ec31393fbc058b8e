// Atomic replacement of plan files: every file prepared (temp file, owner, group, mode) before any is renamed; rollback on failure.
import { basename, dirname, join } from 'node:path';
import { NODE_ATOMIC_FS, type AtomicFs } from './atomic-fs.js';
import { discardPrepared, prepareOne, type Prepared, type Refusal } from './atomic-prepare.js';
import { removeQuietly, tempPrefixOf, uniqueSuffix } from './atomic-temp.js';
import { registerCleanup, unregisterCleanup } from './cleanup.js';

/** After renames began: which files hold the new text, and which could not be put back. */
export interface CommitFailure {
  readonly kind: 'partial';
  readonly path: string;
  readonly error: unknown;
  /** Files renamed before the failure and restored to their original bytes. */
  readonly restored: readonly string[];
  /** Files renamed before the failure whose original bytes could not be put back. */
  readonly notRestored: readonly string[];
}

/**
 * Renames every prepared file over its original, each checked once more just before (an editor may
 * have saved it meanwhile). When a check or a rename fails, the files already renamed get their
 * original bytes back (through the same prepare-and-rename), the remaining temporary files are
 * removed, and the outcome says exactly which files changed.
 */
export function commitPrepared(prepared: readonly Prepared[], afs: AtomicFs = NODE_ATOMIC_FS): { ok: true } | { ok: false; refusal: Refusal } | { ok: false; partial: CommitFailure } {
  const done: Prepared[] = [];
  for (let i = 0; i < prepared.length; i++) {
    const p = prepared[i]!;
    let error: unknown;
    let changed = false;
    try {
      if (!afs.holds(p.real, p.expected)) changed = true;
      else afs.rename(p.temp, p.real);
    } catch (e) {
      error = e ?? new Error('rename failed');
    }
    if (changed || error !== undefined) {
      discardPrepared(prepared.slice(i), afs);
      if (done.length === 0) return { ok: false, refusal: changed ? { kind: 'changed', path: p.path } : { kind: 'failed', path: p.path, error } };
      const { restored, notRestored } = restore(done, afs);
      return { ok: false, partial: { kind: 'partial', path: p.path, error: changed ? undefined : error, restored, notRestored } };
    }
    unregisterCleanup(p.temp);
    done.push(p);
  }
  // One flush per directory covers every rename in it (snapshot renames 94 files of a programme in a few folders).
  for (const dir of new Set(done.map((p) => dirname(p.real)))) afs.syncDir(dir);
  return { ok: true };
}

function restore(done: readonly Prepared[], afs: AtomicFs): { restored: string[]; notRestored: string[] } {
  const restored: string[] = [];
  const notRestored: string[] = [];
  for (const p of done) {
    try {
      const current = afs.readFile(p.real);
      const again = prepareOne({ path: p.real, bytes: p.expected, expected: current }, afs);
      if ('kind' in again) throw new Error(again.kind);
      afs.rename(again.temp, again.real);
      unregisterCleanup(again.temp);
      restored.push(p.path);
    } catch {
      notRestored.push(p.path);
    }
  }
  return { restored, notRestored };
}

/**
 * Writes a new file atomically and never over an existing one: the text goes to a flushed temporary
 * file that is then linked to `path` (link fails with EEXIST when `path` exists). A full disk leaves
 * no empty or partial `path` behind, so the next attempt is not blocked.
 */
export function writeNewFileAtomic(path: string, text: string, afs: AtomicFs = NODE_ATOMIC_FS): void {
  const temp = join(dirname(path), `${tempPrefixOf(basename(path))}${uniqueSuffix()}.tmp`);
  const fd = afs.openExclusive(temp, 0o666);
  registerCleanup(temp, afs.unlink);
  try {
    try {
      afs.write(fd, Buffer.from(text, 'utf8'));
      afs.fsync(fd);
    } finally {
      afs.close(fd);
    }
    afs.link(temp, path);
    afs.syncDir(dirname(path));
  } finally {
    removeQuietly(temp, afs);
  }
}
