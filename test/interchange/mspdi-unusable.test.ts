// MS Project XML values no plan file can hold: dates outside 0001–9999 or that do not exist, lags and durations past
// five digits, a UID two tasks have. Each is said and nothing invented is written (a tester's findings, session 14).
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { importMspdi } from '../../src/interchange/mspdi/index.js';

const task = (uid: number, body: string): string => `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>T${uid}</Name>${body}</Task>`;
const project = (tasks: string): string => `<Project xmlns="http://schemas.microsoft.com/project"><Name>P</Name>
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><WeekDays>${[2, 3, 4, 5, 6].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>16:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>`).join('')}</WeekDays></Calendar></Calendars><CalendarUID>1</CalendarUID>
<Tasks>
${tasks}
</Tasks></Project>`;
const baseline = (finish: string): string => `<Finish>2020-01-10T16:00:00</Finish><Baseline><Number>0</Number><Finish>${finish}</Finish></Baseline>`;
const lines = (r: ReturnType<typeof importMspdi>, locale: 'en' | 'nb' = 'en'): string[] => r.findings.map((f) => `${f.line} ${locale === 'nb' ? (f.kind === 'dropped' ? 'utelatt' : 'tilnærmet') : f.kind} ${renderMessage(f.message, locale)}`);

describe('importMspdi: values a plan file cannot hold', () => {
  it('says a baseline finish that gives no day, and uses the task\'s Finish instead of writing year 0', () => {
    const r = importMspdi(project([
      task(1, baseline('0001-01-01T08:00:00')), task(2, baseline('2019-02-30T16:00:00')), task(3, baseline('yesterday')),
      task(4, baseline('10000-01-01T16:00:00')), task(5, baseline('2020-01-09T16:00:00')),
    ].join('\n')), {});
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.date, m.forecast])).toEqual([
      ['1', '2020-01-10', undefined], ['2', '2020-01-10', undefined], ['3', '2020-01-10', undefined], ['4', '2020-01-10', undefined], ['5', '2020-01-09', '2020-01-10'],
    ]);
    expect(lines(r)).toEqual([
      '4 approximated 1: Baseline Finish "0001-01-01T08:00:00" finishes before 0001-01-01 (a finish at the start of a day ends the working day before it); its Finish 2020-01-10 is used instead',
      '5 approximated 2: Baseline Finish "2019-02-30T16:00:00" is a date that does not exist; its Finish 2020-01-10 is used instead',
      '6 approximated 3: Baseline Finish "yesterday" is not a date; its Finish 2020-01-10 is used instead',
      '7 approximated 4: Baseline Finish "10000-01-01T16:00:00" is outside 0001-01-01 to 9999-12-31; its Finish 2020-01-10 is used instead',
    ]);
    expect(lines(r, 'nb')[1]).toBe('5 tilnærmet 2: Baseline Finish «2019-02-30T16:00:00» er en dato som ikke finnes; Finish 10.01.2020 brukes i stedet');
  });

  // Tester round 93 F2: `-PT16H0M0S` lost its sign, and `2d` was written under "imported exactly".
  it('says a negative duration, and writes the working days from the task\'s start to its finish, or 0d without them', () => {
    const r = importMspdi(project([
      task(1, '<Start>2020-01-06T08:00:00</Start><Finish>2020-01-08T16:00:00</Finish><Duration>-PT16H0M0S</Duration>'),
      task(2, '<Finish>2020-01-10T16:00:00</Finish><Duration>-PT8H0M0S</Duration>'),
      task(3, '<Start>2020-01-06T08:00:00</Start><Finish>2020-01-07T16:00:00</Finish><Duration>PT16H0M0S</Duration>'),
    ].join('\n')), {});
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.durationDays])).toEqual([['1', 3], ['2', undefined], ['3', 2]]);
    expect(lines(r)).toEqual([
      '4 approximated 1: duration -PT16H0M0S is negative, which no task has; written as 3 working days, from its start to its finish',
      '5 approximated 2: duration -PT8H0M0S is negative, which no task has; written as 0d',
    ]);
    expect(lines(r, 'nb')[0]).toBe('4 tilnærmet 1: varigheten -PT16H0M0S er negativ, noe ingen aktivitet har; skrevet som 3 arbeidsdager, fra start til slutt');
  });

  // Tester round 93 F4: a task's CalendarUID naming no calendar was read on the plan's calendar without a word.
  it('says a task\'s CalendarUID that names no calendar, read on the project\'s calendar', () => {
    const r = importMspdi(project(task(1, '<CalendarUID>42</CalendarUID><Finish>2020-01-10T16:00:00</Finish>')), {});
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.date])).toEqual([['1', '2020-01-10']]);
    expect(lines(r)).toEqual(['4 approximated 1: its CalendarUID 42 names no calendar of the file; read on the project\'s calendar "Standard", as MS Project reads it']);
    expect(lines(r, 'nb')).toEqual(['4 tilnærmet 1: CalendarUID 42 viser ikke til noen kalender i filen; lest på prosjektets kalender "Standard", slik MS Project leser den']);
  });

  it('says a Finish or Deadline that gives no day, and a task with no usable date is left out', () => {
    const r = importMspdi(project([
      task(1, '<Finish>0000-01-01T16:00:00</Finish><Baseline><Number>0</Number><Finish>2020-01-09T16:00:00</Finish></Baseline><Deadline>2020-13-01T16:00:00</Deadline>'),
      task(2, '<Finish>2020-02-30T16:00:00</Finish>'),
    ].join('\n')), {});
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.date, m.forecast, m.deadline])).toEqual([['1', '2020-01-09', undefined, undefined]]);
    expect(lines(r)).toEqual([
      '4 approximated 1: Finish "0000-01-01T16:00:00" is outside 0001-01-01 to 9999-12-31; left out',
      '4 approximated 1: Deadline "2020-13-01T16:00:00" is a date that does not exist; left out',
      '5 approximated 2: Finish "2020-02-30T16:00:00" is a date that does not exist; left out',
      '5 dropped 2: has no finish date; left out',
    ]);
  });

  it('says a link to or from a task left out for having no finish names that task, its line and why, and names a summary task, a blank row or a missing UID as such', () => {
    const after = (uid: number): string => `<PredecessorLink><PredecessorUID>${uid}</PredecessorUID><Type>1</Type></PredecessorLink>`;
    const r = importMspdi(project([
      task(1, '<Finish>2020-01-10T16:00:00</Finish>'),
      task(2, `<Finish>2020-02-30T16:00:00</Finish>${after(1)}`),
      task(3, `<Finish>2020-01-14T16:00:00</Finish>${after(2)}${after(4)}${after(5)}${after(9)}`),
      task(4, '<Summary>1</Summary>'),
      task(5, '<IsNull>1</IsNull>'),
    ].join('\n')), {});
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.after.map((l) => l.id)])).toEqual([['1', []], ['3', []]]);
    // A task left out was said to be "a summary task or not in the file".
    expect(lines(r).filter((l) => l.includes(' link from '))).toEqual([
      // Each task by its id, or the name of one left out, beside the UID that MS Project hides (tester round 99 F6).
      '5 dropped link from 1 (UID 1) to 2 (UID 2): the successor, 2 (line 5), was left out: it has no finish date; the link was left out',
      '6 dropped link from 2 (UID 2) to 3 (UID 3): the predecessor, 2 (line 5), was left out: it has no finish date; the link was left out',
      '6 dropped link from "T4" (UID 4) to 3 (UID 3): the predecessor is a summary task; left out',
      '6 dropped link from "T5" (UID 5) to 3 (UID 3): the predecessor is a blank row (IsNull); left out',
      '6 dropped link from task UID 9 to 3 (UID 3): the predecessor is not in the file; left out',
    ]);
    expect(lines(r, 'nb').filter((l) => l.includes(' lenke fra '))[1]).toBe('6 utelatt lenke fra 2 (UID 2) til 3 (UID 3): forgjengeren, 2 (linje 5), ble utelatt: den har ingen sluttdato; lenken ble utelatt');
  });

  it('leaves out a lag past 99999 days, and cuts a duration past 99999 days to 99999d, saying both', () => {
    const link = (lag: string, format = 7): string => `<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type><LinkLag>${lag}</LinkLag><LagFormat>${format}</LagFormat></PredecessorLink>`;
    const r = importMspdi(project([
      task(1, '<Finish>2020-01-10T16:00:00</Finish><Duration>PT99999999999H0M0S</Duration>'),
      task(2, `<Finish>2020-01-10T16:00:00</Finish>${link('1e30')}${link('-479995200')}${link('479995200')}${link('1440000000', 8)}`),
    ].join('\n')), {});
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.durationDays, m.after.map((l) => `${l.lagDays}${l.lagUnit ?? 'd'}`)])).toEqual([['1', 99999, []], ['2', undefined, ['-99999d', '99999d']]]);
    expect(lines(r)).toEqual([
      "4 approximated 1: duration 99999999999 h is longer than milepel's 99999 days; cut to 99999d",
      "5 dropped link 1 → 2: lag 2.0833333333333335e+26d is longer than milepel's 99999 days; the link was left out",
      "5 dropped link 1 → 2: lag 100000ed is longer than milepel's 99999 days; the link was left out",
    ]);
  });

  it('says a UID two tasks have and leaves out the links naming it, not one to the task itself', () => {
    const after1 = '<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink>';
    const r = importMspdi(project([
      task(1, '<Finish>2020-01-10T16:00:00</Finish>'),
      task(1, `<Finish>2020-01-13T16:00:00</Finish>${after1}`).replace('<ID>1</ID>', '<ID>2</ID>'),
      task(3, `<Finish>2020-01-14T16:00:00</Finish>${after1}`),
    ].join('\n')), {});
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.after.map((l) => l.id)])).toEqual([['1', []], ['2', []], ['3', []]]);
    expect(lines(r)).toEqual([
      '5 approximated 2: has UID 1, as 1 (line 4) has: a UID names one task, so links naming UID 1 are left out; give each task its own UID',
      '5 dropped 2: the link from UID 1 is left out: 1 and 2 have that UID',
      '6 dropped 3: the link from UID 1 is left out: 1 and 2 have that UID',
    ]);
    expect(lines(r, 'nb')[0]).toBe('5 tilnærmet 2: har UID 1, som 1 (linje 4) har: en UID navngir én oppgave, så lenker som nevner UID 1, utelates; gi hver oppgave sin egen UID');
  });
});
