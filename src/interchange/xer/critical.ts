// How the P6 project defines its critical activities, as milepel's `plan.critical` (SPEC §5, §10).
import { msg } from '../../messages/index.js';
import { MAX_DURATION_N } from '../../calendar/index.js';
import type { ImportFinding } from '../finding.js';
import type { XerCalendar } from './calendar.js';
import type { XerProject } from './project.js';
import { cell } from './tables.js';
import { wholeCriticalDays } from '../critical-days.js';
import { writtenNumber } from '../written-number.js';

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
  let days = 0;
  if (written !== '') {
    const hours = Number(written);
    // A calendar without working minutes gives no days: only a threshold that is no number or negative is said.
    const whole = wholeCriticalDays(cal.dayMinutes > 0 || Number.isNaN(hours) ? (hours * 60) / cal.dayMinutes : Math.min(hours, 0), 1e-9);
    days = whole.days;
    if (whole.isOutside) {
      findings.push({ kind: 'approximated', topic: 'project', line: project.line, message: msg('import.xer.critical-limit', { value: writtenNumber(written), days, max: MAX_DURATION_N }) });
    }
  }
  if (cell(project.table, project.row, 'critical_path_type').trim() === 'CT_LongPath') {
    findings.push({ kind: 'approximated', topic: 'project', line: project.line, message: msg('import.xer.longest-path', { days }) });
  }
  return days > 0 ? days : undefined;
}
