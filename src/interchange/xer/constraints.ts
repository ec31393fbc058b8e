// P6 activity constraints → `deadline` where milepel can hold them; every other kind is reported (SPEC §10).
import { msg } from '../../messages/index.js';
import type { ImportFinding } from '../finding.js';
import type { XerCalendar } from './calendar.js';
import { finishDay, parseInstant } from './instant.js';

const NAMES: ReadonlyMap<string, string> = new Map([
  ['CS_MSO', 'Start On'],
  ['CS_MSOA', 'Start On or After'],
  ['CS_MSOB', 'Start On or Before'],
  ['CS_MEO', 'Finish On'],
  ['CS_MEOA', 'Finish On or After'],
  ['CS_MEOB', 'Finish On or Before'],
  ['CS_ALAP', 'As Late As Possible'],
  ['CS_MANDSTART', 'Mandatory Start'],
  ['CS_MANDFIN', 'Mandatory Finish'],
]);

/**
 * The deadline a constraint gives, if any. Finish On or Before is a deadline exactly. Finish On and
 * Mandatory Finish bound the late finish the same way (kept as the deadline) and also hold the early
 * finish, which milepel keeps only through the forecast: reported as approximated. The others cannot be
 * written in a plan file and are reported; Finish On or After on or before `currentDay` (the activity's
 * imported current date) with that date, which milepel's own floor c(M) keeps for now.
 */
export function constraintDeadline(type: string, date: string, cal: XerCalendar, where: { line: number; activity: string }, findings: ImportFinding[], currentDay?: number): number | undefined {
  if (type === '') return undefined;
  const name = NAMES.get(type) ?? type;
  const at = parseInstant(date);
  const isFinishBound = type === 'CS_MEOB' || type === 'CS_MEO' || type === 'CS_MANDFIN';
  if (isFinishBound && at !== undefined) {
    const day = finishDay(cal, at).day;
    if (type !== 'CS_MEOB') findings.push({ kind: 'approximated', topic: 'constraint', ...where, message: msg('import.constraint-kept-as-deadline', { id: where.activity, name, day }) });
    return day;
  }
  // Finish On or After bounds only the early finish from below; on or before the activity's imported current date
  // milepel's floor c(M) (SPEC §5) holds it, and the schedule is the same today. It is no constraint of the plan all
  // the same: a date or forecast moved earlier loses it, so it is said, with the date that holds it (tester round 57
  // F2: "Finish On or After" on P6's own early finish was left out without a line).
  // A finish bound whose date is no date is not kept for that reason, said as such (tester round 66 F11: "milepel holds
  // only finish-no-later-than" was said of a Finish On or Before, which is one).
  if (isFinishBound) {
    findings.push({ kind: 'dropped', topic: 'constraint', ...where, message: msg('import.constraint-dropped', { id: where.activity, name, day: null, asap: false, badDate: date.trim() }) });
    return undefined;
  }
  const isHeld = type === 'CS_MEOA' && at !== undefined && currentDay !== undefined && finishDay(cal, at).day <= currentDay;
  findings.push({ kind: 'dropped', topic: 'constraint', ...where, message: msg('import.constraint-dropped', { id: where.activity, name, day: at?.day ?? null, asap: type === 'CS_ALAP', ...(isHeld ? { heldBy: currentDay } : {}) }) });
  return undefined;
}
