// Atomic replacement of plan files: every file prepared (temp file, owner, group, mode) before any is renamed; rollback on failure.
import { type Stats, accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, linkSync, openSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { registerCleanup, unregisterCleanup } from './cleanup.js';

/** What a file is before it is replaced. */
export interface FileFacts {
  /** Permission bits (0o7777). */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** Hard links to the file. */
  readonly nlink: number;
}

/** The file-system calls the replacement makes; tests swap one for a failing version. */
export interface AtomicFs {
  readonly realpath: (path: string) => string;
  readonly facts: (path: string) => FileFacts;
  readonly canWrite: (path: string) => boolean;
  readonly readFile: (path: string) => Uint8Array;
  /** Whether the file holds exactly `expected` (read a piece at a time: no copy of the whole file is made). */
  readonly holds: (path: string, expected: Uint8Array) => boolean;
  readonly openExclusive: (path: string, mode: number) => number;
  readonly write: (fd: number, bytes: Uint8Array) => void;
  readonly fsync: (fd: number) => void;
  readonly fchown: (fd: number, uid: number, gid: number) => void;
  readonly fchmod: (fd: number, mode: number) => void;
  readonly fdFacts: (fd: number) => FileFacts;
  readonly close: (fd: number) => void;
  readonly rename: (from: string, to: string) => void;
  /** Creates `to` as a new name of `from`; fails with EEXIST when `to` exists (never overwrites). */
  readonly link: (from: string, to: string) => void;
  readonly unlink: (path: string) => void;
  /** Flushes the directory entry after the rename; best effort (not every platform allows it). */
  readonly syncDir: (dir: string) => void;
}

const factsOf = (s: Stats): FileFacts => ({ mode: s.mode & 0o7777, uid: s.uid, gid: s.gid, nlink: s.nlink });

export const NODE_ATOMIC_FS: AtomicFs = {
  realpath: (path) => realpathSync(path),
  facts: (path) => factsOf(statSync(path)),
  canWrite: (path) => {
    try {
      accessSync(path, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  },
  readFile: (path) => readFileSync(path),
  holds: (path, expected) => fileHolds(path, expected),
  openExclusive: (path, mode) => openSync(path, 'wx', mode),
  write: (fd, bytes) => {
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
  },
  fsync: (fd) => fsyncSync(fd),
  fchown: (fd, uid, gid) => fchownSync(fd, uid, gid),
  fchmod: (fd, mode) => fchmodSync(fd, mode),
  fdFacts: (fd) => factsOf(fstatSync(fd)),
  close: (fd) => closeSync(fd),
  rename: (from, to) => renameSync(from, to),
  link: (from, to) => linkSync(from, to),
  unlink: (path) => unlinkSync(path),
  syncDir: (dir) => {
    let fd: number | undefined;
    try {
      fd = openSync(dir, 'r');
      fsyncSync(fd);
    } catch {
      // Directories cannot be opened for fsync on every platform; the rename itself is still atomic.
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  },
};

export interface FileReplacement {
  /** The path as the user gave it (a symbolic link is followed: its target is replaced). */
  readonly path: string;
  readonly bytes: Uint8Array;
  /** The bytes the edit was computed from: the file must still hold exactly these. */
  readonly expected: Uint8Array;
}

/** Why nothing was written; `path` is the user's path. */
export type Refusal =
  | { readonly kind: 'changed'; readonly path: string }
  | { readonly kind: 'refused'; readonly path: string; readonly reason: string }
  | { readonly kind: 'failed'; readonly path: string; readonly error: unknown };

export interface Prepared {
  readonly path: string;
  readonly real: string;
  readonly temp: string;
  readonly facts: FileFacts;
  readonly expected: Uint8Array;
}

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

/** Why a file cannot be replaced safely, or undefined when it can. */
export function checkReplaceable(path: string, facts: FileFacts, canWrite: boolean): string | undefined {
  if ((facts.mode & 0o222) === 0) return `${path} is read-only (mode ${formatMode(facts.mode)}); make it writable (chmod u+w) if you mean to change it`;
  if (!canWrite) return `${path}: permission denied (you cannot write the file)`;
  if (facts.nlink > 1) return `${path} has ${facts.nlink} hard links; replacing it would split them (the other names would keep the old text): edit it by hand, or replace the extra links by symbolic links`;
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

function prepareOne(item: FileReplacement, afs: AtomicFs): Prepared | Refusal {
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
interface Written {
  readonly item: FileReplacement;
  readonly real: string;
  readonly facts: FileFacts;
  readonly temp: string;
  readonly fd: number;
}

/** prepareOne up to the flush: checks, the temporary file opened exclusively and written. */
function openAndWrite(item: FileReplacement, afs: AtomicFs): Written | Refusal {
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
function finishOne(w: Written, afs: AtomicFs): Prepared | Refusal {
  const { item, facts, fd, temp } = w;
  try {
    try {
      const made = afs.fdFacts(fd);
      if (made.uid !== facts.uid || made.gid !== facts.gid) afs.fchown(fd, facts.uid, facts.gid);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (code === 'EPERM') return failTemp(temp, afs, { kind: 'refused', path: item.path, reason: `${item.path} belongs to user ${facts.uid}, group ${facts.gid}; milepel could not give the new file the same owner and group, so it leaves the file alone (run it as that user)` });
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

function closeQuietly(fd: number, afs: AtomicFs): void {
  try {
    afs.close(fd);
  } catch {
    // Already closed.
  }
}

/**
 * Temporary files written before their flushes are awaited together (each holds a descriptor open meanwhile). libuv
 * runs four flushes at a time: 16 keep them busy, and only 16 files' new bytes wait for the garbage collector.
 */
const FLUSH_BATCH = 16;

/**
 * prepareReplacements with the flushes of up to FLUSH_BATCH files awaited together, for `fsyncAsync`: one fsync after
 * another waited for the disk 93 times in a row, 0.55-0.6 s of `snapshot` on a 94-file programme, where the same
 * flushes at once take 0.06-0.09 s (the file system commits them in one journal transaction; issue #18). The same
 * checks and the same outcome: on any refusal or error (the first in the items' order) every temporary file made so far
 * is removed and nothing has been written.
 */
export async function prepareReplacementsTogether(items: readonly FileReplacement[], fsyncAsync: (fd: number) => Promise<void>, afs: AtomicFs = NODE_ATOMIC_FS): Promise<{ ok: true; prepared: Prepared[] } | { ok: false; refusal: Refusal }> {
  const prepared: Prepared[] = [];
  const fail = (batch: readonly Written[], refusal: Refusal): { ok: false; refusal: Refusal } => {
    for (const w of batch) {
      closeQuietly(w.fd, afs);
      removeQuietly(w.temp, afs);
    }
    discardPrepared(prepared, afs);
    return { ok: false, refusal };
  };
  for (let from = 0; from < items.length; from += FLUSH_BATCH) {
    const batch: Written[] = [];
    for (const item of items.slice(from, from + FLUSH_BATCH)) {
      const w = openAndWrite(item, afs);
      if ('kind' in w) return fail(batch, w);
      batch.push(w);
    }
    const flushed = await Promise.allSettled(batch.map((w) => fsyncAsync(w.fd)));
    const failed = flushed.findIndex((f) => f.status === 'rejected');
    if (failed >= 0) return fail(batch, { kind: 'failed', path: batch[failed]!.item.path, error: (flushed[failed] as PromiseRejectedResult).reason });
    for (let i = 0; i < batch.length; i++) {
      const done = finishOne(batch[i]!, afs);
      if ('kind' in done) return fail(batch.slice(i + 1), done);
      prepared.push(done);
    }
  }
  return { ok: true, prepared };
}

function failTemp(temp: string, afs: AtomicFs, refusal: Refusal): Refusal {
  removeQuietly(temp, afs);
  return refusal;
}

/** Removes the temporary files of prepared replacements (nothing was renamed). */
export function discardPrepared(prepared: readonly Prepared[], afs: AtomicFs = NODE_ATOMIC_FS): void {
  for (const p of prepared) removeQuietly(p.temp, afs);
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

function removeQuietly(path: string, afs: AtomicFs): void {
  try {
    afs.unlink(path);
  } catch {
    // Already gone.
  }
  unregisterCleanup(path);
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

/** The size of the pieces fileHolds reads. */
const HOLDS_CHUNK = 1 << 20;

/**
 * Whether the file at `path` holds exactly `expected`, read a megabyte at a time into one buffer. Each file is
 * checked twice as it is replaced (before its new text is written, and again just before the rename): reading it
 * whole made two copies of every file, 200 MB of the rich 100,000-milestone workspace's snapshot, live until the
 * next full garbage collection (issue #18).
 */
function fileHolds(path: string, expected: Uint8Array): boolean {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(Math.min(HOLDS_CHUNK, expected.length + 1));
    const want = Buffer.from(expected.buffer, expected.byteOffset, expected.byteLength);
    let at = 0;
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) return at === want.length;
      if (at + n > want.length || !chunk.subarray(0, n).equals(want.subarray(at, at + n))) return false;
      at += n;
    }
  } finally {
    closeSync(fd);
  }
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

let counter = 0;

/** A suffix no other writer picks: process id, a counter and randomness (no crypto needed: the file is opened exclusively). */
/** The start of every temporary file milepel writes beside `name`; uniqueSuffix follows (pid in base 36 first). */
export function tempPrefixOf(name: string): string {
  return `.${name}.milepel-`;
}

function uniqueSuffix(): string {
  counter += 1;
  return `${process.pid.toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
