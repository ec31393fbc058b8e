// YAML text → plain data plus a locator from JSON-pointer paths to 1-based line and column.
import { parseFast, type FastParse } from './fast-yaml.js';
import { describeYamlError, firstAliasOffset, tooLargeForFullParse } from './syntax-problem.js';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** A 1-based line and column. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

export interface SyntaxProblem extends LineColumn {
  readonly message: string;
  readonly hint: string;
}

export interface ParsedSource {
  readonly file: string;
  readonly text: string;
  /** The plain data (YAML 1.2 core: dates stay strings); undefined when the file has syntax problems. */
  readonly data: unknown;
  readonly problems: readonly SyntaxProblem[];
  /** Where the value at `path` starts; with `key`, where its key starts. Falls back to the nearest existing ancestor. */
  readonly locate: (path: Path, key?: boolean) => LineColumn;
}

/** Aliases a file may expand before it counts as an alias bomb (yaml's `maxAliasCount`). */
const MAX_ALIAS_COUNT = 1000;

/** The full parser needs about 50 bytes of memory per byte of YAML: larger files it would read are refused, not crashed on. */
export const MAX_FULL_PARSE_CHARS = 16 * 1024 * 1024;

export function parseSource(file: string, text: string): ParsedSource {
  const fast = parseFast(text);
  if (fast) return fromFast(file, text, fast);
  if (text.length > MAX_FULL_PARSE_CHARS && !text.includes('\0')) return failed(file, text, [tooLargeForFullParse(text.length, MAX_FULL_PARSE_CHARS)]);
  return parseFull(file, text);
}

/** The full yaml parser: every construct, every syntax error, at about 1 MB/s. */
export function parseFull(file: string, text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const lc = positionIn(text, nul);
    return failed(file, text, [{ ...lc, message: 'file is binary (it contains a NUL byte), not YAML', hint: 'name only YAML plan files, or move this file out of the plans directory' }]);
  }
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false, strict: true });
  const problems: SyntaxProblem[] = doc.errors.map((e) => {
    const { offset, message, hint } = describeYamlError(text, doc, e);
    const at = lineCounter.linePos(offset);
    return { line: at.line, column: at.col, message, hint };
  });
  const locate = (path: Path, key = false): LineColumn => {
    const offset = offsetOf(doc, path, key);
    const at = lineCounter.linePos(offset);
    return { line: at.line, column: at.col };
  };
  if (problems.length > 0) return { file, text, data: undefined, problems, locate };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const first = firstAliasOffset(doc);
    const at = lineCounter.linePos(first);
    return {
      file, text, data: undefined, locate,
      problems: [{ line: at.line, column: at.col, message: `aliases expand excessively (more than ${MAX_ALIAS_COUNT} nodes): an alias bomb`, hint: 'write the repeated data out, or use fewer nested aliases' }],
    };
  }
  return { file, text, data, problems, locate };
}

function failed(file: string, text: string, problems: SyntaxProblem[]): ParsedSource {
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

function offsetOf(doc: Document, path: Path, key: boolean): number {
  let node: unknown = doc.contents;
  let best = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    node = resolveAlias(doc, node);
    const segment = path[i];
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
      if (!pair) break;
      if (isLast && key) return rangeStart(pair.key) ?? best;
      node = pair.value;
      best = rangeStart(pair.value) ?? rangeStart(pair.key) ?? best;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) break;
      best = rangeStart(node) ?? best;
    } else {
      break;
    }
  }
  return best;
}

function resolveAlias(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function fromFast(file: string, text: string, fast: FastParse): ParsedSource {
  let lineStarts: number[] | undefined;
  const locate = (path: Path, key = false): LineColumn => {
    lineStarts ??= computeLineStarts(text);
    return lineColumn(lineStarts, fastOffset(fast, path, key));
  };
  return { file, text, data: fast.data, problems: [], locate };
}

function fastOffset(fast: FastParse, path: Path, key: boolean): number {
  let node: unknown = fast.data;
  let best = fast.root;
  for (let i = 0; i < path.length; i++) {
    const offsets = node !== null && typeof node === 'object' ? fast.positions.get(node) : undefined;
    if (!offsets) break;
    const segment = path[i]!;
    if (Array.isArray(node)) {
      if (typeof segment !== 'number' || segment >= offsets.length) break;
      best = offsets[segment] as number;
      node = node[segment];
      continue;
    }
    let found = -1;
    for (let k = 0; k < offsets.length; k += 3) if (offsets[k] === String(segment)) found = k;
    if (found < 0) break;
    if (key && i === path.length - 1) return offsets[found + 1] as number;
    best = offsets[found + 2] as number;
    node = (node as Record<string, unknown>)[String(segment)];
  }
  return best;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
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
