// Opens YAML source for editing: the BOM set aside, the document with node ranges, and line-level helpers.
import { isMap, isScalar, isSeq, parsePlanDocument, type Document, type Node, type YAMLMap } from '../source/yaml.js';
import { normalizeLoneCr } from '../source/line-breaks.js';
import { msg, type Message } from '../messages/index.js';

export interface YamlSource {
  /** "\uFEFF" when the file starts with a byte order mark, else "". */
  readonly bom: string;
  /** The text after the BOM: every offset refers to it. */
  readonly body: string;
  readonly doc: Document;
}

export type Opened = { ok: true; source: YamlSource } | { ok: false; message: Message };

export function openYaml(text: string): Opened {
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  // Lone CRs read as line breaks (YAML 1.2) at the same offsets; the body keeps them, and so does every edit.
  const doc = parsePlanDocument(normalizeLoneCr(body));
  const error = doc.errors[0];
  if (error !== undefined) return { ok: false, message: msg('edit.not-yaml', { text: error.message.split('\n')[0]!, code: error.code }) };
  return { ok: true, source: { bom, body, doc } };
}

/** The mapping of `milestones[index]`, or undefined when it is not there. */
export function findMilestoneMap(doc: Document, index: number): YAMLMap | undefined {
  const list = doc.get('milestones', true);
  if (!isSeq(list)) return undefined;
  const item: unknown = list.items[index];
  return isMap(item) ? item : undefined;
}

export function readKeyName(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

export function getRange(node: unknown): readonly [number, number, number] | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ?? undefined;
}

// Line breaks are CR LF, CR or LF (YAML 1.2, source/line-breaks.ts): a file with old Mac line ends is edited in its own.
const BREAK = /\r\n|\r|\n/g;

/** Offset of the start of the line holding `offset`. */
export function findLineStart(body: string, offset: number): number {
  if (offset <= 0) return 0;
  // Back to the nearest CR or LF only: lastIndexOf('\r') in a file without one would scan to its start every time.
  let i = Math.min(offset, body.length) - 1;
  while (i >= 0) {
    const c = body.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) break;
    i--;
  }
  return i + 1;
}

/** Offset of the start of the next line after `offset` (or the end of the text): where a new line goes. */
export function findNextLineStart(body: string, offset: number): number {
  if (offset > 0 && (body[offset - 1] === '\n' || (body[offset - 1] === '\r' && body[offset] !== '\n'))) return offset;
  BREAK.lastIndex = offset;
  const hit = BREAK.exec(body);
  return hit === null ? body.length : hit.index + hit[0].length;
}

/** The line break of the line that ends before `offset`, else the file's first one, else "\n". */
export function detectEol(body: string, offset: number): string {
  if (offset > 0 && body[offset - 1] === '\n') return offset > 1 && body[offset - 2] === '\r' ? '\r\n' : '\n';
  if (offset > 0 && body[offset - 1] === '\r') return '\r';
  BREAK.lastIndex = 0;
  return BREAK.exec(body)?.[0] ?? '\n';
}

/**
 * New lines to insert at `offset` (a line start or the end of the text), each ending in `eol`;
 * at the end of a text without a final line break they go after one, and the text still ends without one.
 */
export function planLines(body: string, offset: number, lines: readonly string[], eol: string): { start: number; insert: string; lead: number } {
  if (offset === body.length && body.length > 0 && !body.endsWith('\n') && !body.endsWith('\r')) return { start: offset, insert: `${eol}${lines.join(eol)}`, lead: eol.length };
  return { start: offset, insert: lines.map((l) => `${l}${eol}`).join(''), lead: 0 };
}
