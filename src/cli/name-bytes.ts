// File names as bytes: whether they are UTF-8, and how a name that is not is shown (its bad bytes as \xNN).
import { isUtf8 } from 'node:buffer';
import { onFirstUse } from '../text/on-first-use.js';

/** Whether `bytes` are well-formed UTF-8 (Node's own validator, as decode.ts uses for file contents). */
export function isUtf8Bytes(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/**
 * A file name that is not UTF-8, shown as text: its valid UTF-8 characters as they are (`Møte`), printable ASCII too,
 * and every other byte (a byte of no valid sequence, an ASCII or C1 control, a format character such as U+202E) as
 * \xNN. SPEC §15: "shown under its name with the bad bytes escaped"; until 5 Dec 2026 every non-ASCII byte was, and
 * `M\xc3\xb8te \xe6.yaml` hid the ø that was right (tester round 19 #10).
 */
export function escapeNameBytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b >= 0x20 && b < 0x7f) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    const letter = shownLetter(bytes, i);
    if (letter !== undefined) {
      out += letter;
      i += utf8Length(bytes, i);
    } else {
      out += `\\x${b.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/** The character of the well-formed multi-byte sequence at `i` when a name may show it as it is, else undefined. */
function shownLetter(bytes: Uint8Array, i: number): string | undefined {
  const n = utf8Length(bytes, i);
  if (n < 2) return undefined;
  const char = new TextDecoder('utf-8').decode(bytes.subarray(i, i + n));
  return shownEscaped().test(char) ? undefined : char;
}

/**
 * Characters of a valid sequence still shown as their bytes: C1 controls, format characters (bidi, zero width) and the
 * line and paragraph separators, none of which a name is shown with (SPEC §15).
 */
const shownEscaped = onFirstUse(() => /^[\u0080-\u009f]|\p{Cf}|\p{Zl}|\p{Zp}/u);

/**
 * The length of the well-formed UTF-8 sequence of two to four bytes at `i`, or 0 when there is none: the length its
 * lead byte announces, the sequence judged by Node's validator (RFC 3629: no overlong form, no surrogate, nothing past
 * U+10FFFF), as isUtf8Bytes judges a whole name.
 */
function utf8Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  return n > 0 && i + n <= bytes.length && isUtf8Bytes(bytes.subarray(i, i + n)) ? n : 0;
}

/** Whether a name that is not UTF-8 shows valid multi-byte UTF-8 letters too (escapeNameBytes): converting all of it from Latin-1 would garble that. */
export function hasUtf8Letters(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80 && shownLetter(bytes, i) !== undefined) return true;
  return false;
}
