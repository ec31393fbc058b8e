// date-range (SPEC §4, v2): a date computed by the schedule falls before 0001-01-01 or after 9999-12-31. Reported
// where the cascade starts (schedule/date-range-origins.ts), not at every milestone after it.
import type { DayNumber } from '../calendar/index.js';
import { msg, type Message } from '../messages/index.js';
import { FIRST_DAY, LAST_DAY } from '../schedule/date-range.js';
import { rangeOrigins } from '../schedule/date-range-origins.js';
import type { RangeGain } from '../messages/data/rules.js';
import type { RangeGainAt } from '../schedule/date-range-origins.js';
import type { Workspace } from '../model/types.js';
import type { Rule } from './rule.js';
import { currentDateOrigin, fieldOrigin, showDuration } from './where.js';

export const dateRange: Rule = {
  id: 'date-range',
  severity: 'error',
  description: 'A date computed by the schedule (a projected or latest date, after lags and durations) falls before 0001-01-01 or after 9999-12-31; it is left out of every output.',
  fix: 'Shorten the lag or duration that pushes the date out of range (the schema allows up to 99999 units each).',
  check(ctx) {
    const ws = ctx.workspace;
    const shownGain = (g: RangeGainAt, v: number): RangeGain => {
      const name = (x: number): string => nameIn(ws, x, v);
      return g.kind === 'duration' ? { kind: 'duration', of: name(g.of), verb: g.verb } : { kind: g.kind, from: name(g.from), to: name(g.to), verb: g.verb };
    };
    // One finding where a cascade of left-out dates starts, counting the milestones whose dates follow from it.
    for (const { entry: o, followers, cause } of rangeOrigins(ws, ctx.graph, ctx.schedule, ctx.outOfRange)) {
      const m = ws.milestones[o.milestone]!;
      const after = o.beyondDays > 0;
      const bound = after ? LAST_DAY : FIRST_DAY;
      if (o.which === 'start') {
        // Only a duration reaching back before 0001-01-01 from an in-range date: found at the duration.
        ctx.report({
          at: fieldOrigin(m, 'duration'),
          message: msg('date-range.start', { ref: m.ref, days: Math.abs(o.beyondDays), duration: showDuration(m.duration), bound }),
          ref: m.ref,
          hint: msg('date-range.start.hint', { id: m.id }),
          plan: m.plan,
        });
        continue;
      }
      ctx.report({
        at: currentDateOrigin(m),
        message: msg('date-range', { ref: m.ref, which: o.which, days: Math.abs(o.beyondDays), atLeast: o.isApart === true, after, bound, followers }),
        ref: m.ref,
        hint: noWorkingDayLeft(ws, m.plan, cause?.kind === 'driver' ? ctx.schedule.projected[cause.node]! + 1 : m.current, after) ?? msg('date-range.hint', { id: m.id, cause: cause === null ? null : { kind: cause.kind, ref: ws.milestones[cause.node]!.ref, gains: cause.gains.map((g) => shownGain(g, o.milestone)) } }),
        plan: m.plan,
      });
    }
  },
};

/**
 * The hint for a date counted past 9999-12-31 when the plan's calendar has no working day from `from` on (the
 * milestone's current date, or the day after its driver's date when it is pushed, where a lag's count starts): no lag or
 * duration is too long, the calendar never ends a working-day count (tester round 105 F1: `closed:
 * [2024-01-01..9999-12-31]` was told to shorten a 1d lag, also when the milestone's own date is before the closure).
 * Undefined when it has one, or the date is early.
 */
function noWorkingDayLeft(ws: Workspace, plan: number, from: DayNumber, after: boolean): Message | undefined {
  const p = ws.plans[plan]!;
  const cal = p.calendar;
  if (!after || from > LAST_DAY || cal.between(Math.max(from, FIRST_DAY) - 1, LAST_DAY) > 0) return undefined;
  const any = cal.between(FIRST_DAY - 1, LAST_DAY) > 0;
  return msg('date-range.hint.calendar', { plan: p.id, last: any ? cal.rollBackward(Math.max(from, FIRST_DAY) - 1) : null });
}

/** Milestone `x` as the hint on milestone `v` names it: its id when it is `v`, else its ref. */
function nameIn(ws: Workspace, x: number, v: number): string {
  return x === v ? ws.milestones[x]!.id : ws.milestones[x]!.ref;
}
