// A plain value that YAML reads as something else because of how it starts (`title: *Viktig* milepæl`, `[Utkast] Plan`,
// `"Fase 1" del 2`, `- Fase 2`): the yaml library reports the parse ("Unexpected scalar at node end") at the second
// word; the user must quote the whole value (tester round 33 F1).

import type { ValueStart } from '../messages/data/input.js';
import { quoteText } from '../text/quote.js';
import { closingQuote, opensQuoted } from '../text/quoted-scalar.js';
import { onFirstUse } from '../text/on-first-use.js';

export interface ReservedStart {
  /** UTF-16 offset of the value's first character. */
  readonly offset: number;
  /** The key as written (a quoted key keeps its quotes); for a list entry, the key of its list. */
  readonly key: string;
  /** Whether the value is an entry of a list (`- "Fase 1" del 2`) rather than a key's value. */
  readonly entry: boolean;
  readonly start: ValueStart;
  /** The character it starts with (`*`, `[`, `"`, `-`, `` ` ``, `@`, `%`, `?`, `|`, `>`). */
  readonly char: string;
  /** The whole value in quotes, as it would read as text. */
  readonly quoted: string;
}

/** Keys whose values are lists or mappings (schemas/plan.schema.json). */
const COLLECTION_KEYS: ReadonlySet<string> = new Set(['after', 'meetings', 'require', 'deliverables', 'closed', 'history', 'governance', 'calendar', 'ready', 'health', 'rules', 'milestones', 'goals', 'measures', 'risks', 'gates', 'bodies', 'plan', 'workdays', 'duration', 'lag', 'impact']);

/** A key as YAML reads one on a line: plain, or quoted in double or single quotes. */
const KEY = String.raw`[\p{L}_][\p{L}\p{N}_.-]*|"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'`;

/**
 * `key: value` on one line, inside a mapping or a list entry. The value runs to the line's end, trimmed by the code: a
 * lazy `(\S.*?)\s*$` took half a minute on a line with 200,000 spaces inside its value.
 */
const keyLine = onFirstUse(() => new RegExp(String.raw`^( *(?:- +)*)(${KEY}) *: +(\S.*)$`, 'u'));

/** `key: ` inside a flow mapping, after its `{` or a comma. */
const flowKey = onFirstUse(() => new RegExp(String.raw`[{,] *(${KEY}) *: +`, 'gu'));

/** A key with nothing after it but a comment: the key of the block below it (`x-notes:`, `- sub:`). */
const listKey = onFirstUse(() => new RegExp(String.raw`^(?:- +)*(${KEY}) *:\s*(?:#.*)?$`, 'u'));

/** A list entry `- value` on its own line, where the value is no `key: value`. */
const ENTRY = /^( *)- +(\S.*)$/;

/** The value as written where YAML reads it: its key (or its list's), the value up to a comment, where it starts. */
interface WrittenValue {
  readonly key: string;
  readonly value: string;
  readonly offset: number;
  readonly entry: boolean;
}

/**
 * The list keys found for the entries of one text, by the offset of the entry's line: a search for an entry's list
 * stops at a sibling entry already found, so a list of 50,000 broken entries is read once, not once per entry.
 */
export type ListKeyMemo = Map<number, string | null>;

/**
 * The value on the line holding `offset` when it is text that starts the way YAML reads as another node, with more
 * text after that node; undefined otherwise (a value YAML reads as intended, or a line of another shape). Pure but for
 * `memo`, which the caller keeps for one text.
 */
export function reservedStartAt(text: string, offset: number, memo: ListKeyMemo = new Map()): ReservedStart | undefined {
  let written: WrittenValue | undefined;
  let start: ValueStart | undefined;
  for (const candidate of readings(text, lineAt(text, offset), offset, memo)) {
    start = startOf(candidate.value);
    if (start !== undefined) {
      written = candidate;
      break;
    }
  }
  // Where a list or mapping goes (`after: [M1] M2`, `require: "PS", "KR"`, `after: - A`, an entry of `milestones`) the
  // fix is no quoted text (tester round 34 F3): the parser's own finding stands. A list of texts takes it.
  if (written === undefined || start === undefined) return undefined;
  const name = keyName(written.key);
  if (COLLECTION_KEYS.has(name) && !(written.entry && TEXT_LISTS.has(name))) return undefined;
  return { offset: written.offset, key: written.key, entry: written.entry, start, char: written.value[0]!, quoted: quoteValue(written.value) };
}

/**
 * The ways the line can be read, innermost first, each made only when the one before starts as intended: in
 * `plan: {id: p, title: *a b}` the value is title's, not plan's; in `title: [Utkast, v: 2] Plan` it is title's, not v's.
 */
function* readings(text: string, line: { text: string; start: number }, offset: number, memo: ListKeyMemo): Generator<WrittenValue> {
  yield* flowValuesAt(line, offset);
  const block = keyValueAt(line);
  if (block !== undefined) yield block;
  const entry = entryAt(text, line, memo);
  if (entry !== undefined) yield entry;
}

/**
 * The key a written key names: `"after"` and `'after'` are `after` (tester round 39 F2: a quoted list key was told to
 * quote its list). Only the quotes are read: a key with an escape names no key of the schema anyway.
 */
function keyName(written: string): string {
  const q = written[0];
  return (q === '"' || q === "'") && written.length >= 2 && written.endsWith(q) ? written.slice(1, -1) : written;
}

/** Lists whose entries are texts. */
const TEXT_LISTS: ReadonlySet<string> = new Set(['deliverables']);

/** The line holding `offset`: its text without the line break, and where it starts. */
function lineAt(text: string, offset: number): { text: string; start: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  return { text: text.slice(start, end).replace(/\r$/, ''), start };
}

/**
 * The values of the flow mapping's `key: `s before `offset` on its line that run up to it or past it, each up to its
 * `,` or `}`: the innermost first (tester round 39 F6: `{title: [Utkast, v: 2] Plan}` is title's value).
 */
function flowValuesAt(line: { text: string; start: number }, offset: number): WrittenValue[] {
  const values: WrittenValue[] = [];
  for (const m of line.text.matchAll(flowKey())) {
    const from = m.index + m[0].length;
    if (line.start + from > offset) break;
    const end = flowValueEnd(line.text, from);
    const value = line.text.slice(from, end).trimEnd();
    // Only a value the error lies in: `v: 2` inside `title: [Utkast, v: 2] Plan` ends before `Plan`.
    if (value !== '' && line.start + end >= offset) values.push({ key: m[1]!, value, offset: line.start + from, entry: false });
  }
  return values.reverse();
}

/**
 * Where a flow value starting at `from` ends: at a `,`, `}` or `]` outside its own brackets and quoted texts, or a
 * comment. A quote opens a quoted text only where a node starts (`Don't` is plain).
 */
function flowValueEnd(line: string, from: number): number {
  let depth = 0;
  for (let k = from; k < line.length; k++) {
    const c = line[k]!;
    if ((c === '"' || c === "'") && opensQuoted(line, k, from)) {
      k = closingQuote(line, k + 1, c);
      if (k < 0) return line.length;
    } else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (depth === 0 && (c === ',' || c === '}' || c === ']')) return k;
    else if (c === '#' && /\s/.test(line[k - 1] ?? '')) return k;
  }
  return line.length;
}

/** A list entry's value on its own line (`- "Fase 1" del 2`), named by its list's key. */
function entryAt(text: string, line: { text: string; start: number }, memo: ListKeyMemo): WrittenValue | undefined {
  const m = ENTRY.exec(line.text);
  if (m === null) return undefined;
  const key = listKeyAbove(text, line.start, m[1]!.length, memo);
  memo.set(line.start, key);
  if (key === null) return undefined;
  const value = withoutComment(m[2]!);
  return { key, value, offset: line.start + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!), entry: true };
}

/**
 * The key whose list holds an entry with its dash at `indent` on the line starting at `lineStart`: the nearest line
 * above, past the list's other entries and their contents, that is `key:` alone; null when that line is another.
 */
function listKeyAbove(text: string, lineStart: number, indent: number, memo: ListKeyMemo): string | null {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    // A line of blanks, tabs among them, is blank (tester round 39 F7).
    if (/^[ \t]*$/.test(line)) continue;
    const body = /^( *)(\S.*)?$/.exec(line);
    if (body === null) return null;
    const content = body[2];
    if (content === undefined || content.startsWith('#')) continue;
    const at = body[1]!.length;
    if (at === indent && content.startsWith('- ')) {
      const sibling = memo.get(start);
      if (sibling !== undefined) return sibling;
      continue;
    }
    if (at > indent) continue;
    const key = listKey().exec(content);
    return key === null ? null : key[1]!;
  }
  return null;
}

/** The value up to a comment, without the blanks at its end. */
function withoutComment(value: string): string {
  const comment = value.search(/[ \t]#/);
  return (comment >= 0 ? value.slice(0, comment) : value).trimEnd();
}

/** The block `key: value` of a line: the key, the value up to a comment, and where the value starts. */
function keyValueAt(line: { text: string; start: number }): WrittenValue | undefined {
  const m = keyLine().exec(line.text);
  if (m === null) return undefined;
  // A line inside a flow mapping written over lines (`     title: *x y,`): its value ends at the comma or brace that
  // only closers follow (tester round 39 F5: the quoted fix held them, and did not parse).
  let value = withoutComment(m[3]!);
  const end = flowValueEnd(value, 0);
  if (end < value.length && /^[\s,}\]]*$/.test(value.slice(end))) value = value.slice(0, end).trimEnd();
  return { key: m[2]!, value, offset: line.start + line.text.indexOf(m[3]!, m[1]!.length + m[2]!.length), entry: false };
}

function startOf(value: string): ValueStart | undefined {
  const first = value[0];
  if (first === '*') return /^\*\S+\s+\S/.test(value) ? 'alias' : undefined;
  if (first === '[') return /^\[[^\]]*\]\s*[^\s,\]}#]/.test(value) ? 'list' : undefined;
  if (first === '{') return /^\{[^}]*\}\s*[^\s,\]}#]/.test(value) ? 'mapping' : undefined;
  // Not `"x": y`, a quoted key written where a value goes.
  if (first === '"') return /^"(?:[^"\\]|\\.)*"\s*[^\s#:]/.test(value) ? 'quoted' : undefined;
  if (first === "'") return /^'(?:[^']|'')*'\s*[^\s#:]/.test(value) ? 'quoted' : undefined;
  if (first === '-') return /^- +\S/.test(value) ? 'entry' : undefined;
  if (first === '`' || first === '@' || first === '%') return 'reserved';
  // A lone `?` too (`responsible: ?`, the unassigned marker unquoted: tester round 106 F4).
  if (first === '?') return /^\?(?: +[^\s#]| *(?:#.*)?$)/.test(value) ? 'key' : undefined;
  if (first === '|' || first === '>') return /^[|>][-+0-9]*\s+[^\s#]/.test(value) ? 'block' : undefined;
  return undefined;
}

/** The value as a quoted YAML text: in single quotes when it holds a double quote and no single one, else double. */
function quoteValue(value: string): string {
  return value.includes('"') && !value.includes("'") ? `'${value}'` : quoteText(value);
}

/** Lists of references or texts, which a user may write without their brackets. */
const LIST_KEYS: ReadonlySet<string> = new Set(['after', 'meetings', 'require', 'deliverables']);

/**
 * A list written without its brackets on the line holding `offset` (`require: "PS", "KR"`, `after: - A`): its key and
 * the list as it should read (`["PS", "KR"]`, `[A]`); undefined otherwise. Pure (tester round 35 N3).
 */
export function listWithoutBracketsAt(text: string, offset: number): { offset: number; key: string; list: string } | undefined {
  const written = keyValueAt(lineAt(text, offset));
  if (written === undefined || !LIST_KEYS.has(keyName(written.key))) return undefined;
  const { key, value } = written;
  const entry = /^- +(\S.*)$/.exec(value);
  if (entry !== null) return { offset: written.offset, key, list: `[${entry[1]!}]` };
  if (/^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')\s*,/.test(value)) return { offset: written.offset, key, list: `[${value}]` };
  return undefined;
}
