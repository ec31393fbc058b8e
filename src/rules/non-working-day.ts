// non-working-day: a milestone's day date, or a meeting, falls on a non-working day.
import { DEFAULT_CALENDAR, formatDay } from '../calendar/index.js';
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
          message: `${m.ref}'s ${key} ${formatDay(v.day)} is not a working day: it is ${calendar.whyNotWorkday(v.day, 'en') ?? 'closed'}`,
          ref: m.ref,
          hint: `use ${formatDay(calendar.sub(v.day, 1))} or ${formatDay(calendar.add(v.day, 1))}, the nearest working days`,
          plan: m.plan,
        });
      }
    }
    for (const meeting of ws.meetings) {
      if (DEFAULT_CALENDAR.isWorkday(meeting.date)) continue;
      ctx.report({
        at: fieldOrigin(meeting, 'date'),
        message: `meeting ${meeting.ref} is on ${formatDay(meeting.date)}, ${DEFAULT_CALENDAR.whyNotWorkday(meeting.date, 'en') ?? 'a non-working day'}`,
        ref: meeting.ref,
        hint: `check the date; the nearest working days are ${formatDay(DEFAULT_CALENDAR.sub(meeting.date, 1))} and ${formatDay(DEFAULT_CALENDAR.add(meeting.date, 1))}`,
      });
    }
  },
};
