// A large plan file broken in one list entry: its syntax problems from the yaml library's reading of that entry and a
// few pieces after it, not of the whole file. The library reads about 1 MB/s: a keystroke that broke one milestone of
// a 1.5 MB plan took 1.2–1.5 s to its diagnostics in the language server (SPEC §14: 1 s), and a file with a syntax
// error is checked no further (SPEC §4.1), so its syntax problems are all it needs.
//
// The entry the fast path declines is found piece by piece (plan-pieces.ts, declined-entry.ts); the rest of the file,
// with that entry blanked, must then be what the fast path accepts. The library then reads the entry's list's `key:`
// line, the entry and the pieces after it up to one it reads as the file has it (entry-window.ts). Whatever may depend
// on the rest of the file leaves the answer to the whole-file parse (full-parse.ts parseFull), which is the reference
// (test/source/entry-parse.test.ts): a parse not back in step within a few pieces, a tag, a collection key, a second
// document, or no error at all (an entry declined for an anchor, an alias or a block scalar).
import { parseFastNormalized } from './fast-yaml.js';
import { findPieces } from './plan-pieces.js';
import { findDeclinedEntry } from './declined-entry.js';
import { readWindow } from './entry-window.js';
import { blank, normalizeLoneCr } from './line-breaks.js';
import { failed, type ParsedSource } from './parse.js';

/**
 * Texts from this many UTF-16 units on are read entry by entry first (full-parse.ts). The whole-file parse of one this
 * size takes about 0.05 s; what the reading costs when it cannot answer (two passes of the fast path) is under a tenth
 * of that, and when it answers about a tenth as well (a 226 kB plan: 168 ms whole, 12 ms alone, 11 ms not answered).
 */
export const MIN_ENTRY_PARSE_CHARS = 64 * 1024;

/** How many pieces after the entry the library reads, tried in turn until its reading is back in step with the file. */
const WINDOWS = [1, 2, 4, 8, 16];

/**
 * The syntax problems of `raw` read from its one broken list entry, as the whole-file parse (full-parse.ts parseFull)
 * reports them; undefined when this reading cannot tell them (then the whole file must be parsed).
 */
export function parseBrokenEntry(file: string, raw: string): ParsedSource | undefined {
  const text = normalizeLoneCr(raw);
  const pieces = findPieces(text);
  if (pieces === undefined) return undefined;
  // A window of half the file is read little faster alone, and the whole file may have to be read after it.
  const at = findDeclinedEntry(text, pieces, text.length / 2);
  if (at === undefined) return undefined;
  let h = at - 1;
  while (h >= 0 && pieces[h]!.kind === 'entry') h--;
  const header = pieces[h];
  const entry = pieces[at]!;
  if (header?.kind !== 'header') return undefined;
  const isTooLarge = (last: number): boolean => header.end - header.start + pieces[last]!.end - entry.start > text.length / 2;
  if (isTooLarge(Math.min(at + 1, pieces.length - 1))) return undefined;
  // The rest of the file is what the fast path reads: nothing in it is broken, and nothing in it is more than plain YAML.
  if (parseFastNormalized(text.slice(0, entry.start) + blank(text.slice(entry.start, entry.end)) + text.slice(entry.end)) === undefined) return undefined;
  for (const after of WINDOWS) {
    const last = Math.min(at + after, pieces.length - 1);
    if (isTooLarge(last)) return undefined;
    const read = readWindow(text, pieces, h, at, last);
    if (read !== 'wider') return read === undefined ? undefined : failed(file, raw, read);
    if (last === pieces.length - 1) return undefined;
  }
  return undefined;
}
