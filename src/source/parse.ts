// Parsed sources: plain data plus a locator from JSON-pointer paths to 1-based line and column; the fast path.
// The full yaml parser (src/source/full-parse.ts) is loaded only for files the fast path leaves to it.
import type { Message } from '../messages/index.js';
import { parseFast, type FastParse } from './fast-yaml.js';
import { lineStarts, normalizeLoneCr } from './line-breaks.js';

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
  let starts: number[] | undefined;
  // The locator holds the positions, not the parse: a source may drop its data (AnalyzeOptions.keepData).
  const { positions, rootRecord, root } = fast;
  const locate = (path: Path, key = false): LineColumn => {
    starts ??= lineStarts(lines);
    return lineColumn(starts, positions.offsetOf(rootRecord, root, path, key));
  };
  const offsetOf = (path: Path, key = false): number => positions.offsetOf(rootRecord, root, path, key);
  return { file, text, data: fast.data, problems: [], locate, offsetOf };
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
