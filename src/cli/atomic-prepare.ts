// Replacements prepared: each new text in a flushed temporary file beside its file, with the original's owner, group and mode.
import { basename, dirname, join } from 'node:path';
import { NODE_ATOMIC_FS, type AtomicFs, type FileFacts } from './atomic-fs.js';
import { closeQuietly, removeQuietly, tempPrefixOf, uniqueSuffix } from './atomic-temp.js';
import { registerCleanup } from './cleanup.js';
import { msg, type Message } from '../messages/index.js';
import { escapeControl } from '../report/safe-text.js';

export interface FileReplacement {
  /** The path as the user gave it (a symbolic link is followed: its target is replaced). */
  readonly path: string;
  readonly bytes: Uint8Array;
  /** The bytes the edit was computed from: the file must still hold exactly these. */
  readonly expected: Uint8Array;
}

/** Why nothing was written; `path` is the user's path; a refusal's `reason` names it escaped (report/safe-text.ts). */
export type Refusal =
  | { readonly kind: 'changed'; readonly path: string }
  | { readonly kind: 'refused'; readonly path: string; readonly reason: Message }
  | { readonly kind: 'failed'; readonly path: string; readonly error: unknown };

export interface Prepared {
  readonly path: string;
  readonly real: string;
  readonly temp: string;
  readonly facts: FileFacts;
  readonly expected: Uint8Array;
}

/** Why a file cannot be replaced safely, or undefined when it can: a Message, said in the user's locale (tester round 70 F5). */
export function checkReplaceable(path: string, facts: FileFacts, canWrite: boolean): Message | undefined {
  const file = escapeControl(path);
  if ((facts.mode & 0o222) === 0) return msg('edit.file.read-only', { file, mode: formatMode(facts.mode) });
  if (!canWrite) return msg('edit.file.permission-denied', { file });
  if (facts.nlink > 1) return msg('edit.file.hard-links', { file, links: facts.nlink });
  return undefined;
}

export function formatMode(mode: number): string {
  return `0${(mode & 0o7777).toString(8).padStart(3, '0')}`;
}

/**
 * Writes every new text to a temporary file next to its real file (a symbolic link is followed),
 * flushed, with the original's owner, group and mode set explicitly (a umask or the writer's
 * identity never leaks in). Nothing is renamed yet. On any refusal or error every temporary file
 * made so far is removed and the reason returned: then nothing has been written.
 */
export function prepareReplacements(items: readonly FileReplacement[], afs: AtomicFs = NODE_ATOMIC_FS): { ok: true; prepared: Prepared[] } | { ok: false; refusal: Refusal } {
  const prepared: Prepared[] = [];
  for (const item of items) {
    const outcome = prepareOne(item, afs);
    if ('kind' in outcome) {
      discardPrepared(prepared, afs);
      return { ok: false, refusal: outcome };
    }
    prepared.push(outcome);
  }
  return { ok: true, prepared };
}

export function prepareOne(item: FileReplacement, afs: AtomicFs): Prepared | Refusal {
  const open = openAndWrite(item, afs);
  if ('kind' in open) return open;
  try {
    afs.fsync(open.fd);
  } catch (error) {
    return abandon(open, afs, error);
  }
  return finishOne(open, afs);
}

/** A temporary file opened and written, not yet flushed, its descriptor still open. */
export interface Written {
  readonly item: FileReplacement;
  readonly real: string;
  readonly facts: FileFacts;
  readonly temp: string;
  readonly fd: number;
}

/** prepareOne up to the flush: checks, the temporary file opened exclusively and written. */
export function openAndWrite(item: FileReplacement, afs: AtomicFs): Written | Refusal {
  let real: string;
  let facts: FileFacts;
  try {
    real = afs.realpath(item.path);
    facts = afs.facts(real);
    if (!afs.holds(real, item.expected)) return { kind: 'changed', path: item.path };
  } catch (error) {
    return { kind: 'failed', path: item.path, error };
  }
  const reason = checkReplaceable(item.path, facts, afs.canWrite(real));
  if (reason !== undefined) return { kind: 'refused', path: item.path, reason };
  const temp = join(dirname(real), `${tempPrefixOf(basename(real))}${uniqueSuffix()}.tmp`);
  let fd: number;
  try {
    fd = afs.openExclusive(temp, facts.mode & 0o777);
  } catch (error) {
    return { kind: 'failed', path: item.path, error };
  }
  registerCleanup(temp, afs.unlink);
  const written = { item, real, facts, temp, fd };
  try {
    afs.write(fd, item.bytes);
  } catch (error) {
    return abandon(written, afs, error);
  }
  return written;
}

/** prepareOne after the flush: the original's owner, group and mode, then the descriptor closed. */
export function finishOne(w: Written, afs: AtomicFs): Prepared | Refusal {
  const { item, facts, fd, temp } = w;
  try {
    try {
      const made = afs.fdFacts(fd);
      if (made.uid !== facts.uid || made.gid !== facts.gid) afs.fchown(fd, facts.uid, facts.gid);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (code === 'EPERM') return failTemp(temp, afs, { kind: 'refused', path: item.path, reason: msg('edit.file.owner', { file: escapeControl(item.path), uid: facts.uid, gid: facts.gid }) });
      return failTemp(temp, afs, { kind: 'failed', path: item.path, error });
    }
    // Explicitly, after fchown (which may clear set-id bits) and regardless of the umask applied at open.
    afs.fchmod(fd, facts.mode);
  } catch (error) {
    return failTemp(temp, afs, { kind: 'failed', path: item.path, error });
  } finally {
    closeQuietly(fd, afs);
  }
  // The original bytes read from the item when needed (a check before the rename, a restore), not copied here: an edit
  // session makes them again from the text it read (cli/commands/edit-session.ts), and 94 files' copies held through
  // the renames were 35 MB of a programme's snapshot.
  return {
    path: item.path, real: w.real, temp, facts,
    get expected() {
      return item.expected;
    },
  };
}

/** A written temporary file given up: closed and removed; the failure as a refusal. */
function abandon(w: Written, afs: AtomicFs, error: unknown): Refusal {
  closeQuietly(w.fd, afs);
  return failTemp(w.temp, afs, { kind: 'failed', path: w.item.path, error });
}

function failTemp(temp: string, afs: AtomicFs, refusal: Refusal): Refusal {
  removeQuietly(temp, afs);
  return refusal;
}

/** Removes the temporary files of prepared replacements (nothing was renamed). */
export function discardPrepared(prepared: readonly Prepared[], afs: AtomicFs = NODE_ATOMIC_FS): void {
  for (const p of prepared) removeQuietly(p.temp, afs);
}
