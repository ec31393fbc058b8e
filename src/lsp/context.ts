// Where the cursor is in the YAML while the user types (the text may not parse): the keys above it, whether it
// is at a key or in a value, and the word typed so far. A line-based reading of block and flow YAML.
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

const WORD = /[A-Za-z0-9_.\-/@]*$/;
const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z0-9_$.-]+)\s*:(\s|$)/;

/** A key on a line: its column (after a list dash), and what follows the colon (comments dropped). */
function keyOf(line: string): { indent: number; key: string; rest: string } | undefined {
  const m = KEY_LINE.exec(line);
  if (m === null) return undefined;
  return { indent: m[1]!.length + (m[2]?.length ?? 0), key: m[3]!, rest: line.slice(m[0].length).replace(/(^|\s+)#.*$/, '').trim() };
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

export function cursorContext(index: TextIndex, pos: Pos): CursorContext {
  const line = index.lineText(pos.line);
  const before = line.slice(0, pos.character);
  const prefix = WORD.exec(before)![0];
  const prefixStart = pos.character - prefix.length;
  const lead = /^\s*/.exec(line)![0].length;
  const own = keyOf(before);
  const flow = flowContext(before.slice(0, prefixStart));
  if (flow !== undefined) {
    const owners = ownersAbove(index, pos.line, own?.indent ?? lead + 1);
    const mapping: MappingAt | undefined = flow.open !== undefined ? { kind: 'flow', line: pos.line, open: flow.open } : own !== undefined ? { kind: 'block', line: pos.line, column: own.indent } : undefined;
    // The last parent is a key of a flow mapping on the line, of the block mapping the line's own key is in (`after:
    // [{id: |`), or (no key on the line: `- {id: |`) the last owner above.
    const outer: MappingAt | undefined = flow.holder === undefined ? blockOf(owners[owners.length - 1])
      : flow.holder === 'line' ? (own !== undefined && own.key === flow.keys[flow.keys.length - 1] ? { kind: 'block', line: pos.line, column: own.indent } : undefined)
        : { kind: 'flow', line: pos.line, open: flow.holder };
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
  return mapping.kind === 'flow' ? flowKeys(index.lineText(mapping.line), mapping.open) : blockKeys(index, mapping.line, mapping.column);
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

/** A flow mapping's keys on its line, from its `{` at `open` to its `}` (or the line's end). */
function flowKeys(line: string, open: number): Map<string, string> {
  const keys = new Map<string, string>();
  let depth = 0;
  let quote = '';
  let token = '';
  let key: string | undefined;
  const end = (): void => {
    if (key !== undefined) keys.set(key, token.trim());
    key = undefined;
    token = '';
  };
  for (let i = open + 1; i < line.length; i++) {
    const c = line[i]!;
    if (quote !== '') {
      if (c === quote) quote = '';
      token += c;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && /\s/.test(line[i - 1]!)) break;
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (depth === 0 && c === '}') break;
    else if (depth === 0 && c === ',') {
      end();
      continue;
    } else if (depth === 0 && key === undefined && c === ':' && (i + 1 >= line.length || /[\s,\]}[{]/.test(line[i + 1]!))) {
      key = token.trim().replace(/^(["'])(.*)\1$/, '$2');
      token = '';
      continue;
    }
    token += c;
  }
  end();
  return keys;
}

/**
 * The innermost unclosed flow collection before the cursor on this line: the keys of the collections it sits in,
 * and the key whose value the cursor is in (a flow mapping's key, or the key that owns a flow sequence). `holder` is
 * the column of the flow mapping that has the last of `keys`, 'line' when that key is written before the line's first
 * flow mapping (`after: [`, block style), undefined when `keys` is empty.
 */
function flowContext(before: string): { keys: string[]; key: string | undefined; open: number | undefined; holder: number | 'line' | undefined } | undefined {
  const stack: { kind: '[' | '{'; key: string | undefined; at: number }[] = [];
  let lastKey: string | undefined;
  let quote = '';
  let token = '';
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    if (quote !== '') {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(before[i - 1]!))) break;
    else if (c === '[' || c === '{') {
      stack.push({ kind: c, key: lastKey, at: i });
      lastKey = undefined;
      token = '';
    } else if (c === ']' || c === '}') {
      stack.pop();
      lastKey = undefined;
      token = '';
    } else if (c === ':' && (i + 1 >= before.length || /[\s,\]}[{]/.test(before[i + 1]!))) {
      lastKey = token.trim().replace(/^-\s*/, '');
      token = '';
    } else if (c === ',') {
      lastKey = undefined;
      token = '';
    } else token += c;
  }
  if (stack.length === 0) return undefined;
  const top = stack[stack.length - 1]!;
  const keys = stack.slice(0, -1).filter((s) => s.key !== undefined).map((s) => s.key!);
  // The innermost flow mapping: the one the cursor is at a key of, or whose key's value (a sequence, say) it is in.
  const open = stack.findLast((s) => s.kind === '{')?.at;
  // The collection that the last of the keys owns; that key is in the flow mapping below it, if any.
  const owned = top.kind === '{' && top.key !== undefined ? stack.length - 1 : stack.slice(0, -1).findLastIndex((s) => s.key !== undefined);
  const holder = owned < 0 ? undefined : stack.slice(0, owned).findLast((s) => s.kind === '{')?.at ?? 'line';
  if (top.kind === '[') return { keys, key: top.key, open, holder };
  // In a flow mapping: after `key:` the cursor is in that key's value; else at one of the mapping's keys.
  return { keys: top.key !== undefined ? [...keys, top.key] : keys, key: lastKey, open, holder };
}
