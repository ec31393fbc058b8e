// The data of the calendar's messages: why a day is not a working day (SPEC §3).
import type { DayNumber } from '../../calendar/index.js';

type Empty = Readonly<Record<never, never>>;

export interface CalendarMessages {
  /** ISO weekday 1 (Monday) … 7 (Sunday) that is not a workday of the calendar. */
  'calendar.weekday': { weekday: number };
  /** A Norwegian public holiday (named in the locale; two names when two fall together). */
  'calendar.holiday': { day: DayNumber };
  /** A day inside one of `plan.calendar.closed`'s ranges (from = to for a single day). */
  'calendar.closed': { from: DayNumber; to: DayNumber };
  'calendar.no-workdays': Empty;
  'calendar.not-workday': Empty;
}
