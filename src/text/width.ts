// Terminal display width, through `string-width` (its only importer): grapheme clusters, East Asian Width, emoji.
//
// Every column that a text report lays out is measured here, so a label with ✅, 👍🏽, CJK (Extension B
// included), a zero-width space or a soft hyphen lines up like any other. string-width decides the width of
// each grapheme; this module only makes that fast enough for 200,000-row reports: plain ASCII is counted
// directly, text without joining characters is split by code point instead of by Intl.Segmenter, and the
// width of each distinct grapheme is asked once.
import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/**
 * Code points that may join a grapheme cluster with their neighbours (marks, ZWJ, variation selectors, emoji
 * modifiers and tags, regional indicators, keycaps, Hangul jamo, prepended concatenation marks, CR): text
 * with none of them has one grapheme per code point.
 */
const JOINING = /\p{M}|\p{Cf}|\u200d|[\ufe00-\ufe0f]|\u20e3|[\u1100-\u11ff]|[\ua960-\ua97f]|[\ud7b0-\ud7ff]|\r|[\u{1f1e6}-\u{1f1ff}]|[\u{1f3fb}-\u{1f3ff}]|[\u{e0000}-\u{e0fff}]/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const MAX_CACHED = 4096;
const widthOfGrapheme = new Map<string, number>();

function graphemeWidth(g: string): number {
  let w = widthOfGrapheme.get(g);
  if (w === undefined) {
    w = stringWidth(g);
    if (widthOfGrapheme.size >= MAX_CACHED) widthOfGrapheme.clear();
    widthOfGrapheme.set(g, w);
  }
  return w;
}

/** The user-perceived characters of `text` (👍🏽, 🇳🇴 and e + combining accent are one each). */
export function* graphemes(text: string): Generator<string> {
  if (!JOINING.test(text)) {
    yield* text;
    return;
  }
  for (const s of segmenter.segment(text)) yield s.segment;
}

/** Columns `text` takes in a terminal (control characters must already be escaped). */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  if (!JOINING.test(text)) {
    for (const ch of text) width += ch >= ' ' && ch <= '~' ? 1 : graphemeWidth(ch);
    return width;
  }
  for (const s of segmenter.segment(text)) width += graphemeWidth(s.segment);
  return width;
}

/** The longest prefix of `text` (whole graphemes) no wider than `width` columns, and its width. */
export function fitPrefix(text: string, width: number): { text: string; width: number } {
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = displayWidth(g);
    if (used + w > width) break;
    out += g;
    used += w;
  }
  return { text: out, width: used };
}

/** Cuts text to at most `width` columns, ending in `ellipsis` (itself measured) when cut. */
export function truncateTo(text: string, width: number, ellipsis = '…'): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  const room = width - displayWidth(ellipsis);
  if (room < 0) return fitPrefix(ellipsis, width).text;
  return `${fitPrefix(text, room).text}${ellipsis}`;
}

/** `text` filled with spaces to `width` columns (left-aligned by default). */
export function padTo(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}
