// A milestone sheet as XLSX (exceljs, loaded only when needed): date cells or text dates; merged header cells and formulas reported.
import { msg, msg0, type Message } from '../../messages/index.js';
import { dayFromYmd } from '../../calendar/index.js';
import { UnreadableInput, type ImportFinding } from '../finding.js';
import type { ImportedLinkAt, ImportedPlan } from '../plan-model.js';
import { sheetToPlan, type SheetOptions, type SheetRow, type SheetValue } from './rows.js';
import { findOversizedPart, XLSX_PART_LIMIT, XLSX_TOTAL_LIMIT, type OversizedWorkbook } from './zip-sizes.js';
import { decodeXstring, sheetCellFacts, type SheetCellFacts } from './iso-date-cells.js';
import { columnKey } from './columns.js';

interface CellLike {
  readonly value: unknown;
  readonly isMerged: boolean;
  readonly master: { readonly address: string };
  readonly address: string;
  readonly formula?: string;
  readonly result?: unknown;
}

/** 1899-12-30: exceljs reads a date cell's serial s as this day + s (the epoch that makes serial 61 1900-03-01). */
const SERIAL_EPOCH = dayFromYmd(1899, 12, 30);

/**
 * The day a date cell means, from the day exceljs read. Excel's serials 1–59 are 1900-01-01 to 1900-02-28 and
 * serial 60 is the 29 February 1900 Excel counts and the calendar has not (the 1900 leap-year bug, kept from Lotus
 * 1-2-3); exceljs reads them one day early (1 as 1899-12-31). So serials 1–59 move one day on, and serial 60 is the
 * text `1900-02-29`, which the sheet reader refuses as a day that does not exist, as it would the same text typed in.
 */
function excelDay(day: number): SheetValue {
  const serial = day - SERIAL_EPOCH;
  if (serial >= 1 && serial <= 59) return { day: day + 1 };
  if (serial === 60) return '1900-02-29';
  return { day };
}

/** Milliseconds in a day, and the serial of 1970-01-01 in Excel's 1900 date system (exceljs's excelToDate). */
const DAY_MS = 86_400_000;
const UNIX_SERIAL = 25_569;

/**
 * A date cell's day, or, when its serial is no day milepel can write (SPEC §2: 0001-01-01 to 9999-12-31), the cell
 * as not a date: exceljs turns serial 1e300 into an Invalid Date (which was written as `0NaN-NaN-NaN`) and 2958466
 * into 10000-01-01 (Excel's last day is serial 2958465, 9999-12-31). `date1904` as the workbook says (exceljs has
 * already added its 1462 days), only for the serial shown in the finding.
 */
function dateCellValue(value: Date, cell: string, date1904: boolean): SheetValue {
  const time = value.getTime();
  const year = value.getUTCFullYear();
  const serial = Number.isFinite(time) ? time / DAY_MS + UNIX_SERIAL - (date1904 ? 1462 : 0) : null;
  // Below the first day of the workbook's date system is no day either: in the 1900 system serial 0 is the "1900-01-00"
  // Excel shows, a negative serial is ##### and a time of day alone (12:00 is 0.5) has no date; exceljs read them as
  // 1899-12-30 and 1899-12-29, which were written as the milestones' dates (tester round 23 F2). In the 1904 system
  // serial 0 is 1904-01-01.
  if (serial === null || year < 1 || year > 9999 || Math.floor(serial) < (date1904 ? 0 : 1)) return { notDay: serial, cell };
  return excelDay(dayFromYmd(year, value.getUTCMonth() + 1, value.getUTCDate()));
}

/**
 * An ISO 8601 date cell's value (iso-date-cells.ts) as the sheet's text of its day: `2026-03-18T17:00:00` is
 * 2026-03-18, as a date cell with a time of day is its day; anything else is the text as written, which the sheet reader
 * takes as a date if it is one and reports if not.
 */
function isoDateText(text: string): SheetValue {
  return /^(\d{4}-\d{2}-\d{2})(?:T[0-9:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text)?.[1] ?? text;
}

/**
 * A cell's value as sheet text or a day; formulas give their saved result and a finding. `facts`: the sheet's ISO date
 * cells, whose text replaces what exceljs read (a number), and its inline string cells, whose escapes it did not decode.
 */
function cellValue(cell: CellLike, line: number, findings: ImportFinding[], date1904: boolean, facts: SheetCellFacts): SheetValue {
  let value = cell.value;
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value)) {
    const result = (value as { result?: unknown }).result;
    const formula = (value as { formula?: string }).formula ?? (value as { sharedFormula?: string }).sharedFormula ?? '';
    const hasResult = result !== undefined && result !== null && !(typeof result === 'object' && !(result instanceof Date));
    findings.push({ kind: hasResult ? 'approximated' : 'dropped', topic: 'formula', line, message: msg('import.xlsx.formula', { cell: cell.address, formula, hasResult }) });
    value = hasResult ? result : '';
  }
  const isoText = facts.isoDates.get(cell.address);
  if (isoText !== undefined && value !== '' && value !== null && value !== undefined) return isoDateText(isoText);
  if (value instanceof Date) return dateCellValue(value, cell.address, date1904);
  if (value === null || value === undefined) return '';
  // A number cell whose text is no number (`<c><v>abc</v></c>`, which no spreadsheet program writes): exceljs reads NaN,
  // which was shown as a date "NaN" (tester round 66 F11).
  if (typeof value === 'number' && Number.isNaN(value)) {
    findings.push({ kind: 'dropped', topic: 'value', line, message: msg('import.xlsx.not-a-number', { cell: cell.address }) });
    return '';
  }
  if (typeof value === 'object') {
    if ('richText' in value) return richText(value);
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('error' in value) {
      findings.push({ kind: 'dropped', topic: 'value', line, message: msg('import.xlsx.error-value', { cell: cell.address, error: String((value as { error: unknown }).error) }) });
      return '';
    }
    return '';
  }
  return typeof value === 'string' && facts.inlineStrings.has(cell.address) ? decodeXstring(value) : String(value);
}

/**
 * Why exceljs could not load a workbook, as the refusal says it. A part too large for one JavaScript string (V8's
 * limit is about 512 MB: a sheet of millions of cells, unpacked) is said so, not as V8's "Invalid string length";
 * anything else is exceljs's first line, a zip or XML error.
 */
export function xlsxLoadFailure(error: unknown): Message {
  if (error instanceof RangeError && /Invalid string length|Array buffer allocation failed|Invalid typed array length/.test(error.message)) {
    return msg0('import.unreadable.xlsx-too-large');
  }
  return msg('import.unreadable.xlsx', { reason: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) });
}

/**
 * Whether `bytes` start as a zip archive does (a local file header, "PK\x03\x04"), as every xlsx workbook does. A CSV
 * named .xlsx reached the zip library, whose own words and web address were the user's message (tester round 66 F11).
 */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Whether the file's first 4 KB hold no NUL and decode as UTF-8: text, such as a CSV, not a binary file. */
function looksText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.length < bytes.length ? head.subarray(0, lastWholeSequence(head)) : head);
    return true;
  } catch {
    return false;
  }
}

/** The length of `head` without a UTF-8 sequence cut at its end (the 4 KB may end inside one). */
function lastWholeSequence(head: Uint8Array): number {
  let end = head.length;
  for (let k = 0; k < 3 && end > 0 && (head[end - 1]! & 0xc0) === 0x80; k++) end--;
  if (end > 0 && head[end - 1]! >= 0xc0) end--;
  return end;
}

/** The refusal of a workbook findOversizedPart finds too large, sizes in MB (2^20 bytes, rounded up). */
function oversizedMessage(o: OversizedWorkbook): Message {
  const mb = (bytes: number): number => Math.ceil(bytes / 2 ** 20);
  const limits = { partLimit: mb(XLSX_PART_LIMIT), totalLimit: mb(XLSX_TOTAL_LIMIT) };
  if (o.kind === 'mislabelled') return msg('import.unreadable.xlsx-oversized', { kind: o.kind, part: o.part, megabytes: mb(o.declared), bytes: o.declared, atLeast: false, ...limits });
  // Found while inflating, at the limit it was stopped at: "more than 256 MB".
  const megabytes = !o.atLeast ? mb(o.bytes) : o.kind === 'part' ? limits.partLimit : limits.totalLimit;
  return msg('import.unreadable.xlsx-oversized', { kind: o.kind, part: o.kind === 'part' ? o.part : null, megabytes, bytes: o.bytes, atLeast: o.atLeast, ...limits });
}

/**
 * The milestones of an xlsx workbook's milestone sheet (exceljs): the first visible sheet whose header names an id and
 * a date column, one with rows below its header first, else the first sheet with rows; with the findings of what it
 * could not carry over. Throws UnreadableInput (exit 2, one line) for a workbook that cannot be read, and before anything is
 * unpacked for one whose parts unpack to more than milepel reads (zip-sizes.ts: a decompression bomb).
 */
export async function importXlsx(bytes: Uint8Array, options: SheetOptions): Promise<{ plans: ImportedPlan[]; findings: ImportFinding[]; links: ImportedLinkAt[] }> {
  const oversized = await findOversizedPart(bytes);
  if (oversized !== undefined) throw new UnreadableInput(oversizedMessage(oversized));
  if (!isZip(bytes)) throw new UnreadableInput(msg('import.unreadable.xlsx-not-zip', { looksText: looksText(bytes) }));
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableInput(xlsxLoadFailure(error));
  }
  const withRows = workbook.worksheets.filter((ws) => ws.actualRowCount > 0);
  // The first sheet whose header names an id and a date column, else the first with rows (whose refusal then says what
  // its header reads): a programme office's workbook often opens with a cover or "Les meg" sheet (tester round 66 F9).
  // A hidden sheet (a lookup table, an old copy) is read only when no sheet is visible, and one with rows below its
  // header before one with its header alone (tester round 68 F8).
  const visible = withRows.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden');
  const candidates = visible.length > 0 ? visible : withRows;
  const named = candidates.filter((ws) => namesIdAndDate(headerTexts(ws)));
  const sheet = named.find((ws) => ws.actualRowCount > 1) ?? named[0] ?? candidates[0];
  if (sheet === undefined) throw new UnreadableInput(msg0('import.unreadable.xlsx-no-sheet'));
  const skipped = withRows.slice(0, withRows.indexOf(sheet)).map((ws) => ws.name);
  const findings: ImportFinding[] = [];
  const rows: SheetRow[] = [];
  const date1904 = workbook.properties.date1904 === true;
  const facts = sheetCellFacts(bytes, sheet.id);
  let header: { line: number; cells: string[] } | undefined;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetValue[] = [];
    const count = Math.max(row.cellCount, header?.cells.length ?? 0);
    for (let c = 1; c <= count; c++) {
      const cell = row.getCell(c) as unknown as CellLike;
      if (header === undefined && cell.isMerged && cell.master.address !== cell.address) {
        findings.push({ kind: 'approximated', topic: 'header', line: rowNumber, message: msg('import.xlsx.merged-header', { cell: cell.address, master: cell.master.address, column: c }) });
        cells.push('');
        continue;
      }
      cells.push(cellValue(cell, rowNumber, findings, date1904, facts));
    }
    if (header === undefined) header = { line: rowNumber, cells: cells.map((v) => (typeof v === 'string' ? v : '')) };
    else rows.push({ line: rowNumber, cells });
  });
  if (header === undefined) throw new UnreadableInput(msg0('import.unreadable.sheet-empty'));
  // A header without an id or a date column makes no row a milestone: say which row was taken for the header and what
  // it reads, as a CSV's refusal does (tester round 57 F6: a title row above the header was "no activities").
  const keys = new Set(header.cells.map(columnKey));
  const missing = !keys.has('id') ? 'id' : !keys.has('date') ? 'date' : undefined;
  if (missing !== undefined) throw new UnreadableInput(noHeaderMessage(header, missing, sheet.name));
  if (withRows.length > 1) findings.push({ kind: 'dropped', topic: 'sheet', message: msg('import.xlsx.other-sheets', { sheet: sheet.name, skipped }) });
  const links: ImportedLinkAt[] = [];
  const plan = sheetToPlan({ headerLine: header.line, header: header.cells, rows, isRowNumber: true }, options, findings, links);
  return { plans: plan.milestones.length > 0 ? [plan] : [], findings, links };
}

/**
 * The texts of a sheet's first row with a value, as importXlsx takes its header (a cell that is no text is ''), or
 * undefined when it has none. Formulas and dates are no column names, so no finding is made here.
 */
function headerTexts(ws: { readonly rowCount: number; getRow(n: number): { readonly hasValues: boolean; readonly cellCount: number; getCell(c: number): unknown } }): string[] | undefined {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const texts: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const value = (row.getCell(c) as CellLike).value;
      texts.push(typeof value === 'string' ? value : value !== null && typeof value === 'object' && 'richText' in value ? richText(value) : '');
    }
    return texts;
  }
  return undefined;
}

/** A rich-text cell's text: its runs joined. */
function richText(value: object): string {
  return (value as { richText: { text: string }[] }).richText.map((run) => run.text).join('');
}

/** Whether a header's texts name an id and a date column (columns.ts columnKey), as a milestone sheet's must. */
function namesIdAndDate(texts: readonly string[] | undefined): boolean {
  if (texts === undefined) return false;
  const keys = new Set(texts.map(columnKey));
  return keys.has('id') && keys.has('date');
}

/** Cells of a header row a refusal shows at most, and characters of each. */
const SHOWN_CELLS = 6;
const SHOWN_CHARS = 40;

/** The refusal of a header row that names no `column` column, with the cells it holds that are not blank. */
function noHeaderMessage(header: { readonly line: number; readonly cells: readonly string[] }, column: 'id' | 'date', sheet: string): Message {
  const written = header.cells.map((c) => c.trim()).filter((c) => c !== '');
  const cells = written.slice(0, SHOWN_CELLS).map((c) => {
    const chars = Array.from(c);
    return chars.length > SHOWN_CHARS ? `${chars.slice(0, SHOWN_CHARS - 1).join('')}…` : c;
  });
  return msg('import.unreadable.xlsx-no-header', { row: header.line, column, sheet, cells, more: written.length - cells.length });
}
