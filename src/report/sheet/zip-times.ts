// Sets every entry time of a zip archive to 1980-01-01 00:00, so the same workbook gives the same bytes on any day, in any TZ.

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** MS-DOS date 1980-01-01 (year 0 since 1980, month 1, day 1) and time 00:00:00: the zip format's earliest. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;

/**
 * Rewrites, in place, the modification time and date of each entry in the central directory and in
 * its local header (APPNOTE 4.3.7, 4.3.12). The writer (JSZip inside exceljs) stamps entries with the
 * clock; nothing else in the archive depends on it. Throws on an archive it does not understand (a bug).
 */
export function normalizeZipTimes(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) end -= 1;
  if (end < 0) throw new Error('zip: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL_ENTRY) throw new Error(`zip: no central directory entry at ${at}`);
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error(`zip: no local header at ${local}`);
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
