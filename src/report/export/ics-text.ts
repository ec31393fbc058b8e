// RFC 5545 text: TEXT value escaping (§3.3.11) and line folding at 75 octets (§3.1) without splitting a UTF-8 character.
import { joinChunks, lineChunks } from '../chunks.js';
import { escapeControl } from '../safe-text.js';

const MAX_OCTETS = 75;
const ASCII = /^[\x20-\x7e]*$/;

/**
 * A TEXT value: backslash, semicolon and comma escaped, line breaks written as `\n`. Other control
 * characters (forbidden in TEXT) and bidi overrides are shown as visible escapes such as `\x1b`.
 */
export function escapeIcsText(text: string): string {
  const lines = text.split(/\r\n|[\r\n\u2028\u2029\u0085]/).map((line) => escapeControl(line.replace(/\t/g, ' ')));
  return lines.map((line) => line.replace(/[\\;,]/g, (ch) => `\\${ch}`)).join('\\n');
}

/** A one-line TEXT value: line breaks become spaces (summaries, locations). */
export function escapeIcsLine(text: string): string {
  return escapeIcsText(text.replace(/\s*(\r\n|[\r\n\u2028\u2029\u0085])\s*/g, ' ').trim());
}

function octets(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Folds a content line: no physical line longer than 75 octets, continuation lines start with one space. */
export function foldLine(line: string): string {
  // A UTF-16 code unit is at most 3 octets in UTF-8; plain short lines need no walk.
  if (line.length * 3 <= MAX_OCTETS || (line.length <= MAX_OCTETS && ASCII.test(line))) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    if (size + n > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Content lines folded and joined with CRLF, ending in CRLF. */
export function joinContentLines(lines: readonly string[]): string {
  return joinChunks(contentLineChunks(lines));
}

/** The text of joinContentLines in pieces that end at line ends (a million milestones' calendar is never one string). */
export function contentLineChunks(lines: Iterable<string>): Iterable<string> {
  return lineChunks(folded(lines), '\r\n');
}

function* folded(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield foldLine(line);
}
