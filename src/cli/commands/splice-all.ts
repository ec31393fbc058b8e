// The bytes of a file edited in many places (snapshot: an entry per open milestone) from its bytes as read: only the
// inserted pieces are encoded. Encoding each whole new text again (100 MB for the rich 100,000-milestone workspace,
// two-byte text because of a dash in the titles) was a tenth of `snapshot` there, and its flat copy 200 MB (issue #18).
import { Buffer } from 'node:buffer';
import type { TextSplice } from '../../edit/text-edit.js';

/**
 * What `Buffer.from(bom + after, 'utf8')` gives, where `after` is `before` with every splice of `splices` applied
 * (sorted by start, none overlapping another) and `bytes` are the file's bytes: `bomBytes` bytes of byte order mark
 * (0 or 3), then `before` in UTF-8 exactly (the caller's promise: a UTF-8 file read without a decoding problem).
 * A splice's offsets are never inside a surrogate pair (they are where a value, a bracket or a line starts or ends).
 */
export function spliceAllBytes(bytes: Uint8Array, bomBytes: number, before: string, splices: readonly TextSplice[]): Buffer {
  const parts: Uint8Array[] = [];
  // The text offset reached and its byte offset in `bytes`.
  let at = 0;
  let byteAt = bomBytes;
  let copiedTo = 0;
  for (const s of splices) {
    if (s.start < at) throw new Error(`overlapping splices at offset ${s.start}`);
    const start = byteAt + Buffer.byteLength(before.slice(at, s.start), 'utf8');
    const end = start + Buffer.byteLength(before.slice(s.start, s.end), 'utf8');
    parts.push(bytes.subarray(copiedTo, start), Buffer.from(s.text, 'utf8'));
    copiedTo = end;
    at = s.end;
    byteAt = end;
  }
  parts.push(bytes.subarray(copiedTo));
  return Buffer.concat(parts);
}
