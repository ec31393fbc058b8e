// Removing a key of a block mapping with its value, whatever lines the value takes (a nested mapping or list, a block
// scalar, a plain scalar folded over lines): its line and the value's; the first key of a list entry (`- key: …`) up to
// the entry's next key, which moves up onto the dash's line. Read from the text alone: YAML's rule that a value's
// lines are the ones indented deeper than its key (a list's `- ` may stand at the key's column).
import type { Cut, TextIndex } from './text-index.js';

const isBlank = (line: string): boolean => /^[ \t]*$/.test(line);
/**
 * Node properties that may stand before a block scalar's indicator, each followed by blanks: anchors (`&t`) and tags
 * (`!x`, `!!str`, `!<tag:…>`). `title: !!str |+` is a keep block scalar as much as `title: |+` (tester round 53 F1).
 */
const PROPERTIES = String.raw`(?:[&!]\S*[ \t]+)*`;
/** A block scalar's header from its properties on: indicator, chomping and indentation, blanks, a comment. */
const BLOCK_HEADER = new RegExp(String.raw`^${PROPERTIES}[|>][-+1-9]*(?:[ \t]|\r|\n|$)`);
/** A line (trimmed at its start) that ends in a keep (`|+`, `>2+`) header after `: `, `- `, `? ` or nothing. */
const KEEP_HEADER_LINE = new RegExp(String.raw`(?:^|[:\-?][ \t]+)${PROPERTIES}[|>](?:[1-9]?\+|\+[1-9])[ \t]*(?:#.*)?$`);
const indentOf = (line: string): number => /^ */.exec(line)![0].length;

/**
 * The cut that removes the block mapping key at `keyStart` (at its properties, when it has some: `!!str dat:`) with
 * its value, which starts at `valueStart` (on the key's line or below it) and whose first token ends at `valueEnd`;
 * undefined where no cut leaves the mapping whole: text other than a comment after the value on its line, the key of
 * an entry that has no other (`- ` alone would be a null entry, not the mapping less a key), or a key after something
 * else on its line (a `? `: remove-explicit-key.ts).
 */
export function cutBlockKey(index: TextIndex, keyStart: number, valueStart: number, valueEnd: number): Cut | undefined {
  const text = index.text;
  const lineStart = index.lineStartAt(keyStart);
  const column = keyStart - lineStart;
  const isBelow = index.lineStartAt(valueStart) !== lineStart;
  if (!isBelow && !/^[ \t]*(#.*)?$/.test(text.slice(valueEnd, index.lineEndAt(valueEnd)))) return undefined;
  const last = lastValueLine(index, isBelow ? keyStart : valueEnd, column);
  // The value must lie in the lines read as its own (a quoted scalar run on to a line less indented does not).
  if (index.lineStartAt(valueEnd) > last) return undefined;
  const prefix = text.slice(lineStart, keyStart);
  if (/^[ \t]*$/.test(prefix)) return cutKeyLines(index, lineStart, last, column, isBlockScalar(text, valueStart));
  if (/^ *(?:- +)+$/.test(prefix)) return pullNextKeyUp(index, lineStart, keyStart, last, column);
  return undefined;
}

/**
 * The start of the last line of the value of a key at `column` whose first line holds `from`: the lines after it that
 * are indented deeper than the key, or at its column start a list entry (`- `), with the blank and comment lines among
 * them (not those after them: a comment at the key's column or left of it after the value is the next key's).
 */
function lastValueLine(index: TextIndex, from: number, column: number): number {
  const text = index.text;
  let last = index.lineStartAt(from);
  for (let at = index.nextLineAt(from); at < text.length; at = index.nextLineAt(at)) {
    const line = text.slice(at, index.lineEndAt(at));
    if (isBlank(line)) continue;
    const indent = indentOf(line);
    if (indent > column || (indent === column && /^-(?:[ \t]|$)/.test(line.slice(indent)))) last = at;
    else if (line[indent] !== '#') break;
  }
  return last;
}

/**
 * Whether the value at `valueStart` is a block scalar (`|`, `>-`, `|2+`, `!!str |`, …): its blank lines after it are
 * its own. The value's line is read from `valueStart` on, whether the parser places it at the properties or the `|`.
 */
export function isBlockScalar(text: string, valueStart: number): boolean {
  return BLOCK_HEADER.test(text.slice(valueStart, lineEndFrom(text, valueStart)));
}

const lineEndFrom = (text: string, from: number): number => {
  const at = text.slice(from).search(/[\r\n]/);
  return at < 0 ? text.length : from + at;
};

/**
 * The cut of a key alone on its line (after blanks): the lines from its own to `last`. A block scalar's blank lines after
 * it go too when a key of the same mapping follows (they would be a gap inside it); otherwise they stay, setting off
 * what follows, unless a keep (`|+`) block scalar ends just above the key: it would take them into its text.
 */
export function cutKeyLines(index: TextIndex, lineStart: number, last: number, column: number, isScalar: boolean): Cut {
  const text = index.text;
  const end = index.nextLineAt(last);
  let afterBlanks = end;
  while (afterBlanks < text.length && isBlank(text.slice(afterBlanks, index.lineEndAt(afterBlanks)))) afterBlanks = index.nextLineAt(afterBlanks);
  if (afterBlanks === end) return { start: lineStart, end, newText: '' };
  const next = text.slice(afterBlanks, index.lineEndAt(afterBlanks));
  const isSibling = afterBlanks < text.length && indentOf(next) === column && next[column] !== '#';
  const takesBlanks = (isScalar && isSibling) || endsInKeepScalar(index, lineStart, column);
  return { start: lineStart, end: takesBlanks ? afterBlanks : end, newText: '' };
}

/**
 * Whether a keep (`|+`, `>2+`) block scalar may end just above the key line at `lineStart` (column `column`): a header
 * among the lines above it back to the previous key of its mapping, that key's line included. Text of a block scalar
 * that reads like a header counts too: the cut then takes the blank lines, which is safe, only less tidy.
 */
function endsInKeepScalar(index: TextIndex, lineStart: number, column: number): boolean {
  const text = index.text;
  for (let at = lineStart; at > 0;) {
    at = index.lineStartAt(at - 1);
    const line = text.slice(at, index.lineEndAt(at));
    if (KEEP_HEADER_LINE.test(line.trimStart())) return true;
    if (!isBlank(line) && indentOf(line) <= column && line[indentOf(line)] !== '#') return false;
  }
  return false;
}

/**
 * The cut of the first key of a list entry (its line starting `- `, at `lineStart`): everything from the key to the
 * entry's next key, which takes its place after the dash, at the column the key had. Comment lines between them move
 * above the entry's line, at its dash's column (at their own, deeper, they stood out of line: tester round 53 F9);
 * blank lines there go. Undefined when no key of the entry follows.
 */
export function pullNextKeyUp(index: TextIndex, lineStart: number, keyStart: number, last: number, column: number): Cut | undefined {
  const text = index.text;
  const dashIndent = ' '.repeat(indentOf(text.slice(lineStart, keyStart)));
  const comments: string[] = [];
  for (let at = index.nextLineAt(last); at < text.length; at = index.nextLineAt(at)) {
    const line = text.slice(at, index.lineEndAt(at));
    const indent = indentOf(line);
    if (isBlank(line)) continue;
    if (line[indent] === '#') comments.push(dashIndent + text.slice(at + indent, index.nextLineAt(at)));
    else if (indent === column) {
      const next = at + column;
      return comments.length === 0 ? { start: keyStart, end: next, newText: '' } : { start: lineStart, end: next, newText: comments.join('') + text.slice(lineStart, keyStart) };
    } else return undefined;
  }
  return undefined;
}
