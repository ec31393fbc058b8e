// Text edits by offset: apply several non-overlapping replacements at once and find where they landed.
import { normalizeLoneCr } from '../source/line-breaks.js';

export interface TextEdit {
  /** UTF-16 offsets of the replaced text, [start, end). */
  readonly start: number;
  readonly end: number;
  readonly insert: string;
  /** Where the changed value starts inside `insert` (for reporting its line). */
  readonly valueAt: number;
}

/** A text changed in one place: `before.slice(0, start) + text + before.slice(end)` (UTF-16 offsets). */
export interface TextSplice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * 1 + the line breaks (CR LF, CR or LF) of `before` ahead of `start`, when the edit knows it (set: the milestone's
   * first line): then the lines above the splice need not be counted in a large file again (issue #18).
   */
  readonly line?: number;
}

/** Applies the edits (sorted by start, non-overlapping); returns the text and each edit's value offset in it. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; offsets: number[] } {
  const sorted = edits.map((edit, i) => ({ edit, i })).sort((a, b) => a.edit.start - b.edit.start || a.i - b.i);
  let out = '';
  let from = 0;
  const offsets = new Array<number>(edits.length).fill(0);
  for (const { edit, i } of sorted) {
    if (edit.start < from) throw new Error(`overlapping edits at offset ${edit.start}`);
    out += text.slice(from, edit.start);
    offsets[i] = out.length + edit.valueAt;
    out += edit.insert;
    from = edit.end;
  }
  return { text: out + text.slice(from), offsets };
}

/** The edits as splices of `text`, sorted by start as applyEdits applies them. */
export function toSplices(edits: readonly TextEdit[]): TextSplice[] {
  return edits
    .map((edit, i) => ({ edit, i }))
    .sort((a, b) => a.edit.start - b.edit.start || a.i - b.i)
    .map(({ edit }) => ({ start: edit.start, end: edit.end, text: edit.insert }));
}

/**
 * What `findLines(applyEdits(text, edits).text, offsets)` gives, counted on `text` and the inserted pieces: the edited
 * text is then never flattened nor walked (`snapshot` of 100 MB of JSON walked 4.7 million lines of new text for it,
 * issue #18). Undefined when a CR is anywhere (an insert next to a lone CR could join it to a line feed): then use findLines.
 */
export function findEditLines(text: string, edits: readonly TextEdit[]): number[] | undefined {
  if (text.includes('\r') || edits.some((e) => e.insert.includes('\r'))) return undefined;
  const order = edits.map((edit, i) => ({ edit, i })).sort((a, b) => a.edit.start - b.edit.start || a.i - b.i);
  const lines = new Array<number>(edits.length).fill(1);
  // Line feeds of `text` before the offset reached; those in replaced ranges, and those the inserts brought, so far.
  let below = 0;
  let nl = text.indexOf('\n');
  let removed = 0;
  let added = 0;
  const reach = (offset: number): void => {
    while (nl >= 0 && nl < offset) {
      below++;
      nl = text.indexOf('\n', nl + 1);
    }
  };
  for (const { edit, i } of order) {
    reach(edit.start);
    const atStart = below;
    lines[i] = 1 + atStart - removed + added + countLineFeeds(edit.insert, edit.valueAt);
    reach(edit.end);
    removed += below - atStart;
    added += countLineFeeds(edit.insert, edit.insert.length);
  }
  return lines;
}

/** Line feeds in `text` before offset `end`. */
function countLineFeeds(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** 1-based line of a UTF-16 offset. */
export function findLine(raw: string, offset: number): number {
  const text = normalizeLoneCr(raw); // a lone CR ends a line too (YAML 1.2), at the same offsets
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** 1-based lines of many offsets in one pass over the text. */
export function findLines(raw: string, offsets: readonly number[]): number[] {
  const text = normalizeLoneCr(raw); // a lone CR ends a line too (YAML 1.2), at the same offsets
  const order = offsets.map((o, i) => [o, i] as const).sort((a, b) => a[0] - b[0]);
  const lines = new Array<number>(offsets.length).fill(1);
  let line = 1;
  let nl = text.indexOf('\n');
  for (const [offset, i] of order) {
    while (nl >= 0 && nl < offset) {
      line++;
      nl = text.indexOf('\n', nl + 1);
    }
    lines[i] = line;
  }
  return lines;
}
