// Parsed sources: plain data plus a locator from JSON-pointer paths to 1-based line and column; the fast path.
// The full yaml parser (src/source/full-parse.ts) is loaded only for files the fast path leaves to it.
import type { Message } from '../messages/index.js';
import { parseFastNormalized, type FastParse } from './fast-yaml.js';
import { normalizeLoneCr } from './line-breaks.js';
import { textHoldsAstral } from './astral.js';

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
  /** Other places the message refers to (a repeated key's first one). */
  readonly related?: readonly (LineColumn & { readonly message: Message })[];
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
  /**
   * The 1-based line's text without its line break (CR LF, CR or LF), as LazyLines.lineAt gives it; only the fast path
   * has it, from the line starts `locate` found already: a report quoting its findings' lines scanned each file for
   * them a second time (issue #18: 60 ms of validate on a tester's 35 MB workspace).
   */
  readonly lineAt?: (line: number) => string | undefined;
  /**
   * Only the full parser's (the fast path declines anchors): when the way to the value at `path` goes through an alias
   * (`*n`), the first alias's name and the UTF-16 offset in `text` where that value is written under its anchor.
   */
  readonly aliasedAt?: (path: Path) => { readonly alias: string; readonly offset: number } | undefined;
  /**
   * Whether the text holds a character outside the Basic Multilingual Plane (source/astral.ts), on whose lines a
   * column in UTF-16 units, as `locate` gives it, is more than one in characters; undefined: not known, so maybe.
   */
  readonly astral?: boolean;
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

/**
 * A text not kept but made again when asked (analyze-texts.ts): whole, or one line of it. Each gives undefined when the
 * text can no longer be had as it was (its file changed since it was read).
 */
export interface Reread {
  /** The whole text. */
  text(): string | undefined;
  /** The 1-based line without its line break (LF, or CR LF: the text has no lone CR); undefined past the last line. */
  line(line: number): string | undefined;
}

/** The fast path: a ParsedSource for plain plan files, undefined when the full parser is needed. */
export function parseFastSource(file: string, text: string, reread?: Reread, astral = textHoldsAstral(text)): ParsedSource | undefined {
  // A lone CR is a line break (YAML 1.2): read as LF, same offsets, as the full parser does (source/line-breaks.ts).
  const lines = normalizeLoneCr(text);
  const fast = parseFastNormalized(lines);
  if (!fast) return undefined;
  // Line starts are found only as far as the places asked for reach: `set`'s findings near its milestone need the
  // first lines of a 3 MB file, not all 120,000 (issue #18); a report with findings to the end finds them all, as
  // lineStarts would.
  const starts = new LineStarts(lines);
  // A text its data's strings are views into stays alive with them: kept as it is, not made again (RereadSource).
  if (reread !== undefined && lines === text && fast.viewsText !== true) {
    starts.releaseText(reread);
    return new RereadSource(file, fast.data, reread, locator(starts, fast), astral);
  }
  return { file, text, data: fast.data, problems: [], ...locator(starts, fast), astral };
}

/**
 * A fast parse's places as a ParsedSource gives them. It holds the positions, not the parse: a source may drop its data
 * (AnalyzeOptions.keepData).
 */
function locator(starts: LineStarts, fast: FastParse): Pick<ParsedSource, 'locate' | 'offsetOf' | 'lineAt'> {
  const { positions, rootRecord, root } = fast;
  return {
    locate: (path: Path, key = false): LineColumn => starts.lineColumn(positions.offsetOf(rootRecord, root, path, key)),
    offsetOf: (path: Path, key = false): number => positions.offsetOf(rootRecord, root, path, key),
    lineAt: (line) => starts.lineAt(line),
  };
}

/**
 * A parsed source that does not hold its text: `text` is made again by `reread` when asked (a language-server
 * request), a quoted line alone (Reread.line), and its line starts were all found at once (LineStarts.releaseText),
 * so that placing a finding needs no text. `reread` gives undefined when the text can no longer be had as it was (its
 * file changed since: analyze-texts.ts SourceBytes.reread); then no line is quoted and `text` is empty. For texts V8
 * keeps at two bytes a character (one character past U+00FF, an em dash in a title, makes the whole file so), whose
 * bytes as read (UTF-8) are half that: analyze-texts.ts analyzeFiles keeps those, or reads the file again, instead
 * (issue #18: a 100 MB workspace held 200 MB of text through its whole analysis). `withoutData` is the source without
 * its parsed data (AnalyzeOptions.keepData: false), as a spread `{...s, data: undefined}` would make it without
 * calling `reread`.
 */
export class RereadSource implements ParsedSource {
  readonly problems: readonly SyntaxProblem[] = [];
  readonly locate: ParsedSource['locate'];
  readonly offsetOf: NonNullable<ParsedSource['offsetOf']>;
  readonly lineAt: NonNullable<ParsedSource['lineAt']>;

  constructor(readonly file: string, readonly data: unknown, private readonly reread: Reread, located: Pick<ParsedSource, 'locate' | 'offsetOf' | 'lineAt'>, readonly astral: boolean) {
    this.locate = located.locate;
    this.offsetOf = located.offsetOf!;
    this.lineAt = located.lineAt!;
  }

  get text(): string {
    return this.reread.text() ?? '';
  }

  withoutData(): RereadSource {
    return new RereadSource(this.file, undefined, this.reread, this, this.astral);
  }
}

/**
 * The offsets where a text's lines start, found as far as asked: an Int32Array that doubles, not an array of numbers
 * (issue #18: with findings to the end of bench/generate-rich.mjs's 100,000 milestones, 4.7 million line starts were
 * 38 MB of array the garbage collector walked, and grown by push).
 */
class LineStarts {
  private starts = new Int32Array(64);
  private count = 1;
  /** The first line break not yet in `starts` (-1: none left; -2: not looked for yet). */
  private next = -2;
  /** The text's length, for its last line's end. */
  private readonly length: number;
  /** The text, or (after releaseText) how to make it again, or a line of it. */
  private source: string | Reread;

  constructor(lines: string) {
    this.source = lines;
    this.length = lines.length;
  }

  /** The text; '' when it can no longer be had, which is asked for only before releaseText (lineAt asks itself). */
  private get lines(): string {
    return typeof this.source === 'string' ? this.source : (this.source.text() ?? '');
  }

  /** Finds every line start now and lets go of the text: lineColumn needs it no more, lineAt asks `reread`. */
  releaseText(reread: Reread): void {
    if (this.next === -2) this.next = this.lines.indexOf('\n');
    this.addUpTo(this.length + 1);
    this.starts = this.starts.slice(0, this.count);
    this.source = reread;
  }

  /** The 1-based line and column of `offset`. */
  lineColumn(offset: number): LineColumn {
    if (this.next === -2) this.next = this.lines.indexOf('\n');
    if (this.next >= 0 && this.next < offset) this.addUpTo(offset);
    const starts = this.starts;
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /**
   * The 1-based `line` without its break, undefined past the last line. Breaks are LF here (a lone CR was made one:
   * line-breaks.ts), so a CR before one is CR LF's and left out, as LazyLines leaves it.
   */
  lineAt(line: number): string | undefined {
    if (line < 1) return undefined;
    if (this.next === -2) this.next = this.lines.indexOf('\n');
    // The starts up to the line after it, whose start ends it; the last line ends with the text.
    while (this.count <= line && this.next >= 0) this.addUpTo(this.next + 1);
    if (line > this.count) return undefined;
    // Released, the line is made alone: decoding the whole text again for it made a string of the whole file per file
    // quoted (issue #18: source/byte-lines.ts).
    if (typeof this.source !== 'string') return this.source.line(line);
    const start = this.starts[line - 1]!;
    const end = line < this.count ? this.starts[line]! - 1 : this.length;
    const lines = this.source;
    return lines.slice(start, end > start && lines.charCodeAt(end - 1) === 0x0d && line < this.count ? end - 1 : end);
  }

  /** Adds the line starts after the break at `next` and every later one before `offset`. */
  private addUpTo(offset: number): void {
    const lines = this.lines;
    let starts = this.starts;
    let count = this.count;
    let at = this.next;
    while (at >= 0 && at < offset) {
      if (count === starts.length) {
        const grown = new Int32Array(2 * count);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = at + 1;
      at = lines.indexOf('\n', at + 1);
    }
    this.starts = starts;
    this.count = count;
    this.next = at;
  }
}
