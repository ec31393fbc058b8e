// Workbooks (SPEC §15) through exceljs, loaded only when asked for: one sheet per table, real date cells, frozen header, filters.
import { dayFromYmd, type DayNumber } from '../../calendar/index.js';
import { formatDate, type Locale } from '../locale.js';
import type { ColumnKind, SheetTable, SheetValue } from './table.js';
import { normalizeZipTimes } from './zip-times.js';

export interface XlsxOptions {
  /** nb: dates shown as 31.08.2019; en: 2019-08-31. The cell is a date either way. */
  readonly locale: Locale;
  /** The workbook's created and modified date: the status date, so the bytes do not depend on the clock. */
  readonly created: DayNumber;
  /** The UTC-midnight instant of a day, which exceljs turns into an Excel serial date (it counts in UTC, so no time
   *  zone enters). Built by cli/: only it makes Date objects. */
  readonly instantOf: (day: DayNumber) => Date;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/**
 * The first day a date cell holds: 1900-03-01, Excel serial 61. Excel's 1900 date system starts at serial 1 =
 * 1900-01-01 and counts a 29 February 1900 that never was (serial 60, kept from Lotus 1-2-3), so serials 1–60 are
 * read one day apart by Excel and openpyxl (1 = 1900-01-01) and by LibreOffice and the 1899-12-30 epoch exceljs
 * writes with (1 = 1899-12-31), and a day before 1900 has no serial at all (Excel shows a negative one as ####).
 * An earlier day (SPEC §2 allows 0001-01-01 on) is written as text in the form the column's date cells show
 * (`YYYY-MM-DD`, under nb `DD.MM.YYYY`), which `milepel import` reads in both forms.
 */
export const FIRST_DATE_CELL: DayNumber = dayFromYmd(1900, 3, 1);

function isDateCell(value: SheetValue, kind: ColumnKind): value is DayNumber {
  return kind === 'date' && typeof value === 'number' && value >= FIRST_DATE_CELL;
}

/**
 * What a cell cannot hold as it is: the C0 controls but TAB and LF (XML 1.0 holds none of them, and reads a CR back as
 * LF), DEL and the C1 controls (exceljs leaves them out of the XML), a lone surrogate, U+FFFE and U+FFFF. With the `u`
 * flag a surrogate pair is one code point, so only a lone surrogate matches.
 */
const NOT_HELD = '[\\0-\\x08\\x0b-\\x1f\\x7f-\\x9f\\ud800-\\udfff\\ufffe\\uffff]';
/** A quick test, without the `u` flag (a surrogate half of a pair matches too): text without a match needs no pass. */
const MAY_NEED_ESCAPE = new RegExp(`_x|${NOT_HELD}`);
/**
 * Each character NOT_HELD matches, and each `_` that would start `_xHHHH_` in the text written (hex in either case):
 * ECMA-376 Part 1 §22.9.2.19 ST_Xstring reads that as U+HHHH. The `_` that closes it may be a character written so.
 */
const XSTRING = new RegExp(`_(?=x[0-9A-Fa-f]{4}(?:_|${NOT_HELD}))|${NOT_HELD}`, 'gu');

/**
 * Text as SpreadsheetML holds it exactly. A character a cell cannot hold as it is is written `_xHHHH_` (ST_Xstring),
 * as Excel writes a cell's CR (`_x000D_`), and Excel, LibreOffice, exceljs's reader and milepel's import read it back
 * as the character (tester round 79 F5: BEL was written as the four characters `\x07`, the cell of a title that says
 * `\x07`). A `_` that would start `_xHHHH_` is written `_x005F_`, ST_Xstring's escape for `_`, since exceljs writes
 * text raw (a tester's `Fil_x000D_navn` read back with a CR in it); overlapping ones too: `_x005F_x0041_` is written
 * `_x005F_x005F_x005F_x0041_`, read back as itself. TAB, LF, and bidi and line-separator characters are written as
 * they are (XML holds them; a cell wraps at LF, see writeXlsx).
 */
export function escapeXstring(text: string): string {
  if (!MAY_NEED_ESCAPE.test(text)) return text;
  return text.replace(XSTRING, (c) => (c === '_' ? '_x005F_' : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`));
}

function cellValue(value: SheetValue, kind: ColumnKind, options: XlsxOptions): string | number | Date | null {
  if (value === null) return null;
  if (kind === 'date' && typeof value === 'number') return isDateCell(value, kind) ? options.instantOf(value) : formatDate(value, options.locale);
  if (typeof value === 'number') return value;
  return escapeXstring(value);
}

/** Characters a column needs: its header and longest cell, a date as 10, within 6–60 (Excel's units are about a character). */
function columnWidth(table: SheetTable, index: number): number {
  const column = table.columns[index]!;
  let widest = column.header.length + 2; // room for the filter button
  for (const row of table.rows) {
    const value = row[index] ?? null;
    // A cell on several lines is as wide as its longest line.
    const length = value === null ? 0 : column.kind === 'date' ? 10 : String(value).split('\n').reduce((n, line) => Math.max(n, line.length), 0);
    if (length > widest) widest = length;
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 1));
}

/**
 * A decimal cell's number format: two decimals at least, up to four. Decimals are rounded to four places where they
 * are made (risk/statistics.ts round4), so a cell shows the value it holds and the JSON gives; with `0.00`, a driver's
 * rho of -0.0007 read -0.00 in Excel and LibreOffice, a real negative driver to the eye (tester round 74 F5), and a
 * criticality of 0.0007 read 0.00 although some iterations found it critical.
 */
const DECIMAL_FORMAT = '0.00##';

/** The workbook's bytes: one sheet per table, in order. */
export async function writeXlsx(tables: readonly SheetTable[], options: XlsxOptions): Promise<Uint8Array> {
  const exceljs = await import('exceljs');
  const Workbook = ((exceljs as unknown as { default?: typeof exceljs }).default ?? exceljs).Workbook;
  const workbook = new Workbook();
  workbook.creator = 'milepel';
  workbook.lastModifiedBy = 'milepel';
  workbook.created = options.instantOf(options.created);
  workbook.modified = options.instantOf(options.created);
  const dateFormat = options.locale === 'nb' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    sheet.columns = table.columns.map((column, i) => ({ header: escapeXstring(column.header), width: columnWidth(table, i) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow(table.columns.map((column, i) => cellValue(row[i] ?? null, column.kind, options)));
      table.columns.forEach((column, i) => {
        // An empty date cell keeps the date format (for a date typed in later); an early day written as text has none.
        const value = row[i] ?? null;
        if (column.kind === 'date' && (value === null || isDateCell(value, column.kind))) added.getCell(i + 1).numFmt = dateFormat;
        else if (column.kind === 'decimal') added.getCell(i + 1).numFmt = DECIMAL_FORMAT;
        // Excel shows a cell's line breaks only when it wraps its text.
        else if (typeof value === 'string' && value.includes('\n')) added.getCell(i + 1).alignment = { wrapText: true };
      });
    }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length } };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return normalizeZipTimes(new Uint8Array(buffer as ArrayBuffer));
}
