// Plan file bytes → text (SPEC §15): UTF-8 (BOM optional), UTF-16 with a BOM; anything else is an `encoding` finding.
import { Buffer, isAscii, isUtf8 } from 'node:buffer';
import { msg } from '../messages/index.js';
import { decodeUtf16 } from './decode-utf16.js';
import { wholeFile } from './encoding-problem.js';
import { locateInvalidUtf8 } from './invalid-utf8.js';
import type { SyntaxProblem } from './parse.js';

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

export interface DecodedText {
  /** The text without its byte order mark; invalid bytes read as U+FFFD so the other rules can still run. */
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** True when the bytes started with a byte order mark. */
  readonly hasBom: boolean;
  /** Why the bytes are not a faithful text (rule `encoding`); undefined when they are. */
  readonly problem: SyntaxProblem | undefined;
}

/**
 * Decodes a plan file. UTF-8 is what milepel reads and writes; a UTF-16 file with a byte order
 * mark is decoded (and named, so editing commands can refuse to rewrite it); UTF-32 is refused
 * by name. The position of the first invalid byte is 1-based, its column counted in characters
 * (code points) before it on its line, as SPEC §15 asks.
 */
export function decodePlanBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    // Still read, so that its other findings are its own (not "file is empty"); editing commands refuse it (problem).
    const problem = { ...wholeFile(msg('encoding.utf32', {})), hint: msg('encoding.hint', { from: 'utf-32' }) };
    return { text: decodeUtf32(bytes.subarray(4), bytes[0] === 0xff), encoding: 'UTF-8', hasBom: true, problem };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return markedUtf16(decodeUtf16(bytes, 'UTF-16LE'));
  if (startsWith(bytes, [0xfe, 0xff])) return markedUtf16(decodeUtf16(bytes, 'UTF-16BE'));
  const unmarked = unmarkedUtf16(bytes);
  if (unmarked !== undefined) {
    // Read as what it is, so that its other findings are its own (not "binary": a tester's finding); refused by editing.
    const decoded = decodeUtf16(withUtf16Mark(bytes, unmarked), unmarked);
    const problem = { ...wholeFile(msg('encoding.utf16-unmarked', { encoding: unmarked })), hint: msg('encoding.hint', { from: unmarked === 'UTF-16LE' ? 'utf-16le' : 'utf-16be' }) };
    return { ...decoded, hasBom: false, problem: decoded.problem ?? problem };
  }
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (isUtf8(body)) return { text: decodeValidUtf8(body), encoding: 'UTF-8', hasBom, problem: undefined };
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
  return { text, encoding: 'UTF-8', hasBom, problem: locateInvalidUtf8(body) };
}

/**
 * A plan file in UTF-16 with a byte order mark: read, so that its other findings are its own, but not valid UTF-8, so
 * an `encoding` error at 1:1 (SPEC §15: "a file that is not valid UTF-8 gets the rule `encoding`"). It passed
 * validate before, and `set` and `snapshot` then refused to edit it (a tester's finding). A broken UTF-16 file keeps
 * the finding at its bad unit. (Import reads UTF-16 MS Project XML and CSV through decodeUtf16 itself: no finding.)
 */
function markedUtf16(decoded: DecodedText): DecodedText {
  const from = decoded.encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be';
  const hint = msg('encoding.hint', { from });
  // A broken one (an odd byte, a lone surrogate) keeps its place, with the same hint: the whole file is to become
  // UTF-8. The hint for a stray byte in UTF-8 said converting would garble it (a second tester round).
  if (decoded.problem !== undefined) return { ...decoded, problem: { ...decoded.problem, hint } };
  return { ...decoded, problem: { ...wholeFile(msg('encoding.utf16', { encoding: decoded.encoding })), hint } };
}

/**
 * Valid UTF-8 (checked by isUtf8) → text, the same as TextDecoder gives (a BOM after the first stays U+FEFF), faster:
 * ASCII bytes are their own Latin-1 text; other bytes go through V8's UTF-8 decoder (Buffer's utf8 toString), which
 * makes a one-byte string when every character fits Latin-1 (Norwegian plans: æ, ø, å, é), so the parse, every id and
 * title cut from it, and the reports built from them stay one byte per character (measured on 1 Dec 2026, a
 * 100,000-milestone workspace with an `æ` in every title: validate's peak RSS 323 → 278 MB against two-byte text).
 * Measured on 7 Dec 2026, a 3 MB plan file: 22 ms with an em dash in every title (two-byte text), 14 ms with an `æ`,
 * against 35 and 27 ms through Node's transcoder (to UTF-16, or to Latin-1 and back as a check) and 22 ms with
 * TextDecoder (always two-byte).
 */
function decodeValidUtf8(body: Uint8Array): string {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return isAscii(buffer) ? buffer.toString('latin1') : buffer.toString('utf8');
}

/**
 * UTF-32 code units (after the byte order mark) → text; a unit that is no Unicode scalar value, and trailing bytes
 * short of a unit, read as U+FFFD. Through a UTF-16 buffer: no spread of a long array into a call.
 */
function decodeUtf32(body: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const count = body.length >> 2;
  const units = new Uint16Array(2 * count + 1);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const c = view.getUint32(4 * i, littleEndian);
    if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) units[n++] = 0xfffd;
    else if (c < 0x10000) units[n++] = c;
    else {
      units[n++] = 0xd800 + ((c - 0x10000) >> 10);
      units[n++] = 0xdc00 + ((c - 0x10000) & 0x3ff);
    }
  }
  if (body.length % 4 !== 0) units[n++] = 0xfffd;
  return new TextDecoder('utf-16le').decode(units.subarray(0, n));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** `bytes`, UTF-16 without a byte order mark, with the mark of `encoding` put before them, as decodeUtf16 reads them. */
export function withUtf16Mark(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): Uint8Array {
  const marked = new Uint8Array(bytes.length + 2);
  marked.set(encoding === 'UTF-16LE' ? [0xff, 0xfe] : [0xfe, 0xff]);
  marked.set(bytes, 2);
  return marked;
}

/**
 * UTF-16 without a byte order mark, as some exporters write it: among the first 4,096 bytes (an even number of them),
 * nine in ten of every other byte zero and almost none of the others — the high bytes of ASCII text, first (big-endian)
 * or second (little-endian); undefined for anything else. UTF-8 text never has a zero byte but for U+0000.
 */
export function unmarkedUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // A few zeros at the other place: a character whose low byte is zero (U+0100, half of an emoji's pair, DE00).
  if (evenZero >= pairs * 0.9 && oddZero <= pairs / 16) return 'UTF-16BE';
  if (oddZero >= pairs * 0.9 && evenZero <= pairs / 16) return 'UTF-16LE';
  return undefined;
}
