// The yaml library's reading of a broken list entry with the pieces after it (entry-parse.ts): the entry's list's
// `key:` line, then the entry and the pieces up to a last one, and the syntax problems found there placed at their
// lines in the file. The lines left out are blank or entries that read alone, which change no reading of the entry.
//
// The problems are the whole file's when the reading is back in step with the file at its last piece: nothing wrong
// from there on, the piece read as the fast path reads it alone, in its place (its list's last item, or the root's last
// key). From there on the file is read as the fast path read it with the entry blanked: without a finding. An unclosed
// quote that runs to the end of the window would run to the end of the file when no quote of its kind follows.
import { parseFastNormalized } from './fast-yaml.js';
import { isMap, isScalar, isSeq, newLineCounter, parsePlanDocument, type Document, type YAMLError } from './yaml.js';
import type { Piece } from './plan-pieces.js';
import { describeErrors } from './yaml-errors.js';
import { pointsAtOpening } from './syntax-problem.js';
import { openNodeAt } from './document-nodes.js';
import { findExplicitTags } from './yaml-tags.js';
import { findCollectionKeys } from './collection-keys.js';
import { sameData } from './same-data.js';
import type { SyntaxProblem } from './parse.js';
import type { Message } from '../messages/index.js';

/** A node as the reading checks it: where it starts, and its plain data. */
interface ReadNode {
  readonly range?: readonly number[] | null;
  toJS(doc: Document): unknown;
}

/**
 * The syntax problems of pieces[at] (an entry of the list headed by pieces[h]) read with pieces[at + 1 … last];
 * 'wider' when the reading is not back in step at pieces[last]; undefined when this reading cannot tell.
 */
export function readWindow(text: string, pieces: readonly Piece[], h: number, at: number, last: number): SyntaxProblem[] | 'wider' | undefined {
  const header = pieces[h]!;
  const entry = pieces[at]!;
  const final = pieces[last]!;
  const headerText = text.slice(header.start, header.end);
  const alone = headerText + text.slice(entry.start, final.end);
  // A file offset from the entry on is the window's offset plus `shift`.
  const shift = entry.start - headerText.length;
  const lineCounter = newLineCounter();
  const doc = parsePlanDocument(alone, lineCounter);
  if (doc.errors.length === 0 || doc.errors.some((e) => /multiple documents/i.test(e.message))) return undefined;
  if (findExplicitTags(alone, doc).length > 0 || findCollectionKeys(doc).length > 0) return undefined;
  // Each root key is one the window holds as a piece of its own: a key the broken entry made would be compared with
  // the root keys left out.
  const keys = new Set([header.content - header.start]);
  for (let i = at + 1; i <= last; i++) if (pieces[i]!.kind !== 'entry') keys.add(pieces[i]!.content - shift);
  const root = doc.contents;
  if (!isMap(root) || root.items.some((pair) => !isScalar(pair.key) || !keys.has(pair.key.range?.[0] ?? -1))) return undefined;
  const isToEnd = final.end === text.length;
  if (!isToEnd && !quoteRunsToEnd(doc.errors, alone, text.slice(final.end))) {
    if (doc.errors.some((e) => e.pos[0] > final.content - shift)) return 'wider';
    const expected = parseFastNormalized(text.slice(final.start, final.end));
    if (expected === undefined) return undefined;
    if (!isInStep(doc, final, expected.data, keyOfList(pieces, h, last, shift), shift)) return 'wider';
  }
  // An error placed where its node opens may be placed at the list, which opens at the entry here and at the list's
  // first entry in the file: on the entry's line here, where its line's first finding leaves it out.
  const listStart = entry.content - shift;
  if (at !== h + 1 && doc.errors.some((e) => pointsAtOpening(alone, e) && openNodeAt(doc, e.pos[0]) === listStart)) return undefined;
  const headerLines = countBreaks(headerText, 0, headerText.length);
  const entryLine = 1 + countBreaks(text, 0, entry.start);
  // The end of the window is the end of the file only when it is one.
  const end = isToEnd ? alone.length : alone.length - 1;
  const place = (offset: number): { line: number; column: number } | undefined => {
    if (offset < headerText.length || offset > end) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line: entryLine + line - 1 - headerLines, column: col };
  };
  const problems: SyntaxProblem[] = [];
  for (const p of describeErrors(alone, doc, lineCounter)) {
    // A tab in the indentation: the whole-file parse blanks its lines and reads the file again (full-parse.ts), which
    // a window cannot follow.
    if (p.message.id === 'yaml-syntax.tab-indent') return undefined;
    const where = place(p.offset);
    if (where === undefined) return undefined;
    const related: { line: number; column: number; message: Message }[] = [];
    for (const r of p.related ?? []) {
      const there = place(r.offset);
      if (there === undefined) return undefined;
      related.push({ ...there, message: r.message });
    }
    problems.push({ ...where, message: p.message, hint: p.hint, ...(p.related === undefined ? {} : { related }) });
  }
  return problems;
}

/**
 * Whether a quoted scalar not closed runs to the window's end, and would run to the file's: `rest`, the text after the
 * window, holds no quote of its kind (nor, after a double quote, an escape).
 */
function quoteRunsToEnd(errors: readonly YAMLError[], alone: string, rest: string): boolean {
  return errors.some((e) => {
    if (e.code !== 'MISSING_CHAR' || !pointsAtOpening(alone, e)) return false;
    const quote = /closing (["'])quote/.exec(e.message)?.[1];
    return quote === '"' ? !rest.includes('"') && !rest.includes('\\') : quote === "'" && !rest.includes("'");
  });
}

/** Where the key of the list that pieces[last] is in (when an entry) stands in the window. */
function keyOfList(pieces: readonly Piece[], h: number, last: number, shift: number): number {
  let k = last;
  while (k > h && pieces[k]!.kind === 'entry') k--;
  return k === h ? pieces[h]!.content - pieces[h]!.start : pieces[k]!.content - shift;
}

/**
 * Whether the window's last piece `final` is read as the fast path reads it alone (`expected`), in its place: a list
 * entry as the last item of the root's last key's list (its key at `listKey`), every other item starting before it; a
 * root key as the root's last key.
 */
function isInStep(doc: Document, final: Piece, expected: unknown, listKey: number, shift: number): boolean {
  const root = doc.contents;
  if (!isMap(root)) return false;
  const pair = root.items[root.items.length - 1];
  if (pair === undefined || !isScalar(pair.key)) return false;
  const start = final.start - shift;
  if (final.kind !== 'entry') {
    if (pair.key.range?.[0] !== final.content - shift) return false;
    const value: unknown = pair.value === null ? null : (pair.value as unknown as ReadNode).toJS(doc);
    return sameData({ [String(pair.key.value)]: value }, expected);
  }
  if (pair.key.range?.[0] !== listKey || !isSeq(pair.value)) return false;
  const items = pair.value.items as readonly (ReadNode | null)[];
  const item = items[items.length - 1];
  if (item === undefined || item === null || items.some((x, i) => x?.range?.[0] === undefined || x.range[0] >= start !== (i === items.length - 1))) return false;
  return Array.isArray(expected) && expected.length === 1 && sameData(item.toJS(doc), expected[0]);
}

/** The number of LF line breaks in text[from, to). */
function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
