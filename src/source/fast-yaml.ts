// A fast parser for the plain subset of YAML that plan files use (block mappings and sequences, scalars — quoted ones
// and plain ones folded over several lines too, and literal and folded block scalars, as YAML writers write long
// texts — on their key's line or below it, flow collections, over several lines too, so JSON, comments). Anything else — anchors, tags, tabs, syntax
// errors — returns undefined and the file goes through the full yaml parser, which then reports it.
//
// Why it exists: scale and startup. Measured with bench/parsers.mjs on 30 Nov 2026 (CPU time, Node 20, the shared
// 2-core machine under load): the shipped plans/ parse in 11.8 ms on this path against 92.3 ms in the yaml library
// (7.8 ×); a generated 100,000-milestone workspace (15 MB, bench/generate.mjs) in 3.5 s against 25.6 s (7.3 ×). The
// yaml library also needs about 50 bytes of memory per byte of YAML (full-parse.ts refuses files over 16 MB for that
// reason); this path reads a 50 MB plan (test/validate/large-file.test.ts). For startup, the analysis entry point
// (src/analyze-texts.ts) loads the library (614 kB bundled, against 12 kB for this path) only when a file needs it.
//
// How it reads (1 Dec 2026, issue #18): one Reader object for the whole text, its significant lines found as the parse
// goes; plain values scanned with indexOf; entries gathered on shared stacks (positions.ts, Cursor.items) instead of an
// array per container; short scalars shared through an integer hash table (string-table.ts). On the 100,000-milestone
// workspace (bench/work/network-100000, the 2-core machine shared with two other jobs; CPU ms, min of 7 warm runs /
// first run in a fresh process): 945 / 1,290 before, 700 / 950 after.
//
// Its contract is parity: for every file it accepts, the data, the positions and the findings equal the full parser's;
// everything else it declines (test/source/fast-yaml-contract.test.ts; test/validate/fixtures.test.ts runs every
// fixture through the full parser).
//
// The block structure (mappings, sequences, the node below a key) is read by fast-block.ts, a plain scalar over
// several lines by fast-plain-fold.ts.
import { Reader } from './fast-reader.js';
import { atLineEnd, BAIL, parseInline } from './fast-scalar.js';
import { isFlowStart, parseBlock } from './fast-block.js';
import { parseJson } from './fast-json.js';
import { Latin1Shadow } from './latin1-shadow.js';
import type { Positions } from './positions.js';

export interface FastParse {
  readonly data: unknown;
  /** Offsets of each container's children (see Positions). */
  readonly positions: Positions;
  /** Offset of the root node. */
  readonly root: number;
  /** The root node's record in `positions`. */
  readonly rootRecord: number;
  /**
   * Whether strings of `data` are views into the text (source/latin1-shadow.ts `viewed`): letting go of the text
   * then frees nothing while they live, and a two-byte text's bytes kept beside it would cost their size again.
   */
  readonly viewsText?: boolean;
}

// Characters the fast path leaves to the full parser: tabs, other C0/C1 controls, NEL, LS/PS, BOM; and a stray CR.
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
// UNUSUAL's characters up to U+00FF, for a one-byte shadow (where the wider ones are '?').
// eslint-disable-next-line no-control-regex
const UNUSUAL_NARROW = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
const LONE_CR = /\r(?!\n)/;
// UNUSUAL's characters that a text JSON.parse accepted can hold: JSON allows no raw C0 control but tab, LF and CR
// between tokens, and a byte order mark is no JSON whitespace; C1 controls, LS, PS and U+FEFF may stand in strings.
const UNUSUAL_IN_JSON = /[\t\x7f-\x9f\u2028\u2029\ufeff]/;

export function parseFast(text: string): FastParse | undefined {
  return text.includes('\r') && LONE_CR.test(text) ? undefined : parseFastNormalized(text);
}

/**
 * parseFast for a text without a lone CR, as source/line-breaks.ts's normalizeLoneCr leaves it: parse.ts looks for
 * one there, and a second look here read each CR LF file whole again.
 */
export function parseFastNormalized(text: string): FastParse | undefined {
  // A JSON text first: JSON.parse has then ruled out most of UNUSUAL's characters, and the one-byte shadow that the
  // look for the others needed (two copies of a 10 MB text and a scan of each; issue #18) is not made for it.
  const json = parseJson(text);
  if (json !== undefined) return UNUSUAL_IN_JSON.test(text) ? undefined : json;
  const shadow = Latin1Shadow.of(text);
  if (shadow === undefined ? UNUSUAL.test(text) : hasUnusual(shadow)) return undefined;
  const r = new Reader(text, shadow ?? Latin1Shadow.identity(text));
  r.advance();
  if (r.eof) return undefined;
  // The root may be indented (YAML's root is below indentation -1): `set` reads a milestone's lines alone this way,
  // `  - id: A` and the lines below it (src/edit/patched-source.ts; 20,000 history entries cost 0.6 s in the yaml
  // library). A line that is then less indented than the root is no part of it: the parse stops short and declines.
  const root = r.content;
  const data = isFlowStart(text.charCodeAt(root)) ? parseFlowRoot(r, root) : parseBlock(r, root - r.start, root, 0);
  if (data === BAIL || !r.eof || r.declined) return undefined;
  const { positions } = r;
  const rootRecord = positions.childOf(data);
  positions.finish(r.strings.values);
  r.strings.release();
  return { data, positions, root, rootRecord, viewsText: shadow?.viewed === true };
}

/**
 * UNUSUAL.test of a text that has a one-byte shadow: its narrow characters in the shadow, the three wider ones in the
 * text itself (each found by memchr of a byte of it). The expression over the text's two-byte units cost 16
 * instructions a character, 2.5 % of validate's on prog-100000.
 */
function hasUnusual(shadow: Latin1Shadow): boolean {
  const text = shadow.source;
  return UNUSUAL_NARROW.test(shadow.text) || text.includes('\u2028') || text.includes('\u2029') || text.includes('\ufeff');
}

/**
 * A document that is one flow collection, as JSON is (a `.yaml` file written by a JSON writer); its lines may have any
 * indentation (-1: the root's). BAIL when anything but comments follows it: a flow collection as a block mapping's
 * key (`{a: 1}: b`), a second node.
 */
function parseFlowRoot(r: Reader, root: number): unknown {
  r.pos = root;
  r.blockIndent = -1;
  const data = parseInline(r, false);
  if (data === BAIL || !atLineEnd(r)) return BAIL;
  r.advance();
  return data;
}
