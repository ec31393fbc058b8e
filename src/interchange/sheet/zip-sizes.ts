// The unpacked sizes of an xlsx workbook's parts, checked before exceljs inflates them: a zip of 2 MB can hold a part
// of 2 GB (a decompression bomb), which exceljs inflated whole, 2 GB of memory and 15 s before the refusal, or V8's
// out-of-memory abort under a limit (a tester's finding). The refusal is made as YAML alias bombs are, up front.
// Two passes: the sizes the central directory declares (an honest bomb is refused without inflating anything), then
// every deflate stream that follows a local file header anywhere in the file, inflated here with the limits as its
// bound. The second does not depend on how the directory is written: JSZip, inside exceljs, follows zips this reader
// would not (bytes before or after the zip, zip64 switched on by any field, an entry count of 0; a tester's second
// round), but whatever it inflates starts after a local header.
import { createInflateRaw } from 'node:zlib';

/** The most one part may unpack to: exceljs holds a part as one string, and its XML model several times that. */
export const XLSX_PART_LIMIT = 256 * 1024 * 1024;
/** The most all parts may unpack to together. */
export const XLSX_TOTAL_LIMIT = 512 * 1024 * 1024;

/**
 * Why a workbook is too large to read: a part that unpacks to more than the part limit (its name as the zip has it,
 * its size as declared), all parts together over the total limit, or a part that inflates beyond the size it declares.
 */
export type OversizedWorkbook =
  | { readonly kind: 'part'; readonly part: string; readonly bytes: number; readonly atLeast: boolean }
  | { readonly kind: 'total'; readonly bytes: number; readonly atLeast: boolean }
  | { readonly kind: 'mislabelled'; readonly part: string; readonly declared: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX32 = 0xffffffff;
/** A local file header's signature (`PK\x03\x04`, APPNOTE §4.3.7): a part's data follows each. */
const LOCAL_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * The part of the zip `bytes` that unpacks to more than `partLimit` bytes, or the total when all parts together unpack
 * to more than `totalLimit`, or a part that unpacks to more than its central directory entry declares; undefined when
 * every part is within them, or `bytes` holds no part this check can inflate (exceljs then says what is wrong with
 * it). First the sizes the central directory declares (PKWARE APPNOTE 6.3 §4.3.12, zip64 §4.3.14 and §4.5.3), then
 * each deflate stream after a local file header signature (§4.3.7), inflated with the rest of the limit as its bound
 * (counted as it streams, never held: a hidden 256 MB part took 320 MB when inflated whole): a part found that way is
 * `atLeast` the bytes given. Never rejects.
 */
export async function findOversizedPart(bytes: Uint8Array, partLimit = XLSX_PART_LIMIT, totalLimit = XLSX_TOTAL_LIMIT): Promise<OversizedWorkbook | undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declared = declaredSizes(view, bytes);
  let total = 0;
  for (const entry of declared.values()) {
    if (entry.size > partLimit) return { kind: 'part', part: entry.name, bytes: entry.size, atLeast: false };
    total += entry.size;
    if (total > totalLimit) return { kind: 'total', bytes: total, atLeast: false };
  }
  let inflated = 0;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buffer.indexOf(LOCAL_SIGNATURE); at >= 0; at = buffer.indexOf(LOCAL_SIGNATURE, at + 4)) {
    if (at + 30 > view.byteLength) break;
    const nameLength = view.getUint16(at + 26, true);
    const start = at + 30 + nameLength + view.getUint16(at + 28, true);
    if (start > view.byteLength) continue;
    const bound = Math.min(partLimit, totalLimit - inflated);
    const size = await inflatedSize(bytes.subarray(start), bound);
    const name = (): string => declared.get(at)?.name ?? new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
    if (size > bound) return bound === partLimit ? { kind: 'part', part: name(), bytes: size, atLeast: true } : { kind: 'total', bytes: inflated + size, atLeast: true };
    const entry = declared.get(at);
    if (entry !== undefined && size > entry.size) return { kind: 'mislabelled', part: entry.name, declared: entry.size };
    inflated += size;
  }
  return undefined;
}

/** zlib's output pieces: each a round trip to its thread, so larger than its 16 KB default (256 MB in 256 of them). */
const INFLATE_CHUNK = 1 << 20;

/**
 * The bytes a raw deflate stream at the start of `data` inflates to, or `bound + 1` when more (it is stopped there);
 * 0 when it is not one (zlib fails on it, as exceljs's reader would). The output is counted piece by piece and let go.
 */
function inflatedSize(data: Uint8Array, bound: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK });
    let size = 0;
    let settled = false;
    const settle = (result: number): void => {
      if (settled) return;
      settled = true;
      inflate.destroy();
      resolve(result);
    };
    inflate.on('data', (piece: Buffer) => {
      size += piece.length;
      if (size > bound) settle(bound + 1);
    });
    inflate.on('end', () => settle(size));
    inflate.on('error', () => settle(0));
    inflate.end(data);
  });
}


/**
 * The parts the central directory lists with the unpacked size it declares, by the offset of their local header;
 * empty when the directory cannot be read this way, and without a part whose size is unknown (0xFFFFFFFF and no
 * zip64 field: a damaged entry, which the inflating pass measures instead).
 */
function declaredSizes(view: DataView, bytes: Uint8Array): Map<number, { name: string; size: number }> {
  const sizes = new Map<number, { name: string; size: number }>();
  for (const entry of centralEntries(view, bytes)) sizes.set(entry.local, { name: entry.name, size: entry.size });
  return sizes;
}

/** A part as the central directory lists it: its name, unpacked and packed sizes, method and local header's offset. */
export interface ZipEntry {
  readonly name: string;
  readonly size: number;
  /** NaN when a damaged zip64 entry does not say. */
  readonly compressed: number;
  /** 0 stored, 8 deflated (APPNOTE §4.4.5). */
  readonly method: number;
  readonly local: number;
}

/**
 * The parts the central directory of zip `bytes` lists (PKWARE APPNOTE 6.3 §4.3.12, zip64 §4.3.14 and §4.5.3), in its
 * order; none when it cannot be read this way, and without a part whose unpacked size or offset is unknown
 * (0xFFFFFFFF and no zip64 field: a damaged entry).
 */
export function centralEntries(view: DataView, bytes: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const directory = centralDirectory(view);
  if (directory === undefined) return entries;
  let p = directory.offset;
  for (let k = 0; k < directory.entries; k++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL) break;
    const method = view.getUint16(p + 10, true);
    let compressed = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let local = view.getUint32(p + 42, true);
    const nameAt = p + 46;
    if (nameAt + nameLength + extraLength > view.byteLength) break;
    const name = new TextDecoder().decode(bytes.subarray(nameAt, nameAt + nameLength));
    // The zip64 extra field holds, in this order, each of the three that is 0xFFFFFFFF above (APPNOTE §4.5.3).
    if (size === MAX32 || compressed === MAX32 || local === MAX32) {
      const zip64 = zip64Extra(view, nameAt + nameLength, extraLength);
      let at = zip64?.at ?? -1;
      const next = (): number => {
        if (at < 0 || at + 8 > zip64!.end) return NaN;
        const value = Number(view.getBigUint64(at, true));
        at += 8;
        return value;
      };
      if (size === MAX32) size = next();
      if (compressed === MAX32) compressed = next();
      if (local === MAX32) local = next();
    }
    if (Number.isFinite(size) && Number.isFinite(local)) entries.push({ name, size, compressed, method, local });
    p = nameAt + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where the central directory starts and how many entries it has, from the end of central directory record (zip64's when it says so). */
function centralDirectory(view: DataView): { offset: number; entries: number } | undefined {
  // The record is 22 bytes and ends the file, but for a comment of at most 65,535 bytes.
  const last = view.byteLength - 22;
  let eocd = -1;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (entries !== 0xffff && offset !== MAX32) return { offset, entries };
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return undefined;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return undefined;
  return { entries: Number(view.getBigUint64(record + 32, true)), offset: Number(view.getBigUint64(record + 48, true)) };
}

/** The data of the zip64 extended information extra field (header id 0x0001) among `length` bytes at `from`. */
function zip64Extra(view: DataView, from: number, length: number): { at: number; end: number } | undefined {
  for (let at = from; at + 4 <= from + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) return { at: at + 4, end: Math.min(at + 4 + size, from + length) };
    at += 4 + size;
  }
  return undefined;
}
