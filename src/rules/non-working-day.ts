// non-working-day: a milestone's day date, or a meeting, falls on a non-working day.
import { DEFAULT_CALENDAR, type DateValue, type DayNumber, type WorkCalendar } from '../calendar/index.js';
import { isDayInRange } from '../schedule/date-range.js';
import type { Milestone } from '../model/types.js';
import { msg, msg0 } from '../messages/index.js';
import type { Rule, RuleContext } from './rule.js';
import { fieldKey, fieldOrigin } from './where.js';

type Field = 'date' | 'forecast' | 'actual';

/**
 * The working days before and after `day`, without one outside 0001-01-01 … 9999-12-31 (SPEC §2): a hint must not
 * suggest a date that is itself an invalid-date (0000-12-29 beside 0001-01-01).
 */
function nearestWorkdays(calendar: WorkCalendar, day: DayNumber): { days: DayNumber[] } {
  return { days: [calendar.sub(day, 1), calendar.add(day, 1)].filter(isDayInRange) };
}

function report(ctx: RuleContext, m: Milestone, calendar: WorkCalendar, field: Field, v: DateValue): void {
  const key = fieldKey(m, field);
  ctx.report({
    at: fieldOrigin(m, key),
    message: msg('non-working-day', { ref: m.ref, field: key, day: v.day, reason: calendar.nonWorkdayReason(v.day) ?? msg0('calendar.not-workday') }),
    ref: m.ref,
    hint: msg('non-working-day.hint', nearestWorkdays(calendar, v.day)),
    plan: m.plan,
  });
}

export const nonWorkingDay: Rule = {
  id: 'non-working-day',
  severity: 'warning',
  description: 'A milestone\'s date, forecast or actual (written as a day) falls on a non-working day of its plan\'s calendar, or a meeting on a weekend or Norwegian holiday.',
  fix: 'Move the date to the working day before or after, or add the day to the calendar\'s workdays.',
  check(ctx) {
    const ws = ctx.workspace;
    for (let i = 0; i < ws.milestones.length; i++) {
      const m = ws.milestones[i]!;
      const calendar = ws.plans[m.plan]!.calendar;
      // The three fields read by name (a loop over FIELDS read each by a computed key, 300,000 times at 100,000 milestones).
      const date = m.date;
      const forecast = m.forecast;
      const actual = m.actual;
      // A stand-in for a `date` left out (invalid-date reports it) is its forecast or actual, reported as itself.
      if (!date.isPeriod && date.isStandIn !== true && !calendar.isWorkday(date.day)) report(ctx, m, calendar, 'date', date);
      if (forecast && !forecast.isPeriod && !calendar.isWorkday(forecast.day)) report(ctx, m, calendar, 'forecast', forecast);
      if (actual && !actual.isPeriod && !calendar.isWorkday(actual.day)) report(ctx, m, calendar, 'actual', actual);
    }
    for (let i = 0; i < ws.meetings.length; i++) {
      const meeting = ws.meetings[i]!;
      if (DEFAULT_CALENDAR.isWorkday(meeting.date)) continue;
      ctx.report({
        at: fieldOrigin(meeting, 'date'),
        message: msg('non-working-day.meeting', { meeting: meeting.ref, day: meeting.date, reason: DEFAULT_CALENDAR.nonWorkdayReason(meeting.date) ?? msg0('calendar.not-workday') }),
        ref: meeting.ref,
        hint: msg('non-working-day.meeting.hint', nearestWorkdays(DEFAULT_CALENDAR, meeting.date)),
      });
    }
  },
};
