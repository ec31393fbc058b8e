// Offsets, lines and columns of a document, and the extent of the YAML value or key that starts at an offset.
// Columns are UTF-16 code units (as milepel's diagnostics and LSP's default position encoding count them). Lines end
// at CR LF, CR or LF: YAML 1.2 (§5.4, b-break), milepel's parser (source/line-breaks.ts) and the LSP specification
// ("Position": all three are line ends) count them alike, so a CR-only or CR LF buffer has the positions of LF.
// A client may send a text that starts with a byte order mark (VS Code and Neovim strip it, others may not): the
// parser reads the text without it, and so do the offsets, lineText and a finding's 1-based line and column; an LSP
// position (Pos) is the client's, the BOM its first character of line 0 (tester round 47 F7: the tab's quick fix on
// line 0 deleted the BOM and left the tab). Only offsetAt, positionAt and the conversions below cross between the two.
import { lineStarts } from '../source/line-breaks.js';
import { FlowScan, tokenEnd } from './token-end.js';

/** A 0-based LSP position. */
export interface Pos {
  readonly line: number;
  readonly character: number;
}

export interface Span {
  readonly start: Pos;
  readonly end: Pos;
}

/** [start, end) of the text (offsets) replaced by `newText`: an edit before it is turned into LSP positions. */
export interface Cut {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export class TextIndex {
  /** The text without its byte order mark: the one the parser reads and every offset counts in. */
  readonly text: string;
  /** 1 when the client's text starts with a byte order mark, else 0. */
  private readonly bom: number;
  private starts: number[] | undefined;
  /** continuedLineStart of each line, found for all lines at once when first asked. */
  private parentStarts: Int32Array | undefined;
  /** valueEnd's flow scan, resumed from one finding's span to the next (token-end.ts). */
  private readonly flowScan = new FlowScan();

  /** The index of a client's text, as it sends it (with or without a byte order mark). */
  constructor(text: string) {
    this.bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.text = text.slice(this.bom);
  }

  /** How many characters the client's line has before the text's: the BOM's one on line 0 of a text with one, else 0. */
  private shift(line: number): number {
    return line === 0 ? this.bom : 0;
  }

  private lineStarts(): number[] {
    this.starts ??= lineStarts(this.text);
    return this.starts;
  }

  /** The offset where a 0-based line ends, before its line break (CR LF, CR or LF). */
  private lineEnd(line: number): number {
    const starts = this.lineStarts();
    if (line + 1 >= starts.length) return this.text.length;
    const next = starts[line + 1]!;
    return next - (this.text[next - 1] === '\n' && this.text[next - 2] === '\r' ? 2 : 1);
  }

  /**
   * The offset of a client's 0-based position, clamped to the text (and to its line, before its line break; a position
   * before the BOM is the text's start).
   */
  offsetAt(pos: Pos): number {
    return this.clampedOffset(pos.line, pos.character - this.shift(pos.line));
  }

  /** The offset of a finding's 1-based `line` and `column` (the parser's, in the text without BOM), clamped as offsetAt. */
  offsetOf(line: number, column: number): number {
    return this.clampedOffset(line - 1, column - 1);
  }

  /** The offset of index `at` into lineText(line), clamped to the text and to its line. */
  private clampedOffset(line: number, at: number): number {
    const starts = this.lineStarts();
    if (line < 0) return 0;
    if (line >= starts.length) return this.text.length;
    return Math.min(starts[line]! + Math.max(0, at), this.lineEnd(line));
  }

  /** The client's 0-based position of an offset. */
  positionAt(offset: number): Pos {
    const starts = this.lineStarts();
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - starts[lo]! + this.shift(lo) };
  }

  /**
   * A client's position as a line and an index into lineText(line) (a cursor read on its line: completion): one less on
   * line 0 after a BOM, 0 before it.
   */
  inLineText(pos: Pos): Pos {
    return { line: pos.line, character: Math.max(0, pos.character - this.shift(pos.line)) };
  }

  /** The client's position of an index into lineText(line): inLineText's inverse. */
  fromLineText(pos: Pos): Pos {
    return { line: pos.line, character: pos.character + this.shift(pos.line) };
  }

  /** How many lines the text has (an empty text or one ending in a line break has an empty last line). */
  get lineCount(): number {
    return this.lineStarts().length;
  }

  /** The text of a 0-based line without its line break (line 0 without the BOM). */
  lineText(line: number): string {
    const starts = this.lineStarts();
    if (line < 0 || line >= starts.length) return '';
    return this.text.slice(starts[line]!, this.lineEnd(line));
  }

  /** The offset where the line holding `offset` starts. */
  lineStartAt(offset: number): number {
    return this.lineStarts()[this.positionAt(offset).line]!;
  }

  /** The offset where the line holding `offset` ends, before its line break. */
  lineEndAt(offset: number): number {
    return this.lineEnd(this.positionAt(offset).line);
  }

  /** The offset where the line after the one holding `offset` starts (past its line break); the text's end on the last. */
  nextLineAt(offset: number): number {
    return this.lineStarts()[this.positionAt(offset).line + 1] ?? this.text.length;
  }

  /**
   * The line break that ends the line holding `offset` (CR LF, CR or LF, as written); on the last line, which has none,
   * the one before it (LF in a text of one line). A line inserted there keeps the file's line ends.
   */
  lineBreakAt(offset: number): string {
    const starts = this.lineStarts();
    if (starts.length === 1) return '\n';
    const line = Math.min(this.positionAt(offset).line, starts.length - 2);
    return this.text.slice(this.lineEnd(line), starts[line + 1]!);
  }

  /** Where the YAML token (scalar, flow collection or key) that starts at `start` ends: see `tokenEnd`. */
  valueEnd(start: number): number {
    return tokenEnd(this.text, start, this.continuedLineStart(this.positionAt(start).line), this.flowScan);
  }

  /**
   * The start of the line that 0-based `line` continues: the nearest line above it, blank and comment lines aside,
   * that is less indented (`  - {id: A, date:` above `       2025-08-30, x: 1}`); the line itself when it is not
   * indented or none is. A flow collection open there is open on `line` too.
   */
  private continuedLineStart(line: number): number {
    return (this.parentStarts ??= findParentStarts(this.text, this.lineStarts()))[line]!;
  }

  /** The span of the scalar, flow collection or key that starts at 1-based `line`/`column` (a finding's position). */
  spanAt(line: number, column: number): Span {
    const start = this.offsetOf(line, column);
    return { start: this.positionAt(start), end: this.positionAt(this.valueEnd(start)) };
  }
}

/**
 * For each line (by its start in `starts`), the start of the nearest line above it that is less indented, blank and
 * comment lines aside; its own start when it is not indented or none is. One pass, with the lines that may still be a
 * later line's parent on a stack of rising indents. It looked back at most 200 lines, and past that an entry of a
 * flow list spread over more lines was taken for a block scalar: its span took in its comma, which the quick fix then
 * removed, joining two entries into one (tester round 86 F1).
 */
export function findParentStarts(text: string, starts: readonly number[]): Int32Array {
  const parents = new Int32Array(starts.length);
  const lines: number[] = [];
  const indents: number[] = [];
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    const indent = indentAt(text, at);
    const first = text[at + indent];
    const isContent = !(first === undefined || first === '\n' || first === '\r' || first === '#');
    // The topmost line on the stack less indented than this one: popped through for a line with content (which takes
    // its place there), looked up by bisection for a blank or comment line (which never is a parent).
    let top = indents.length;
    if (isContent) {
      while (top > 0 && indents[top - 1]! >= indent) top--;
      lines.length = top;
      indents.length = top;
    } else {
      let lo = 0;
      while (lo < top) {
        const mid = (lo + top) >>> 1;
        if (indents[mid]! < indent) lo = mid + 1;
        else top = mid;
      }
    }
    parents[k] = indent === 0 || top === 0 ? at : starts[lines[top - 1]!]!;
    if (isContent) {
      lines.push(k);
      indents.push(indent);
    }
  }
  return parents;
}

function indentAt(text: string, lineStart: number): number {
  let i = lineStart;
  while (text[i] === ' ') i++;
  return i - lineStart;
}
