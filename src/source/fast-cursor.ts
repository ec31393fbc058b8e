// The fast YAML path's reading state (source/fast-reader.ts's Reader) and the moves every part of it makes.
import type { Positions } from './positions.js';
import type { StringTable } from './string-table.js';

/**
 * The parser's one mutable reading state (source/fast-reader.ts's Reader): one object for the whole parse rather than
 * one per line, as until 1 Dec 2026 (a million short-lived objects at 100,000 milestones).
 */
export interface Cursor {
  /** The text the parse reads: the plan text, or its one-byte shadow (source/latin1-shadow.ts). */
  readonly text: string;
  /** The plan text's text[start, end): every string the parse makes is cut with this, not text.slice. */
  slice(start: number, end: number): string;
  /** Whether text[start, end) may differ from the plan text's (a '?' of the shadow). */
  marked(start: number, end: number): boolean;
  /** The plan text's character code at `at`, where a '?' of `text` would read otherwise than the character itself. */
  sourceCode(at: number): number;
  pos: number;
  /** Offset where the current line ends (before '\r\n' or '\n'). */
  end: number;
  readonly positions: Positions;
  readonly strings: StringTable;
  /** The items of the sequences being read, innermost last, up to `itemTop` (fast-scalar.ts: pushItem, takeItems). */
  readonly items: unknown[];
  itemTop: number;
  /** The hash (string-table.ts) of the plain scalar plainFlowEnd read last. */
  plainHash: number;
  /** The index in strings.values of the key parseKey read last (Positions finds keys there). */
  keyIndex: number;
  /** Plain keys read before, by their first two characters, and their indices in strings.values: see parseKey. */
  readonly keyGuesses: string[];
  readonly keyGuessIndices: Int32Array;
  /**
   * For a block value (parseInline with flow false): the column its lines after the first must be indented past, the
   * indentation of the mapping or sequence that holds it (source/fast-quoted.ts).
   */
  blockIndent: number;
  /** Nesting depth of the node being read: deeper than 64 is left to the full parser. */
  depth: number;
  /** The first ':' at or after `colonFrom` (text.length when none): see nextColon. */
  colon: number;
  colonFrom: number;
  /** The first '#' at or after `hashFrom` (text.length when none). */
  hash: number;
  hashFrom: number;
  /** The first '\\' at or after `backslashFrom` (text.length when none): see nextBackslash. */
  backslash: number;
  backslashFrom: number;
}

/** The first '\\' at or after `from` (text.length when none), kept as nextColon keeps its ':' (most texts have none). */
export function nextBackslash(c: Cursor, from: number): number {
  if (from > c.backslash || from < c.backslashFrom) {
    const at = c.text.indexOf('\\', from);
    c.backslash = at < 0 ? c.text.length : at;
    c.backslashFrom = from;
  }
  return c.backslash;
}

/**
 * The first ':' at or after `from`. Plain values are scanned with indexOf rather than character by character; the
 * answer is kept, so that the search for a value's colon, which usually finds the next line's key, is not repeated.
 */
export function nextColon(c: Cursor, from: number): number {
  if (from > c.colon || from < c.colonFrom) {
    const at = c.text.indexOf(':', from);
    c.colon = at < 0 ? c.text.length : at;
    c.colonFrom = from;
  }
  return c.colon;
}

/** The first '#' at or after `from` (as nextColon; most plan files have none after their first line). */
export function nextHash(c: Cursor, from: number): number {
  if (from > c.hash || from < c.hashFrom) {
    const at = c.text.indexOf('#', from);
    c.hash = at < 0 ? c.text.length : at;
    c.hashFrom = from;
  }
  return c.hash;
}

/**
 * Where the content of the line that starts at `start` ends: before its CR LF or LF, or at the end of the text. The
 * next line starts at lineAfter(text, that end). (The parser reads the text with every lone CR made LF.)
 */
export function lineEndAt(text: string, start: number): number {
  let nl = text.indexOf('\n', start);
  if (nl < 0) nl = text.length;
  return nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
}

/** Where the line after the one whose content ends at `end` (lineEndAt) starts; past the text's length after the last. */
export function lineAfter(text: string, end: number): number {
  return text.charCodeAt(end) === 13 ? end + 2 : end + 1;
}

/** The first offset from `start` on that is not a space, `end` at most. */
export function indentEnd(text: string, start: number, end: number): number {
  while (start < end && text.charCodeAt(start) === 32) start++;
  return start;
}

/**
 * Moves c.pos past spaces. Most calls find none and return at the first test: V8 counts the bytecode a function runs
 * towards optimising it, and as a loop from the first byte this small function was compiled by TurboFan during a
 * validate of the shipped plans (3 files), a compile such a run never gains from (issue #18).
 */
export function skipSpaces(c: Cursor): void {
  let pos = c.pos;
  if (c.text.charCodeAt(pos) !== 32 || pos >= c.end) return;
  const { text, end } = c;
  do pos++;
  while (pos < end && text.charCodeAt(pos) === 32);
  c.pos = pos;
}

/** True when only spaces and perhaps a comment remain on the line. */
export function atLineEnd(c: Cursor): boolean {
  const start = c.pos;
  skipSpaces(c);
  // A comment must be separated from the token before it by a space ("x"#c is a syntax error).
  return c.pos >= c.end || (c.text.charCodeAt(c.pos) === 35 /* # */ && (c.pos > start || c.text.charCodeAt(c.pos - 1) === 32));
}

