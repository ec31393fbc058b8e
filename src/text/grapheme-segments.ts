// Grapheme clusters for width.ts (UAX #29): the units that may join one, boundaries certain from two units, and Intl.Segmenter on the rest.

/**
 * Code points that may join a grapheme cluster with their neighbours (marks, ZWJ, variation selectors, emoji
 * modifiers and tags, regional indicators, keycaps, Hangul jamo, prepended concatenation marks, CR, the halfwidth
 * katakana voicing marks (letters Unicode counts Extend: a run of them is one cluster), and the
 * letters Unicode's Grapheme_Cluster_Break gives Prepend or SpacingMark: Malayalam dot reph, Thai and Lao
 * sara am, and Prepend letters of Sharada, Dives Akuru, Zanabazar Square, Soyombo, Masaram Gondi and Kawi): text
 * with none of them has one grapheme per code point (UAX #29). Made on the first test: parsing \p{M} and \p{Cf} builds
 * ICU's sets of them, 1.6 M instructions (of 200 M) of every `validate` that loaded this module, where text in the
 * blocks of ONE_COLUMN_EACH never asks (issue #18).
 */
let joining: RegExp | undefined;

/** The first code unit at or after `from` that may join a grapheme cluster (see `joining`), or -1. */
export function nextJoining(text: string, from: number): number {
  joining ??= /\p{M}|\p{Cf}|\u0d4e|\u0e33|\u0eb3|[\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}]|\u200d|[\ufe00-\ufe0f]|[\uff9e\uff9f]|\u20e3|[\u1100-\u11ff]|[\ua960-\ua97f]|[\ud7b0-\ud7ff]|\r|[\u{1f1e6}-\u{1f1ff}]|[\u{1f3fb}-\u{1f3ff}]|[\u{e0000}-\u{e0fff}]/gu;
  joining.lastIndex = from;
  return joining.exec(text)?.index ?? -1;
}

/**
 * Around the joining character at `at`, the stretch of `text` that must go to the segmenter: from the last boundary
 * UAX #29 always has (isCertainBoundary) at or after `from` before it, to the first such boundary after it, or the ends. Outside such stretches a text has one grapheme per code point (issue #18:
 * a title ending in ⚠️ was segmented whole, 860 ms of critical-path's text report on 100,000 such titles).
 */
export function joinedStretch(text: string, from: number, at: number): { start: number; end: number } {
  let start = at;
  while (start > from && !(start < at && isCertainBoundary(text, start))) start--;
  let end = at + 1;
  while (end < text.length && !isCertainBoundary(text, end)) end++;
  return { start, end };
}

/**
 * Whether UAX #29 puts a grapheme boundary between text[i - 1] and text[i] whatever comes before or after them (0 < i <
 * text.length), by rules that read only those two units: both units in plainClass's ranges (GB999: neither is Extend,
 * ZWJ, SpacingMark, Prepend, a regional indicator, Hangul or an Indic consonant), a control on either side (GB4, GB5:
 * U+00AD and U+200B are controls; not CR before LF, GB3), or a space after a unit that is no Prepend (GB999: a space is
 * no Extend; the Prepend of the BMP listed). Segmenting stops at such a boundary (segments, joinedStretch). Until 5
 * Dec 2026 only two printable ASCII characters counted: a title of 80,000 units alternating `a` and U+00AD had none,
 * was segmented whole, and gantt took 8 s; a title in Devanagari with spaces, 41 s (tester round 24).
 */
function isCertainBoundary(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  if (isControl(before) || isControl(after)) return !(before === 0x0d && after === 0x0a);
  if (after === 0x20) return !isPrepend(before) && !(before >= 0xdc00 && before <= 0xdfff);
  return isPlainClass(before) && isPlainClass(after);
}

/** A unit of Grapheme_Cluster_Break Control, CR or LF: C0, DEL and C1, U+00AD, U+200B, U+2028, U+2029 (UAX #29 GB4, GB5). */
function isControl(unit: number): boolean {
  return unit < 0x20 || (unit >= 0x7f && unit <= 0x9f) || unit === 0xad || unit === 0x200b || unit === 0x2028 || unit === 0x2029;
}

/** The Prepend characters of the BMP (Unicode 15: U+0600–0605, U+06DD, U+070F, U+0890–0891, U+08E2, U+0D4E). */
function isPrepend(unit: number): boolean {
  return (unit >= 0x600 && unit <= 0x605) || unit === 0x6dd || unit === 0x70f || unit === 0x890 || unit === 0x891 || unit === 0x8e2 || unit === 0xd4e;
}

/**
 * Units of Grapheme_Cluster_Break Other that no rule but GB999 joins to a neighbour: printable ASCII and Latin-1
 * (not U+00AD), Latin Extended A and B, Greek and Coptic letters, Cyrillic letters (not its combining marks), general
 * punctuation, hiragana and katakana letters (not the voicing marks) and the CJK unified ideographs.
 */
function isPlainClass(unit: number): boolean {
  return (unit >= 0x20 && unit <= 0x7e) || (unit >= 0xa0 && unit <= 0x24f && unit !== 0xad) || (unit >= 0x370 && unit <= 0x3ff) ||
    (unit >= 0x400 && unit <= 0x482) || (unit >= 0x48a && unit <= 0x52f) || (unit >= 0x2010 && unit <= 0x2027) || (unit >= 0x2030 && unit <= 0x205e) ||
    (unit >= 0x3041 && unit <= 0x3096) || (unit >= 0x30a1 && unit <= 0x30fa) || (unit >= 0x4e00 && unit <= 0x9fff);
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Texts longer than this are segmented in pieces: V8's grapheme segmenter takes time in proportion to the whole text
 * for each segment it hands out (20,000 segments of a 176 KB line: 7.4 s; of a 4 KB piece, each ~6 µs), so a long
 * line of minified JSON with non-Latin titles made a validate run take minutes (a tester's finding, issue #18).
 */
const SEGMENT_PIECE = 256;

/**
 * The grapheme clusters of `text` (UAX #29, as Intl.Segmenter finds them). A long text is cut into pieces of about
 * SEGMENT_PIECE units at a boundary UAX #29 always has (isCertainBoundary), so the clusters are the same.
 */
export function* segments(text: string): Generator<string> {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let from = 0;
  while (text.length - from > SEGMENT_PIECE) {
    let cut = from + SEGMENT_PIECE;
    while (cut < text.length && !isCertainBoundary(text, cut)) cut++;
    if (cut >= text.length) break;
    for (const s of segmenter.segment(text.slice(from, cut))) yield s.segment;
    from = cut;
  }
  for (const s of segmenter.segment(from === 0 ? text : text.slice(from))) yield s.segment;
}
