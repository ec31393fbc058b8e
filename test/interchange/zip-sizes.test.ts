// An xlsx workbook whose parts unpack to more than milepel reads is refused before anything is unpacked (a tester's
// decompression bomb: a 1.9 MB file with a 1.8 GB part took 2 GB and 15 s, or V8's out-of-memory abort under a limit).
// The zips here are made by the tests' own writer (test/helpers/zip.ts), independent of the reader under test; the
// workbook ones by exceljs.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findOversizedPart, XLSX_PART_LIMIT } from '../../src/interchange/sheet/zip-sizes.js';
import { runCli } from '../helpers/fake-io.js';
import { zip } from '../helpers/zip.js';

const spaces = (n: number): Uint8Array => new Uint8Array(n).fill(32);

describe('findOversizedPart', () => {
  it('finds the part that declares more than the part limit, by its name, without unpacking it', async () => {
    const bytes = zip([{ name: 'a.xml', data: spaces(10) }, { name: 'xl/sharedStrings.xml', data: spaces(10), declared: 3_000_000_000 }]);
    expect(await findOversizedPart(bytes)).toEqual({ kind: 'part', part: 'xl/sharedStrings.xml', bytes: 3_000_000_000, atLeast: false });
  });

  it('reads the sizes of a zip64 directory and its extra fields', async () => {
    const bytes = zip([{ name: 'a.xml', data: spaces(10), zip64: true }, { name: 'b.xml', data: spaces(10), declared: 5_000_000_000, zip64: true }]);
    expect(await findOversizedPart(bytes)).toEqual({ kind: 'part', part: 'b.xml', bytes: 5_000_000_000, atLeast: false });
    expect(await findOversizedPart(zip([{ name: 'a.xml', data: spaces(1000), zip64: true }]))).toBeUndefined();
  });

  it('adds the parts up against the total limit', async () => {
    const bytes = zip([{ name: 'a.xml', data: spaces(600) }, { name: 'b.xml', data: spaces(600) }]);
    expect(await findOversizedPart(bytes, 1000, 1000)).toEqual({ kind: 'total', bytes: 1200, atLeast: false });
    expect(await findOversizedPart(bytes, 1000, 1200)).toBeUndefined();
    expect(await findOversizedPart(bytes, 599, 10_000)).toEqual({ kind: 'part', part: 'a.xml', bytes: 600, atLeast: false });
  });

  it('refuses a part that unpacks to more than it declares, at that size, not unpacked whole', async () => {
    const bytes = zip([{ name: 'a.xml', data: spaces(10) }, { name: 'b.xml', data: spaces(1_000_000), declared: 100 }]);
    expect(await findOversizedPart(bytes)).toEqual({ kind: 'mislabelled', part: 'b.xml', declared: 100 });
  });

  // A tester's second round: JSZip (inside exceljs) opens each of these and inflated the bomb whole, while the
  // directory could not be read as written: bytes before the zip (offsets re-based), bytes after it (past the 64 KB the
  // end record may be from the end), zip64 switched on by the directory size alone, an entry count of 0.
  describe('a part too large in a zip whose directory this reader does not follow, found by inflating it bounded', () => {
    const plain = zip([{ name: 'a.xml', data: spaces(10) }, { name: 'xl/sharedStrings.xml', data: spaces(5000) }]);
    const end = Buffer.from(plain).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const patched = (edit: (b: Buffer) => void): Uint8Array => {
      const b = Buffer.from(plain);
      edit(b);
      return new Uint8Array(b);
    };
    const variants: [string, Uint8Array][] = [
      ['4 KB before it', new Uint8Array(Buffer.concat([Buffer.alloc(4096), plain]))],
      ['70 KB after it', new Uint8Array(Buffer.concat([plain, Buffer.alloc(70_000)]))],
      ['an entry count of 0', patched((b) => b.fill(0, end + 8, end + 12))],
      ['a directory size of 0xFFFFFFFF', patched((b) => b.writeUInt32LE(0xffffffff, end + 12))],
    ];
    it.each(variants)('%s', async (_, bytes) => {
      // By the directory where it reads (then exactly), else by inflating, stopped past the limit.
      expect([{ kind: 'part', part: 'xl/sharedStrings.xml', bytes: 1001, atLeast: true }, { kind: 'part', part: 'xl/sharedStrings.xml', bytes: 5000, atLeast: false }]).toContainEqual(await findOversizedPart(bytes, 1000, 100_000));
      expect([{ kind: 'total', bytes: 3001, atLeast: true }, { kind: 'total', bytes: 5010, atLeast: false }]).toContainEqual(await findOversizedPart(bytes, 100_000, 3000));
      expect(await findOversizedPart(bytes, 100_000, 100_000)).toBeUndefined();
    });
  });

  it('measures a part whose size field is 0xFFFFFFFF without a zip64 field by inflating it, not as Infinity', async () => {
    const bytes = zip([{ name: 'a.xml', data: spaces(5000), declared: 0xffffffff }]);
    expect(await findOversizedPart(bytes)).toBeUndefined();
    expect(await findOversizedPart(bytes, 1000, 100_000)).toEqual({ kind: 'part', part: 'a.xml', bytes: 1001, atLeast: true });
  });

  it('leaves what is no zip, or a damaged one, to exceljs', async () => {
    expect(await findOversizedPart(new Uint8Array(0))).toBeUndefined();
    expect(await findOversizedPart(new TextEncoder().encode('id,title,date\n'))).toBeUndefined();
    const bytes = zip([{ name: 'a.xml', data: spaces(10) }]);
    expect(await findOversizedPart(bytes.subarray(0, bytes.length - 5))).toBeUndefined();
  });

  it('passes a workbook exceljs writes', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRows([['id', 'title', 'date'], ['M1', 'Første', '2026-03-10']]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await findOversizedPart(bytes)).toBeUndefined();
    expect((await findOversizedPart(bytes, 100, XLSX_PART_LIMIT))?.kind).toBe('part');
  });
});

describe('milepel import of a decompression bomb', () => {
  it('is one milepel: line naming the part and the limits, exit 2, nothing written', async () => {
    const bomb = zip([{ name: '[Content_Types].xml', data: spaces(10) }, { name: 'xl/sharedStrings.xml', data: spaces(10), declared: 1_887_437_457 }]);
    const r = await runCli(['import', 'bomb.xlsx', '--out', 'plans'], { binaryFiles: { 'bomb.xlsx': bomb } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milepel: cannot import bomb.xlsx: the workbook\'s part "xl/sharedStrings.xml" unpacks to 1801 MB, more than milepel reads (256 MB a part, 512 MB in all): split the sheet into smaller workbooks or save it as CSV\n');
    expect(r.io.written.size).toBe(0);
  });

  it('is refused as well behind 4 KB of other bytes, where the directory does not read as written', async () => {
    const bomb = zip([{ name: '[Content_Types].xml', data: spaces(10) }, { name: 'xl/sharedStrings.xml', data: spaces(XLSX_PART_LIMIT + 1) }]);
    const hidden = new Uint8Array(Buffer.concat([Buffer.alloc(4096), bomb]));
    const r = await runCli(['import', 'bomb.xlsx', '--out', 'plans', '--locale', 'nb'], { binaryFiles: { 'bomb.xlsx': hidden } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milepel: kan ikke importere bomb.xlsx: arbeidsbokens del "xl/sharedStrings.xml" pakkes ut til mer enn milepel leser (256 MB per del, 512 MB til sammen): del arket i mindre arbeidsbøker eller lagre det som CSV\n');
    expect(r.io.written.size).toBe(0);
  });
});
