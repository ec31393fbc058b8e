// Atomic replacement of a text file: temp file in the same directory, fsync, rename; refuses when the file changed meanwhile.
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file-system calls the replacement makes; tests swap one for a failing version. */
export interface AtomicFs {
  readonly realpath: (path: string) => string;
  readonly readFile: (path: string) => string;
  readonly mode: (path: string) => number;
  readonly openExclusive: (path: string, mode: number) => number;
  readonly write: (fd: number, text: string) => void;
  readonly fsync: (fd: number) => void;
  readonly close: (fd: number) => void;
  readonly chmod: (path: string, mode: number) => void;
  readonly rename: (from: string, to: string) => void;
  readonly unlink: (path: string) => void;
  /** Flushes the directory entry after the rename; best effort (not every platform allows it). */
  readonly syncDir: (dir: string) => void;
}

export const NODE_ATOMIC_FS: AtomicFs = {
  realpath: (path) => fs.realpathSync(path),
  readFile: (path) => fs.readFileSync(path, 'utf8'),
  mode: (path) => fs.statSync(path).mode & 0o7777,
  openExclusive: (path, mode) => fs.openSync(path, 'wx', mode),
  write: (fd, text) => {
    const bytes = Buffer.from(text, 'utf8');
    for (let at = 0; at < bytes.length;) at += fs.writeSync(fd, bytes, at, bytes.length - at);
  },
  fsync: (fd) => fs.fsyncSync(fd),
  close: (fd) => fs.closeSync(fd),
  chmod: (path, mode) => fs.chmodSync(path, mode),
  rename: (from, to) => fs.renameSync(from, to),
  unlink: (path) => fs.unlinkSync(path),
  syncDir: (dir) => {
    let fd: number | undefined;
    try {
      fd = fs.openSync(dir, 'r');
      fs.fsyncSync(fd);
    } catch {
      // Directories cannot be opened for fsync on every platform; the rename itself is still atomic.
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  },
};

/**
 * Replaces `path` with `text` when its current text is still `expected`; returns 'changed' (and writes
 * nothing) when it is not. The new text goes to a temporary file next to the real file (a symlink is
 * followed), is flushed to disk, gets the original file's mode and is renamed over it, so a reader sees
 * the old file or the new one, never a partial one. On any error the temporary file is removed.
 */
export function replaceFileAtomic(path: string, text: string, expected: string, io: AtomicFs = NODE_ATOMIC_FS): 'replaced' | 'changed' {
  const real = io.realpath(path);
  if (io.readFile(real) !== expected) return 'changed';
  const mode = io.mode(real);
  const temp = join(dirname(real), `.${basename(real)}.milepel-${uniqueSuffix()}.tmp`);
  const fd = io.openExclusive(temp, mode);
  let closed = false;
  try {
    io.write(fd, text);
    io.fsync(fd);
    io.close(fd);
    closed = true;
    io.chmod(temp, mode);
    // Checked again as late as possible: an editor may have saved the file while we wrote ours.
    if (io.readFile(real) !== expected) {
      io.unlink(temp);
      return 'changed';
    }
    io.rename(temp, real);
  } catch (error) {
    if (!closed) {
      try {
        io.close(fd);
      } catch {
        // Already closed or invalid: nothing more to release.
      }
    }
    try {
      io.unlink(temp);
    } catch {
      // The temporary file is already gone.
    }
    throw error;
  }
  io.syncDir(dirname(real));
  return 'replaced';
}

let counter = 0;

/** A suffix no other writer picks: process id, a counter and randomness (no crypto needed: the file is opened exclusively). */
function uniqueSuffix(): string {
  counter += 1;
  return `${process.pid.toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Creates `path` with `text`, never replacing a file: the text goes to a temporary file in the same
 * directory, is flushed, and is then hard-linked to `path` (which fails with EEXIST when something is
 * already there), so a reader sees no file or the whole file, never part of one.
 */
export function createFileAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.milepel-${uniqueSuffix()}.tmp`);
  const fd = fs.openSync(temp, 'wx', 0o666);
  try {
    try {
      NODE_ATOMIC_FS.write(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.linkSync(temp, path);
  } finally {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
  NODE_ATOMIC_FS.syncDir(dirname(path));
}
