// A milestone sheet as XLSX (exceljs, loaded only when needed): date cells or text dates; merged header cells and formulas reported.
import { dayFromYmd } from '../../calendar/index.js';
import { UnreadableInput, type ImportFinding } from '../finding.js';
import type { ImportedPlan } from '../plan-model.js';
import { sheetToPlan, type SheetOptions, type SheetRow, type SheetValue } from './rows.js';

interface CellLike {
  readonly value: unknown;
  readonly isMerged: boolean;
  readonly master: { readonly address: string };
  readonly address: string;
  readonly formula?: string;
  readonly result?: unknown;
}

/** A cell's value as sheet text or a day; formulas give their saved result and a finding. */
function cellValue(cell: CellLike, line: number, findings: ImportFinding[]): SheetValue {
  let value = cell.value;
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value)) {
    const result = (value as { result?: unknown }).result;
    const formula = (value as { formula?: string }).formula ?? (value as { sharedFormula?: string }).sharedFormula ?? '';
    const hasResult = result !== undefined && result !== null && !(typeof result === 'object' && !(result instanceof Date));
    findings.push({ kind: hasResult ? 'approximated' : 'dropped', topic: 'formula', line, message: `cell ${cell.address} holds the formula =${formula}: ${hasResult ? 'its saved result is imported as a value' : 'it has no saved result, so the cell is read as empty'}` });
    value = hasResult ? result : '';
  }
  if (value instanceof Date) return { day: dayFromYmd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) };
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return ((value as { richText: { text: string }[] }).richText).map((r) => r.text).join('');
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('error' in value) {
      findings.push({ kind: 'dropped', topic: 'value', line, message: `cell ${cell.address} holds the error ${String((value as { error: unknown }).error)}; read as empty` });
      return '';
    }
    return '';
  }
  return String(value);
}

export async function importXlsx(bytes: Uint8Array, options: SheetOptions): Promise<{ plans: ImportedPlan[]; findings: ImportFinding[] }> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableInput(`not a readable XLSX workbook (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (sheet === undefined) throw new UnreadableInput('the workbook has no sheet with rows');
  const findings: ImportFinding[] = [];
  const rows: SheetRow[] = [];
  let header: { line: number; cells: string[] } | undefined;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetValue[] = [];
    const count = Math.max(row.cellCount, header?.cells.length ?? 0);
    for (let c = 1; c <= count; c++) {
      const cell = row.getCell(c) as unknown as CellLike;
      if (header === undefined && cell.isMerged && cell.master.address !== cell.address) {
        findings.push({ kind: 'approximated', topic: 'header', line: rowNumber, message: `header cell ${cell.address} is merged into ${cell.master.address}: a merged header names one column only; column ${c} is read as having no header` });
        cells.push('');
        continue;
      }
      cells.push(cellValue(cell, rowNumber, findings));
    }
    if (header === undefined) header = { line: rowNumber, cells: cells.map((v) => (typeof v === 'string' ? v : '')) };
    else rows.push({ line: rowNumber, cells });
  });
  if (header === undefined) throw new UnreadableInput('the sheet is empty');
  if (workbook.worksheets.filter((ws) => ws.actualRowCount > 0).length > 1) findings.push({ kind: 'dropped', topic: 'sheet', message: `only the first sheet with rows ("${sheet.name}") was read; the workbook has others` });
  const plan = sheetToPlan({ headerLine: header.line, header: header.cells, rows }, options, findings);
  return { plans: plan.milestones.length > 0 ? [plan] : [], findings };
}
