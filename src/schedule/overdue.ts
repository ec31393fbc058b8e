// The one home of "overdue" (SPEC §4 rule overdue, §6 status overdue, the Gantt's late mark): not achieved, projected before T.
import type { DateValue, DayNumber } from '../calendar/index.js';

/**
 * True when the milestone has no actual date and its projected date p(M) (SPEC §5) is before the status date T.
 * A milestone projected exactly on T is not overdue: it can still be achieved that day.
 */
export function isOverdue(m: { readonly actual: DateValue | undefined }, projected: DayNumber, today: DayNumber): boolean {
  return m.actual === undefined && projected < today;
}
