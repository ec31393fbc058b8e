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
}

const WORD = /[A-Za-z0-9_.\-/@]*$/;
const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z0-9_$.-]+)\s*:(\s|$)/;

/** A key on a line: its column (after a list dash), and what follows the colon (comments dropped). */
function keyOf(line: string): { indent: number; key: string; rest: string } | undefined {
  const m = KEY_LINE.exec(line);
  if (m === null) return undefined;
  return { indent: m[1]!.length + (m[2]?.length ?? 0), key: m[3]!, rest: line.slice(m[0].length).replace(/(^|\s+)#.*$/, '').trim() };
}

/** The keys that own a position at column `indent`, outermost first: each key above it with a smaller column and no value. */
function ownersAbove(index: TextIndex, line: number, indent: number): string[] {
  const owners: string[] = [];
  let limit = indent;
  for (let l = line - 1; l >= 0 && limit > 0; l--) {
    const text = index.lineText(l);
    if (/^\s*(#|$)/.test(text)) continue;
    const k = keyOf(text);
    if (k === undefined || k.indent >= limit) continue;
    if (k.rest === '') owners.push(k.key);
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
    const base = ownersAbove(index, pos.line, own?.indent ?? lead + 1);
    return { parents: [...base, ...flow.keys], key: flow.key, prefix, prefixStart };
  }
  if (own !== undefined) {
    const colon = before.indexOf(':', own.indent);
    if (colon >= 0 && colon < prefixStart) return { parents: ownersAbove(index, pos.line, own.indent), key: own.key, prefix, prefixStart };
  }
  const dash = /^(\s*)-\s*/.exec(before);
  if (dash !== null && dash[0].length === prefixStart) {
    // A list item being typed: the list's key is the nearest key above without a value, left of the dash (or at it).
    const owners = ownersAbove(index, pos.line, dash[1]!.length + 1);
    return { parents: owners.slice(0, -1), key: owners[owners.length - 1], prefix, prefixStart };
  }
  return { parents: ownersAbove(index, pos.line, prefixStart), key: undefined, prefix, prefixStart };
}

/**
 * The innermost unclosed flow collection before the cursor on this line: the keys of the collections it sits in,
 * and the key whose value the cursor is in (a flow mapping's key, or the key that owns a flow sequence).
 */
function flowContext(before: string): { keys: string[]; key: string | undefined } | undefined {
  const stack: { kind: '[' | '{'; key: string | undefined }[] = [];
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
      stack.push({ kind: c, key: lastKey });
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
  if (top.kind === '[') return { keys, key: top.key };
  // In a flow mapping: after `key:` the cursor is in that key's value; else at one of the mapping's keys.
  return { keys: top.key !== undefined ? [...keys, top.key] : keys, key: lastKey };
}
