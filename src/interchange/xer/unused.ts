// Tables milepel has no place for: resource assignments and costs one line per row, other data tables one line each.
import type { ImportFinding } from '../finding.js';
import type { Activity } from './activities.js';
import { cell, type XerTable } from './tables.js';

/** Read by the import, or lists of names only (currencies, units, code types): nothing to report. */
const SILENT = new Set([
  'PROJECT', 'CALENDAR', 'TASK', 'TASKPRED', 'PROJWBS', 'SCHEDOPTIONS', 'CURRTYPE', 'OBS', 'POBS', 'UDFTYPE', 'RCATTYPE', 'RCATVAL',
  'UMEASURE', 'COSTTYPE', 'ACTVTYPE', 'ACTVCODE', 'RSRC', 'RSRCRATE', 'RSRCRCAT', 'ROLES', 'ROLERATE', 'MEMOTYPE', 'FINTMPL', 'NONWORK',
  'PCATTYPE', 'PCATVAL', 'ACCOUNT', 'SHIFT', 'SHIFTPER', 'LOCATION', 'ISSUHIST', 'WBSSTEP',
]);

const WHAT: ReadonlyMap<string, string> = new Map([
  ['TASKACTV', 'activity code assignments'],
  ['UDFVALUE', 'user-defined field values'],
  ['TASKPROC', 'activity steps (progress inside activities)'],
  ['TASKMEMO', 'activity notebooks'],
  ['TASKNOTE', 'activity notes'],
  ['PROJPCAT', 'project code assignments'],
  ['RSRCCURV', 'resource curves'],
  ['TASKFIN', 'financial periods'],
  ['TRSRCFIN', 'resource financials'],
  ['PROJISSU', 'issues'],
  ['PROJTHRS', 'thresholds'],
  ['RISKTYPE', 'risk types'],
]);

export function reportUnusedTables(tables: ReadonlyMap<string, XerTable>, activities: ReadonlyMap<string, Activity>, findings: ImportFinding[]): void {
  for (const [name, table] of tables) {
    if (SILENT.has(name) || table.rows.length === 0) continue;
    if (name === 'TASKRSRC') {
      for (const row of table.rows) {
        const a = activities.get(cell(table, row, 'task_id'));
        const cost = Number(cell(table, row, 'target_cost'));
        const costText = Number.isFinite(cost) && cost !== 0 ? `, planned cost ${cost}` : '';
        findings.push({ kind: 'dropped', topic: 'resource', line: row.line, ...(a !== undefined ? { activity: a.id } : {}), message: `${a?.id ?? `task ${cell(table, row, 'task_id')}`}: resource assignment (resource ${cell(table, row, 'rsrc_id')}, ${cell(table, row, 'target_qty') || '0'} units${costText}) not imported` });
      }
    } else if (name === 'PROJCOST') {
      for (const row of table.rows) {
        const a = activities.get(cell(table, row, 'task_id'));
        findings.push({ kind: 'dropped', topic: 'cost', line: row.line, ...(a !== undefined ? { activity: a.id } : {}), message: `${a?.id ?? `task ${cell(table, row, 'task_id')}`}: expense "${cell(table, row, 'cost_item')}" (${cell(table, row, 'target_cost') || '0'}) not imported` });
      }
    } else {
      findings.push({ kind: 'dropped', topic: 'table', line: table.line, message: `table ${name} (${table.rows.length} ${WHAT.get(name) ?? 'rows'}) not imported` });
    }
  }
}
