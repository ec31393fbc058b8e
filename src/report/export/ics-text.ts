// RFC 5545 text: TEXT value escaping (§3.3.11) and line folding at 75 octets (§3.1) without splitting a UTF-8 character.
import { escapeControl, hasUnsafe } from '../safe-text.js';
import { ContentLine } from './ics-fold.js';

const MAX_OCTETS = 75;
const ASCII = /^[\x20-\x7e]*$/;

/** What escapeIcsText changes besides control characters: line breaks, tabs, and the three escaped characters. */
const ICS_SPECIAL = /[\\;,\t\r\n\u2028\u2029\u0085]/;
const ICS_ESCAPED = /[\\;,]/;
const LINE_BREAK = /[\r\n\u2028\u2029\u0085]/;
/**
 * Every UTF-16 unit escapeIcsText may change: ICS_SPECIAL's and escapeControl's unsafe units (safe-text.ts UNSAFE_UNIT:
 * controls, bidi marks, surrogates, non-characters). Text without one is its own escape, found with one test.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ICS_CHANGED = /[\0-\x1f\x7f-\x9f\\;,\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/;

/**
 * A TEXT value: backslash, semicolon and comma escaped, line breaks written as `\n`. Other control
 * characters (forbidden in TEXT) and bidi overrides are shown as visible escapes such as `\x1b`.
 */
export function escapeIcsText(text: string): string {
  // Most texts (ids, titles) hold nothing to escape: they are returned as they are, without a split and two passes
  // (issue #18: a calendar of 100,000 milestones escapes 400,000 texts). A surrogate pair is safe but tested below.
  if (!ICS_CHANGED.test(text) || (!ICS_SPECIAL.test(text) && !hasUnsafe(text))) return text;
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

/**
 * escapeIcsText of a text that is one of the lines of a value, or undefined when it holds a line break: a CR at its end
 * would join the LF after it into one break, so its escape depends on what follows, and the caller escapes the whole value.
 */
export function escapeIcsPart(text: string): string | undefined {
  if (!ICS_CHANGED.test(text)) return text;
  return LINE_BREAK.test(text) ? undefined : escapeIcsText(text);
}

/** A one-line TEXT value: line breaks become spaces (summaries, locations). */
export function escapeIcsLine(text: string): string {
  if (!ICS_CHANGED.test(text)) return text.trim();
  return escapeIcsText((LINE_BREAK.test(text) ? text.replace(/\s*(\r\n|[\r\n\u2028\u2029\u0085])\s*/g, ' ') : text).trim());
}

/**
 * Folds a content line: no physical line longer than 75 octets, continuation lines start with one space (see
 * ContentLine, which also writes a line piece by piece).
 */
export function foldLine(line: string): string {
  // A UTF-16 code unit is at most 3 octets in UTF-8; plain short lines need no walk.
  if (line.length * 3 <= MAX_OCTETS || (line.length <= MAX_OCTETS && ASCII.test(line))) return line;
  return new ContentLine().text(line).value();
}
