// Where the cursor is in the YAML while the user types (the text may not parse): the keys above it, whether it
// is at a key or in a value, and the word typed so far. A line-based reading of block and flow YAML; a flow
// collection spread over lines is read from the line it opens on.
import { flowContext, flowKeys } from './flow-collections.js';
import { flowStart } from './flow-start.js';
import type { Pos, TextIndex } from './text-index.js';

export interface CursorContext {
  /** Keys from the top of the document to the mapping the cursor is in (list items are transparent). */
  readonly parents: readonly string[];
  /** The key whose value (or list item) the cursor is in; undefined at a key position. */
  readonly key: string | undefined;
  /** The word before the cursor and the character where it starts. */
  readonly prefix: string;
  readonly prefixStart: number;
  /** The mapping the cursor is in (at a key) or whose key's value it is in; undefined where that is not clear. */
  readonly mapping: MappingAt | undefined;
  /**
   * The mapping that has the last of `parents` as a key: the milestone around `after: [{id: |` or `after:\n  - id: |`,
   * whose own id is no entry for its after; undefined at the top level or where that is not clear.
   */
  readonly outer: MappingAt | undefined;
}

/** A block mapping by a line in it and its keys' column, or a flow mapping by its line and the column of its `{`. */
export type MappingAt = { readonly kind: 'block'; readonly line: number; readonly column: number } | { readonly kind: 'flow'; readonly line: number; readonly open: number };

/** A character of the word being completed (an id, a ref `plan/ID`, a meeting `body@date`). */
const WORD_CHAR = /[A-Za-z0-9_.\-/@]/;

/**
 * The word that ends `before`, read back from its end: `/[…]*$/` retried a long word from each of its characters when
 * another character followed it (tester round 38 F11: a line of 160,000 letters took 28 s to complete).
 */
export function wordBefore(before: string): string {
  let k = before.length;
  while (k > 0 && WORD_CHAR.test(before[k - 1]!)) k--;
  return before.slice(k);
}

/** `text` up to its comment (a `#` at its start or after a blank), trimmed: found by hand, as wordBefore is. */
export function withoutComment(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i).trim();
  }
  return text.trim();
}

/** Whether `before`, a line up to the cursor, has a comment started in it (a `#` at its start or after a blank). */
export function inComment(before: string): boolean {
  return withoutComment(before).length < before.trim().length;
}

/** A block scalar's header at a line's end: `key: |`, `- >-`, `key: !!str |2 # note`. */
const BLOCK_HEADER = /(?:^|[:-])[ \t]+(?:[!&]\S*[ \t]+)*[|>][1-9+-]{0,2}[ \t]*(?:#.*)?$/;

/**
 * Whether line `line` (its text up to column `column`, blanks there count as its indentation) is inside a block
 * scalar's text (`deliverables: |` and the lines below it): each line above less indented than the one before it is
 * looked at, up to a block scalar's header (inside) or a line at column 0 (not). Text, not YAML to complete (tester
 * round 103 F1: keys were offered on every blank typed in a `|` block).
 */
export function inBlockScalar(index: TextIndex, line: number, column: number): boolean {
  const text = index.lineText(line);
  let indent = Math.min(/^[ ]*/.exec(text)![0].length, column);
  for (let l = line - 1; l >= 0 && indent > 0; l--) {
    const above = index.lineText(l);
    if (/^\s*$/.test(above)) continue;
    const own = /^[ ]*/.exec(above)![0].length;
    if (own >= indent) continue;
    if (BLOCK_HEADER.test(above)) return true;
    indent = own;
  }
  return false;
}

const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z0-9_$.-]+)\s*:(\s|$)/;

/** A key on a line: its column (after a list dash), and what follows the colon (comments dropped). */
function keyOf(line: string): { indent: number; key: string; rest: string } | undefined {
  const m = KEY_LINE.exec(line);
  if (m === null) return undefined;
  return { indent: m[1]!.length + (m[2]?.length ?? 0), key: m[3]!, rest: withoutComment(line.slice(m[0].length)) };
}

/** A block mapping by the line of one of its keys (an owner from ownersAbove) and that key's column. */
function blockOf(owner: { line: number; indent: number } | undefined): MappingAt | undefined {
  return owner === undefined ? undefined : { kind: 'block', line: owner.line, column: owner.indent };
}

/** The keys that own a position at column `indent`, outermost first: each key above it with a smaller column and no value. */
function ownersAbove(index: TextIndex, line: number, indent: number): { key: string; line: number; indent: number }[] {
  const owners: { key: string; line: number; indent: number }[] = [];
  let limit = indent;
  for (let l = line - 1; l >= 0 && limit > 0; l--) {
    const text = index.lineText(l);
    if (/^\s*(#|$)/.test(text)) continue;
    const k = keyOf(text);
    if (k === undefined || k.indent >= limit) continue;
    if (k.rest === '') owners.push({ key: k.key, line: l, indent: k.indent });
    // A list item's first key (`- id: …`) belongs to the item; the list's owner is above the dash.
    limit = /^\s*/.exec(text)![0].length;
  }
  return owners.reverse();
}

/**
 * Undefined in a quoted scalar's text over lines (flowStart's isText), where there is nothing to complete. `pos` and
 * the columns returned are indices into their line's lineText (TextIndex.inLineText of a client's cursor).
 */
export function cursorContext(index: TextIndex, pos: Pos): CursorContext | undefined {
  const line = index.lineText(pos.line);
  const before = line.slice(0, pos.character);
  const prefix = wordBefore(before);
  const prefixStart = pos.character - prefix.length;
  const lead = /^\s*/.exec(line)![0].length;
  const own = keyOf(before);
  // A flow collection may open on a line above (a milestone `{id: A,` with its other keys on the lines below): it is
  // read from there, and its first line stands for the cursor's in what is block style.
  const { line: start, isText } = flowStart(index, pos.line, before);
  if (isText) return undefined;
  const above = start === pos.line ? '' : `${Array.from({ length: pos.line - start }, (_, i) => index.lineText(start + i)).join('\n')}\n`;
  const flow = flowContext(above + before.slice(0, prefixStart));
  if (flow !== undefined) {
    const first = start === pos.line ? own : keyOf(index.lineText(start));
    const firstLead = start === pos.line ? lead : /^\s*/.exec(index.lineText(start))![0].length;
    // A column in the text read stands for a line and a column from `start` on.
    const flowAt = (at: number): MappingAt => {
      const nl = above.lastIndexOf('\n', at - 1);
      return { kind: 'flow', line: start + (nl < 0 ? 0 : above.slice(0, nl + 1).split('\n').length - 1), open: at - nl - 1 };
    };
    const owners = ownersAbove(index, start, first?.indent ?? firstLead + 1);
    const mapping: MappingAt | undefined = flow.open !== undefined ? flowAt(flow.open) : first !== undefined ? { kind: 'block', line: start, column: first.indent } : undefined;
    // The last parent is a key of a flow mapping, of the block mapping the first line's own key is in (`after:
    // [{id: |`), or (no key on the line: `- {id: |`) the last owner above.
    const outer: MappingAt | undefined = flow.holder === undefined ? blockOf(owners[owners.length - 1])
      : flow.holder === 'line' ? (first !== undefined && first.key === flow.keys[flow.keys.length - 1] ? { kind: 'block', line: start, column: first.indent } : undefined)
        : flowAt(flow.holder);
    return { parents: [...owners.map((o) => o.key), ...flow.keys], key: flow.key, prefix, prefixStart, mapping, outer };
  }
  if (own !== undefined) {
    const colon = before.indexOf(':', own.indent);
    if (colon >= 0 && colon < prefixStart) {
      const owners = ownersAbove(index, pos.line, own.indent);
      return { parents: owners.map((o) => o.key), key: own.key, prefix, prefixStart, mapping: { kind: 'block', line: pos.line, column: own.indent }, outer: blockOf(owners[owners.length - 1]) };
    }
  }
  const dash = /^(\s*)-\s*/.exec(before);
  if (dash !== null && dash[0].length === prefixStart) {
    // A list item being typed: the list's key is the nearest key above without a value, left of the dash (or at it).
    const owners = ownersAbove(index, pos.line, dash[1]!.length + 1);
    const list = owners[owners.length - 1];
    return { parents: owners.slice(0, -1).map((o) => o.key), key: list?.key, prefix, prefixStart, mapping: blockOf(list), outer: blockOf(owners[owners.length - 2]) };
  }
  const owners = ownersAbove(index, pos.line, prefixStart);
  return { parents: owners.map((o) => o.key), key: undefined, prefix, prefixStart, mapping: { kind: 'block', line: pos.line, column: prefixStart }, outer: blockOf(owners[owners.length - 1]) };
}

/**
 * The keys a mapping already has, with their values as written on their line (comments dropped). The line of
 * `mapping` is left out of a block mapping: the key typed there is the one being completed.
 */
export function mappingKeys(index: TextIndex, mapping: MappingAt): Map<string, string> {
  return mapping.kind === 'flow' ? flowKeys(index, mapping.line, mapping.open) : blockKeys(index, mapping.line, mapping.column);
}

/** A block mapping's keys at `column` around `line`: up to its list item's first line, down to the next item. */
function blockKeys(index: TextIndex, line: number, column: number): Map<string, string> {
  const keys = new Map<string, string>();
  // A list item whose first key is at `column` (`  - id: A` for column 4) starts the mapping; the next one ends it.
  const startsItem = (text: string): boolean => /^\s*-\s+/.exec(text)?.[0].length === column;
  const scan = (from: number, step: 1 | -1): void => {
    for (let l = from; l >= 0 && l < index.lineCount; l += step) {
      const text = index.lineText(l);
      if (/^\s*(#|$)/.test(text)) continue;
      if (/^(---|\.\.\.)(\s|$)/.test(text)) return;
      const lead = /^\s*/.exec(text)![0].length;
      const item = startsItem(text);
      if (item && step === 1) return;
      const k = keyOf(text);
      if (k !== undefined && k.indent === column && (lead === column || item)) keys.set(k.key, k.rest);
      if (item || lead < column) return;
    }
  };
  if (!startsItem(index.lineText(line))) scan(line - 1, -1);
  scan(line + 1, 1);
  return keys;
}
