// A milestone sheet as CSV (`,`, `;` or tab; UTF-8 with or without BOM, or UTF-16 by its BOM) → one plan, via csv-parse.
import { Buffer } from 'node:buffer';
import { msg, msg0, type Message } from '../../messages/index.js';
import { parse } from 'csv-parse/sync';
import { findQuoteProblem, lineCounter, skipLineBreaks } from './csv-lines.js';
import { UnreadableInput, type ImportFinding } from '../finding.js';
import type { ImportedLinkAt, ImportedPlan } from '../plan-model.js';
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
  /** `bytes`: the UTF-8 byte offset just past the record and its line break. */
  readonly info: { readonly bytes: number };
}

/**
 * The plan of a CSV milestone sheet (SPEC §10), the findings of what it could not carry over at the lines their rows
 * start on, and every link kept with its line (for loops.ts). Throws UnreadableInput for text that is no CSV sheet.
 */
export function importCsv(text: string, options: SheetOptions): { plans: ImportedPlan[]; findings: ImportFinding[]; links: ImportedLinkAt[] } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.includes('\u0000')) throw new UnreadableInput(msg0('import.unreadable.csv-nul'));
  let records: Parsed[];
  const separator = guessSeparator(body);
  try {
    records = parse(body, { delimiter: separator, relax_column_count: true, info: true, skip_empty_lines: true, bom: true }) as unknown as Parsed[];
  } catch (error) {
    throw new UnreadableInput(describeCsvError(body, separator, error));
  }
  // A row's line is where it starts: past the end of the record before it and the blank lines skipped since, counted
  // here (csv-parse's info.lines took a CRLF inside a quoted cell for two lines, and so every later row's line was one
  // too high: tester round 20 #1).
  const bytes = Buffer.from(body, 'utf8');
  const lineAt = lineCounter(bytes);
  let end = 0;
  const rows: SheetRow[] = records.map((r) => {
    const line = lineAt(skipLineBreaks(bytes, end));
    end = r.info.bytes;
    return { line, cells: r.record };
  });
  const [header, ...data] = rows;
  if (header === undefined) throw new UnreadableInput(msg0('import.unreadable.csv-empty'));
  const findings: ImportFinding[] = [];
  const links: ImportedLinkAt[] = [];
  const plan = sheetToPlan({ headerLine: header.line, header: header.cells.map(String), rows: data }, options, findings, links);
  return { plans: plan.milestones.length > 0 ? [plan] : [], findings, links };
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
