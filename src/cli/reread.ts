// A large plan file read again, rather than kept, when a report quotes one of its lines (issue #18).
import type * as Crypto from 'node:crypto';
import { builtinModule } from './builtin-module.js';
import type { Io } from './io.js';

/**
 * Files from this size up are read again to quote a line, not kept by the analysis: 1 MiB, where keeping a file's
 * bytes starts to count (a 100 MB workspace kept 100 MB of them through its whole analysis) and a second read of it
 * costs a millisecond or so; smaller files are kept, and quoted from memory.
 */
export const REREAD_FROM_BYTES = 1 << 20;

/**
 * analyze-texts.ts SourceBytes.reread for `file` as read (`bytes`): called while the bytes are at hand, it takes their
 * SHA-256 (about 6 ms a 10 MB file here) and gives the function that reads the file again, which gives the bytes only
 * when they are the same (size and digest) and undefined when the file changed, went, or cannot be read: a line of the
 * new text is never quoted under a finding placed in the old one.
 */
export function rereadable(io: Io, file: string, bytes: Uint8Array): () => () => Uint8Array | undefined {
  return () => readSameAgain(io, file, bytes.length, digest(bytes));
}

/** Kept apart from rereadable so that the function it gives holds the size and digest, not the bytes. */
function readSameAgain(io: Io, file: string, size: number, sha256: string): () => Uint8Array | undefined {
  return () => {
    let again: Uint8Array;
    try {
      again = io.readBytes(file, size + 1);
    } catch {
      return undefined;
    }
    return again.length === size && digest(again) === sha256 ? again : undefined;
  };
}

/**
 * node:crypto, loaded with the first large file: loaded with the bundle it cost every run about 2 ms of start-up
 * (`validate` on the shipped plans 39 → 41 ms), which runs without a large file never use.
 */
let crypto: typeof Crypto | undefined;

function digest(bytes: Uint8Array): string {
  crypto ??= builtinModule<typeof Crypto>('node:crypto');
  return crypto.createHash('sha256').update(bytes).digest('base64');
}
