// Where a line of a file before an edit is after it: what lets findIntroduced (./introduced.ts) recognise an unchanged
// finding that only moved because the edit added or removed lines above it (`set` inserting `forecast:`).
// Lines end at CR LF, CR or LF, as src/source/line-breaks.ts counts them.
import type { TextSplice } from './text-edit.js';

/** A file's text before and after an edit (src/edit/plan-set.ts EditText). */
export interface EditedText {
  readonly file: string;
  readonly before: string;
  readonly after: string;
  /** Where `after` differs from `before`, when the edit says (set: the milestone's lines, with their first line). */
  readonly splice?: TextSplice;
}

/** 1-based line before the edit → 1-based line after it; a file not edited keeps its lines. */
export type LineMap = (file: string, line: number) => number;

/** Line breaks in `text[from, to)`: CR LF, CR or LF each count once. */
function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  // A lone CR (not followed by LF) breaks a line too; files without CR are searched for one once.
  for (let i = text.indexOf('\r', from); i >= 0 && i < to; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 0x0a) n++;
  return n;
}

/** Length of the longest common prefix: a binary search over native comparisons of slices (3 MB files). */
function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the longest common suffix of a and b that does not reach into their first `prefix` characters. */
function commonSuffix(a: string, b: string, prefix: number): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length) - prefix;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The line map of `edits`: lines above the first changed character stay; lines that start at or below the end of the
 * changed text move by the number of lines the edit added (negative: removed); a line with changed text keeps its
 * number, clamped to the changed lines after the edit (there is no better answer for text that was replaced). A CR
 * LF pair is never split: a change that starts or ends between the two is widened over both.
 */
export function mapEditedLines(edits: readonly EditedText[]): LineMap {
  // Made on the first question about a file: most edits are reported without one (findIntroduced asks only when a
  // rule and entity have more findings than before), and each costs a pass over the file.
  const maps = new Map<string, (line: number) => number>();
  return (file, line) => {
    let map = maps.get(file);
    if (map === undefined) {
      const edit = edits.find((e) => e.file === file);
      map = edit === undefined ? (l: number): number => l : mapLines(edit.before, edit.after, edit.splice);
      maps.set(file, map);
    }
    return map(line);
  };
}

/**
 * The changed span: `prefix`, the characters before it that `before` and `after` share, and `suffix`, those after it
 * (not reaching into the prefix). With a splice that knows its first line, they are looked for in the splice alone,
 * when its old and new text differ inside it: then they are the same as over the whole texts, which a 3 MB file's
 * `after` (a string joined around the milestone's lines) would first be copied whole for (issue #18).
 */
interface ChangedSpan {
  readonly prefix: number;
  readonly suffix: number;
  /** Line breaks in before[0, from), for any from ≤ the prefix that is at least the splice's start (or any, without a splice). */
  readonly breaksBefore: (from: number) => number;
  /** after[i], as a char code (NaN past its end). */
  readonly afterAt: (i: number) => number;
  /** Line breaks in after[from, to). */
  readonly breaksAfter: (from: number, to: number) => number;
}

function findSpan(before: string, after: string, splice: TextSplice | undefined): ChangedSpan | 'same' {
  const local = splice === undefined ? undefined : findSpanInSplice(before, splice);
  if (local !== undefined) return local;
  if (before === after) return 'same';
  const prefix = commonPrefix(before, after);
  return {
    prefix,
    suffix: commonSuffix(before, after, prefix),
    breaksBefore: (from) => countBreaks(before, 0, from),
    afterAt: (i) => after.charCodeAt(i),
    breaksAfter: (from, to) => countBreaks(after, from, to),
  };
}

/** findSpan within the splice; undefined when the splice does not know its line or the span may reach past its ends. */
function findSpanInSplice(before: string, { start, end, text, line }: TextSplice): ChangedSpan | 'same' | undefined {
  if (line === undefined || start > end || end > before.length) return undefined;
  const old = before.slice(start, end);
  if (old === text) return 'same';
  const shorter = Math.min(old.length, text.length);
  const p = commonPrefix(old, text);
  if (p >= shorter) return undefined;
  const s = commonSuffix(old, text, p);
  if (s >= shorter - p) return undefined;
  const tail = before.length - end;
  const afterAt = (i: number): number => (i < start ? before.charCodeAt(i) : i < start + text.length ? text.charCodeAt(i - start) : before.charCodeAt(i - start - text.length + end));
  return {
    prefix: start + p,
    suffix: tail + s,
    // line - 1 breaks before the splice's start (TextSplice.line); countBreaks adds up over adjacent ranges.
    breaksBefore: (from) => (from >= start ? line - 1 + countBreaks(before, start, from) : line - 1 - countBreaks(before, from, start)),
    afterAt,
    breaksAfter: (from, to) => {
      // after[from, to] as a string of its own (one more character, which decides whether a CR at to - 1 is alone).
      const upTo = Math.min(to + 1, start + text.length + tail);
      let piece = '';
      for (let i = from; i < upTo; i++) piece += String.fromCharCode(afterAt(i));
      return countBreaks(piece, 0, to - from);
    },
  };
}

function mapLines(before: string, after: string, splice?: TextSplice): (line: number) => number {
  const span = findSpan(before, after, splice);
  if (span === 'same') return (line) => line;
  const isCr = (text: string, i: number): boolean => text.charCodeAt(i) === 0x0d;
  const isLf = (text: string, i: number): boolean => text.charCodeAt(i) === 0x0a;
  const afterLength = after.length;
  let { prefix, suffix } = span;
  if (prefix > 0 && isCr(before, prefix - 1) && (isLf(before, prefix) || span.afterAt(prefix) === 0x0a)) prefix--;
  const end = before.length - suffix;
  if (suffix > 0 && isLf(before, end) && (isCr(before, end - 1) || span.afterAt(afterLength - suffix - 1) === 0x0d)) suffix--;
  const spanEnd = before.length - suffix;
  const firstChanged = 1 + span.breaksBefore(prefix);
  const lastBefore = firstChanged + countBreaks(before, prefix, spanEnd);
  const lastAfter = firstChanged + span.breaksAfter(prefix, afterLength - suffix);
  // The line at the changed span's end moves with the text below when it starts there (an inserted line above it).
  const startsAtEnd = spanEnd === 0 || isLf(before, spanEnd - 1) || (isCr(before, spanEnd - 1) && !isLf(before, spanEnd));
  const firstMoved = startsAtEnd ? lastBefore : lastBefore + 1;
  return (line) => (line < firstChanged ? line : line >= firstMoved ? line + lastAfter - lastBefore : Math.min(line, lastAfter));
}
