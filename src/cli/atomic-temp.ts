// The temporary files milepel writes beside a file: their names, and closing and removing them quietly.
import type { AtomicFs } from './atomic-fs.js';
import { unregisterCleanup } from './cleanup.js';
import { hashOf } from '../source/string-table.js';

export function closeQuietly(fd: number, afs: AtomicFs): void {
  try {
    afs.close(fd);
  } catch {
    // Already closed.
  }
}

export function removeQuietly(path: string, afs: AtomicFs): void {
  try {
    afs.unlink(path);
  } catch {
    // Already gone.
  }
  unregisterCleanup(path);
}

let counter = 0;

/** The longest file name Linux, macOS and Windows file systems take, in bytes (NAME_MAX; UTF-8 on Linux). */
const NAME_MAX = 255;
/** Bytes a temporary file's name adds to the file's: `.`, `.milepel-`, uniqueSuffix (≤ 24) and `.tmp`, with room. */
const TEMP_EXTRA = 40;

/**
 * `name` as a hidden name beside it may hold it with `extra` bytes more: the name itself, or, when that would pass
 * NAME_MAX, its first characters and `~` and a hash of the whole name (tester round 32 F8: a plan named with 242
 * bytes or more could not be edited, its lock's name too long). Whole characters are kept, never half a UTF-8 one.
 */
export function fitName(name: string, extra: number): string {
  if (Buffer.byteLength(name) + extra <= NAME_MAX) return name;
  const tag = `~${hashOf(name, 0, name.length).toString(16).padStart(8, '0')}`;
  const chars = Array.from(name);
  let bytes = Buffer.byteLength(name);
  while (chars.length > 0 && bytes + tag.length + extra > NAME_MAX) bytes -= Buffer.byteLength(chars.pop()!);
  return `${chars.join('')}${tag}`;
}

/** The start of every temporary file milepel writes beside `name`; uniqueSuffix follows (pid in base 36 first). */
export function tempPrefixOf(name: string): string {
  return `.${fitName(name, TEMP_EXTRA)}.milepel-`;
}

/** A suffix no other writer picks: process id, a counter and randomness (no crypto needed: the file is opened exclusively). */
export function uniqueSuffix(): string {
  counter += 1;
  return `${process.pid.toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
