// RFC 5545 §3.1 line folding: no physical line longer than 75 octets, never inside a UTF-8 character, continuation
// lines after one space; a content line folded as it is written, piece by piece.
import { startsWorkflowCommand } from '../safe-text.js';

const MAX_OCTETS = 75;

/** The next unit that is not ASCII; global, so that each search starts where the last one ended (lastIndex). */
const NON_ASCII = /[^\0-\x7f]/g;

/**
 * A content line written piece by piece and folded as it grows: the pieces of a DESCRIPTION (fixed words, dates, the
 * plan's texts) are never joined into one text to be walked again (issue #18: 100,000 of them, about 230 units each).
 * A surrogate pair is one 4-octet character, a lone surrogate counts 3 octets; a piece holds whole characters (a pair is
 * never split between two pieces: escaped TEXT shows lone surrogates as escapes).
 */
export class ContentLine {
  private out = '';
  /** Octets on the current physical line, its leading space included. */
  private size = 0;

  /** Adds text that is all ASCII (one octet a unit): cut by arithmetic. */
  ascii(text: string): this {
    this.addPiece(text, this.cutRun(text, 0, 0, text.length));
    return this;
  }

  /**
   * Adds any text. The regular expression finds its non-ASCII units; the runs of ASCII between them are cut by
   * arithmetic rather than walked unit by unit.
   */
  text(text: string): this {
    const length = text.length;
    let start = 0;
    let i = 0;
    NON_ASCII.lastIndex = 0;
    while (i < length) {
      const next = NON_ASCII.test(text) ? NON_ASCII.lastIndex - 1 : length;
      start = this.cutRun(text, start, i, next);
      i = next;
      if (i === length) break;
      const c = text.charCodeAt(i);
      const isPair = c <= 0xdbff && c >= 0xd800 && i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const octets = isPair ? 4 : c < 0x800 ? 2 : 3;
      if (this.size + octets > MAX_OCTETS) {
        this.fold(text, start, i);
        start = i;
      }
      this.size += octets;
      i += isPair ? 2 : 1;
      // The search goes on after the pair's low surrogate, which it would otherwise find next.
      if (isPair) NON_ASCII.lastIndex = i;
    }
    this.addPiece(text, start);
    return this;
  }

  /**
   * The folded line, without its line end. A fold that left a continuation line reading as a GitHub workflow command
   * (` ::1 satt i drift` of `2001:db8::1`) is placed again so that none does: the CLI's guard would put a zero-width
   * space before its `::`, which unfolding keeps in every calendar client's title (tester round 16 #4).
   */
  value(): string {
    return this.out.includes('::') && hasCommandContinuation(this.out) ? foldClearOfCommands(this.out.replace(/\r\n /g, '')) : this.out;
  }

  /** The folded line and its CRLF. */
  end(): string {
    return `${this.value()}\r\n`;
  }

  /**
   * Counts the ASCII units `from` … `to` of `text` onto the line, folding where the line is full; returns where the
   * text not yet written starts (`start`, or the last fold).
   */
  private cutRun(text: string, start: number, from: number, to: number): number {
    let written = start;
    let at = from;
    while (to - at > MAX_OCTETS - this.size) {
      at += MAX_OCTETS - this.size;
      this.fold(text, written, at);
      written = at;
    }
    this.size += to - at;
    return written;
  }

  /** Writes units `start` … `cut` of `text` and ends the physical line there. */
  private fold(text: string, start: number, cut: number): void {
    this.out += `${text.slice(start, cut)}\r\n `;
    this.size = 1;
  }

  /** Writes the rest of `text` from `start`. */
  private addPiece(text: string, start: number): void {
    this.out += start === 0 ? text : text.slice(start);
  }
}

/**
 * Folds an unfolded content line as ContentLine does (RFC 5545 §3.1: at most 75 octets a physical line, never inside a
 * UTF-8 character), except that a continuation line never starts with blanks and `::`: such a fold moves back to the
 * character before them, which RFC 5545 allows (a line may be folded anywhere), so unfolding gives the text exactly.
 * When the line holds nothing else to fold at (blanks and colons to its start), the fold stays where it was.
 */
export function foldClearOfCommands(text: string): string {
  let out = '';
  let lineStart = 0;
  let size = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const isPair = (c & 0xfc00) === 0xd800 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const octets = c < 0x80 ? 1 : isPair ? 4 : c < 0x800 ? 2 : 3;
    if (size + octets <= MAX_OCTETS) {
      size += octets;
      i += isPair ? 2 : 1;
      continue;
    }
    let cut = i;
    while (cut > lineStart + 1 && startsWorkflowCommand(text, cut)) cut = previousCharacter(text, cut);
    if (startsWorkflowCommand(text, cut)) cut = i;
    out += `${text.slice(lineStart, cut)}\r\n `;
    lineStart = cut;
    size = 1;
    i = cut;
  }
  return out + text.slice(lineStart);
}

/** Whether a continuation line of `folded` (after a fold's CR LF and space) would read as a workflow command. */
function hasCommandContinuation(folded: string): boolean {
  for (let at = folded.indexOf('\r\n '); at >= 0; at = folded.indexOf('\r\n ', at + 3)) if (startsWorkflowCommand(folded, at + 3)) return true;
  return false;
}

/** Where the character before `at` starts (a surrogate pair is one character). */
function previousCharacter(text: string, at: number): number {
  return at >= 2 && (text.charCodeAt(at - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800 ? at - 2 : at - 1;
}
