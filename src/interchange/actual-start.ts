// A finished activity's actual start, which no plan field holds, against the start of work the written plan derives.
import { formatDuration, isWorkingUnit, parseDayDate, WorkCalendar, type DayNumber, type Duration } from '../calendar/index.js';
import { msg, type Message } from '../messages/index.js';
import type { ImportedCalendar } from './plan-model.js';
import type { XerCalendar } from './xer/calendar.js';
import { finishDay, workingDayOf, type Instant } from './xer/instant.js';

const workCalendars = new WeakMap<ImportedCalendar, WorkCalendar>();

/** The plan.calendar an import writes, as the schedule will read it: `holidays: none`, its workdays, its closed days. */
export function planWorkCalendar(cal: ImportedCalendar): WorkCalendar {
  let known = workCalendars.get(cal);
  if (known === undefined) {
    const closed = cal.closed.flatMap((text) => {
      const [from, to = from] = text.split('..').map((part) => parseDayDate(part));
      return from === undefined || to === undefined ? [] : [{ from, to }];
    });
    known = new WorkCalendar({ holidays: 'none', workdays: cal.workdays, closed });
    workCalendars.set(cal, known);
  }
  return known;
}

/**
 * The first day of work after the end of day `s` (SPEC §5's JSON `start`): the plan's working day after it for working
 * units, the day after it for elapsed ones.
 */
function dayAfter(plan: WorkCalendar, s: DayNumber, duration: Duration): DayNumber {
  return isWorkingUnit(duration.unit) ? plan.add(s, 1) : s + 1;
}

export interface FinishedActivity {
  readonly id: string;
  /** The source's actual start instant. */
  readonly started: Instant;
  /** How the English text writes that instant, as the source does (P6 `2021-11-01 08:00`, XML `2021-11-01T08:00:00`). */
  readonly form: 'p6' | 'xml';
  /** The activity's own calendar, which its dates are read in (finishDay). */
  readonly calendar: XerCalendar;
  /** The written plan's calendar (planWorkCalendar). */
  readonly plan: WorkCalendar;
  /** The day written as `actual`. */
  readonly finish: DayNumber;
  /** The duration written (the original one: SPEC §10). */
  readonly duration: Duration;
  /**
   * Whether a start in a day without work is the end of the working day before, as the finish was read
   * (mspdi/task-dates.ts workingEnd): a milestone started and finished Sunday 17:00 then starts where it finishes.
   */
  readonly inWorkingTime?: boolean;
}

/**
 * What to say of a finished activity whose actual start is not where the written plan puts the start of its work,
 * undefined when it is there. milepel has no actual start: the plan's start is s = sub(actual, duration) (SPEC §5),
 * and its work begins the working day after s. The actual start is read as a finish is (finishDay): at or before its
 * day's work it is the end of the working day before, so work begun Monday 08:00 follows a Friday s. Done in fewer
 * days than planned, an activity's derived start lies before its actual one, and an FS predecessor finished in between
 * fails dependency-order on a plan the import wrote (tester round 57 F4: 130 such errors on a P6 sample).
 */
export function actualStartMessage(a: FinishedActivity): Message | undefined {
  const derived = a.duration.n === 0 ? a.finish : dayAfter(a.plan, a.plan.subDuration(a.finish, a.duration), a.duration);
  const read = finishDay(a.calendar, a.started).day;
  const before = a.inWorkingTime === true ? workingDayOf(a.calendar, read) : read;
  const begun = a.duration.n === 0 ? before : dayAfter(a.plan, before, a.duration);
  if (begun === derived) return undefined;
  // The duration that would put it there, in days of the written unit's kind: the fix, for whoever wants validate clean.
  const isWorking = isWorkingUnit(a.duration.unit);
  const days = isWorking ? a.plan.between(before, a.finish) : a.finish - before;
  return msg('import.actual-start', {
    id: a.id,
    at: a.started.day,
    minute: a.started.minute,
    form: a.form,
    finish: a.finish,
    duration: formatDuration(a.duration),
    derived,
    isEarlier: derived < begun,
    actualDuration: days > 0 ? `${days}${isWorking ? 'd' : 'ed'}` : null,
  });
}
