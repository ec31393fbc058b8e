// The first invalid UTF-8 sequence of a plan file (SPEC §15): where it lies, and whether the file looks like Windows-1252.
import { msg } from '../messages/index.js';
import { FIX_THE_BYTES, placeOfOffset, SAVE_AS_UTF8 } from './encoding-problem.js';
import type { SyntaxProblem } from './parse.js';

/** Where the first byte that is not part of a valid UTF-8 sequence lies. */
export function locateInvalidUtf8(body: Uint8Array): SyntaxProblem {
  const at = findInvalidUtf8(body);
  const valid = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body.subarray(0, at));
  const byte = body[at] ?? 0;
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  // Bytes A0–FF mean the same in Latin-1 and Windows-1252, the usual culprits on Norwegian machines.
  const latin1 = byte >= 0xa0 ? String.fromCharCode(byte) : null;
  const pos = placeOfOffset(valid, valid.length);
  return { line: pos.line, column: pos.column, message: msg('encoding.invalid-utf8', { byte: hex, line: pos.line, column: pos.characters, latin1 }), hint: looksLikeWindows1252(body, at) ? SAVE_AS_UTF8 : FIX_THE_BYTES };
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
