// A P6 project's dates as its plan's: data date → status_date, planned start → start, must-finish-by → finish, and
// the critical float threshold; a date field that is no date is said, never dropped without a word.
import { formatDay } from '../../calendar/index.js';
import { msg } from '../../messages/index.js';
import type { ImportFinding } from '../finding.js';
import type { XerCalendar } from './calendar.js';
import { criticalThreshold } from './critical.js';
import { finishDay, instantProblem, parseInstant, readStatusDate, type Instant } from './instant.js';
import type { XerProject } from './project.js';
import { cell } from './tables.js';

/**
 * The instant of a PROJECT date field, undefined when it is empty or no date; one that is no date is said at the
 * project's line with what the plan then lacks (`lost`): tester round 66 F4, `last_recalc_date` "garbage" was
 * "imported exactly", and the plan's status date became the system date (every activity overdue).
 */
function readProjectDate(project: XerProject, field: string, lost: 'status_date' | 'start' | 'finish', findings: ImportFinding[]): Instant | undefined {
  const value = cell(project.table, project.row, field);
  if (value.trim() === '') return undefined;
  const at = parseInstant(value);
  if (at === undefined) findings.push({ kind: 'approximated', topic: 'dates', line: project.line, message: msg('import.project-date-unusable', { project: project.shortName || project.id, field, value, problem: instantProblem(value), lost }) });
  return at;
}

/**
 * The plan's status date from the project's data date (readStatusDate), said when the field is no date or empty (P6
 * writes one for every project; without it the plan's reports count from the day they run: tester round 68 F9);
 * undefined without one.
 */
export function readDataDate(project: XerProject | undefined, cal: XerCalendar, findings: ImportFinding[]): ReturnType<typeof readStatusDate> | undefined {
  if (project !== undefined && cell(project.table, project.row, 'last_recalc_date').trim() === '') {
    findings.push({ kind: 'approximated', topic: 'dates', line: project.line, message: msg('import.xer.no-data-date', { project: project.shortName || project.id }) });
  }
  const at = project === undefined ? undefined : readProjectDate(project, 'last_recalc_date', 'status_date', findings);
  return at === undefined ? undefined : readStatusDate(cal, at, 'P6 data date');
}

/**
 * critical = P6's critical float threshold in whole working days (critical.ts says what it cannot hold in `findings`);
 * status_date = the data date (statusDay: one at the start of a day's work is the end of the working day before);
 * start = the planned start; finish = the must-finish-by date (plan_end_date), which P6 took the late dates of open
 * ends from (SPEC §10). Without one, P6 took them from the project's scheduled finish (scd_end_date), as milepel takes
 * them from the plan's own projected finish (§5): that date is no commitment, and written as `plan.finish` it made
 * P6's zero-float path negative wherever hours rounded up to whole days (tester round 57 F5: shell-and-core's critical
 * path at -5, 33 `negative-float` findings, and a commitment "missed" by a fresh import). It is written as a comment
 * where `finish` would be (`finishNote`).
 */
export function projectDates(project: XerProject | undefined, cal: XerCalendar, dataDay: number | undefined, findings: ImportFinding[]): { start?: string; statusDate?: string; finish?: string; finishNote?: string; critical?: number } {
  if (project === undefined) return {};
  const get = (field: string): string => cell(project.table, project.row, field);
  const start = readProjectDate(project, 'plan_start_date', 'start', findings);
  const mustFinishBy = readProjectDate(project, 'plan_end_date', 'finish', findings);
  // A must-finish-by date that is no date is said as such, not as none (tester round 66 F4: the comment said the file had none).
  const scheduled = mustFinishBy === undefined && get('plan_end_date').trim() === '' ? parseInstant(get('scd_end_date')) : undefined;
  const critical = criticalThreshold(project, cal, findings);
  return {
    ...(critical !== undefined ? { critical } : {}),
    ...(start !== undefined ? { start: formatDay(start.day) } : {}),
    ...(dataDay !== undefined ? { statusDate: formatDay(dataDay) } : {}),
    ...(mustFinishBy !== undefined ? { finish: formatDay(finishDay(cal, mustFinishBy).day) } : {}),
    ...(scheduled !== undefined ? { finishNote: scheduledFinishNote(formatDay(finishDay(cal, scheduled).day)) } : {}),
  };
}

/** The comment written where `finish` would be, for a project whose finish P6 scheduled but nobody committed to. */
function scheduledFinishNote(day: string): string {
  return `P6's scheduled finish: ${day} (no must-finish-by date: late dates run from the projected finish, as in P6)`;
}

