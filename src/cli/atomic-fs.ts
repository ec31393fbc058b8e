// The file-system calls atomic replacement makes (AtomicFs, swapped in tests) and Node's; whether a file holds given bytes.
import { type Stats, accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, linkSync, openSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';

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
