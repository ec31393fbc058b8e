// CSV for spreadsheets (SPEC §15, RFC 4180): UTF-8 BOM, CRLF, `,` or under nb `;` and a decimal comma, safe against formula injection.
import { formatDay } from '../../calendar/index.js';
import type { Locale } from '../locale.js';
import { joinChunks, lineChunks } from '../chunks.js';
import { escapeControl } from '../safe-text.js';
import type { ColumnKind, SheetTable, SheetValue } from './table.js';

/** Excel reads a file as UTF-8 only when it starts with the byte-order mark; without it, æøå come out garbled. */
export const UTF8_BOM = '\uFEFF';

export interface CsvOptions {
  /** nb: `;` between fields and `,` as decimal mark, as a Norwegian Excel expects; en: `,` and `.`. */
  readonly locale: Locale;
}

// A spreadsheet runs text starting with these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** The field separator and decimal mark of a locale. */
export function csvSeparators(locale: Locale): { readonly separator: string; readonly decimalMark: string } {
  return locale === 'nb' ? { separator: ';', decimalMark: ',' } : { separator: ',', decimalMark: '.' };
}

/** TAB, LF and CR: kept as written inside a quoted field (RFC 4180 §2.6), where SPEC §15's quoting rule expects them. */
const KEPT_AS_WRITTEN = /([\t\n\r])/;

/**
 * Plan text as a CSV field holds it: a line break or tab as written (a title on two lines reads back as those two
 * lines in any RFC 4180 reader; it was written as the two characters `\n`, a tester's finding), every other control,
 * bidi or separator character escaped as in every other report (they would drive a terminal showing the file).
 */
function csvText(text: string): string {
  if (!KEPT_AS_WRITTEN.test(text)) return escapeControl(text);
  const parts = text.split(KEPT_AS_WRITTEN);
  for (let i = 0; i < parts.length; i += 2) parts[i] = escapeControl(parts[i]!);
  return parts.join('');
}

/**
 * One field. Text a spreadsheet would run as a formula gets a leading `'` (numbers we computed,
 * such as a slip of -5, are data and are not prefixed); a field holding `,`, `;`, a tab, a quote, CR
 * or LF is quoted, whichever separator is in use. Tabs and line breaks in plan text are kept (see csvText).
 */
export function csvField(value: SheetValue, kind: ColumnKind, separator: string, decimalMark: string): string {
  if (value === null) return '';
  let text: string;
  if (typeof value === 'number') {
    if (kind === 'date') text = formatDay(value);
    else text = kind === 'decimal' ? String(value).replace('.', decimalMark) : String(value);
  } else {
    text = (FORMULA_START.test(value) ? "'" : '') + csvText(value);
  }
  // Quoted when it holds either separator, not only the one in use: a file read with the other one (an English
  // Excel opening a Norwegian export) must not split `A;=1+1` into a cell that starts a formula.
  // Numbers we wrote (a decimal comma under nb) need quotes only for the separator in use.
  const needsQuotes = text.includes(separator) || (typeof value === 'string' && /[,;"\t\r\n]/.test(text));
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header row and one row per table row, each ended by CRLF, after the BOM. */
export function formatCsv(table: SheetTable, options: CsvOptions): string {
  return joinChunks(csvChunks(table, options));
}

/** The text of formatCsv in pieces that end at line ends (a million rows are never one string). */
export function csvChunks(table: SheetTable, options: CsvOptions): Iterable<string> {
  return lineChunks(csvLines(table, options), '\r\n');
}

function* csvLines(table: SheetTable, options: CsvOptions): Generator<string> {
  const { separator, decimalMark } = csvSeparators(options.locale);
  yield UTF8_BOM + table.columns.map((c) => csvField(c.header, 'text', separator, decimalMark)).join(separator);
  for (const row of table.rows) yield table.columns.map((c, i) => csvField(row[i] ?? null, c.kind, separator, decimalMark)).join(separator);
}
