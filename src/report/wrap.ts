// Word wrap for report notes: words are kept whole, continuation lines indented.
import { displayWidth } from './table.js';

/** Splits `text` at spaces into lines of at most `width` columns (a longer word gets a line of its own). */
export function wrapWords(text: string, width: number, indent: string, nextIndent: string): string[] {
  const lines: string[] = [];
  let line = indent;
  let isFresh = true;
  for (const word of text.split(' ')) {
    if (!isFresh && displayWidth(line) + 1 + displayWidth(word) > width) {
      lines.push(line);
      line = nextIndent + word;
    } else {
      line += (isFresh ? '' : ' ') + word;
    }
    isFresh = false;
  }
  lines.push(line);
  return lines;
}

/** Joins items with `separator` into lines of at most `width` columns, never splitting an item. */
export function wrapItems(items: readonly string[], width: number, separator = '   '): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line !== '' && displayWidth(line) + displayWidth(separator) + displayWidth(item) > width) {
      lines.push(line);
      line = item;
    } else {
      line = line === '' ? item : line + separator + item;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
