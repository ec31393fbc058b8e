// A plain value that YAML reads as something else because of how it starts (`title: *Viktig* milepæl`, `[Utkast] Plan`,
// `"Fase 1" del 2`, `- Fase 2`): the yaml library reports the parse ("Unexpected scalar at node end") at the second
// word; the user must quote the whole value (tester round 33 F1).

import type { ValueStart } from '../messages/data/input.js';
import { quoteText } from '../text/quote.js';

export interface ReservedStart {
  /** UTF-16 offset of the value's first character. */
  readonly offset: number;
  readonly key: string;
  readonly start: ValueStart;
  /** The character it starts with (`*`, `[`, `"`, `-`, `` ` ``, `@`, `?`, `|`, `>`). */
  readonly char: string;
  /** The whole value in quotes, as it would read as text. */
  readonly quoted: string;
}

/** Keys whose values are lists or mappings (schemas/plan.schema.json). */
const COLLECTION_KEYS: ReadonlySet<string> = new Set(['after', 'meetings', 'require', 'deliverables', 'closed', 'history', 'governance', 'calendar', 'ready', 'health', 'rules', 'milestones', 'goals', 'measures', 'risks', 'gates', 'bodies', 'plan', 'workdays', 'duration', 'lag', 'impact']);

/** `key: value` on one line, inside a mapping or a list entry; the value up to a comment. */
const LINE = /^( *(?:- +)*)([A-Za-z_][\w.-]*) *: +(\S.*?)\s*$/;

/**
 * The value on the line holding `offset` when it is text that starts the way YAML reads as another node, with more
 * text after that node; undefined otherwise (a value YAML reads as intended, or a line of another shape). Pure.
 */
export function reservedStartAt(text: string, offset: number): ReservedStart | undefined {
  const written = keyValueAt(text, offset);
  const start = written === undefined ? undefined : startOf(written.value);
  // Where a list or mapping goes (`after: [M1] M2`, `require: "PS", "KR"`, `after: - A`) the fix is no quoted text
  // (tester round 34 F3): the parser's own finding stands.
  if (written === undefined || start === undefined || COLLECTION_KEYS.has(written.key)) return undefined;
  return { offset: written.offset, key: written.key, start, char: written.value[0]!, quoted: quoteValue(written.value) };
}

/** The `key: value` on the line holding `offset`: the key, the value up to a comment, and where the value starts. */
function keyValueAt(text: string, offset: number): { key: string; value: string; offset: number } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const m = LINE.exec(line);
  if (m === null) return undefined;
  let value = m[3]!;
  const comment = value.search(/[ \t]#/);
  if (comment >= 0) value = value.slice(0, comment).trimEnd();
  return { key: m[2]!, value, offset: lineStart + line.indexOf(m[3]!, m[1]!.length + m[2]!.length) };
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
  if (first === '`' || first === '@') return 'reserved';
  if (first === '?') return /^\? +\S/.test(value) ? 'key' : undefined;
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
  const written = keyValueAt(text, offset);
  if (written === undefined || !LIST_KEYS.has(written.key)) return undefined;
  const { key, value } = written;
  const entry = /^- +(\S.*)$/.exec(value);
  if (entry !== null) return { offset: written.offset, key, list: `[${entry[1]!}]` };
  if (/^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')\s*,/.test(value)) return { offset: written.offset, key, list: `[${value}]` };
  return undefined;
}
