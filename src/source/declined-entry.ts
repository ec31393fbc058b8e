// Which list entry of a plan text the fast path declines (plan-pieces.ts cuts the entries): read a chunk of entries at
// a time, and each entry of a declined chunk alone; the search stops at the second declined entry.
import { parseFastNormalized } from './fast-yaml.js';
import type { Piece } from './plan-pieces.js';

/**
 * Entries read at once: 128 entries of a generated plan are about 20 kB. A declined chunk's entries are then read one
 * by one, each once (halving the chunk read a long entry in it once a halving, 2 MB seven times).
 */
const CHUNK_ENTRIES = 128;

/**
 * The index in `pieces` of the one entry that the fast path declines read alone; undefined when none is, or more than
 * one. An entry longer than `maxChars` is not read (it could not be read alone any faster): it is never the one found.
 */
export function findDeclinedEntry(text: string, pieces: readonly Piece[], maxChars: number): number | undefined {
  let found: number | undefined;
  const isRead = (k: number): boolean => pieces[k]!.kind === 'entry' && pieces[k]!.end - pieces[k]!.start <= maxChars;
  for (let i = 0; i < pieces.length; ) {
    if (!isRead(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < pieces.length && j - i < CHUNK_ENTRIES && isRead(j)) j++;
    if (parseFastNormalized(text.slice(pieces[i]!.start, pieces[j - 1]!.end)) === undefined) {
      for (let k = i; k < j; k++) {
        if (parseFastNormalized(text.slice(pieces[k]!.start, pieces[k]!.end)) !== undefined) continue;
        if (found !== undefined) return undefined;
        found = k;
      }
    }
    i = j;
  }
  return found;
}
