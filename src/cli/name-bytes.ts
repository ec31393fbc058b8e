// File names as bytes: whether they are UTF-8, and how a name that is not is shown (its non-ASCII bytes as \xNN).

export function isUtf8Bytes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A file name that is not UTF-8, shown with its non-ASCII and control bytes as \xNN. */
export function escapeNameBytes(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  return out;
}
