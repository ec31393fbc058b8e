// Which list entry of a plan text the fast path declines (plan-pieces.ts cuts the entries): read a chunk of entries at
// a time, a declined chunk halved until its entries are found; the search stops at the second.
import { parseFastNormalized } from './fast-yaml.js';
import type { Piece } from './plan-pieces.js';

/**
 * Entries read at once. A declined chunk costs about as many entries again for each halving (7 for 128), and a chunk
 * costs a reader of its own: 128 entries of a generated plan are about 20 kB.
 */
const CHUNK_ENTRIES = 128;

/** The index in `pieces` of the one entry that the fast path declines read alone; undefined when none is, or more than one. */
export function findDeclinedEntry(text: string, pieces: readonly Piece[]): number | undefined {
  const found: number[] = [];
  // pieces[from, to) are entries of one list, one after the other; false when a second declined entry was found.
  const search = (from: number, to: number): boolean => {
    if (parseFastNormalized(text.slice(pieces[from]!.start, pieces[to - 1]!.end)) !== undefined) return true;
    if (to - from === 1) {
      found.push(from);
      return found.length < 2;
    }
    const mid = (from + to) >> 1;
    return search(from, mid) && search(mid, to);
  };
  for (let i = 0; i < pieces.length; ) {
    if (pieces[i]!.kind !== 'entry') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < pieces.length && j - i < CHUNK_ENTRIES && pieces[j]!.kind === 'entry') j++;
    if (!search(i, j)) return undefined;
    i = j;
  }
  return found.length === 1 ? found[0] : undefined;
}
