// Turns the yaml library's parse errors into yaml-syntax problems: where the user must look, what is wrong, how to fix it.
import { isAlias, isMap, isPair, isSeq, type Document, type YAMLError } from 'yaml';

export interface YamlProblem {
  /** UTF-16 offset into the text. */
  readonly offset: number;
  readonly message: string;
  readonly hint: string;
}

const HINTS: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: 'remove or rename one of the repeated keys; YAML keeps only one of them',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'line the entries of a mapping or list up under each other, indented with spaces',
  MISSING_CHAR: 'close the flow collection or quoted string that starts here',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; check the indentation of the previous lines',
};

const KEY = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\s:#,[\]{}][^:#\n,[\]{}]*?)\s*:/;

export function describeYamlError(text: string, doc: Document, error: YAMLError): YamlProblem {
  const message = firstLine(error.message);
  let offset = error.pos[0];
  // An unclosed quote or flow collection is reported at the end of the file: point at where it opens.
  if (text.slice(offset).trim() === '') offset = openNodeAt(doc, offset) ?? offset;
  if (error.code === 'DUPLICATE_KEY') {
    const key = KEY.exec(text.slice(offset, offset + 200))?.[1];
    if (key !== undefined) return { offset, message: `duplicate key ${quote(key)}: this mapping already has one`, hint: HINTS['DUPLICATE_KEY']! };
  }
  if (/multiple documents/i.test(message)) {
    return { offset, message: 'the file holds more than one YAML document (a second one starts here); milepel reads one document per file', hint: 'remove the --- line, or move the second document into a file of its own' };
  }
  if (/Maximum call stack/i.test(message)) {
    return { offset, message: 'the YAML nests too deeply to read (lists or mappings inside each other hundreds of levels deep)', hint: 'flatten the nested lists or mappings' };
  }
  return { offset, message, hint: hintFor(error.code, message) };
}

function hintFor(code: string, message: string): string {
  if (code === 'MISSING_CHAR' && /- indicator/.test(message)) return 'indent the keys of a list entry by the same amount as its first key, or start a new entry with "- "';
  if (/end with an? [\]}]/.test(message)) return 'close the flow collection that starts here with ] or }, on the same line or indented under its key';
  if (code === 'MISSING_CHAR' && /closing/i.test(message)) return 'close the quoted string that starts here with the same quote character';
  return Object.hasOwn(HINTS, code) ? HINTS[code]! : 'fix the YAML syntax at this position';
}

/** The problem for a file too large for the full parser: at its first line, since no parser located anything. */
export function tooLargeForFullParse(chars: number, limit: number): { line: number; column: number; message: string; hint: string } {
  const mb = (n: number): string => `${Math.round(n / 1048576)} MB`;
  return {
    line: 1, column: 1,
    message: `the file is ${mb(chars)} and uses YAML that only the full parser reads (anchors, tags, multi-line strings, tabs, or a syntax error somewhere); milepel reads such files up to ${mb(limit)}`,
    hint: 'write the file in plain block style (one key: value per line, lists in [ ] or with "- "), or split it into several files',
  };
}

/** Offset of the first alias in the document (in text order), or 0. */
export function firstAliasOffset(doc: Document): number {
  let first = Infinity;
  forEachNode(doc, (node) => {
    if (isAlias(node) && node.range) first = Math.min(first, node.range[0]);
  });
  return Number.isFinite(first) ? first : 0;
}

/** The innermost node that is still open at `offset` (starts before it and runs up to it). */
function openNodeAt(doc: Document, offset: number): number | undefined {
  let best: number | undefined;
  forEachNode(doc, (node) => {
    const range = (node as { range?: readonly number[] | null }).range;
    if (!range || range[0] === undefined || range[1] === undefined) return;
    if (range[0] < offset && range[1] >= offset && (best === undefined || range[0] > best)) best = range[0];
  });
  return best;
}

function forEachNode(doc: Document, visit: (node: unknown) => void): void {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || node === undefined) continue;
    visit(node);
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) stack.push(item.key, item.value);
        else stack.push(item);
      }
    }
  }
}

function firstLine(message: string): string {
  const cut = message.search(/ at line \d+, column \d+|\n/);
  const text = cut >= 0 ? message.slice(0, cut) : message;
  return text.replace(/:$/, '');
}

function quote(key: string): string {
  return /^["']/.test(key) ? key : `"${key}"`;
}
