// Terminal display width, through `string-width` (its only importer): grapheme clusters, East Asian Width, emoji.
//
// Every column that a text report lays out is measured here, so a label with ✅, 👍🏽, CJK (Extension B
// included), a zero-width space or a soft hyphen lines up like any other. string-width decides the width of
// each grapheme; this module only makes that fast enough for 200,000-row reports and for startup: text made of
// code points known to take one column each (Latin, Greek, Cyrillic, punctuation, arrows, box drawing, the
// symbols reports draw) is counted directly, text without joining characters is split by code point instead of
// by Intl.Segmenter, and the width of each distinct grapheme is asked once.
//
// string-width and Intl.Segmenter are loaded on first need: their initialisation (ICU's break iterator and a
// `\p{RGI_Emoji}` regex) costs about 50 ms, a third of a `validate` run on a small workspace (issue #18), and
// plans written in Norwegian or English never need them.

import { joinedStretch, nextJoining, segments } from './grapheme-segments.js';
import { wholeEscapes } from './whole-escapes.js';

type StringWidth = (text: string) => number;

/**
 * Code points that string-width counts as one column and that join no grapheme cluster, in the blocks reports
 * and plans use: Latin-1 and Latin Extended (not the soft hyphen), Greek, Cyrillic, general punctuation,
 * currency, letterlike symbols, arrows, mathematical and technical symbols, box drawing, block elements,
 * geometric shapes, miscellaneous symbols and dingbats (not those with emoji presentation). Text made only of
 * these is as many columns as UTF-16 units. test/text/width.test.ts checks every one against string-width.
 */
const ONE_COLUMN_EACH =
  /^[\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0377\u037a-\u037f\u0384-\u038a\u038c\u038e-\u03a1\u03a3-\u0482\u048a-\u052f\u2010-\u2029\u202f-\u205e\u20a0-\u20c0\u2100-\u214f\u2190-\u2319\u231c-\u2328\u232b-\u23e8\u23ed-\u23ef\u23f1\u23f2\u23f4-\u23ff\u2500-\u25fc\u25ff-\u2613\u2616-\u262f\u2638-\u2647\u2654-\u267e\u2680-\u2689\u2690-\u2692\u2694-\u26a0\u26a2-\u26a9\u26ac-\u26bc\u26bf-\u26c3\u26c6-\u26cd\u26cf-\u26d3\u26d5-\u26e9\u26eb-\u26f1\u26f4\u26f6-\u26f9\u26fb\u26fc\u26fe-\u2704\u2706-\u2709\u270c-\u2727\u2729-\u274b\u274d\u274f-\u2752\u2756\u2758-\u2794\u2798-\u27af\u27b1-\u27be]*$/;

/** The width of text[from, to), which holds no joining character: one grapheme per code point. */
function plainWidth(text: string, from: number, to: number): number {
  let width = 0;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x20 && unit <= 0x7e) {
      width++;
      continue;
    }
    const next = i + 1 < to ? text.charCodeAt(i + 1) : 0;
    const wide = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    width += graphemeWidth(wide ? text.slice(i, i + 2) : text[i]!);
    if (wide) i++;
  }
  return width;
}

const MAX_CACHED = 4096;
const widthOfGrapheme = new Map<string, number>();
let stringWidth: StringWidth | undefined;

/** string-width's default export, initialised on the first call. */
function loadStringWidth(): StringWidth {
  if (stringWidth === undefined) {
    // A require() inside a function, not an import: esbuild bundles string-width as a module that initialises
    // on this call (vitest and Node ≥ 20.19 load it the same way from source).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    stringWidth = (require('string-width') as { default: StringWidth }).default;
  }
  return stringWidth;
}

function graphemeWidth(g: string): number {
  let w = widthOfGrapheme.get(g);
  if (w === undefined) {
    w = oneColumnEach(g) ? g.length : loadStringWidth()(g);
    if (widthOfGrapheme.size >= MAX_CACHED) widthOfGrapheme.clear();
    widthOfGrapheme.set(g, w);
  }
  return w;
}

/** The user-perceived characters of `text` (👍🏽, 🇳🇴 and e + combining accent are one each). */
export function* graphemes(text: string): Generator<string> {
  let from = 0;
  for (let at = nextJoining(text, 0); at >= 0; at = nextJoining(text, from)) {
    const { start, end } = joinedStretch(text, from, at);
    yield* text.slice(from, start);
    yield* segments(text.slice(start, end));
    from = end;
  }
  yield* from === 0 ? text : text.slice(from);
}

/** Of each BMP code unit below U+2800 met so far, whether ONE_COLUMN_EACH holds it: 0 not asked yet, 1 yes, 2 no. */
const oneColumnUnit = new Uint8Array(0x2800);

/**
 * A unit outside the part of ONE_COLUMN_EACH that plans are written in: printable ASCII, Latin-1 and Latin Extended
 * (æ, ø, å, é, not the soft hyphen), and the dashes, quotes and bullets of general punctuation.
 */
const BEYOND_COMMON = /[^\x20-\x7e\xa0-\xac\xae-\u02ff\u2010-\u2029]/;

/**
 * True when every code point of `text` takes exactly one column on its own and joins no other: its width is its
 * length. Text of the common units (BEYOND_COMMON finds none) is decided by one native scan: a Norwegian title with
 * an em dash in it cost ~5 ns a unit in the walk below, read two or three times by every text report at 100,000 rows
 * (issue #18). Other text is ONE_COLUMN_EACH.test, walked by hand: printable ASCII is decided at once and any other
 * unit by the regular expression once, then from a table (the expression cost ~1 µs for a 40-character title with one
 * dash in it, a second per 1,000,000 table cells). Every unit it holds is below U+2800, none a surrogate.
 */
export function oneColumnEach(text: string): boolean {
  if (!BEYOND_COMMON.test(text)) return true;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x20 && unit <= 0x7e) continue;
    if (unit >= 0x2800) return false;
    let known = oneColumnUnit[unit]!;
    if (known === 0) {
      known = ONE_COLUMN_EACH.test(text[i]!) ? 1 : 2;
      oneColumnUnit[unit] = known;
    }
    if (known === 2) return false;
  }
  return true;
}

/** Columns `text` takes in a terminal (control characters must already be escaped). */
export function displayWidth(text: string): number {
  if (oneColumnEach(text)) return text.length;
  let width = 0;
  let from = 0;
  for (let at = nextJoining(text, 0); at >= 0; at = nextJoining(text, from)) {
    const { start, end } = joinedStretch(text, from, at);
    width += plainWidth(text, from, start);
    for (const g of segments(text.slice(start, end))) width += graphemeWidth(g);
    from = end;
  }
  return width + plainWidth(text, from, text.length);
}

/** The longest prefix of `text` (whole graphemes) no wider than `width` columns, and its width. */
export function fitPrefix(text: string, width: number): { text: string; width: number } {
  if (oneColumnEach(text)) {
    const out = text.slice(0, Math.max(0, Math.floor(width)));
    return { text: out, width: out.length };
  }
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
  return `${text.slice(0, wholeEscapes(text, fitPrefix(text, room).text.length))}${ellipsis}`;
}

/**
 * `text`, wider than `width` columns, cut as truncateTo cuts it. Text of one-column code points (most titles) is cut by
 * counting units, where truncateTo would measure it three times more (issue #18: 230 ms of slippage --trend at 100,000
 * rows, whose titles are all cut to the flexible column).
 */
export function cutWider(text: string, width: number): string {
  if (width >= 1 && oneColumnEach(text)) return `${text.slice(0, wholeEscapes(text, Math.floor(width) - 1))}…`;
  return truncateTo(text, width);
}

/** `text` filled with spaces to `width` columns (left-aligned by default). */
export function padTo(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}
