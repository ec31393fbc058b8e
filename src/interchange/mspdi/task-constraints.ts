// An MSPDI task's <Deadline> and constraint → its milestone's `deadline` where milepel can hold them; every other
// constraint said (SPEC §10), as a P6 activity's are (xer/constraints.ts).
import { msg } from '../../messages/index.js';
import { finishDay } from '../xer/instant.js';
import type { MspdiTaskFields } from './parts.js';
import { usableFinish, type TaskFinishes } from './task-dates.js';
import { xmlInstant, type TaskScope } from './task-scope.js';

/** MS Project's <ConstraintType> codes 0–7, by their names. */
const CONSTRAINTS = ['As Soon As Possible', 'As Late As Possible', 'Must Start On', 'Must Finish On', 'Start No Earlier Than', 'Start No Later Than', 'Finish No Earlier Than', 'Finish No Later Than'];

/**
 * The deadline (day number) the task's <ConstraintType> and <ConstraintDate> give, if any. Finish No Later Than (7)
 * is a deadline; Must Finish On (3) bounds the finish the same way (kept as the deadline) and also holds it, which
 * milepel keeps only through the forecast: said. Every other kind but As Soon As Possible (0) is no part of a plan,
 * and said; `currentDay` is the milestone's current date c(M).
 */
function constraintDeadline(node: MspdiTaskFields, task: TaskScope, currentDay: number): number | undefined {
  const ctype = Number(node.constraintType || '0');
  const cdate = xmlInstant(node.constraintDate);
  if (ctype === 7 || ctype === 3) {
    const day = cdate === undefined ? undefined : finishDay(task.calendar, cdate).day;
    if (ctype === 3) task.note('approximated', 'constraint', msg('import.constraint-kept-as-deadline', { id: task.id, name: 'Must Finish On', day: cdate?.day ?? null }));
    return day;
  }
  if (ctype === 0) return undefined;
  // Finish No Earlier Than bounds only the early finish from below; on or before the milestone's current date c(M)
  // (SPEC §5: actual, else the forecast = this Finish, else the date) milepel's floor holds it, and the schedule is
  // the same today. milepel's own export writes it on every task at c(M) (or later, for a link it cannot write), a
  // task whose Finish, its projected date, is never earlier: its files come back without a finding (#14). One the
  // user set is no constraint of the plan all the same: said, with the date that holds it (tester round 57 F2).
  const isHeld = ctype === 6 && cdate !== undefined && finishDay(task.calendar, cdate).day <= currentDay;
  if (!isHeld || !node.isExportedTask) task.note('dropped', 'constraint', msg('import.constraint-dropped', { id: task.id, name: CONSTRAINTS[ctype] ?? String(ctype), day: cdate?.day ?? null, asap: false, ...(isHeld ? { heldBy: currentDay } : {}) }));
  return undefined;
}

/**
 * The milestone's deadline (day number): the earlier of the task's <Deadline> (usableFinish) and the one its
 * constraint gives (constraintDeadline, at c(M): the actual finish, else the Finish, else `date`, the milestone's date
 * from dateOf); undefined for neither. Says a Deadline that gives no day, then the constraint.
 */
export function taskDeadline(node: MspdiTaskFields, task: TaskScope, finishes: TaskFinishes, date: number): number | undefined {
  const deadline = usableFinish(task, 'Deadline', node.deadline);
  const bound = constraintDeadline(node, task, finishes.actual?.day ?? finishes.current?.day ?? date);
  return deadline === undefined ? bound : bound === undefined ? deadline.day : Math.min(deadline.day, bound);
}
