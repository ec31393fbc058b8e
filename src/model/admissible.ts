// SPEC §4.2's admissible interval for a milestone's meetings, [c ⊖ window, c ⊖ lead]: its one home, for the rule
// (schedule/meeting-before-milestone.ts) and for the meeting offered to a reference that names none (resolve-meetings.ts,
// rules/schema.ts), which is to be one the rule then admits (tester round 98 F3).
import type { DayNumber } from '../calendar/index.js';
import type { Plan } from './plan-types.js';

/** The admissible interval's bounds for current date `current` in `plan`; `from` is -Infinity without a window. */
export interface Admissible {
  readonly from: DayNumber;
  readonly to: DayNumber;
}

/** `c ⊖ lead`: working units go back in working days of the plan's calendar, elapsed units in calendar days. */
export function admissibleTo(plan: Pick<Plan, 'calendar' | 'governance'>, current: DayNumber): DayNumber {
  return plan.calendar.subDuration(current, plan.governance.lead);
}

/** `c ⊖ window`; -Infinity without a window (the interval is open to the past). */
export function admissibleFrom(plan: Pick<Plan, 'calendar' | 'governance'>, current: DayNumber): DayNumber {
  return plan.governance.window ? plan.calendar.subDuration(current, plan.governance.window) : -Infinity;
}

/** Both bounds. */
export function admissibleInterval(plan: Pick<Plan, 'calendar' | 'governance'>, current: DayNumber): Admissible {
  return { from: admissibleFrom(plan, current), to: admissibleTo(plan, current) };
}
