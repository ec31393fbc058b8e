// How the P6 project defines its critical activities, as milepel's `plan.critical` (SPEC §5, §10).
import { msg } from '../../messages/index.js';
import { MAX_DURATION_N } from '../../calendar/index.js';
import type { ImportFinding } from '../finding.js';
import type { XerCalendar } from './calendar.js';
import type { XerProject } from './project.js';
import { cell } from './tables.js';

/**
 * The project's critical float threshold (PROJECT.critical_drtn_hr_cnt, hours) as `plan.critical`, in whole working
 * days of the plan calendar `cal` (floats are whole working days, so the whole days in it mark the same milestones);
 * undefined for 0, none, or a project P6 defines by its longest path only.
 * Said, as `approximated` findings at the PROJECT row's line (as MS Project's CriticalSlackLimit is, mspdi/index.ts):
 * a threshold no plan can hold (no number, negative, past MAX_DURATION_N days: the nearest one it can is used), and
 * `critical_path_type = CT_LongPath` (P6's "longest path"): milepel marks milestones critical by total float only
 * (SPEC §5), so its critical path may name other activities than P6's.
 */
export function criticalThreshold(project: XerProject, cal: XerCalendar, findings: ImportFinding[]): number | undefined {
  const written = cell(project.table, project.row, 'critical_drtn_hr_cnt').trim();
  const hours = Number(written);
  let days = 0;
  if (written !== '') {
    const exact = Number.isFinite(hours) && cal.dayMinutes > 0 ? Math.floor((hours * 60) / cal.dayMinutes + 1e-9) : 0;
    days = Math.min(MAX_DURATION_N, Math.max(0, exact));
    if (!Number.isFinite(hours) || hours < 0 || exact > MAX_DURATION_N) {
      findings.push({ kind: 'approximated', topic: 'project', line: project.line, message: msg('import.xer.critical-limit', { value: written, days, max: MAX_DURATION_N }) });
    }
  }
  if (cell(project.table, project.row, 'critical_path_type').trim() === 'CT_LongPath') {
    findings.push({ kind: 'approximated', topic: 'project', line: project.line, message: msg('import.xer.longest-path', { days }) });
  }
  return days > 0 ? days : undefined;
}
