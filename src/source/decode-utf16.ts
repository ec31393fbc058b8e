// UTF-16 bytes with a byte order mark → text, an odd byte count or the first lone surrogate as the `encoding` problem.
import { msg } from '../messages/index.js';
import type { DecodedText } from './decode.js';
import { FIX_THE_BYTES, placeOfOffset, wholeFile } from './encoding-problem.js';
import type { SyntaxProblem } from './parse.js';

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
    if (bad >= 0) {
      const { line, column } = placeOfOffset(text, bad);
      problem = { line, column, message: msg('encoding.utf16-surrogate', { encoding }), hint: FIX_THE_BYTES };
    }
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
