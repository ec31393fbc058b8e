// The ISO 8601 date cells of an xlsx worksheet (`<c t="d"><v>2026-03-02</v></c>`, ECMA-376 Part 1 §18.18.11 ST_CellType
// "d"), which openpyxl (iso_dates), Strict OOXML writers and SheetJS (cellDates) write. exceljs reads such a value as
// a number (parseFloat of "2026-03-02" is 2026) and, under a date style, as serial 2026: 1905-07-18, which the import
// wrote as every milestone's date and called exact (tester round 25 F2). The cells' texts are read here, from the
// worksheet's own XML, and take the place of what exceljs made of them.
import { inflateRawSync } from 'node:zlib';
import { centralEntries, XLSX_PART_LIMIT, type ZipEntry } from './zip-sizes.js';

/** ISO date cells by address (`C2`) → their text as written, of the worksheet with `sheetId` (exceljs's Worksheet.id). */
export type IsoDateCells = ReadonlyMap<string, string>;

const NONE: IsoDateCells = new Map();

/**
 * The ISO date cells of the worksheet whose `sheetId` is `sheetId` in the workbook zip `bytes`: found through
 * xl/workbook.xml's `<sheet>` and its relationship in xl/_rels/workbook.xml.rels, the part's path made as exceljs
 * makes it. Empty when the workbook has no such cell (the worksheet's XML is searched for `t="d"` before anything
 * else), or a part cannot be read (exceljs then reads the workbook, or says why not). The zip's sizes were checked
 * (zip-sizes.ts findOversizedPart) before this is asked.
 */
export function isoDateCells(bytes: Uint8Array, sheetId: number): IsoDateCells {
  return sheetCellFacts(bytes, sheetId).isoDates;
}

/** What exceljs does not read of a worksheet's cells as written: its ISO date cells, and its inline string cells. */
export interface SheetCellFacts {
  readonly isoDates: IsoDateCells;
  /**
   * The addresses of its inline string cells (`<c t="inlineStr"><is><t>…</t></is></c>`, which openpyxl writes): exceljs
   * decodes a shared string's `_x0007_` escapes (ECMA-376 Part 1 §22.9.2.19 ST_Xstring) but not theirs (tester round
   * 99 F4: a title read back as `Andre_x0007_bell`).
   */
  readonly inlineStrings: ReadonlySet<string>;
}

const NO_FACTS: SheetCellFacts = { isoDates: NONE, inlineStrings: new Set() };

/** isoDateCells's and the inline string cells of the worksheet with `sheetId`, its part read once. */
export function sheetCellFacts(bytes: Uint8Array, sheetId: number): SheetCellFacts {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = new Map(centralEntries(view, bytes).map((e) => [e.name, e]));
  const part = (name: string): string | undefined => {
    const entry = entries.get(name);
    return entry === undefined ? undefined : partText(view, bytes, entry);
  };
  const workbook = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels');
  if (workbook === undefined || rels === undefined) return NO_FACTS;
  const rId = [...workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)].map((m) => attributes(m[1]!)).find((a) => Number(a.get('sheetId')) === sheetId)?.get('r:id');
  if (rId === undefined) return NO_FACTS;
  const target = [...rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)].map((m) => attributes(m[1]!)).find((a) => a.get('Id') === rId)?.get('Target');
  if (target === undefined) return NO_FACTS;
  // As exceljs finds it: a Target of "/xl/worksheets/sheet1.xml" or " worksheets/sheet1.xml" is xl/worksheets/sheet1.xml.
  const sheet = part(`xl/${target.replace(/^(\s|\/xl\/)+/, '')}`);
  if (sheet === undefined) return NO_FACTS;
  return {
    isoDates: /\bt\s*=\s*["']d["']/.test(sheet) ? dateCellsIn(sheet) : NONE,
    inlineStrings: /\bt\s*=\s*["']inlineStr["']/.test(sheet) ? cellsOfType(sheet, 'inlineStr') : NO_FACTS.inlineStrings,
  };
}

/** The addresses of the cells of worksheet XML `xml` whose type is `type`. */
export function cellsOfType(xml: string, type: string): Set<string> {
  const cells = new Set<string>();
  for (const m of xml.matchAll(/<((?:\w+:)?c)\b([^>]*?)(\/)?>/g)) {
    const a = attributes(m[2]!);
    const address = a.get('r');
    if (a.get('t') === type && address !== undefined) cells.add(address);
  }
  return cells;
}

/** ST_Xstring's escapes (`_x0007_`, `_x005F_` for an underscore) as the characters they stand for. */
export function decodeXstring(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** The cells of worksheet XML `xml` whose type is `d`, by address, each with its `<v>` text (XML entities decoded). */
export function dateCellsIn(xml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const m of xml.matchAll(/<((?:\w+:)?c)\b([^>]*?)(\/)?>/g)) {
    if (m[3] === '/') continue;
    const a = attributes(m[2]!);
    const address = a.get('r');
    if (a.get('t') !== 'd' || address === undefined) continue;
    const close = xml.indexOf(`</${m[1]!}>`, m.index + m[0].length);
    if (close < 0) continue;
    const value = /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/.exec(xml.slice(m.index + m[0].length, close));
    if (value !== null) cells.set(address, decodeEntities(value[1]!.trim()));
  }
  return cells;
}

/** An element's attributes, `name="value"` or with single quotes, by name as written (prefix included). */
function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1]!, decodeEntities(m[2] ?? m[3] ?? ''));
  return out;
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name]!;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A part's text (UTF-8), stored or deflated; undefined when it is neither, or does not unpack. */
function partText(view: DataView, bytes: Uint8Array, entry: ZipEntry): string | undefined {
  const at = entry.local;
  if (at + 30 > view.byteLength || !Number.isFinite(entry.compressed)) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressed);
  try {
    if (entry.method === 0) return new TextDecoder().decode(data);
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: XLSX_PART_LIMIT }).toString('utf8');
  } catch {
    return undefined;
  }
  return undefined;
}
