// The holidays and closed days a driving chain crosses (SPEC §14): the days the calendar skipped where the chain
// counts working days, each with its name (a Message, rendered per locale).
import { durationDays, isWorkingUnit, type DayNumber, type WorkCalendar } from '../calendar/index.js';
import type { Message } from '../messages/index.js';
import type { Workspace } from '../model/types.js';
import { LAST_DAY } from '../schedule/date-range.js';
import type { Schedule } from '../schedule/cpm.js';
import type { ChainStep } from './explain.js';

export interface NonWorkingDay {
  readonly day: DayNumber;
  /** `calendar.holiday` or `calendar.closed`: why the calendar skips it. */
  readonly reason: Message;
}

/** Longest span looked at per chain step, in calendar days (about 300 years) from its start: a guard against absurd lags. */
const MAX_SPAN_DAYS = 110_000;

/**
 * The days crossed are those inside a span the schedule counts in working days (SPEC §5), in the step's own plan's
 * calendar: a step's lag from its anchor (the previous step's finish, its start for SS and SF links) to where the
 * lag ends; for FS and SS links its duration, from there to p(step); for the first step (held by its own date) its
 * duration, from its start s to p(step). A lag or duration in elapsed units (`ed`, `ew`) counts calendar days,
 * which no holiday moves, so its span lists nothing. A span is looked at for MAX_SPAN_DAYS from its start, up to
 * 9999-12-31. Weekend days are left out: only days that would otherwise be
 * working days (a holiday on a Sunday costs nothing) are listed, sorted by date.
 */
export function nonWorkingDaysCrossed(ws: Workspace, s: Schedule, chain: readonly ChainStep[]): NonWorkingDay[] {
  const found = new Map<DayNumber, Message>();
  const collect = (calendar: WorkCalendar, from: DayNumber, to: DayNumber): void => {
    // From the span's start, where the count begins (tester round 105 F2: a 1d lag on a calendar closed to 9999-12-31
    // listed the 300 years before 9999, not the days after the driver), and never past the last date that can be written.
    const end = Math.min(to, from + MAX_SPAN_DAYS, LAST_DAY);
    for (let d = from + 1; d <= end; d++) {
      if (found.has(d)) continue;
      const reason = calendar.nonWorkdayReason(d);
      if (reason !== undefined && (reason.id === 'calendar.holiday' || reason.id === 'calendar.closed')) found.set(d, reason);
    }
  };
  chain.forEach((step, i) => {
    const calendar = ws.plans[ws.milestones[step.node]!.plan]!.calendar;
    // The held date when p(step) is left out (date-range): the days listed are real ones, up to 9999-12-31.
    const to = s.projected[step.node]!;
    const durationCounts = isWorkingUnit(step.duration.unit) && durationDays(step.duration) !== 0;
    if (i === 0 || step.lag === undefined) {
      if (durationCounts) collect(calendar, s.start[step.node]!, to);
      return;
    }
    const prev = chain[i - 1]!.node;
    const anchor = step.type === 'SS' || step.type === 'SF' ? s.start[prev]! : s.projected[prev]!;
    const lag = durationDays(step.lag);
    const lagCounts = isWorkingUnit(step.lag.unit) && lag !== 0;
    const lagEnd = lagCounts ? calendar.add(anchor, lag) : anchor + lag;
    if (lagCounts) collect(calendar, Math.min(anchor, lagEnd), Math.max(anchor, lagEnd));
    // FS and SS add the step's duration after the lag; FF and SF tie its finish, and its duration plays no part.
    if (durationCounts && (step.type === 'FS' || step.type === 'SS')) collect(calendar, lagEnd, to);
  });
  return [...found].sort((a, b) => a[0] - b[0]).map(([day, reason]) => ({ day, reason }));
}
