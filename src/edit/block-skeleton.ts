// A milestone's lines with its long nested values blanked out, for the yaml library to read in their place. `set`
// needs the library's node ranges for the keys it edits (forecast, actual, status) and the siblings it inserts next
// to, never for a `history` of thousands of entries, which the library reads at about 0.5 MB/s and 50 bytes of memory
// per byte: one milestone with 200,000 entries cost `set` 12 s and 1.1 GB (tester round 38 O2), where `validate`
// takes 0.5 s. Every offset stays where it was, so the ranges read from the skeleton are ranges in the real text.
// The edit is checked afterwards against the plan reader's reading of the real edited text (milestone-block.ts).
import { KEYS_READ_BY_SET } from './set-keys.js';

/** A value is blanked only from this many lines on: below it the yaml library reads it in well under a millisecond. */
export const MIN_BLANKED_LINES = 64;

/** A key at the start of a line's content with nothing but a comment after its colon: its value is on the lines below. */
const KEY_ALONE = /^([A-Za-z_][A-Za-z0-9_-]*):[ ]*(?:#.*)?$/;

export interface BlockSkeleton {
  /** The block's text, of the same length, the blanked lines' characters spaces (line breaks kept). */
  readonly text: string;
  /** The keys whose values were blanked: the skeleton reads each as the plain scalar `x`. */
  readonly blanked: readonly string[];
}

/**
 * The skeleton of a block-list milestone entry (`text`: `  - id: A` and the lines up to the next entry, as
 * milestone-block.ts cuts it): every value of at least `minLines` lines below a key alone on its line (a block list
 * or mapping, also a list at the key's column, a flow collection or a scalar started on the next line) becomes blanks
 * with an `x` where its last line starts (past an entry's `- `), so the yaml library reads it as a one-character
 * scalar ending on the same line. Undefined when nothing is blanked, or the text has a tab (indentation the library
 * may read otherwise). Keys `set` reads (KEYS_READ_BY_SET) stay as written.
 */
export function blockSkeleton(text: string, minLines = MIN_BLANKED_LINES): BlockSkeleton | undefined {
  if (text.includes('\t')) return undefined;
  const lines = splitLines(text);
  const column = keyColumn(lines, text);
  if (column === undefined) return undefined;
  const out: string[] = [];
  const blanked: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    out.push(text.slice(line.start, line.next));
    i++;
    const key = line.content === line.start + column ? KEY_ALONE.exec(text.slice(line.content, line.end))?.[1] : undefined;
    if (key === undefined || KEYS_READ_BY_SET.has(key) || blanked.includes(key)) continue;
    // The value's lines: more indented than the key, with blank and comment lines among them (not after the last);
    // or a list at the key's own column (`history:` then `- …` below it, as PyYAML writes one: tester round 40 F2),
    // whose entries' lines are the only ones at that column that start with '-'.
    let last = -1;
    let compact: boolean | undefined;
    for (let j = i; j < lines.length; j++) {
      const below = lines[j]!;
      if (below.content === below.end || text.charCodeAt(below.content) === 35) continue;
      const indent = below.content - below.start;
      compact ??= indent === column && isEntry(text, below);
      if (indent < column || (indent === column && !(compact && isEntry(text, below)))) break;
      last = j;
    }
    if (last < 0 || last - i + 1 < minLines) continue;
    // Where the value's last line holds the `x`: past `- ` on an entry's line at the key's column, more indented
    // than the key as a value must be; an entry that is a lone `-` there has no room for it, and stays.
    const final = lines[last]!;
    const xAt = final.content - final.start === column ? final.content + 2 : final.content;
    if (xAt >= final.end) continue;
    for (let j = i; j <= last; j++) {
      const below = lines[j]!;
      const blank = ' '.repeat(below.end - below.start);
      const held = j === last ? `${blank.slice(0, xAt - below.start)}x${blank.slice(xAt - below.start + 1)}` : blank;
      out.push(held + text.slice(below.end, below.next));
    }
    blanked.push(key);
    i = last + 1;
  }
  return blanked.length === 0 ? undefined : { text: out.join(''), blanked };
}

/** Whether a line's content is a list entry: `-` then a space, or `-` alone. */
function isEntry(text: string, line: Line): boolean {
  return text.charCodeAt(line.content) === 45 && (line.content + 1 === line.end || text.charCodeAt(line.content + 1) === 32);
}

interface Line {
  readonly start: number;
  /** The first character that is not a space. */
  readonly content: number;
  /** Where the line's break starts (CR LF, LF or a lone CR), or the end of the text. */
  readonly end: number;
  /** Where the next line starts. */
  readonly next: number;
}

/** The lines of `text`, broken at CR LF, LF and a lone CR, as YAML 1.2 breaks them. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    let content = start;
    while (content < end && text.charCodeAt(content) === 32) content++;
    const next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : Math.min(end + 1, text.length);
    lines.push({ start, content, end, next });
    start = next;
  }
  return lines;
}

/**
 * The column of the entry's keys: after `- ` on its first line, or of the first content line after a lone `-`; for
 * the lines after a lone `-` (a block of the mapping alone), the first line's indentation.
 */
function keyColumn(lines: readonly Line[], text: string): number | undefined {
  const first = lines[0];
  if (first === undefined || first.content === first.end) return undefined;
  if (text.charCodeAt(first.content) !== 45 /* - */) return first.content - first.start;
  if (first.content + 1 < first.end && text.charCodeAt(first.content + 1) !== 32) return undefined;
  let at = first.content + 1;
  while (at < first.end && text.charCodeAt(at) === 32) at++;
  if (at < first.end && text.charCodeAt(at) !== 35) return at - first.start;
  const below = lines.find((line, i) => i > 0 && line.content < line.end && text.charCodeAt(line.content) !== 35);
  return below === undefined ? undefined : below.content - below.start;
}
