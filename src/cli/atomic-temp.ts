// The temporary files milepel writes beside a file: their names, and closing and removing them quietly.
import type { AtomicFs } from './atomic-fs.js';
import { unregisterCleanup } from './cleanup.js';

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

/** A suffix no other writer picks: process id, a counter and randomness (no crypto needed: the file is opened exclusively). */
/** The start of every temporary file milepel writes beside `name`; uniqueSuffix follows (pid in base 36 first). */
export function tempPrefixOf(name: string): string {
  return `.${name}.milepel-`;
}

export function uniqueSuffix(): string {
  counter += 1;
  return `${process.pid.toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
