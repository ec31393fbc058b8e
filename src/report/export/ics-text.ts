// RFC 5545 text: TEXT value escaping (§3.3.11) and line folding at 75 octets (§3.1) without splitting a UTF-8 character.
import { joinChunks, PIECE } from '../chunks.js';
import { escapeControl } from '../safe-text.js';

const MAX_OCTETS = 75;
const ASCII = /^[\x20-\x7e]*$/;

/** What escapeIcsText changes besides control characters: line breaks, tabs, and the three escaped characters. */
const ICS_SPECIAL = /[\\;,\t\r\n\u2028\u2029\u0085]/;
const ICS_ESCAPED = /[\\;,]/;
const LINE_BREAK = /[\r\n\u2028\u2029\u0085]/;

/**
 * A TEXT value: backslash, semicolon and comma escaped, line breaks written as `\n`. Other control
 * characters (forbidden in TEXT) and bidi overrides are shown as visible escapes such as `\x1b`.
 */
export function escapeIcsText(text: string): string {
  // Most texts (ids, titles) hold nothing to escape: they are returned as they are, without a split and two passes
  // (issue #18: a calendar of 100,000 milestones escapes 400,000 texts).
  if (!ICS_SPECIAL.test(text) && escapeControl(text) === text) return text;
  const lines = text.split(/\r\n|[\r\n\u2028\u2029\u0085]/);
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = escapeControl(lines[i]!.replace(/\t/g, ' '));
    out += `${i === 0 ? '' : '\\n'}${ICS_ESCAPED.test(line) ? line.replace(/[\\;,]/g, (ch) => `\\${ch}`) : line}`;
  }
  return out;
}

/**
 * `escapeIcsText(parts.join('\n'))`: the lines of a DESCRIPTION, each escaped on its own when none holds a line break
 * (the whole text's split into lines then gives the parts back), without making and splitting the joined text.
 */
export function escapeIcsLines(parts: readonly string[]): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (LINE_BREAK.test(part)) return escapeIcsText(parts.join('\n'));
    out += i === 0 ? escapeIcsText(part) : `\\n${escapeIcsText(part)}`;
  }
  return out;
}

/** A one-line TEXT value: line breaks become spaces (summaries, locations). */
export function escapeIcsLine(text: string): string {
  return escapeIcsText((LINE_BREAK.test(text) ? text.replace(/\s*(\r\n|[\r\n\u2028\u2029\u0085])\s*/g, ' ') : text).trim());
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
export function* contentLineChunks(lines: Iterable<string>): Generator<string> {
  // lineChunks' pieces (about PIECE units, ending at line ends), folding each line on the way: one generator rather
  // than two stacked, for the million lines of a large calendar.
  let piece = '';
  for (const line of lines) {
    piece += `${foldLine(line)}\r\n`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  if (piece.length > 0) yield piece;
}
