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

/**
 * Folds a content line: no physical line longer than 75 octets, continuation lines start with one space. Walks
 * UTF-16 units and cuts slices (a surrogate pair is one 4-octet character, a lone surrogate counts 3 octets)
 * rather than adding the line up character by character (issue #18: the DESCRIPTION lines of 100,000 milestones).
 */
export function foldLine(line: string): string {
  // A UTF-16 code unit is at most 3 octets in UTF-8; plain short lines need no walk.
  if (line.length * 3 <= MAX_OCTETS || (line.length <= MAX_OCTETS && ASCII.test(line))) return line;
  let out = '';
  let start = 0;
  let size = 0;
  for (let i = 0; i < line.length;) {
    const c = line.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const n = pair ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    if (size + n > MAX_OCTETS) {
      out += `${start === 0 ? '' : '\r\n '}${line.slice(start, i)}`;
      start = i;
      size = 1;
    }
    size += n;
    i += pair ? 2 : 1;
  }
  return `${out}${start === 0 ? '' : '\r\n '}${line.slice(start)}`;
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
