// P6's enumerated values the import reads (activity types, statuses, the lag calendar) and the TASK columns it needs:
// a value P6 does not write, or a duration column missing, is said (tester round 66 F6: read silently as "exact").
import { msg } from '../../messages/index.js';
import type { ImportFinding } from '../finding.js';
import { cell, type XerTable } from './tables.js';

/** P6's activity types (TASK.task_type). */
export const TASK_TYPES: ReadonlySet<string> = new Set(['TT_Task', 'TT_Rsrc', 'TT_LOE', 'TT_Mile', 'TT_FinMile', 'TT_WBS']);
/** P6's activity statuses (TASK.status_code). */
export const STATUS_CODES: ReadonlySet<string> = new Set(['TK_NotStart', 'TK_Active', 'TK_Complete']);
/** The calendars P6 can count a link's lag on (SCHEDOPTIONS.sched_calendar_on_relationship_lag). */
const LAG_CALENDARS: ReadonlySet<string> = new Set(['rcal_Predecessor', 'rcal_Successor', 'rcal_ProjDefault', 'rcal_24Hour']);
const MILESTONE_TYPES: ReadonlySet<string> = new Set(['TT_Mile', 'TT_FinMile']);

/**
 * The calendar a project's lags are counted on: its SCHEDOPTIONS row's (else the table's first row's), P6's default
 * `rcal_Predecessor` when none is given, and for a value P6 does not write, said once per row at its line (`said`:
 * the rows said so far, since projects without a row of their own share the first).
 */
export function readLagRule(table: XerTable | undefined, projId: string, project: string, said: Set<number>, findings: ImportFinding[]): string {
  const row = table === undefined ? undefined : (table.rows.find((r) => cell(table, r, 'proj_id') === projId) ?? table.rows[0]);
  const value = table === undefined || row === undefined ? '' : cell(table, row, 'sched_calendar_on_relationship_lag');
  if (value === '') return 'rcal_Predecessor';
  if (LAG_CALENDARS.has(value)) return value;
  if (row !== undefined && !said.has(row.line)) {
    said.add(row.line);
    findings.push({ kind: 'approximated', topic: 'link', line: row.line, message: msg('import.xer.unknown-value', { subject: project, field: 'sched_calendar_on_relationship_lag', value }) });
  }
  return 'rcal_Predecessor';
}

/**
 * Says once, at the TASK table's line, a TASK table without the `target_drtn_hr_cnt` column when an activity of it is
 * no milestone: every such activity then has no duration (a milestone has none anyway).
 */
export function sayNoDurationColumn(tasks: XerTable, findings: ImportFinding[]): void {
  if (tasks.fields.has('target_drtn_hr_cnt')) return;
  const count = tasks.rows.filter((row) => !MILESTONE_TYPES.has(cell(tasks, row, 'task_type'))).length;
  if (count > 0) findings.push({ kind: 'approximated', topic: 'hours', line: tasks.line, message: msg('import.xer.no-duration-column', { count }) });
}
