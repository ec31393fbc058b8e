// Word wrap for report notes: words are kept whole when they fit a line, continuation lines indented.
import { graphemes } from '../text/width.js';
import { escapeLengthAt } from '../text/whole-escapes.js';
import { displayWidth } from './table.js';

/**
 * Splits `text` at spaces into lines of at most `width` columns. A word wider than a whole line (a title of 86 emoji,
 * a path without spaces) starts a line of its own and is cut, between graphemes and never inside an escape such as
 * `\x07`, into pieces that fill lines, as `fold -w` does; it overflowed the width before (tester round 100 F11). Only
 * an indent that leaves no column for a word lets a line be wider.
 */
export function wrapWords(text: string, width: number, indent: string, nextIndent: string): string[] {
  const lines: string[] = [];
  let line = indent;
  let isFresh = true;
  for (const word of text.split(' ')) {
    if (!isFresh && displayWidth(line) + 1 + displayWidth(word) > width) {
      lines.push(line);
      line = nextIndent;
      isFresh = true;
    }
    if (!isFresh) {
      line += ` ${word}`;
      continue;
    }
    const room = width - displayWidth(line);
    if (room > 0 && displayWidth(word) > room) {
      const pieces = cutWord(word, room, width - displayWidth(nextIndent));
      for (const piece of pieces.slice(0, -1)) {
        lines.push(line + piece);
        line = nextIndent;
      }
      line += pieces[pieces.length - 1]!;
    } else {
      line += word;
    }
    isFresh = false;
  }
  lines.push(line);
  return lines;
}

/**
 * Joins items with `separator` into lines of at most `width` columns, never splitting an item that fits a line; one
 * wider than a line is wrapped at its spaces on lines of its own (wrapWords), continued two columns in: a legend entry
 * of 58 columns ran past --width 40 (tester round 101 F3).
 */
export function wrapItems(items: readonly string[], width: number, separator = '   '): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (displayWidth(item) > width) {
      if (line !== '') lines.push(line);
      line = '';
      for (const piece of wrapWords(item, width, '', '  ')) lines.push(piece);
    } else if (line !== '' && displayWidth(line) + displayWidth(separator) + displayWidth(item) > width) {
      lines.push(line);
      line = item;
    } else {
      line = line === '' ? item : line + separator + item;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * `word` cut into pieces of at most `first` columns, then `next` (at least one unit each when a line has no room),
 * between graphemes and never inside an escape (`\x07`, `\u202e`): one pass over its graphemes, so that a title of a
 * million characters is cut in linear time.
 */
function cutWord(word: string, first: number, next: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  let room = first;
  let at = 0;
  let inEscape = 0;
  let unit = '';
  const place = (u: string): void => {
    const w = displayWidth(u);
    if (piece !== '' && used + w > room) {
      pieces.push(piece);
      piece = '';
      used = 0;
      room = next;
    }
    piece += u;
    used += w;
  };
  for (const g of graphemes(word)) {
    if (inEscape > 0) {
      unit += g;
      inEscape -= g.length;
      if (inEscape === 0) place(unit);
    } else {
      const escape = g === '\\' ? escapeLengthAt(word, at) : 0;
      if (escape > 1) {
        unit = g;
        inEscape = escape - 1;
      } else {
        place(g);
      }
    }
    at += g.length;
  }
  if (inEscape > 0) place(unit);
  pieces.push(piece);
  return pieces;
}
