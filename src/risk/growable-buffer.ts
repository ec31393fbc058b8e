// The buffers the risk tally's pools live in (histogram-pool.ts, sparse-segments.ts): resizable, so that a pool grows
// in place, adding pages, where a copy held the old pool and one half as large again at once (issue #18: `risk` on
// 100,000 milestones, ~1.5 GB). Node 20 has them, and moves them between threads as they are.

/** The largest maxByteLength V8 takes on Node 20: 4 GiB. */
const RESIZABLE_MAX = 2 ** 32;

/** A zeroed buffer of `bytes`, resizable up to RESIZABLE_MAX; a plain one past it. */
export function growableBuffer(bytes: number): ArrayBuffer {
  return bytes <= RESIZABLE_MAX ? new ArrayBuffer(bytes, { maxByteLength: RESIZABLE_MAX }) : new ArrayBuffer(bytes);
}

/**
 * Grows `buffer` in place to at least `bytes` (the new bytes zero) and says so; false when it is not a resizable
 * buffer that can grow so far (the caller copies into a growableBuffer).
 */
export function growInPlace(buffer: ArrayBufferLike, bytes: number): boolean {
  if (!(buffer instanceof ArrayBuffer) || !buffer.resizable || bytes > buffer.maxByteLength) return false;
  if (buffer.byteLength < bytes) buffer.resize(bytes);
  return true;
}
