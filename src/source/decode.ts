// Plan file bytes → text (SPEC §15): UTF-8 (BOM optional), UTF-16 with a BOM; anything else is an `encoding` finding.
import { Buffer, isAscii, isUtf8, transcode } from 'node:buffer';
import { msg, type Message } from '../messages/index.js';
import type { SyntaxProblem } from './parse.js';
import { normalizeLoneCr } from './line-breaks.js';

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

/** How to save the file as UTF-8, from what it most likely is (iconv's `-f`): converting a UTF-8 file with one bad
 * sequence from Windows-1252 would garble every other non-ASCII character in it. */
const SAVE_AS_UTF8 = msg('encoding.hint', { from: 'windows-1252' });
const FIX_THE_BYTES = msg('encoding.hint', { from: null });

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
    const withBom = new Uint8Array(bytes.length + 2);
    withBom.set(unmarked === 'UTF-16LE' ? [0xff, 0xfe] : [0xfe, 0xff]);
    withBom.set(bytes, 2);
    const decoded = decodeUtf16(withBom, unmarked);
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
 * ASCII bytes are their own Latin-1 text; other bytes go through Node's native transcoder. Text whose characters all
 * fit Latin-1 (Norwegian plans: æ, ø, å, é) becomes a one-byte string, as V8 stores it most compactly: the
 * parse, every id and title cut from it, and the reports built from them then stay one byte per character instead of
 * two (measured on 1 Dec 2026, a 100,000-milestone workspace with an `æ` in every title: validate's peak RSS 323 →
 * 278 MB, 7 % fewer instructions). Other text is transcoded to UTF-16. Measured on the 15 MB of that workspace: 90 ms of CPU with
 * TextDecoder, 10–25 ms with transcode to UTF-16, 10–25 ms to Latin-1 and back (checked), 3 ms when the bytes are ASCII.
 */
function decodeValidUtf8(body: Uint8Array): string {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (isAscii(buffer)) return buffer.toString('latin1');
  try {
    const latin1 = mayBeLatin1(buffer) ? transcode(buffer, 'utf8', 'latin1').toString('latin1') : undefined;
    // The transcoder replaces (`?`) or drops (U+FEFF) what Latin-1 cannot hold: the text is exact only when it
    // encodes back to the same bytes (UTF-8 is one-to-one).
    if (latin1 !== undefined && Buffer.from(latin1, 'utf8').equals(buffer)) return latin1;
    return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    // A Node built without ICU has no transcoder.
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  }
}

/**
 * False when valid UTF-8 holds a character outside Latin-1 that is cheap to see: a lead byte 0xE2 (general
 * punctuation such as – — “ ” … • and €). Only a shortcut: encoding the result back decides.
 */
function mayBeLatin1(utf8: Buffer): boolean {
  return !utf8.includes(0xe2);
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

/** Bytes that start with a UTF-16 byte order mark → text; an odd byte count or a lone surrogate is the `problem`. */
export function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): DecodedText {
  const body = bytes.subarray(2);
  // TextDecoder knows utf-16le everywhere; big-endian input is byte-swapped into a copy first.
  const le = encoding === 'UTF-16LE' ? body : swapPairs(body);
  const text = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: true }).decode(le);
  let problem: SyntaxProblem | undefined;
  if (body.length % 2 === 1) problem = wholeFile(msg('encoding.utf16-odd', { encoding }));
  else {
    const bad = findLoneSurrogate(le);
    if (bad >= 0) problem = { ...positionOfOffset(text, bad), message: msg('encoding.utf16-surrogate', { encoding }), hint: FIX_THE_BYTES };
  }
  return { text, encoding, hasBom: true, problem };
}

function swapPairs(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length - (body.length % 2));
  for (let i = 0; i + 1 < body.length; i += 2) {
    out[i] = body[i + 1]!;
    out[i + 1] = body[i]!;
  }
  return out;
}

/**
 * The index of the first lone surrogate among the little-endian code units, or -1. Read from the bytes, not the
 * decoded text: the decoder writes each one as U+FFFD (one unit, so the index is the text's offset too), and a scan
 * of the text never found any.
 */
function findLoneSurrogate(le: Uint8Array): number {
  const units = le.length >> 1;
  const unit = (i: number): number => le[2 * i]! | (le[2 * i + 1]! << 8);
  for (let i = 0; i < units; i++) {
    const c = unit(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < units ? unit(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/** Where the first byte that is not part of a valid UTF-8 sequence lies. */
function locateInvalidUtf8(body: Uint8Array): SyntaxProblem {
  const at = findInvalidUtf8(body);
  const valid = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, at));
  const byte = body[at] ?? 0;
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  // Bytes A0–FF mean the same in Latin-1 and Windows-1252, the usual culprits on Norwegian machines.
  const latin1 = byte >= 0xa0 ? String.fromCharCode(byte) : null;
  const pos = positionOfOffset(valid, valid.length);
  return { ...pos, message: msg('encoding.invalid-utf8', { byte: hex, line: pos.line, column: pos.column, latin1 }), hint: looksLikeWindows1252(body, at) ? SAVE_AS_UTF8 : FIX_THE_BYTES };
}

/**
 * Whether the file is more likely Windows-1252/Latin-1 than UTF-8 with a bad sequence: no valid multi-byte UTF-8
 * character before the bad byte, and the bad byte a letter or sign of Latin-1 (A0–FF) that is not the start of a
 * longer sequence (`å` alone between ASCII, not C0 AF, an overlong `/`, or ED A0 80, a surrogate).
 */
function looksLikeWindows1252(body: Uint8Array, at: number): boolean {
  for (let i = 0; i < at; i++) if (body[i]! >= 0x80) return false;
  const byte = body[at]!;
  const next = body[at + 1];
  return byte >= 0xa0 && (next === undefined || next < 0x80 || next >= 0xc0);
}

/** Byte offset of the first invalid UTF-8 sequence (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). */
export function findInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c === 0xe0) [need, min] = [2, 0xa0];
    else if (c === 0xed) [need, min, max] = [2, 0x80, 0x9f];
    else if (c >= 0xe1 && c <= 0xef) [need, min] = [2, 0x80];
    else if (c === 0xf0) [need, min] = [3, 0x90];
    else if (c === 0xf4) [need, min, max] = [3, 0x80, 0x8f];
    else if (c >= 0xf1 && c <= 0xf3) [need, min] = [3, 0x80];
    else return i;
    const second = b[i + 1];
    if (second === undefined || second < min || second > max) return i;
    for (let k = 2; k <= need; k++) {
      const next = b[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return b.length;
}

/** 1-based line and column of a UTF-16 offset, the column counted in code points; CR LF, CR and LF end a line. */
function positionOfOffset(raw: string, offset: number): { line: number; column: number } {
  const text = normalizeLoneCr(raw);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) line++;
  let column = 1;
  for (let i = lineStart; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > lineStart && isHigh(text.charCodeAt(i - 1)))) column++;
  }
  return { line, column };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function wholeFile(message: Message): SyntaxProblem {
  return { line: 1, column: 1, message, hint: FIX_THE_BYTES };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 without a byte order mark, as some exporters write it: among the first 4,096 bytes (an even number of them),
 * every other byte zero and the others not — the high bytes of ASCII text, first (big-endian) or second
 * (little-endian); undefined for anything else. UTF-8 text never has a zero byte but for U+0000.
 */
function unmarkedUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (evenZero >= pairs * 0.9 && oddZero === 0) return 'UTF-16BE';
  if (oddZero >= pairs * 0.9 && evenZero === 0) return 'UTF-16LE';
  return undefined;
}
