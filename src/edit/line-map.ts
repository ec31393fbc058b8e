// Where a line of a file before an edit is after it: what lets findIntroduced (./introduced.ts) recognise an unchanged
// finding that only moved because the edit added or removed lines above it (`set` inserting `forecast:`).
// Lines end at CR LF, CR or LF, as src/source/line-breaks.ts counts them.

/** A file's text before and after an edit (src/edit/plan-set.ts EditText). */
export interface EditedText {
  readonly file: string;
  readonly before: string;
  readonly after: string;
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
      map = edit === undefined ? (l: number): number => l : mapLines(edit.before, edit.after);
      maps.set(file, map);
    }
    return map(line);
  };
}

function mapLines(before: string, after: string): (line: number) => number {
  if (before === after) return (line) => line;
  const isCr = (text: string, i: number): boolean => text.charCodeAt(i) === 0x0d;
  const isLf = (text: string, i: number): boolean => text.charCodeAt(i) === 0x0a;
  let prefix = commonPrefix(before, after);
  if (prefix > 0 && isCr(before, prefix - 1) && (isLf(before, prefix) || isLf(after, prefix))) prefix--;
  let suffix = commonSuffix(before, after, prefix);
  const end = before.length - suffix;
  if (suffix > 0 && isLf(before, end) && (isCr(before, end - 1) || isCr(after, after.length - suffix - 1))) suffix--;
  const spanEnd = before.length - suffix;
  const firstChanged = 1 + countBreaks(before, 0, prefix);
  const lastBefore = firstChanged + countBreaks(before, prefix, spanEnd);
  const lastAfter = firstChanged + countBreaks(after, prefix, after.length - suffix);
  // The line at the changed span's end moves with the text below when it starts there (an inserted line above it).
  const startsAtEnd = spanEnd === 0 || isLf(before, spanEnd - 1) || (isCr(before, spanEnd - 1) && !isLf(before, spanEnd));
  const firstMoved = startsAtEnd ? lastBefore : lastBefore + 1;
  return (line) => (line < firstChanged ? line : line >= firstMoved ? line + lastAfter - lastBefore : Math.min(line, lastAfter));
}
