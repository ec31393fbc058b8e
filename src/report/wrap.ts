// Word wrap for report notes: words are kept whole when they fit a line, continuation lines indented.
import { fitPrefix, graphemes } from '../text/width.js';
import { escapeLengthAt, wholeEscapes } from '../text/whole-escapes.js';
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
    let rest = word;
    for (let room = width - displayWidth(line); room > 0 && displayWidth(rest) > room; room = width - displayWidth(line)) {
      const cut = pieceEnd(rest, room);
      lines.push(line + rest.slice(0, cut));
      rest = rest.slice(cut);
      line = nextIndent;
    }
    line += rest;
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

/** Where to cut `word` (UTF-16 units) for a piece at most `room` columns wide: whole graphemes and escapes, at least one. */
function pieceEnd(word: string, room: number): number {
  const cut = wholeEscapes(word, fitPrefix(word, room).text.length);
  if (cut > 0) return cut;
  const escape = escapeLengthAt(word, 0);
  if (escape > 0) return escape;
  for (const g of graphemes(word)) return g.length;
  return word.length;
}
