// non-working-day: a milestone's day date, or a meeting, falls on a non-working day.
import { DEFAULT_CALENDAR } from '../calendar/index.js';
import { msg, msg0 } from '../messages/index.js';
import type { Rule } from './rule.js';
import { fieldOrigin } from './where.js';

const FIELDS = ['date', 'forecast', 'actual'] as const;

export const nonWorkingDay: Rule = {
  id: 'non-working-day',
  severity: 'warning',
  description: 'A milestone\'s date, forecast or actual (written as a day) falls on a non-working day of its plan\'s calendar, or a meeting on a weekend or Norwegian holiday.',
  fix: 'Move the date to the working day before or after, or add the day to the calendar\'s workdays.',
  check(ctx) {
    const ws = ctx.workspace;
    for (const m of ws.milestones) {
      const calendar = ws.plans[m.plan]!.calendar;
      for (const key of FIELDS) {
        const v = m[key];
        if (!v || v.isPeriod || calendar.isWorkday(v.day)) continue;
        ctx.report({
          at: fieldOrigin(m, key),
          message: msg('non-working-day', { ref: m.ref, field: key, day: v.day, reason: calendar.nonWorkdayReason(v.day) ?? msg0('calendar.not-workday') }),
          ref: m.ref,
          hint: msg('non-working-day.hint', { before: calendar.sub(v.day, 1), after: calendar.add(v.day, 1) }),
          plan: m.plan,
        });
      }
    }
    for (const meeting of ws.meetings) {
      if (DEFAULT_CALENDAR.isWorkday(meeting.date)) continue;
      ctx.report({
        at: fieldOrigin(meeting, 'date'),
        message: msg('non-working-day.meeting', { meeting: meeting.ref, day: meeting.date, reason: DEFAULT_CALENDAR.nonWorkdayReason(meeting.date) ?? msg0('calendar.not-workday') }),
        ref: meeting.ref,
        hint: msg('non-working-day.meeting.hint', { before: DEFAULT_CALENDAR.sub(meeting.date, 1), after: DEFAULT_CALENDAR.add(meeting.date, 1) }),
      });
    }
  },
};
