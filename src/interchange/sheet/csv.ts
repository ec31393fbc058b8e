// A milestone sheet as CSV (`,`, `;`, tab or the one an Excel `sep=` line names; UTF-8 with or without BOM, or UTF-16 by its BOM) → one plan, via csv-parse.
import { Buffer } from 'node:buffer';
import { msg, msg0, type Message } from '../../messages/index.js';
import { parse } from 'csv-parse/sync';
import { findQuoteProblem, lineCounter, skipLineBreaks } from './csv-lines.js';
import { UnreadableInput, type ImportFinding } from '../finding.js';
import type { ImportedLinkAt, ImportedPlan } from '../plan-model.js';
import { sheetToPlan, type SheetOptions, type SheetRow } from './rows.js';
import { columnKey } from './columns.js';

/**
 * The separator the first line that is not blank uses most outside quotes: `;` for a Norwegian Excel export, a tab
 * for Excel's "Unicode text" (UTF-16, tab-separated), else `,` (SPEC §10 names `,` and `;`). A line is blank when it
 * holds nothing but separators of any of the three kinds and white space, quoted or not (`;;;` is Excel's empty row):
 * importCsv skips such lines before the header, so the separator is not guessed from them (tester round 21 #10). A
 * CRLF, a lone CR and a lone LF each end a line, as they end a row.
 */
export function guessSeparator(text: string): ',' | ';' | '\t' {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let hasContent = false;
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (isQuoted) {
      // Two quotes inside quotes stand for one: a character of the cell, so the line is not blank.
      if (ch === '"' && text.charAt(i + 1) === '"') [hasContent, i] = [true, i + 1];
      else if (ch === '"') isQuoted = false;
      else if (!BLANK_CHAR.test(ch)) hasContent = true;
    } else if (ch === '"') {
      isQuoted = true;
    } else if (ch === '\r' || ch === '\n') {
      if (hasContent) break;
      [commas, semicolons, tabs] = [0, 0, 0];
    } else if (ch === ',') {
      commas++;
    } else if (ch === ';') {
      semicolons++;
    } else if (ch === '\t') {
      tabs++;
    } else if (!BLANK_CHAR.test(ch)) {
      hasContent = true;
    }
  }
  if (!hasContent) return ',';
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

/**
 * The separator Excel's first line `sep=;` declares (Excel reads it to pick the separator, whatever its locale's, and
 * exporters for a Norwegian Excel write it): any one character but a quote or a line break, alone on the file's first
 * line (after a byte order mark), `sep` in any case. The same separator repeated after it is empty cells, as
 * LibreOffice, which reads the line as a row, saves it (`sep=;;;`). Undefined when the first line is no such line.
 */
export function declaredSeparator(text: string): string | undefined {
  return /^sep=([^"\r\n])\1*(?:\r\n|\r|\n|$)/i.exec(text.replace(/^\uFEFF/, ''))?.[1];
}

/** A character a blank line may hold: white space (a tab among it) or a separator of any kind. */
const BLANK_CHAR = /^[\s,;]$/;
/** A cell of a blank line, whatever the separator it was read with (see guessSeparator). */
const BLANK_CELL = /^[\s,;]*$/;

interface Parsed {
  readonly record: string[];
  /** `bytes`: the UTF-8 byte offset just past the record and its line break. */
  readonly info: { readonly bytes: number };
}

/**
 * The plan of a CSV milestone sheet (SPEC §10), the findings of what it could not carry over at the lines their rows
 * start on, and every link kept with its line (for loops.ts). Throws UnreadableInput for text that is no CSV sheet.
 */
export function importCsv(text: string, options: SheetOptions): { plans: ImportedPlan[]; findings: ImportFinding[]; links: ImportedLinkAt[] } {
  const unmarked = text.replace(/^\uFEFF/, '');
  if (unmarked.includes('\u0000')) throw new UnreadableInput(msg0('import.unreadable.csv-nul'));
  // Excel's `sep=;` line (tester round 25 F8: refused as a header naming no id column) says the separator and is no
  // row: its text is taken out and its line break kept, so that it is skipped as a blank line is and every row keeps
  // the line it has in the file.
  const declared = declaredSeparator(unmarked);
  const body = declared === undefined ? unmarked : unmarked.replace(/^[^\r\n]*/, '');
  let records: Parsed[];
  const separator = declared ?? guessSeparator(body);
  try {
    // Every line break ends a row, whichever of CRLF, CR and LF it is, as Excel, LibreOffice and Python read a file
    // whose rows end in a mix of them (a row appended with `echo >>` to a sheet Excel saved); csv-parse would take the
    // first row's break for every row's, and glue a row ending in another into the cell before it (tester round 21 #2).
    records = parse(body, { delimiter: separator, record_delimiter: ['\r\n', '\r', '\n'], relax_column_count: true, info: true, skip_empty_lines: true, bom: true }) as unknown as Parsed[];
  } catch (error) {
    throw new UnreadableInput(describeCsvError(body, separator, error));
  }
  // A row's line is where it starts: past the end of the record before it and the blank lines skipped since, counted
  // here (csv-parse's info.lines took a CRLF inside a quoted cell for two lines, and so every later row's line was one
  // too high: tester round 20 #1).
  const bytes = Buffer.from(body, 'utf8');
  const lineAt = lineCounter(bytes);
  let end = 0;
  const rows = records.map((r) => {
    const start = skipLineBreaks(bytes, end);
    end = r.info.bytes;
    return { line: lineAt(start), cells: r.record, start, end };
  });
  // The header is the first line that is not blank: lines of nothing but separators and white space before it are
  // skipped as blank lines are, whatever the separator (tester round 21 #10: `;;;` or a blank CRLF line made a `;`
  // sheet "hold no activities").
  const at = rows.findIndex((row) => !row.cells.every((c) => BLANK_CELL.test(c)));
  const header = rows[at];
  if (header === undefined) throw new UnreadableInput(msg0('import.unreadable.csv-empty'));
  const data: SheetRow[] = rows.slice(at + 1).map(({ line, cells }) => ({ line, cells }));
  // A header without an id or a date column makes no row a milestone: say which line was taken for the header and
  // what it reads (a title above the header is common), not that the file holds nothing.
  const keys = new Set(header.cells.map(columnKey));
  const missing = !keys.has('id') ? 'id' : !keys.has('date') ? 'date' : undefined;
  if (missing !== undefined) {
    const written = bytes.subarray(header.start, header.end).toString('utf8').replace(/(\r\n|\r|\n)$/, '');
    throw new UnreadableInput(msg('import.unreadable.csv-no-header', { line: header.line, column: missing, text: shorten(written), separatorLine: declared !== undefined }));
  }
  const findings: ImportFinding[] = [];
  const links: ImportedLinkAt[] = [];
  const plan = sheetToPlan({ headerLine: header.line, header: header.cells.map(String), rows: data }, options, findings, links);
  return { plans: plan.milestones.length > 0 ? [plan] : [], findings, links };
}

/** A header line as the message shows it: up to 80 characters (whole code points), the rest as `…`. */
function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : text;
}

/**
 * csv-parse's error as a message. A quote it cannot read is said in our words, where it is and how to write it
 * (csv-parse said "Quote Not Closed: the parsing is finished with an opening quote at line 4", the line where the file
 * ended, not where the quote opened: a tester's finding), at the line findQuoteProblem counts (csv-parse's took a CRLF
 * inside a quoted field for two); anything else in its own words, after its line.
 */
function describeCsvError(body: string, separator: string, error: unknown): Message {
  const e = error as { code?: unknown; lines?: unknown; column?: unknown };
  const line = typeof e.lines === 'number' ? e.lines : null;
  const field = typeof e.column === 'number' ? e.column + 1 : null;
  const kind = e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'unclosed' : e.code === 'INVALID_OPENING_QUOTE' ? 'opening' : e.code === 'CSV_INVALID_CLOSING_QUOTE' ? 'closing' : undefined;
  const at = kind === undefined ? undefined : findQuoteProblem(body, separator);
  if (at !== undefined && at.kind === kind) {
    return msg('import.unreadable.csv-quote', kind === 'unclosed' ? { kind, line: at.line, column: at.column, field: null } : { kind, line: at.line, column: null, field: at.field });
  }
  if (line !== null && kind !== undefined && kind !== 'unclosed') return msg('import.unreadable.csv-quote', { kind, line, column: null, field });
  const reason = error instanceof Error ? error.message.replace(/^Invalid [^:]*: /, '') : String(error);
  return msg('import.unreadable.csv-parse', { line, reason });
}
