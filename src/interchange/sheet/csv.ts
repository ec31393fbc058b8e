// A milestone sheet as CSV (`,`, `;` or tab; UTF-8 with or without BOM, or UTF-16 by its BOM) → one plan, via csv-parse.
import { msg, msg0 } from '../../messages/index.js';
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
    const line = (error as { lines?: unknown }).lines;
    const reason = error instanceof Error ? error.message.replace(/^Invalid [^:]*: /, '') : String(error);
    throw new UnreadableInput(msg('import.unreadable.csv-parse', { line: typeof line === 'number' ? line : null, reason }));
  }
  const rows: SheetRow[] = records.map((r) => ({ line: r.info.lines - lineBreaks(r.raw), cells: r.record }));
  const [header, ...data] = rows;
  if (header === undefined) throw new UnreadableInput(msg0('import.unreadable.csv-empty'));
  const findings: ImportFinding[] = [];
  const plan = sheetToPlan({ headerLine: header.line, header: header.cells.map(String), rows: data }, options, findings);
  return { plans: plan.milestones.length > 0 ? [plan] : [], findings };
}

/** Line breaks inside a record's raw text (quoted multi-line cells), not counting the one that ends it. */
function lineBreaks(raw: string): number {
  const inner = raw.replace(/\r?\n$/, '');
  let n = 0;
  for (let i = inner.indexOf('\n'); i >= 0; i = inner.indexOf('\n', i + 1)) n++;
  return n;
}
