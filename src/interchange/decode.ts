// Bytes of a foreign file → text: UTF-16 when it starts with a UTF-16 byte order mark (Excel's "Unicode text", .NET's
// XML writers) or looks like UTF-16 without one, UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252 (P6's default code page).
import { Buffer, constants, isUtf8 } from 'node:buffer';
import { msg } from '../messages/index.js';
import { decodeUtf16 } from '../source/decode-utf16.js';
import { unmarkedUtf16, withUtf16Mark } from '../source/decode.js';
import { UnreadableInput } from './finding.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Byte n → U+00nn for every byte (WHATWG's "latin1" label, which Node decodes as ISO-8859-1). */
const LATIN1 = new TextDecoder('latin1');
const C1 = /[\x80-\x9f]/g;

/** Windows-1252's 0x80–0x9F (Node's decoder treats the label as Latin-1 and leaves these as C1 controls); undefined bytes stay U+0080… */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
}

/** The UTF-16 form a byte order mark names, if the bytes start with one (FF FE: little-endian, FE FF: big-endian). */
function utf16Of(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return undefined;
}

/**
 * UTF-16 without a byte order mark (every other byte of its ASCII zero: source/decode.ts unmarkedUtf16), as some
 * exporters write it, with the mark put before it for decodeUtf16. Read as plan files are read (tester round 99 F9: a
 * CSV so written was refused as "not a CSV text file (it holds NUL bytes)", which said neither what it was nor what to do).
 */
function markUnmarkedUtf16(bytes: Uint8Array): { bytes: Uint8Array; encoding: 'UTF-16LE' | 'UTF-16BE' } | undefined {
  const encoding = unmarkedUtf16(bytes);
  return encoding === undefined ? undefined : { bytes: withUtf16Mark(bytes, encoding), encoding };
}

/**
 * The text of a foreign file (the BOM dropped) and the encoding it was read in. UTF-16 is read as plan files are
 * (source/decode-utf16.ts), and what that reading finds (an odd number of bytes, an unpaired surrogate) is thrown as
 * UnreadableInput.
 */
export function decodeText(given: Uint8Array): DecodedText {
  const unmarked = utf16Of(given) === undefined ? markUnmarkedUtf16(given) : undefined;
  const bytes = unmarked?.bytes ?? given;
  const utf16 = unmarked?.encoding ?? utf16Of(bytes);
  refuseUndecodable(bytes.byteLength, utf16 !== undefined);
  if (utf16 !== undefined) {
    const decoded = decodeUtf16(bytes, utf16);
    if (decoded.problem !== undefined) throw new UnreadableInput(decoded.problem.message);
    return { text: decoded.text, encoding: utf16 === 'UTF-16LE' ? 'utf-16le' : 'utf-16be' };
  }
  try {
    return { text: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Latin-1 in native code, then 0x80–0x9F remapped: a character at a time in JavaScript took 0.5 s for P6's 3 MB
    // sample file.
    const text = LATIN1.decode(bytes).replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
    return { text, encoding: 'windows-1252' };
  }
}

/**
 * The largest CSV or XER file, or MS Project XML outside the common shape (read by saxes into a tree), that import
 * reads: their rows or elements become objects of some twenty bytes of memory a byte of file (tester round 86: a 250
 * MB CSV peaked at 4.65 GB, and one of 500 MB ran out of V8's heap, exit 134). 64 MB is some 600,000 rows.
 */
export const MAX_TABLE_IMPORT_BYTES = 64 * 1024 * 1024;

/**
 * `bytes` in whole MB (2^20 bytes), rounded up: a size told as too large is never shown as the limit itself (tester
 * round 86 F9: "1024 MB, more than 1024 MB").
 */
export function megabytesUp(bytes: number): number {
  return Math.ceil(bytes / 1048576);
}

/** Throws UnreadableInput when `bytes` are more than MAX_TABLE_IMPORT_BYTES. */
export function refuseLargeTable(bytes: number): void {
  if (bytes > MAX_TABLE_IMPORT_BYTES) throw new UnreadableInput(msg('import.unreadable.table-too-large', { megabytes: megabytesUp(bytes), limit: MAX_TABLE_IMPORT_BYTES / 1048576 }));
}

/**
 * The most bytes of UTF-16 Node 20's decoder decodes (its BOM included): from 2^28 on it throws a TypeError.
 * Measured (tester round 86 F4: a 300 MB UTF-16 MS Project file was an "internal error", exit 3).
 */
const UTF16_MAX_BYTES = 2 ** 28;

/**
 * Throws UnreadableInput when `bytes` bytes (UTF-16 when `isUtf16`, else UTF-8 or Windows-1252) may not be decoded into
 * one string: Node's Latin-1 decoder aborts the process with a native stack trace at V8's longest string
 * (buffer.constants.MAX_STRING_LENGTH, one byte a unit) rather than throw (tester round 85: a 1 GB MS Project file that
 * was not UTF-8, exit 134; round 86 F5: at exactly that length too), and its UTF-16 decoder throws from 2^28 bytes on.
 */
function refuseUndecodable(bytes: number, isUtf16: boolean): void {
  const max = isUtf16 ? UTF16_MAX_BYTES : constants.MAX_STRING_LENGTH - 1;
  if (bytes > max) throw new UnreadableInput(msg('import.unreadable.text-too-large', { megabytes: megabytesUp(bytes), limit: Math.floor(max / 1048576) }));
}

/**
 * The file as UTF-8 bytes, as decodeText reads it: the bytes themselves when they are UTF-8 (its byte order mark
 * dropped), else decodeText's text encoded. A 177 MB file is then never a 354 MB string (issue #18).
 */
export function decodeUtf8Bytes(bytes: Uint8Array): { readonly bytes: Uint8Array; readonly encoding: DecodedText['encoding'] } {
  if (utf16Of(bytes) === undefined && unmarkedUtf16(bytes) === undefined && isUtf8(bytes)) {
    return { bytes: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes, encoding: 'utf-8' };
  }
  const decoded = decodeText(bytes);
  return { bytes: Buffer.from(decoded.text, 'utf8'), encoding: decoded.encoding };
}

/** The first characters of a file, for recognising its format: UTF-16 by its byte order mark or its zero bytes, else byte by byte. */
export function decodeHead(bytes: Uint8Array, length = 64): string {
  const utf16 = utf16Of(bytes);
  if (utf16 !== undefined) return decodeUtf16(bytes.subarray(0, 2 * length), utf16).text;
  const unmarked = markUnmarkedUtf16(bytes.subarray(0, 2 * length));
  if (unmarked !== undefined) return decodeUtf16(unmarked.bytes, unmarked.encoding).text;
  return LATIN1.decode(bytes.subarray(0, length)).replace(/^\u00EF\u00BB\u00BF/, '');
}
