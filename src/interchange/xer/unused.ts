// Tables milepel has no place for: resource assignments and costs one line per row, other data tables one line each.
import { msg } from '../../messages/index.js';
import type { ImportFinding } from '../finding.js';
import type { Activity } from './activities.js';
import { cell, type XerTable } from './tables.js';
import { writtenNumber } from '../written-number.js';

/** Read by the import, or lists of names only (currencies, units, code types): nothing to report. */
const SILENT = new Set([
  'PROJECT', 'CALENDAR', 'TASK', 'TASKPRED', 'PROJWBS', 'SCHEDOPTIONS', 'CURRTYPE', 'OBS', 'POBS', 'UDFTYPE', 'RCATTYPE', 'RCATVAL',
  'UMEASURE', 'COSTTYPE', 'ACTVTYPE', 'ACTVCODE', 'RSRC', 'RSRCRATE', 'RSRCRCAT', 'ROLES', 'ROLERATE', 'MEMOTYPE', 'FINTMPL', 'NONWORK',
  'PCATTYPE', 'PCATVAL', 'ACCOUNT', 'SHIFT', 'SHIFTPER', 'LOCATION', 'ISSUHIST', 'WBSSTEP',
]);

export function reportUnusedTables(tables: ReadonlyMap<string, XerTable>, activities: ReadonlyMap<string, Activity>, findings: ImportFinding[]): void {
  for (const [name, table] of tables) {
    if (SILENT.has(name) || table.rows.length === 0) continue;
    if (name === 'TASKRSRC') {
      for (const row of table.rows) {
        const a = activities.get(cell(table, row, 'task_id'));
        const cost = Number(cell(table, row, 'target_cost'));
        findings.push({ kind: 'dropped', topic: 'resource', line: row.line, ...(a !== undefined ? { activity: a.id } : {}), message: msg('import.xer.resource', { id: a?.id ?? null, task: cell(table, row, 'task_id'), resource: cell(table, row, 'rsrc_id'), units: writtenNumber(cell(table, row, 'target_qty') || '0'), cost: Number.isFinite(cost) && cost !== 0 ? cost : null }) });
      }
    } else if (name === 'PROJCOST') {
      for (const row of table.rows) {
        const a = activities.get(cell(table, row, 'task_id'));
        findings.push({ kind: 'dropped', topic: 'cost', line: row.line, ...(a !== undefined ? { activity: a.id } : {}), message: msg('import.xer.expense', { id: a?.id ?? null, task: cell(table, row, 'task_id'), item: cell(table, row, 'cost_name'), cost: writtenNumber(cell(table, row, 'target_cost') || '0') }) });
      }
    } else {
      findings.push({ kind: 'dropped', topic: 'table', line: table.line, message: msg('import.xer.table', { table: name, rows: table.rows.length }) });
    }
  }
}
