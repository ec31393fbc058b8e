// Parsed sources: plain data plus a locator from JSON-pointer paths to 1-based line and column; the fast path.
// The full yaml parser (src/source/full-parse.ts) is loaded only for files the fast path leaves to it.
import type { Message } from '../messages/index.js';
import { parseFast, type FastParse } from './fast-yaml.js';
import { normalizeLoneCr } from './line-breaks.js';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** A 1-based line and column. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

export interface SyntaxProblem extends LineColumn {
  readonly message: Message;
  readonly hint: Message;
}

export interface ParsedSource {
  readonly file: string;
  readonly text: string;
  /** The plain data (YAML 1.2 core: dates stay strings); undefined when the file has syntax problems. */
  readonly data: unknown;
  readonly problems: readonly SyntaxProblem[];
  /** Where the value at `path` starts; with `key`, where its key starts. Falls back to the nearest existing ancestor. */
  readonly locate: (path: Path, key?: boolean) => LineColumn;
  /**
   * The same place as `locate`, as a UTF-16 offset in `text`; only the fast path has it (its positions are offsets).
   * Spares a caller that wants offsets (`set`, src/edit/milestone-block.ts) the line table of the whole text.
   */
  readonly offsetOf?: (path: Path, key?: boolean) => number;
}

export function failed(file: string, text: string, problems: SyntaxProblem[]): ParsedSource {
  return { file, text, data: undefined, problems, locate: () => ({ line: problems[0]?.line ?? 1, column: problems[0]?.column ?? 1 }) };
}

/** 1-based position of a UTF-16 offset, used where no LineCounter exists. */
export function positionIn(text: string, offset: number): LineColumn {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** The fast path: a ParsedSource for plain plan files, undefined when the full parser is needed. */
export function parseFastSource(file: string, text: string): ParsedSource | undefined {
  // A lone CR is a line break (YAML 1.2): read as LF, same offsets, as the full parser does (source/line-breaks.ts).
  const lines = normalizeLoneCr(text);
  const fast = parseFast(lines);
  return fast ? fromFast(file, text, lines, fast) : undefined;
}

function fromFast(file: string, text: string, lines: string, fast: FastParse): ParsedSource {
  // Line starts are found only as far as the places asked for reach: `set`'s findings near its milestone need the
  // first lines of a 3 MB file, not all 120,000 (issue #18); a report with findings to the end finds them all, as
  // lineStarts would.
  const starts = [0];
  /** The first line break not yet in `starts` (-1: none left; -2: not looked for yet). */
  let next = -2;
  // The locator holds the positions, not the parse: a source may drop its data (AnalyzeOptions.keepData).
  const { positions, rootRecord, root } = fast;
  const locate = (path: Path, key = false): LineColumn => {
    const offset = positions.offsetOf(rootRecord, root, path, key);
    if (next === -2) next = lines.indexOf('\n');
    if (next >= 0 && next < offset) next = addLineStarts(lines, starts, next, offset);
    return lineColumn(starts, offset);
  };
  const offsetOf = (path: Path, key = false): number => positions.offsetOf(rootRecord, root, path, key);
  return { file, text, data: fast.data, problems: [], locate, offsetOf };
}

/**
 * Adds to `starts` the line starts after the break at `next` and every later one before `offset`; returns the first
 * break at or after `offset` (-1: none). Measured with cachegrind (validate, 10,000 milestones, 2 Dec 2026): this loop
 * inside the locator, on its captured variables, cost 1.5 % more instructions than lineStarts' one pass; a loop of its
 * own on locals 0.8 % more while the first break was looked for when the file was read; looked for on the first
 * locate, as here, 0.15 % fewer.
 */
function addLineStarts(lines: string, starts: number[], next: number, offset: number): number {
  let at = next;
  while (at >= 0 && at < offset) {
    starts.push(at + 1);
    at = lines.indexOf('\n', at + 1);
  }
  return at;
}

function lineColumn(starts: readonly number[], offset: number): LineColumn {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
