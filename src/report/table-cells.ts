// Cells of plain-text tables cut and filled: truncate and pad, the cuts that leave a cell's width known, runs of spaces.
import { cutWider, displayWidth, fitPrefix, oneColumnEach, padTo, truncateTo } from '../text/width.js';

/** Cuts text to at most `width` columns (whole graphemes), ending in "…" when cut. */
export function truncate(text: string, width: number): string {
  return truncateTo(text, width);
}

export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  return padTo(text, width, align);
}

/** The width of the text cutCell returned last. */
export let cutWidth = 0;

/**
 * `text`, `w` columns and wider than `width`, cut as cutWider cuts it; its width is left in cutWidth. It is not measured
 * again (issue #18: cutWider measured a title once more to cut it and the table once more after): a text of one-column
 * code points, or whose cut falls among them, is cut by units; another, after the whole graphemes that fit, where the
 * ellipsis adds its one column.
 * Cuts an escape could split (a backslash in the text) are left to cutWider, as are those after a Prepend character
 * (UAX #29: it joins the ellipsis that follows it).
 */
export function cutCell(text: string, w: number, isPlain: boolean, width: number): string {
  if (width >= 1 && !text.includes('\\')) {
    const room = Math.floor(width) - 1;
    // A text of one-column code points, or one whose first `room` code points are and the next is too (a title whose
    // emoji comes after the cut): no grapheme crosses the cut, each before it is one column.
    if (isPlain || (text.length > room && oneColumnEach(text.slice(0, room + 1)))) {
      cutWidth = room + 1;
      return `${text.slice(0, room)}…`;
    }
    const fit = fitPrefix(text, width - 1);
    if (!endsInPrepend(fit.text)) {
      cutWidth = fit.width + 1;
      return `${fit.text}…`;
    }
  }
  const shown = cutWider(text, width);
  cutWidth = shown === text ? w : displayWidth(shown);
  return shown;
}

/**
 * An id or reference `plan/ID` of one-column code points, wider than `width`, cut to it (Column.refs): `plan…/ID` with
 * as much of the plan id as fits; else `…/` and the id cut in its middle; an id without `/` cut in its middle, its
 * start and end kept (`MILEPAEL-M…000003`).
 */
export function cutRef(text: string, width: number): string {
  const room = Math.floor(width);
  if (room < 4 || text.includes('\\')) return cutCell(text, text.length, true, width);
  cutWidth = room;
  const slash = text.lastIndexOf('/');
  if (slash < 0) return cutMiddle(text, room);
  const id = text.slice(slash + 1);
  if (id.length + 2 <= room) return `${text.slice(0, room - id.length - 2)}…/${id}`;
  return `…/${cutMiddle(id, room - 2)}`;
}

/**
 * An id or reference cut to `width` columns as a Column.refs column cuts it (`MILEPAEL-M…000003`, `plan…/ID`); text of
 * other code points as truncate cuts it; as it is when it fits.
 */
export function cutId(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  return oneColumnEach(text) ? cutRef(text, width) : truncate(text, width);
}

/** `text` (one-column code points, longer than `room`) as `room` columns: its start, `…`, its end (the end's share the smaller). */
function cutMiddle(text: string, room: number): string {
  const end = Math.floor((room - 1) / 2);
  return `${text.slice(0, room - 1 - end)}…${end > 0 ? text.slice(text.length - end) : ''}`;
}

/**
 * Whether the last code point of `text` may be a Prepend character (Grapheme_Cluster_Break): U+0600–U+0D4E, or in
 * the planes' blocks U+11000–U+11FFF (high surrogates D804–D807). A little more than the set, never less.
 */
function endsInPrepend(text: string): boolean {
  const unit = text.charCodeAt(text.length - 1);
  if (unit >= 0x0600 && unit <= 0x0d4e) return true;
  if (unit < 0xdc00 || unit > 0xdfff) return false;
  const high = text.charCodeAt(text.length - 2);
  return high >= 0xd804 && high <= 0xd807;
}

/** Whether `text` ends in white space (trimEnd would cut it). */
export function endsInSpace(text: string): boolean {
  const end = text.charCodeAt(text.length - 1);
  if (end > 0x20 && end < 0x7f) return false;
  return text.trimEnd() !== text;
}

/** Whether `text` is white space only (trimEnd would leave nothing of it). */
export function isBlank(text: string): boolean {
  if (text === '') return true;
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return text.trimEnd() === '';
}

/**
 * `text` cut to at most `width` columns as {@link truncate} cuts it, and the width of what is left: measured once, not
 * again to cut it and once more to fill it (see cutCell).
 */
export function cutMeasured(text: string, width: number): { readonly text: string; readonly width: number } {
  const isPlain = oneColumnEach(text);
  const w = isPlain ? text.length : displayWidth(text);
  if (w <= width) return { text, width: w };
  const shown = cutCell(text, w, isPlain, width);
  return { text: shown, width: cutWidth };
}

/** Runs of spaces by length, made once each (a table pads every cell). */
const SPACES: string[] = [''];

/** `n` spaces (none when n ≤ 0). */
export function spaces(count: number): string {
  const n = Math.floor(count);
  if (!(n > 0)) return '';
  if (n > 512) return ' '.repeat(n);
  while (SPACES.length <= n) SPACES.push(`${SPACES[SPACES.length - 1]!} `);
  return SPACES[n]!;
}

/**
 * For texts that `cut` gives the same shortened text though they differ (`Sentralt-st…behandling` for ids that differ
 * only in a version number in their middle), a cut of each to `width` columns that tells it apart (`…versjon-1.0-sendt…`;
 * see below for the ways tried): rows of such ids could not be told apart (tester round 71 F4). One-column code points
 * only (others are left to `cut`); the map holds only the texts it changes.
 */
export function distinctCuts(texts: Iterable<string>, width: number, cut: (text: string) => string): Map<string, string> {
  const byCut = new Map<string, Set<string>>();
  let last: string | undefined;
  for (const text of texts) {
    // A column repeats a text many rows running: looked at once for the run.
    if (text === last || text.length <= width || !oneColumnEach(text)) continue;
    last = text;
    const shown = cut(text);
    const group = byCut.get(shown);
    if (group === undefined) byCut.set(shown, new Set([text]));
    else group.add(text);
  }
  const out = new Map<string, string>();
  // Every text cut alike with another, as one set: cut apart group by group, two groups' texts came out alike again
  // (ids that differ in their first letter, a version and their last letter: tester round 72 F1).
  const alike = [...byCut.values()].filter((group) => group.size > 1).flatMap((group) => [...group]);
  if (alike.length === 0) return out;
  // Around the first place each differs from the others; for those still alike (ids that differ in several places:
  // tester round 72 F1), around the last place, then both places in one cut, then every column where ids of one length
  // differ. A text takes the first cut that no other text's cut equals.
  const first = firstDifferences(alike, (t) => t);
  const lastFromEnd = firstDifferences(alike, reversed);
  const byLength = new Map<number, string[]>();
  for (const t of alike) {
    const group = byLength.get(t.length);
    if (group === undefined) byLength.set(t.length, [t]);
    else group.push(t);
  }
  const columns = new Map<string, string>();
  for (const group of byLength.values()) {
    const way = group.length > 1 ? differingColumns(group, width) : undefined;
    if (way !== undefined) for (const t of group) columns.set(t, way(t));
  }
  const ways = [
    (t: string): string => cutAround(t, first.get(t)!, width),
    (t: string): string => cutAround(t, t.length - 1 - lastFromEnd.get(t)!, width),
    (t: string): string => cutBoth(t, first.get(t)!, t.length - 1 - lastFromEnd.get(t)!, width),
    (t: string): string => columns.get(t) ?? cutAround(t, first.get(t)!, width),
  ];
  const taken = new Set<string>();
  let left = alike;
  for (const way of ways) {
    const cuts = left.map(way);
    const count = new Map<string, number>();
    for (const c of cuts) count.set(c, (count.get(c) ?? 0) + 1);
    const next: string[] = [];
    left.forEach((t, k) => {
      const c = cuts[k]!;
      if (count.get(c) === 1 && !taken.has(c)) {
        out.set(t, c);
        taken.add(c);
      } else next.push(t);
    });
    left = next;
    if (left.length === 0) break;
  }
  for (const t of left) out.set(t, ways[0]!(t));
  return out;
}

/**
 * Each text's first offset (in `view` of it) where it differs from the others: its longest common start with any of
 * them is with a neighbour in sorted order, so n log n, not n² (a column of 100,000 such ids).
 */
function firstDifferences(texts: readonly string[], view: (text: string) => string): Map<string, number> {
  const viewed = texts.map((text) => ({ text, key: view(text) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const out = new Map<string, number>();
  viewed.forEach(({ text, key }, k) => {
    out.set(text, Math.max(k > 0 ? commonPrefix(key, viewed[k - 1]!.key) : 0, k + 1 < viewed.length ? commonPrefix(key, viewed[k + 1]!.key) : 0));
  });
  return out;
}

/**
 * For texts of one length, the cut that shows every offset where they differ (with a little of the text around it, as
 * room allows): `0S…n-1-s…g-0` for ids that differ in three places. Undefined when they differ in too many places for
 * `width`.
 */
function differingColumns(texts: readonly string[], width: number): ((text: string) => string) | undefined {
  const length = texts[0]!.length;
  const differs: number[] = [];
  for (let i = 0; i < length && differs.length <= width; i++) {
    const c = texts[0]!.charCodeAt(i);
    if (texts.some((t) => t.charCodeAt(i) !== c)) differs.push(i);
  }
  if (differs.length === 0 || differs.length > width) return undefined;
  for (const context of [3, 2, 1, 0]) {
    const runs: [number, number][] = [];
    for (const p of differs) {
      const from = Math.max(0, p - context);
      const to = Math.min(length, p + context + 1);
      const run = runs[runs.length - 1];
      if (run !== undefined && from <= run[1] + 1) run[1] = Math.max(run[1], to);
      else runs.push([from, to]);
    }
    const shownLength = runs.reduce((n, [from, to]) => n + to - from + 1, 0) - 1 + (runs[0]![0] > 0 ? 1 : 0) + (runs[runs.length - 1]![1] < length ? 1 : 0);
    if (shownLength <= width) {
      return (t: string): string => `${runs[0]![0] > 0 ? '…' : ''}${runs.map(([from, to]) => t.slice(from, to)).join('…')}${runs[runs.length - 1]![1] < length ? '…' : ''}`;
    }
  }
  return undefined;
}

function reversed(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text.charAt(i);
  return out;
}

/** `text` as `width` columns showing offsets `at` and `other` in two windows, `…` where cut. */
function cutBoth(text: string, at: number, other: number, width: number): string {
  // The first difference from its neighbours in order may lie after the last from the end (a plan id's middle, then
  // its milestone id's: tester round 72 F2).
  const a = Math.min(at, other);
  const b = Math.max(at, other);
  if (b === a || width < 9) return cutAround(text, a, width);
  const half = Math.floor((width - 1) / 2);
  const left = cutAround(text.slice(0, Math.floor((a + b) / 2)), a, half);
  const right = cutAround(text.slice(Math.floor((a + b) / 2)), b - Math.floor((a + b) / 2), width - 1 - half);
  return `${left.endsWith('…') ? left.slice(0, -1) : left}…${right.startsWith('…') ? right.slice(1) : right}`;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** `text` (one-column code points, longer than `width`) as `width` columns showing offset `at`, `…` where cut. */
function cutAround(text: string, at: number, width: number): string {
  if (width < 4) return text.slice(0, Math.max(0, width - 1)) + '…';
  const inner = width - 2;
  const start = Math.max(0, Math.min(at - Math.floor(inner / 2), text.length - inner));
  // A window one character from either end shows that character rather than an ellipsis in its place (tester round
  // 72 F8: a one-letter plan id `p/` became `…`).
  if (start <= 1) return `${text.slice(0, width - 1)}…`;
  if (start + inner >= text.length - 1) return `…${text.slice(text.length - (width - 1))}`;
  return `…${text.slice(start, start + inner)}…`;
}
