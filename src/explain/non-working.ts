// The holidays and closed days a driving chain crosses (SPEC §14): the days the calendar skipped between the
// chain's first day of work and the node's projected date, each with its name (a Message, rendered per locale).
import type { DayNumber } from '../calendar/index.js';
import type { Message } from '../messages/index.js';
import type { Workspace } from '../model/types.js';
import type { Schedule } from '../schedule/cpm.js';
import type { ChainStep } from './explain.js';

export interface NonWorkingDay {
  readonly day: DayNumber;
  /** `calendar.holiday` or `calendar.closed`: why the calendar skips it. */
  readonly reason: Message;
}

/** Longest span looked at per chain step, in calendar days (about 300 years): a guard against absurd lags. */
const MAX_SPAN_DAYS = 110_000;

/**
 * Each step's span is (lo, p(step)] in its own plan's calendar, lo being where its constraint starts counting: the
 * previous step's finish (its start for SS and SF links), or the step's own start when its work begins earlier;
 * the first step's span is its own work (s, p]. Weekend days are left out: only days that would otherwise be working
 * days (a holiday on a Sunday costs nothing) are listed, sorted by date.
 */
export function nonWorkingDaysCrossed(ws: Workspace, s: Schedule, chain: readonly ChainStep[]): NonWorkingDay[] {
  const found = new Map<DayNumber, Message>();
  chain.forEach((step, i) => {
    const prev = i > 0 ? chain[i - 1]!.node : -1;
    const own = s.start[step.node]!;
    const from = prev < 0 ? own : Math.min(own, step.type === 'SS' || step.type === 'SF' ? s.start[prev]! : s.projected[prev]!);
    // The held date when p(step) is left out (date-range): the days listed are real ones, up to 9999-12-31.
    const to = s.projected[step.node]!;
    const calendar = ws.plans[ws.milestones[step.node]!.plan]!.calendar;
    for (let d = Math.max(from + 1, to - MAX_SPAN_DAYS); d <= to; d++) {
      if (found.has(d)) continue;
      const reason = calendar.nonWorkdayReason(d);
      if (reason !== undefined && (reason.id === 'calendar.holiday' || reason.id === 'calendar.closed')) found.set(d, reason);
    }
  });
  return [...found].sort((a, b) => a[0] - b[0]).map(([day, reason]) => ({ day, reason }));
}
