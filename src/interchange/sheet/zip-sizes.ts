// The unpacked sizes of an xlsx workbook's parts, checked before exceljs inflates them: a zip of 2 MB can hold a part
// of 2 GB (a decompression bomb), which exceljs inflated whole, 2 GB of memory and 15 s before the refusal, or V8's
// out-of-memory abort under a limit (a tester's finding). The refusal is made as YAML alias bombs are, up front.
import { inflateRawSync } from 'node:zlib';

/** The most one part may unpack to: exceljs holds a part as one string, and its XML model several times that. */
export const XLSX_PART_LIMIT = 256 * 1024 * 1024;
/** The most all parts may unpack to together. */
export const XLSX_TOTAL_LIMIT = 512 * 1024 * 1024;

/**
 * Why a workbook is too large to read: a part that unpacks to more than the part limit (its name as the zip has it,
 * its size as declared), all parts together over the total limit, or a part that inflates beyond the size it declares.
 */
export type OversizedWorkbook =
  | { readonly kind: 'part'; readonly part: string; readonly bytes: number }
  | { readonly kind: 'total'; readonly bytes: number }
  | { readonly kind: 'mislabelled'; readonly part: string; readonly declared: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DEFLATE = 8;
const MAX32 = 0xffffffff;

/**
 * The part of the zip `bytes` that unpacks to more than `partLimit` bytes, or the total when all parts together unpack
 * to more than `totalLimit`; undefined when every part is within them, or when `bytes` is no zip this reader follows
 * (exceljs then says what is wrong with it). The sizes are the central directory's (PKWARE APPNOTE 6.3 §4.3.12,
 * zip64 §4.3.14 and §4.5.3); a deflated part is also inflated here with its declared size as the bound, so one that
 * declares less than it holds is refused at that size instead of inflated whole (zlib's maxOutputLength).
 * Throws nothing: a malformed directory is left to exceljs.
 */
export function findOversizedPart(bytes: Uint8Array, partLimit = XLSX_PART_LIMIT, totalLimit = XLSX_TOTAL_LIMIT): OversizedWorkbook | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = centralDirectory(view);
  if (directory === undefined) return undefined;
  let total = 0;
  let p = directory.offset;
  for (let k = 0; k < directory.entries; k++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL) return undefined;
    const method = view.getUint16(p + 10, true);
    let compressed = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let local = view.getUint32(p + 42, true);
    const nameAt = p + 46;
    if (nameAt + nameLength + extraLength > view.byteLength) return undefined;
    const name = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(nameAt, nameAt + nameLength));
    // The zip64 extra field holds, in this order, each of the three that is 0xFFFFFFFF above (APPNOTE §4.5.3).
    if (size === MAX32 || compressed === MAX32 || local === MAX32) {
      const zip64 = zip64Extra(view, nameAt + nameLength, extraLength);
      let at = zip64?.at ?? -1;
      const next = (): number => {
        if (at < 0 || at + 8 > zip64!.end) return Number.POSITIVE_INFINITY;
        const value = Number(view.getBigUint64(at, true));
        at += 8;
        return value;
      };
      if (size === MAX32) size = next();
      if (compressed === MAX32) compressed = next();
      if (local === MAX32) local = next();
    }
    if (size > partLimit) return { kind: 'part', part: name, bytes: size };
    total += size;
    if (total > totalLimit) return { kind: 'total', bytes: total };
    if (method === DEFLATE && inflatesBeyond(bytes, view, local, compressed, size)) return { kind: 'mislabelled', part: name, declared: size };
    p = nameAt + nameLength + extraLength + commentLength;
  }
  return undefined;
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

/**
 * Whether the deflated part whose local header is at `local` inflates to more than the `size` it declares. Corrupt
 * data, or a header this reader cannot find, is not its concern (false: exceljs reports it).
 */
function inflatesBeyond(bytes: Uint8Array, view: DataView, local: number, compressed: number, size: number): boolean {
  if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL) return false;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + compressed > view.byteLength) return false;
  try {
    inflateRawSync(bytes.subarray(start, start + compressed), { maxOutputLength: Math.max(1, size + 1) });
    return false;
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
  }
}
