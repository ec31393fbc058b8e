// A milestone sheet as CSV (`,`, `;` or tab; UTF-8 with or without BOM, or UTF-16 by its BOM) → one plan, via csv-parse.
import { msg, msg0, type Message } from '../../messages/index.js';
import { parse } from 'csv-parse/sync';
import { UnreadableInput, type ImportFinding } from '../finding.js';
import type { ImportedPlan } from '../plan-model.js';
import { sheetToPlan, type SheetOptions, type SheetRow } from './rows.js';

/**
 * The separator the first line uses most outside quotes: `;` for a Norwegian Excel export, a tab for Excel's
 * "Unicode text" (UTF-16, tab-separated), else `,` (SPEC §10 names `,` and `;`).
 */
export function guessSeparator(text: string): ',' | ';' | '\t' {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === '\t') tabs++;
  }
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

interface Parsed {
  readonly record: string[];
  readonly info: { readonly lines: number };
  readonly raw: string;
}

export function importCsv(text: string, options: SheetOptions): { plans: ImportedPlan[]; findings: ImportFinding[] } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.includes('\u0000')) throw new UnreadableInput(msg0('import.unreadable.csv-nul'));
  let records: Parsed[];
  try {
    records = parse(body, { delimiter: guessSeparator(body), relax_column_count: true, info: true, raw: true, skip_empty_lines: true, bom: true }) as unknown as Parsed[];
  } catch (error) {
    throw new UnreadableInput(describeCsvError(body, error));
  }
  const rows: SheetRow[] = records.map((r) => ({ line: r.info.lines - lineBreaks(r.raw), cells: r.record }));
  const [header, ...data] = rows;
  if (header === undefined) throw new UnreadableInput(msg0('import.unreadable.csv-empty'));
  const findings: ImportFinding[] = [];
  const plan = sheetToPlan({ headerLine: header.line, header: header.cells.map(String), rows: data }, options, findings);
  return { plans: plan.milestones.length > 0 ? [plan] : [], findings };
}

/**
 * csv-parse's error as a message. A quote it cannot read is said in our words, where it is and how to write it
 * (csv-parse said "Quote Not Closed: the parsing is finished with an opening quote at line 4", the line where the file
 * ended, not where the quote opened: a tester's finding); anything else in its own words, after its line.
 */
function describeCsvError(body: string, error: unknown): Message {
  const e = error as { code?: unknown; lines?: unknown; column?: unknown };
  const line = typeof e.lines === 'number' ? e.lines : null;
  const field = typeof e.column === 'number' ? e.column + 1 : null;
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
    const at = unclosedQuote(body);
    if (at !== undefined) return msg('import.unreadable.csv-quote', { kind: 'unclosed', ...at, field: null });
  }
  if (line !== null && e.code === 'INVALID_OPENING_QUOTE') return msg('import.unreadable.csv-quote', { kind: 'opening', line, column: null, field });
  if (line !== null && e.code === 'CSV_INVALID_CLOSING_QUOTE') return msg('import.unreadable.csv-quote', { kind: 'closing', line, column: null, field });
  const reason = error instanceof Error ? error.message.replace(/^Invalid [^:]*: /, '') : String(error);
  return msg('import.unreadable.csv-parse', { line, reason });
}

/**
 * Where the quote that opens a field never closed starts (1-based line and UTF-16 column), as RFC 4180 reads quotes:
 * one at a field's start opens it, two inside stand for one, one followed by anything else closes it.
 */
function unclosedQuote(text: string): { line: number; column: number } | undefined {
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 0x22) continue;
    if (open < 0) open = i;
    else if (text.charCodeAt(i + 1) === 0x22) i++;
    else open = -1;
  }
  if (open < 0) return undefined;
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < open; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: open - lineStart + 1 };
}

/** Line breaks inside a record's raw text (quoted multi-line cells), not counting the one that ends it. */
function lineBreaks(raw: string): number {
  const inner = raw.replace(/\r?\n$/, '');
  let n = 0;
  for (let i = inner.indexOf('\n'); i >= 0; i = inner.indexOf('\n', i + 1)) n++;
  return n;
}
