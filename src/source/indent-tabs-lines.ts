// The line reader of the indentation-tab scan (indent-tabs.ts) and the structure it tracks: each line's leading
// blanks and the first tab among them; the key or list entry a line writes (Structure) and the stack of those still
// open; and, from the lines after one, whether a block scalar's content or a plain scalar goes on there. It reads
// only what decides whether a line's leading whitespace is indentation, not the line's value.
import { unquote } from '../text/quoted-scalar.js';

/** What a line that holds a key or a list entry is, as far as indentation goes. */
export interface Structure {
  /** Index of the line (0-based). */
  readonly index: number;
  /** Column of its first character (0-based): the dash of a list entry. */
  readonly indent: number;
  /** Column its own content is indented to: a key's column; for `- key:` the key's; for `- text` the dash's. */
  readonly own: number;
  /** A list entry (`- …`), and the column of its innermost dash (`- - a`: the second). */
  readonly dash: boolean;
  readonly dashAt: number;
  /** A list entry that is a mapping (`- key: …`, `- {…}`). */
  readonly mapItem: boolean;
  /** Its value is on the following lines (`key:`, `-`, `- key:`): a child comes next. */
  readonly opens: boolean;
  /** Its value is a block scalar (`key: |`): the explicit indentation indicator, 0 for none, else -1. */
  readonly block: number;
  /** The key it writes (for `- key: v`, that key), else null; its value as written, trimmed. */
  readonly key: string | null;
  readonly value: string;
}

/** A character a plain key cannot start with: a blank or an indicator (YAML 1.2 §7.3.3, c-indicator). */
const NOT_PLAIN_START = /[\s#'"[\]{},&!*|>%@`]/;
const QUOTED_KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*:(?:[ \t]|$)/;
const BLOCK_HEADER = /^[|>]([1-9]?)[+-]?([1-9]?)[ \t]*(?:#.*)?$/;

/** Text before a value that does not change how it is read: an anchor, a tag. */
export const PROPERTIES = /^(?:[&!][^\s]*(?:[ \t]+|$))+/;

/**
 * In a line's content after its indentation, the run of blanks after its (innermost) `-` when it holds a tab and a
 * key follows (`-\tid: A`): offsets [from, to) and the tab's; undefined otherwise.
 */
export function tabAfterDash(content: string): { from: number; to: number; tab: number } | undefined {
  if (content.charCodeAt(0) !== 0x2d) return undefined;
  let k = 0;
  let run: { from: number; to: number; tab: number } | undefined;
  while (content.charCodeAt(k) === 0x2d && (content.charCodeAt(k + 1) === 0x20 || content.charCodeAt(k + 1) === 9)) {
    const from = k + 1;
    let tab = -1;
    for (k = from; content.charCodeAt(k) === 0x20 || content.charCodeAt(k) === 9; k++) if (tab < 0 && content.charCodeAt(k) === 9) tab = k;
    run = tab < 0 ? undefined : { from, to: k, tab };
    // Before a nested entry's dash (`-\t- a`) the blanks indent it: yaml refuses the tab (round 47 F2).
    const next = content.charCodeAt(k + 1);
    if (run !== undefined && content.charCodeAt(k) === 0x2d && (k + 1 === content.length || next === 0x20 || next === 9)) return run;
  }
  if (run === undefined || k >= content.length) return undefined;
  const rest = content.slice(k).replace(PROPERTIES, '');
  return QUOTED_KEY.test(rest) || plainKey(rest) !== null ? run : undefined;
}

export interface Line {
  readonly start: number;
  /** Leading blanks (spaces and tabs), and the spaces before the first of them that is a tab (all of them when none). */
  readonly width: number;
  readonly spaces: number;
  /** Index of the first tab in the leading blanks, -1 for none. */
  readonly tab: number;
  /** The line after its leading blanks, without its line break. */
  readonly content: string;
  readonly empty: boolean;
  readonly comment: boolean;
  readonly emptyOrComment: boolean;
}

/** `text`'s lines, each with its leading blanks read (a CR before the LF is no part of its content). */
export function readLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const lf = text.indexOf('\n', start);
    const end = lf < 0 ? text.length : lf;
    const bodyEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let k = start;
    let tab = -1;
    let spaces = -1;
    for (; k < bodyEnd; k++) {
      const c = text.charCodeAt(k);
      if (c === 9) {
        if (tab < 0) {
          tab = k - start;
          spaces = k - start;
        }
      } else if (c !== 32) {
        break;
      }
    }
    const content = text.slice(k, bodyEnd);
    const empty = content.length === 0;
    const comment = content.startsWith('#');
    lines.push({ start, width: k - start, spaces: spaces < 0 ? k - start : spaces, tab, content, empty, comment, emptyOrComment: empty || comment });
    if (lf < 0) break;
    start = lf + 1;
  }
  return lines;
}

/** Is `s`'s value a plain scalar that goes on over the next line with text from `from` on (indented right of its key)? */
export function plainGoesOn(s: Structure, lines: readonly Line[], from: number): boolean {
  if (s.opens || s.block >= 0 || /^["'[{]/.test(s.value)) return false;
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.empty) continue;
    return !l.comment && l.tab < 0 && l.spaces > s.own;
  }
  return false;
}

/**
 * Does the block scalar indented `indent` go on after line `from` - 1: is the next line with text (past empty lines and
 * lines indented short of it with a tab, which are themselves meant as the block's) indented as far?
 */
export function blockGoesOn(lines: readonly Line[], from: number, indent: number): boolean {
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.empty || (l.tab >= 0 && l.spaces < indent)) continue;
    return l.spaces >= indent;
  }
  return false;
}

/**
 * The indentation of a block scalar's content from line `from` on: the least of its lines indented right of `n` up to
 * the first that is not (its first line, which sets it, is the one that has a tab); undefined when there are none.
 */
export function blockContentIndent(lines: readonly Line[], from: number, n: number): number | undefined {
  let least: number | undefined;
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.empty) continue;
    if (l.spaces <= n || l.tab >= 0) break;
    if (least === undefined || l.spaces < least) least = l.spaces;
  }
  return least;
}

/** For each line, the next line after it that is neither empty, a comment, nor tab-indented; -1 for none. */
export function nextCleanLines(lines: readonly Line[]): Int32Array {
  const next = new Int32Array(lines.length);
  let clean = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = clean;
    const l = lines[i]!;
    if (!l.emptyOrComment && l.tab < 0) clean = i;
  }
  return next;
}

/** The line's key or list entry at column `indent`; undefined for text that is neither (a plain scalar going on). */
export function readStructure(content: string, indent: number, index: number): Structure | undefined {
  // `- - x`: the innermost entry decides; `-` followed by blanks, as YAML allows a tab there.
  let k = 0;
  let dash = false;
  let innermost = 0;
  while (content.charCodeAt(k) === 0x2d && (k + 1 === content.length || content.charCodeAt(k + 1) === 0x20 || content.charCodeAt(k + 1) === 9)) {
    dash = true;
    innermost = k;
    k++;
    while (content.charCodeAt(k) === 0x20 || content.charCodeAt(k) === 9) k++;
  }
  // An anchor or a tag before the key (`- &x id: A`, `- !!map`) is read past; the mapping starts where it does.
  const properties = PROPERTIES.exec(k === 0 ? content : content.slice(k))?.[0].length ?? 0;
  const rest = content.slice(k + properties);
  const col = indent + k;
  const dashCol = dash ? indent + innermost : -1;
  const key = QUOTED_KEY.exec(rest) ?? plainKey(rest);
  if (key === null && !dash) return undefined;
  const value = (key === null ? rest : rest.slice(key[0].length)).replace(PROPERTIES, '').trim();
  const noValue = value === '' || value.startsWith('#');
  const header = BLOCK_HEADER.exec(value);
  const explicit = header === null ? -1 : Number(header[1] || header[2] || 0);
  return {
    index,
    indent,
    own: key !== null ? col : dashCol,
    dash,
    dashAt: dashCol,
    mapItem: dash && (key !== null || rest.startsWith('{')),
    opens: noValue,
    block: explicit,
    key: key === null ? null : unquote(key[1]!),
    value: noValue ? '' : value,
  };
}

/**
 * A plain key at the start of `text` (`key: v`, `key:`), as an exec result: [all of it with its colon and the blank
 * after, the key]; null when there is none (a comment or no colon followed by a blank first). Found by one scan: a
 * regular expression with a lazy key before the blanks ahead of its colon retried the blanks from every character of
 * a long line (test/safety/no-lazy-before-blanks.test.ts).
 */
function plainKey(text: string): [string, string] | null {
  if (text.length === 0 || NOT_PLAIN_START.test(text.charAt(0))) return null;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const blankBefore = text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 9;
    if (c === 0x23 && blankBefore) return null;
    if (c !== 0x3a) continue;
    const after = text.charCodeAt(i + 1);
    if (i + 1 < text.length && after !== 0x20 && after !== 9) continue;
    return [text.slice(0, Math.min(i + 2, text.length)), text.slice(0, i).trimEnd()];
  }
  return null;
}

/**
 * Leaves on `stack` the open structures a line at column `indent` stays inside: those it is indented right of, and for
 * a list entry (`dash`) the key it stands under at that key's column (`milestones:` / `- id: A`, as yamllint writes).
 */
export function popTo(stack: Structure[], indent: number, dash: boolean): void {
  for (let top = stack[stack.length - 1]; top !== undefined && top.indent >= indent; top = stack[stack.length - 1]) {
    if (dash && top.indent === indent && !top.dash && top.opens) break;
    stack.pop();
  }
}

