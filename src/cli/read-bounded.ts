// Reads a regular file without ever blocking on a FIFO or device and without reading past a byte limit.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * At most `maxBytes + 1` bytes of `path` (one more than allowed tells the caller it is too large).
 * The file is opened with O_NONBLOCK, so opening a FIFO without a writer returns at once, and then
 * refused unless fstat says it is a regular file: `/dev/zero`, pipes and sockets throw ENOTREG.
 */
export function readBytesBounded(path: string | Buffer, maxBytes: number): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error(`${String(path)}: not a regular file`), { code: 'ENOTREG' });
    const limit = Math.min(maxBytes + 1, Math.max(stat.size, 0) + 1);
    let buffer = Buffer.allocUnsafe(Math.max(limit, 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) break;
        // The file grew after fstat: keep reading, but never beyond the limit.
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
