// Where values start and end in a plan text, from the analysis's own reading of it (ParsedSource: data and positions)
// instead of the yaml library's node ranges. The yaml library reads about 0.5 MB/s and needs ~50 bytes per byte of
// YAML: `snapshot` of 100,000 milestones spent 30 s of 33 s and 1.5 GB there (issue #18). The positions come from
// the analysis; the ends are found here, by scanning one line (a block scalar's lines, findLineAfter). Anything this
// module does not recognise as the plain one-line layout plan files use (a multi-line plain scalar, an alias, a tag,
// a comment that the yaml library would count as part of a collection, a key order that JavaScript objects do not
// keep) is declined (undefined), and the caller edits with the yaml library as before (src/edit/history.ts).
import type { ParsedSource, Path } from '../source/parse.js';
import { LazyLines } from '../source/lazy-lines.js';
import { findLineStart, findNextLineStart } from './yaml-source.js';

/** A text without byte order mark and the analysis's reading of exactly that text. */
export interface FastText {
  readonly body: string;
  readonly parsed: ParsedSource;
  /** UTF-16 offset where the value at `path` (or, with `key`, its key) starts. */
  readonly offsetOf: (path: Path, key?: boolean) => number;
}

export function openFastText(body: string, parsed: ParsedSource): FastText | undefined {
  if (parsed.text !== body || parsed.problems.length > 0 || parsed.data === undefined) return undefined;
  return { body, parsed, offsetOf: offsetsIn(parsed, body) };
}

/**
 * The fast parser's offsets as they are; else the located line and column, with the lines (CR LF, CR or LF) counted
 * only as far as asked. The line table of the whole text and the line-and-column round trip cost `snapshot` of the
 * rich 100,000-milestone workspace (100 MB of JSON) 0.4 s (issue #18), where the parser had the offsets all along.
 */
function offsetsIn(parsed: ParsedSource, body: string): (path: Path, key?: boolean) => number {
  if (parsed.offsetOf !== undefined) return parsed.offsetOf;
  const lines = new LazyLines(body);
  return (path, key) => {
    const at = parsed.locate(path, key);
    return (lines.startOf(at.line) ?? 0) + at.column - 1;
  };
}

/** UTF-16 offset where the value at `path` (or, with `key`, its key) starts. */
export function offsetOf(t: FastText, path: Path, key = false): number {
  return t.offsetOf(path, key);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Keys JavaScript orders before the others (array indices), so that Object.keys would not be the file's order. */
const INDEX_LIKE = /^(?:0|[1-9][0-9]*)$/;

/** The keys of a mapping in file order, or undefined when JavaScript may have reordered them. */
export function orderedKeys(v: Record<string, unknown>): string[] | undefined {
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    // Only a key that starts with a digit can be index-like (most start with a letter: no regular expression run).
    const c = k.charCodeAt(0);
    if ((c >= 48 && c <= 57 && INDEX_LIKE.test(k)) || k === '__proto__') return undefined;
  }
  return keys;
}

/** Characters that start a node this module leaves to the yaml library: alias, anchor, tag, block scalar (but a text's
 * block scalar where findLineAfter looks for its end). */
const UNUSUAL_START = /^[&*!|>%@`]/;

function lineEnd(body: string, from: number): number {
  let i = from;
  for (let c = body.charCodeAt(i); i < body.length && c !== 10 && c !== 13; c = body.charCodeAt(++i));
  return i;
}

/** The offset of the first character at or after `from` that is not a space. */
function spacesEnd(body: string, from: number): number {
  let i = from;
  while (body.charCodeAt(i) === 32) i++;
  return i;
}

/** Whether the character at `i` ends a line: a line break, or the end of the text. */
function isLineEnd(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  return c === 10 || c === 13 || i >= body.length;
}

/**
 * Offset after the closing quote of the quoted scalar at `at`, when it closes on the same line. The scan stops at
 * the first line break it meets rather than finding the line's end first: a JSON plan written on one line (a tester's
 * 250 KB files) made every value's scan a scan of the whole file (issue #18: 1.4 of 4 profile-s of a snapshot).
 */
function quotedEnd(body: string, at: number): number | undefined {
  const q = body[at];
  for (let i = at + 1; !isLineEnd(body, i); i++) {
    const c = body[i];
    if (q === '"' && c === '\\') {
      if (isLineEnd(body, i + 1)) return undefined;
      i++;
    } else if (c === q && q === "'" && body[i + 1] === "'") i++;
    else if (c === q) return i + 1;
  }
  return undefined;
}

/** Offset after the bracket closing the flow collection at `at`, when it closes on the same line without comments. */
export function flowEnd(body: string, at: number): number | undefined {
  let depth = 0;
  for (let i = at; !isLineEnd(body, i); i++) {
    const c = body[i]!;
    if (c === '"' || c === "'") {
      const close = quotedEnd(body, i);
      if (close === undefined) return undefined;
      i = close - 1;
    } else if (c === '#' && body[i - 1] === ' ') return undefined;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

/** [start, end) of the one-line scalar at `at` (plain: up to a comment, or in a flow collection up to , ] }). */
export function scalarRange(t: FastText, at: number, inFlow: boolean): readonly [number, number] | undefined {
  const { body } = t;
  const c = body[at] ?? '';
  if (c === '"' || c === "'") {
    const close = quotedEnd(body, at);
    return close === undefined ? undefined : [at, close];
  }
  if (UNUSUAL_START.test(c) || c === '[' || c === '{') return undefined;
  let e = at;
  while (!isLineEnd(body, e) && !(inFlow && (body[e] === ',' || body[e] === ']' || body[e] === '}')) && !(body[e] === '#' && body[e - 1] === ' ')) e++;
  while (e > at && body[e - 1] === ' ') e--;
  return e > at ? [at, e] : undefined;
}


/** A block scalar's header: `|` or `>`, a chomping indicator but `+`, spaces, and a comment or nothing to the line's end. */
const BLOCK_HEADER = /^[|>]-? *(?:#.*)?$/;

/**
 * The end of the last content line of the block scalar at `at` (`|`, `>`, `|-`, `>-`, its header's end when it has no
 * content), as the yaml library's range ends there (on that line's break): its content lines are the blank ones and
 * those indented at least as deep as its first non-blank one (YAML 1.2 §8.1.1.1, auto-detected indentation), which
 * must be deeper than the key's own line. The header is on its key's line (findLineAfter's isOnHolderLine, and
 * isExplicitPair for `? key` / `: |`). Declined (undefined): keep chomping (`+`, whose trailing blank lines are content),
 * an explicit indentation indicator, a tab in an indentation, a key that is not first on its line.
 */
function blockScalarEnd(body: string, at: number): number | undefined {
  const headerEnd = lineEnd(body, at);
  if (!BLOCK_HEADER.test(body.slice(at, headerEnd))) return undefined;
  const keyLine = findLineStart(body, at);
  const keyIndent = spacesEnd(body, keyLine) - keyLine;
  // `- key: |`: the mapping's indentation is not the line's, the dash's.
  if (body.charCodeAt(keyLine + keyIndent) === 45 /* - */) return undefined;
  let end = headerEnd;
  let contentIndent = -1;
  for (let lineStart = headerEnd + (body.charCodeAt(headerEnd) === 13 && body.charCodeAt(headerEnd + 1) === 10 ? 2 : 1); lineStart < body.length;) {
    const content = spacesEnd(body, lineStart);
    const stop = lineEnd(body, content);
    if (body.charCodeAt(content) === 9) return undefined;
    const indent = content - lineStart;
    if (content < stop) {
      if (contentIndent < 0) {
        if (indent <= keyIndent) break;
        contentIndent = indent;
      } else if (indent < contentIndent) break;
      end = stop;
    } else if (contentIndent >= 0 ? indent > contentIndent : indent > keyIndent) {
      // A line of spaces only, deeper than the content's indentation: its spaces past it are text (round 54 F2: `a`
      // then ten spaces read "a\n    \n", and history went before them); one deeper than the key before any text
      // is left to the yaml library.
      if (contentIndent < 0) return undefined;
      end = stop;
    }
    if (stop >= body.length) break;
    lineStart = stop + (body.charCodeAt(stop) === 13 && body.charCodeAt(stop + 1) === 10 ? 2 : 1);
  }
  return end;
}

/**
 * Whether the pair at `path` (its last segment a key) is written with an explicit key (`? key` and `: value` on the
 * lines below): the value's line is no key's, and a line put after it went inside it or broke the file, where the
 * yaml library's edit refuses (tester round 54 F3).
 */
function isExplicitPair(t: FastText, path: Path): boolean {
  if (typeof path[path.length - 1] !== 'string') return false;
  const { body } = t;
  const keyAt = offsetOf(t, path, true);
  const keyLine = findLineStart(body, keyAt);
  if (/\?[ \t]*$/.test(body.slice(keyLine, keyAt))) return true;
  const valueAt = offsetOf(t, path);
  const valueLine = findLineStart(body, valueAt);
  return valueLine !== keyLine && /^[ \t]*:/.test(body.slice(valueLine, valueAt));
}

/**
 * Whether the scalar at `at` (the value at `path`) starts on its key's line, or on its list item's dash's: one on a
 * line of its own below may go on over the lines after at that indentation (a plain scalar's continuation, a block
 * scalar's text after a tag), which this module does not read: a history entry went inside it and the file broke,
 * exit 0 (tester round 55 F1, F2).
 */
function isOnHolderLine(t: FastText, path: Path, at: number): boolean {
  const { body } = t;
  const lineStart = findLineStart(body, at);
  const last = path[path.length - 1];
  if (typeof last === 'string') return offsetOf(t, path, true) >= lineStart;
  return /-[ \t]/.test(body.slice(lineStart, at));
}

/**
 * Where a new line goes after the value at `path` (`value` is the data there): the start of the line after its last
 * line, as findNextLineStart(range end) gives for the yaml library's node. Block collections are followed to their
 * last entry (a loop: at most the nesting depth). Declined when the value does not end on that line, or when a
 * comment more indented than `commentLimit` follows it (the yaml library counts such a comment into the collection).
 */
export function findLineAfter(t: FastText, path: Path, value: unknown, commentLimit: number): number | undefined {
  const { body } = t;
  const p = [...path];
  let v = value;
  let end: number | undefined;
  for (let depth = 0; end === undefined; depth++) {
    if (depth > 64 || v === null || v === undefined) return undefined;
    if (isExplicitPair(t, p)) return undefined;
    const at = offsetOf(t, p);
    const c = body[at] ?? '';
    if (typeof v !== 'object' && !isOnHolderLine(t, p, at)) return undefined;
    if ((c === '|' || c === '>') && typeof v === 'string') end = blockScalarEnd(body, at);
    else if (UNUSUAL_START.test(c)) return undefined;
    else if (typeof v !== 'object') end = scalarRange(t, at, false)?.[1];
    else if (c === '[' || c === '{') end = flowEnd(body, at);
    else if (Array.isArray(v)) {
      if (v.length === 0 || c !== '-') return undefined;
      p.push(v.length - 1);
      v = v[v.length - 1];
      continue;
    } else {
      const keys = orderedKeys(v as Record<string, unknown>);
      const last = keys?.[keys.length - 1];
      if (last === undefined) return undefined;
      p.push(last);
      v = (v as Record<string, unknown>)[last];
      continue;
    }
    if (end === undefined) return undefined;
  }
  // Nothing but spaces and a comment after the value on its line (a comment without U+2028 or U+2029, which the
  // check's regular expression, /^ *(?:#.*)?$/ on the rest of the line, did not take either).
  let rest = end;
  while (body[rest] === ' ') rest++;
  if (body[rest] === '#') while (!isLineEnd(body, rest) && body[rest] !== '\u2028' && body[rest] !== '\u2029') rest++;
  if (!isLineEnd(body, rest)) return undefined;
  // The value's line holds the value: its indentation is its leading spaces. Of the lines after it, blank ones and
  // comments are passed over (a comment indented past `commentLimit` declines); the first other line must be indented
  // no deeper than the value's. A line is read to its end only to pass over it (issue #18: reading each next line to
  // its end was a tenth of snapshot's planning at 100,000 milestones).
  const lineStart = findLineStart(body, end);
  const own = spacesEnd(body, lineStart) - lineStart;
  const next = findNextLineStart(body, end);
  for (let at = next; at < body.length;) {
    const content = spacesEnd(body, at);
    const c = body.charCodeAt(content);
    if (content < body.length && c !== 10 && c !== 13) {
      const indent = content - at;
      if (c === 35 /* # */ ? indent > commentLimit : indent > own) return undefined;
      if (c !== 35) break;
    }
    const lineEndAt = lineEnd(body, content);
    at = lineEndAt + (body.charCodeAt(lineEndAt) === 13 && body.charCodeAt(lineEndAt + 1) === 10 ? 2 : 1);
  }
  return next;
}
