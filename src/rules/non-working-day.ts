// non-working-day: a milestone's day date, or a meeting, falls on a non-working day.
import { DEFAULT_CALENDAR, formatDay, type DateValue, type DayNumber, type WorkCalendar } from '../calendar/index.js';
import { isDayInRange } from '../schedule/date-range.js';
import type { Meeting, Milestone } from '../model/types.js';
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

/** How many working days on each side a meeting's hint looks past days its body meets on already: one working week. */
const FREE_DAY_REACH = 5;

/**
 * The nearest working days (of the default calendar) before and after meeting `meeting`'s day, as nearestWorkdays, but
 * for a meeting without an id (named `<body>@<date>`, SPEC §1.3) each on which its body has no meeting, within
 * FREE_DAY_REACH working days: moved to a day of one without an id it would be a meeting defined already (tester round
 * 78 F4: PS on a Saturday was offered the Monday of a meeting PS@2019-08-12, and the quick fix made duplicate-id), and
 * to a day of one with an id, the meeting that `<body>@<date>` references name (model/resolve-meetings.ts). `meetingDays`
 * says whether a body has a meeting on a day (`<body>@<YYYY-MM-DD>`). `body` is the body when a day was passed over,
 * else null.
 */
function freeWorkdays(meeting: Meeting, meetingDays: () => ReadonlySet<string>): { days: DayNumber[]; body: string | null } {
  if (!meeting.ref.includes('@')) return { ...nearestWorkdays(DEFAULT_CALENDAR, meeting.date), body: null };
  const days: DayNumber[] = [];
  let passed = false;
  for (const step of [-1, 1]) {
    let day = meeting.date;
    for (let k = 0; k < FREE_DAY_REACH; k++) {
      day = step < 0 ? DEFAULT_CALENDAR.sub(day, 1) : DEFAULT_CALENDAR.add(day, 1);
      if (!isDayInRange(day)) break;
      if (!meetingDays().has(`${meeting.body}@${formatDay(day)}`)) {
        days.push(day);
        break;
      }
      passed = true;
    }
  }
  return { days, body: passed ? meeting.body : null };
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
    // The days each body meets on (`<body>@<YYYY-MM-DD>`), made at the first meeting on a non-working day without an id.
    let days: Set<string> | undefined;
    const meetingDays = (): ReadonlySet<string> => (days ??= new Set(ws.meetings.map((m) => `${m.body}@${formatDay(m.date)}`)));
    // The meetings a milestone lists by `<body>@<date>` (an id has no `@`), made at the first meeting on a non-working
    // day: moved, each is listed by a day it is no longer on (tester round 80 F8), so its hint says the lists change too.
    let listed: Set<number> | undefined;
    const listedByDay = (): ReadonlySet<number> => (listed ??= new Set(ws.milestones.flatMap((m) => m.meetings.filter((l) => l.meeting >= 0 && l.ref.includes('@')).map((l) => l.meeting))));
    for (let i = 0; i < ws.meetings.length; i++) {
      const meeting = ws.meetings[i]!;
      if (DEFAULT_CALENDAR.isWorkday(meeting.date)) continue;
      ctx.report({
        at: fieldOrigin(meeting, 'date'),
        message: msg('non-working-day.meeting', { meeting: meeting.ref, day: meeting.date, reason: DEFAULT_CALENDAR.nonWorkdayReason(meeting.date) ?? msg0('calendar.not-workday') }),
        ref: meeting.ref,
        // A meeting with an id may move onto a day its body meets on already: listed by its new day, it would be that
        // other meeting (tester round 81 F1); its id names it whatever its day.
        hint: msg('non-working-day.meeting.hint', { ...freeWorkdays(meeting, meetingDays), listedAs: listedByDay().has(meeting.index) ? `${meeting.body}@${formatDay(meeting.date)}` : null, id: meeting.ref.includes('@') ? null : meeting.ref }),
      });
    }
  },
};
