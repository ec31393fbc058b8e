// Source excerpt under a diagnostic: the escaped line with a gutter and a `^~~~` marker under the column.

import { isBlank, opensQuoted, pastQuoted, quoteEnd, type LineContext } from './line-context.js';
import { cellsWhile, columnOf, isPlain, layOut, wholeLineLayout, windowOf, type Layout, type LayoutChoice } from './excerpt-layout.js';

export { TAB_STOP, type LayoutChoice } from './excerpt-layout.js';

/** Narrowest code area (columns after the gutter) a cut excerpt is allowed to shrink to. */
const MIN_CODE_WIDTH = 16;
const ELLIPSIS = '…';

export interface Excerpt {
  /** Line-number gutter, e.g. `   31 | `. */
  readonly gutter: string;
  /** The gutter without the number, same width: `      | `. */
  readonly blankGutter: string;
  /** The escaped, tab-expanded, possibly cut source line. */
  readonly code: string;
  /** Spaces that put the marker under the column. */
  readonly indent: string;
  /** `^` followed by `~` under the rest of the token. */
  readonly marker: string;
}

/**
 * End (exclusive UTF-16 index) of the token starting at `from` of `line`. `flow`: whether the token is inside a flow
 * collection (a plain scalar then ends at `,]}`); judged from the line when not given.
 */
export function findTokenEnd(line: string, from: number, flow?: boolean, above?: LineContext): number {
  const quote = line.charAt(from);
  if (quote === '"' || quote === "'") {
    // A quoted scalar may hold `,` or `#`: underline it up to its closing quote.
    const close = quoteEnd(line, from);
    if (close >= 0) return close + 1;
  }
  let end = from;
  // A tab (in a line's indentation, the rule yaml-syntax): underline the tabs, not the line after them.
  if (line.charAt(from) === '\t') {
    while (end < line.length && line.charAt(end) === '\t') end++;
    return end;
  }
  // A tag (`!!binary`, `!local`) holds no space: underline it alone, not the value after it.
  if (line.charAt(from) === '!') {
    while (end < line.length && line.charAt(end) !== ' ' && line.charAt(end) !== '\t') end++;
    return end;
  }
  // A flow collection to its matching bracket, when that is on the line (`{id: G, title: T}` whole, as a finding
  // about the mapping means it).
  if (line.charAt(from) === '[' || line.charAt(from) === '{') {
    const close = closingBracket(line, from);
    if (close >= 0) return close + 1;
  }
  // A plain scalar (or a key and its value) runs to a comment (` #`) or the line's end; inside a flow collection to a
  // `,`, `]` or `}` too. In block context `cpli: 0,9` is the one scalar "0,9" (tester round 65 F3: only its `0` was
  // underlined).
  // The lines above, when they tell: a collection still open at the line's start (`after: [` two lines up, tester
  // round 68 F5: `MP3, MP4` was underlined whole), or a block key the line is the value of (`- MP1,MP2]` under
  // `after:` is one block scalar, its `]` no bracket). Else the line alone: a `]` it does not open, or a `,` at its end.
  const inFlow = flow ?? (above === 'block' ? flowOpenBefore(line, from) : flowOpenBefore(line, from, above === 'flow' ? 1 : 0) || flowClosesAfter(line, from));
  for (; end < line.length; end++) {
    const ch = line.charAt(end);
    if (ch === '#' && (end === from || isBlank(line.charAt(end - 1)))) break;
    if (inFlow && (ch === ',' || ch === ']' || ch === '}')) break;
  }
  while (end > from && (line.charAt(end - 1) === ' ' || line.charAt(end - 1) === '\t')) end--;
  return end;
}

/**
 * Whether a `[` or `{` before `from` on the line is still open there (quoted scalars and a comment aside); `open`
 * collections are open at the line's start.
 */
function flowOpenBefore(line: string, from: number, open = 0): boolean {
  let depth = open;
  for (let i = 0; i < from; i++) {
    const ch = line.charAt(i);
    if ((ch === '"' || ch === "'") && opensQuoted(line, i)) {
      // `from` inside a quoted scalar (a finding about part of it): its parts end as a flow scalar's do.
      i = pastQuoted(line, i);
      if (i >= from) return true;
    } else if (ch === '#' && (i === 0 || isBlank(line.charAt(i - 1)))) return false;
    else if (ch === '[' || ch === '{') depth++;
    else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Whether the line from `from` on closes a flow collection opened on a line above (a `]` or `}` it did not open), or
 * ends in a `,`, as the lines of a collection written over several lines do (`  B, C]`, `  B,`).
 */
function flowClosesAfter(line: string, from: number): boolean {
  let depth = 0;
  let last = '';
  for (let i = from; i < line.length; i++) {
    const ch = line.charAt(i);
    if (ch === '#' && i > from && isBlank(line.charAt(i - 1))) break;
    if ((ch === '"' || ch === "'") && opensQuoted(line, i)) i = pastQuoted(line, i);
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      if (depth === 0) return true;
      depth--;
    }
    if (!isBlank(ch)) last = ch;
  }
  return last === ',';
}

/** The offset of the bracket that closes the flow collection opening at `at`, or -1 when it is not on the line. */
function closingBracket(line: string, at: number): number {
  let depth = 0;
  for (let i = at; i < line.length; i++) {
    const ch = line.charAt(i);
    if ((ch === '"' || ch === "'") && opensQuoted(line, i)) i = pastQuoted(line, i);
    else if (ch === '#' && isBlank(line.charAt(i - 1))) return -1;
    else if (ch === '[' || ch === '{') depth++;
    else if ((ch === ']' || ch === '}') && --depth === 0) return i;
  }
  return -1;
}


/** Display window [start, end) of the line to show, or undefined when it all fits. */
function chooseWindow(
  total: number,
  markerStart: number,
  markerEnd: number,
  room: number,
): { start: number; end: number } | undefined {
  // A marker past the end of the line needs a column of its own.
  const span = Math.max(total, markerEnd);
  if (span <= room) return undefined;
  // A token wider than two thirds of the room is not kept whole: its start and context matter more.
  const tokenWidth = Math.min(markerEnd - markerStart, Math.floor(((room - 2) * 2) / 3));
  if (markerStart + tokenWidth <= room - 1) return { start: 0, end: room - 1 };
  if (markerStart >= span - (room - 1)) return { start: span - (room - 1), end: span };
  const context = Math.max(0, Math.min(Math.floor((room - 2) / 3), room - 2 - tokenWidth));
  const start = markerStart - context;
  return { start, end: start + room - 2 };
}

/** Lines longer than this (UTF-16 units) are cut to a window around the marked column before layout. */
const LONG_LINE = 4096;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Lays out the excerpt of `sourceLine` (the text of 1-based `line`) with the marker under 1-based `column` (UTF-16
 * units). `width` is the terminal width; 0 or non-finite means no limit.
 */
export function renderExcerpt(sourceLine: string, line: number, column: number, width: number, mark: ExcerptMark = 'token', layout: LayoutChoice = 'auto', above?: LineContext): Excerpt {
  // The line should come without its break; drop a stray CR of a CRLF file all the same.
  const text = sourceLine.endsWith('\r') ? sourceLine.slice(0, -1) : sourceLine;
  return mark === 'character' ? renderAt(text, line, column, width, true, layout) : renderAt(text, line, column, width, false, layout, above);
}


/**
 * How the marker is drawn: `token` underlines the token starting at the column (parser positions); `character` marks
 * exactly one character there, as the rule `encoding` gives the first invalid byte's position (SPEC §15) — a tab or a
 * wide character before it moves the marker, never widens it.
 */
export type ExcerptMark = 'token' | 'character';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function renderAt(text: string, line: number, column: number, width: number, single: boolean, choice: LayoutChoice, above?: LineContext): Excerpt {
  if (text.length <= LONG_LINE) return renderLine(text, line, column, width, single, choice, false, undefined, above);
  // A whole plan on one line (JSON is YAML) would be laid out once per finding: keep a window around the column. The
  // window may be a unit longer than LONG_LINE (a surrogate pair is never cut), so it is rendered as it is, never cut
  // again: cutting it anew looped until the stack overflowed (a tester's finding, session 17).
  let lo = Math.max(0, column - 1 - LONG_LINE / 2);
  if (lo > 0 && isLowSurrogate(text.charCodeAt(lo))) lo++;
  let hi = Math.min(text.length, lo + LONG_LINE);
  if (hi < text.length && isLowSurrogate(text.charCodeAt(hi))) hi++;
  const slice = text.slice(lo, hi);
  if (isPlain(slice, choice)) return renderLine(slice, line, column - lo, width, single, choice, true);
  // Text that needs cells (wide, joining or control characters) is laid out once for the whole line, and each
  // finding's window is cut from that: laying out the window anew for each of 2,600 findings on one line of
  // minified JSON with Devanagari titles took 30 s (the grapheme segmenter), a tester's finding (issue #18).
  return renderLine(slice, line, column - lo, width, single, choice, true, windowOf(wholeLineLayout(text), lo, hi));
}

/**
 * The excerpt of `text`, a line or a window of one (`cut`), laid out whole (or as `laidOut` gives it). A window's token
 * is taken to be in a flow collection: a line longer than LONG_LINE is a plan written in flow style (JSON is YAML),
 * and the brackets around the window are not in it (nor looked for: 2,600 findings on one such line).
 */
function renderLine(text: string, line: number, column: number, width: number, single: boolean, choice: LayoutChoice, cut: boolean, laidOut?: Layout, above?: LineContext): Excerpt {
  const number = String(line).padStart(5);
  const gutter = `${number} | `;
  const blankGutter = `${' '.repeat(number.length)} | `;

  const layout = laidOut ?? layOut(text, choice);
  const { cells, total } = layout;
  const from = Math.min(Math.max(column - 1, 0), text.length);
  const markerStart = columnOf(layout, from);
  const tokenEnd = columnOf(layout, single ? from + (isHighSurrogate(text.charCodeAt(from)) ? 2 : 1) : findTokenEnd(text, from, cut ? true : undefined, above));
  const markerEnd = markerStart + Math.max(1, tokenEnd - markerStart);

  const limited = Number.isFinite(width) && width > 0;
  const room = Math.max(width - gutter.length, MIN_CODE_WIDTH);
  const window = limited ? chooseWindow(total, markerStart, markerEnd, room) : undefined;
  if (window === undefined) {
    return {
      gutter,
      blankGutter,
      code: cells === undefined ? text : cells.slice(layout.view?.cellFrom ?? 0, layout.view?.cellTo ?? cells.length).map((cell) => cell.text).join(''),
      indent: ' '.repeat(markerStart),
      marker: drawMarker(markerEnd - markerStart),
    };
  }

  const { start, end } = window;
  let code = start > 0 ? ELLIPSIS : '';
  if (cells === undefined) {
    code += text.slice(start, Math.min(end, total));
  } else {
    // Cells are in column order: find the first one that ends past `start`, then take them up to `end`. (A window of
    // a long line has up to 4,096 cells and only a screen's width of them is shown: a tester's one-line plans with a
    // finding per milestone spent 30 s walking and copying them.)
    const shift = layout.view?.columnBase ?? 0;
    const cellTo = layout.view?.cellTo ?? cells.length;
    for (let k = cellsWhile(cells, layout.view?.cellFrom ?? 0, cellTo, (cell) => cell.start - shift + cell.width <= start); k < cellTo; k++) {
      const cell = cells[k]!;
      const cellStart = cell.start - shift;
      if (cellStart >= end) break;
      const cellEnd = cellStart + cell.width;
      // Cells that straddle an edge are not split: blank the visible part on the left
      // (so the marker stays aligned) and leave them out on the right.
      if (cellStart < start) code += ' '.repeat(cellEnd - start);
      else if (cellEnd <= end) code += cell.text;
    }
  }
  if (end < total) code += ELLIPSIS;
  const offset = (start > 0 ? 1 : 0) + markerStart - start;
  return {
    gutter,
    blankGutter,
    code,
    indent: ' '.repeat(offset),
    marker: drawMarker(Math.min(markerEnd, end) - markerStart),
  };
}

function drawMarker(width: number): string {
  return `^${'~'.repeat(Math.max(0, width - 1))}`;
}
