// What a path is, looked at without reading it: a stat result as FileStat, and for a symbolic link where it points and,
// when it leads to nothing through a chain of links, what the chain's last link names (EntryLook; io.ts's lookAt).
import { lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { EntryLook, FileKind, FileStat } from './io.js';
import { escapeNameBytes, isUtf8Bytes } from './name-bytes.js';

/** stat, and for a symbolic link readlink, of a path given as text or bytes (EntryLook). */
export function lookAtPath(path: string | Buffer): EntryLook {
  let linkTarget: string | undefined;
  try {
    if (lstatSync(path).isSymbolicLink()) {
      const target = readlinkSync(path, { encoding: 'buffer' });
      linkTarget = isUtf8Bytes(target) ? target.toString('utf8') : escapeNameBytes(target);
    }
  } catch {
    // Gone since it was listed: stat below says so.
  }
  const link = linkTarget === undefined ? {} : { linkTarget };
  try {
    return { stat: describeStat(statSync(path)), ...link };
  } catch (error) {
    const failure = (error as NodeJS.ErrnoException).code ?? 'ENOENT';
    const end = failure === 'ENOENT' && linkTarget !== undefined && typeof path === 'string' ? missingEnd(path) : undefined;
    return end === undefined ? { failure, ...link } : { failure, ...link, missingEnd: end };
  }
}

/** Links a chain is followed through at most (Linux's own limit before ELOOP is 40). */
const MAX_HOPS = 40;

/**
 * The target named by the last link of the chain that starts at `path` (a link to nothing), when that chain has more
 * than one link; undefined when `path`'s own target is what is missing, or the chain cannot be read.
 */
function missingEnd(path: string): string | undefined {
  let at = path;
  let named: string | undefined;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    try {
      if (!lstatSync(at).isSymbolicLink()) return undefined;
      const target = readlinkSync(at, 'utf8');
      if (hop > 0) named = target;
      at = resolve(dirname(at), target);
    } catch {
      return named;
    }
  }
  return undefined;
}

/** A stat result as milepel reads it: its kind, size and device:inode identity. */
export function describeStat(s: Stats): FileStat {
  const kind: FileKind = s.isFile() ? 'file' : s.isDirectory() ? 'directory' : s.isFIFO() ? 'FIFO (named pipe)' : s.isCharacterDevice() ? 'character device' : s.isBlockDevice() ? 'block device' : s.isSocket() ? 'socket' : 'other';
  return { isDirectory: s.isDirectory(), isFile: s.isFile(), size: s.size, kind, id: `${s.dev}:${s.ino}` };
}
