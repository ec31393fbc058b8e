// What a source line's neighbours above say of it, for the excerpt's underline (excerpt.ts): whether a flow
// collection is open at its start, or it is a block value; and the scanning of a line's quoted scalars and comment
// that both read lines by.
import { closingQuote } from '../../text/quoted-scalar.js';

/** The offset of the quote closing the quoted scalar that opens at `at` (text/quoted-scalar.ts), -1 when it runs on. */
export function quoteEnd(line: string, at: number): number {
  return closingQuote(line, at + 1, line.charAt(at) as '"' | "'");
}

/** The closing quote of the quoted scalar opening at `at`, or the line's end when it runs on: where a scan goes on. */
export function pastQuoted(line: string, at: number): number {
  const close = quoteEnd(line, at);
  return close < 0 ? line.length : close;
}

/**
 * Whether a quote at `at` opens a quoted scalar: at the line's start or after a blank or `[{,:` (`Don't` is plain). Not
 * text/quoted-scalar.ts opensQuoted, which is for flow context: a block line's `- "a [b"` opens a scalar here.
 */
export function opensQuoted(line: string, at: number): boolean {
  return at === 0 || isBlank(line.charAt(at - 1)) || '[{,:'.includes(line.charAt(at - 1));
}

/** A space or a tab. */
export function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

/**
 * What the lines above a line say of its context (see lineContextAbove): `flow` when a flow collection is open at its
 * start, `block` when it is the value of a block key or entry, undefined when they do not tell.
 */
export type LineContext = 'flow' | 'block' | undefined;

/** How far up lineContextAbove looks for the line a line continues, in lines (the language server's MAX_PARENT_LINES). */
const MAX_PARENT_LINES = 200;

/**
 * The context of 1-based `line` as the lines above it tell (`lineAt` gives a line's text, undefined past the text):
 * the nearest line above, blank and comment lines aside, that is less indented is the one it continues (as the
 * language server's spans find it, lsp/text-index.ts). A flow collection opened there and still open at the line is
 * `flow`; a line that ends in a block key (`after:`) or a bare `-` with nothing open is `block`; else undefined (a
 * line not indented, a parent not found within MAX_PARENT_LINES, a parent with a value of its own).
 */
export function lineContextAbove(lineAt: (line: number) => string | undefined, line: number): LineContext {
  const own = lineAt(line);
  if (own === undefined) return undefined;
  const indent = leadingSpaces(own);
  // A block sequence's entry (`- D1,D2`) is never inside a flow collection (tester round 71 F2: a `[` in a title above
  // was taken to open one).
  if (/^-(?:[ \t]|$)/.test(own.slice(indent))) return 'block';
  if (indent === 0) return undefined;
  for (let k = line - 1; k >= 1 && k >= line - MAX_PARENT_LINES; k--) {
    const text = lineAt(k);
    if (text === undefined) return undefined;
    const spaces = leadingSpaces(text);
    const first = text.charAt(spaces);
    if (first === '' || first === '\r' || first === '#' || spaces >= indent) continue;
    let depth = 0;
    // The lines of a block scalar (`title: >` and the lines indented below it) hold text, no brackets.
    let scalarIndent = -1;
    for (let j = k; j < line; j++) {
      const above = lineAt(j) ?? '';
      const at = leadingSpaces(above);
      if (scalarIndent >= 0 && (at > scalarIndent || above.trim() === '')) continue;
      scalarIndent = depth === 0 && BLOCK_SCALAR_HEAD.test(withoutComment(above)) ? at : -1;
      depth = depthAfter(above, depth);
    }
    if (depth > 0) return 'flow';
    const body = withoutComment(text).trimEnd();
    return depth === 0 && (body.endsWith(':') || /(^|\s)-$/.test(body)) ? 'block' : undefined;
  }
  return undefined;
}

function leadingSpaces(text: string): number {
  let i = 0;
  while (text.charAt(i) === ' ') i++;
  return i;
}

/** A line that starts a block scalar: `key: |`, `- >-`, `? |2` (its indicators, then nothing but blanks). */
const BLOCK_SCALAR_HEAD = /(?:^|[ \t]|:|-)[|>][-+0-9]*[ \t]*$/;

/**
 * The flow depth at the end of `line`, `depth` at its start (quoted scalars and a comment aside; never below 0). A `[`
 * or `{` opens a collection where a node starts: inside one, at the line's start, or after `: `, `- `, `? `; inside a
 * plain scalar (`title: Rapport [`) it is text (tester round 71 F2).
 */
function depthAfter(line: string, depth: number): number {
  let prev = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if ((ch === '"' || ch === "'") && opensQuoted(line, i)) i = pastQuoted(line, i);
    else if (ch === '#' && (i === 0 || isBlank(line.charAt(i - 1)))) break;
    else if ((ch === '[' || ch === '{') && (depth > 0 || prev === '' || ((prev === ':' || prev === '-' || prev === '?') && isBlank(line.charAt(i - 1))))) depth++;
    else if ((ch === ']' || ch === '}') && depth > 0) depth--;
    if (!isBlank(ch)) prev = ch;
  }
  return depth;
}

/** The line before its comment (` #`), quoted scalars aside. */
function withoutComment(line: string): string {
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if ((ch === '"' || ch === "'") && opensQuoted(line, i)) i = pastQuoted(line, i);
    else if (ch === '#' && (i === 0 || isBlank(line.charAt(i - 1)))) return line.slice(0, i);
  }
  return line;
}
