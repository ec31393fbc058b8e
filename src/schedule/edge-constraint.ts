// The one home of an edge's SPEC §5 constraint: forward (earliest finish of the successor) and its backward inverse.
// The scheduler's passes, the critical-path tracer and the dependency-order rule all call these two functions.
import type { DayNumber, Duration, WorkCalendar } from '../calendar/index.js';
import type { LinkType } from '../model/types.js';

/** One end of an edge: the node's duration and the calendar of its plan. */
export interface EdgeEnd {
  readonly duration: Duration;
  readonly calendar: WorkCalendar;
}

/**
 * SPEC §5, forward: the earliest finish the edge P → M allows M, given P's finish `pFinish` (a day number).
 * FS: add(add(p(P), lag), dur(M)); SS: add(add(s(P), lag), dur(M)); FF: add(p(P), lag); SF: add(s(P), lag),
 * where s(P) = sub(p(P), dur(P)) in P's calendar and the lag and dur(M) apply in M's calendar.
 * A negative lag (a lead) is the sub of its magnitude: `addDuration` handles the sign.
 */
export function forwardConstraint(type: LinkType, lag: Duration, pFinish: DayNumber, p: EdgeEnd, m: EdgeEnd): DayNumber {
  const cal = m.calendar;
  switch (type) {
    case 'FS':
      return cal.addDuration(cal.addDuration(pFinish, lag), m.duration);
    case 'FF':
      return cal.addDuration(pFinish, lag);
    case 'SS':
      return cal.addDuration(cal.addDuration(p.calendar.subDuration(pFinish, p.duration), lag), m.duration);
    case 'SF':
      return cal.addDuration(p.calendar.subDuration(pFinish, p.duration), lag);
  }
}

/**
 * SPEC §5, backward: the latest finish the edge P → M allows P, given M's latest finish `mLatest`: the forward
 * steps undone in reverse order. FS: sub(sub(l(M), dur(M)), lag); FF: sub(l(M), lag); SS: the latest start of P
 * is sub(sub(l(M), dur(M)), lag) in M's calendar, so P's latest finish is add of dur(P) to it in P's calendar;
 * SF: likewise from sub(l(M), lag).
 */
export function backwardConstraint(type: LinkType, lag: Duration, mLatest: DayNumber, p: EdgeEnd, m: EdgeEnd): DayNumber {
  const cal = m.calendar;
  switch (type) {
    case 'FS':
      return cal.subDuration(cal.subDuration(mLatest, m.duration), lag);
    case 'FF':
      return cal.subDuration(mLatest, lag);
    case 'SS':
      return p.calendar.addDuration(cal.subDuration(cal.subDuration(mLatest, m.duration), lag), p.duration);
    case 'SF':
      return p.calendar.addDuration(cal.subDuration(mLatest, lag), p.duration);
  }
}

/** s = sub(finish, duration) in the node's calendar: the day at whose end its work begins (SPEC §5). */
export function startOf(finish: DayNumber, end: EdgeEnd): DayNumber {
  // Most milestones have no duration: their start is their finish, without a walk through the calendar.
  return end.duration.n === 0 ? finish : end.calendar.subDuration(finish, end.duration);
}
