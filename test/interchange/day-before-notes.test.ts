// A finish at the start of a day's work is written as the working day before (the same moment): with P6's or MS
// Project's own date beside it, and one note per file, never as an approximation (tester round 57 F1).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importXer } from '../../src/interchange/xer/index.js';
import { importMspdi } from '../../src/interchange/mspdi/index.js';
import { writePlanYaml } from '../../src/interchange/yaml-writer.js';
import { dayBeforeNote, parseInstant } from '../../src/interchange/xer/instant.js';
import type { ImportedPlan } from '../../src/interchange/plan-model.js';
import { runCli } from '../helpers/fake-io.js';
import { renderMessage } from '../../src/messages/index.js';

const CAL = '(0||CalendarData()((0||DaysOfWeek()((0||1()())(0||2()((0||0(s|08:00|f|16:00)())))(0||3()((0||0(s|08:00|f|16:00)())))(0||4()((0||0(s|08:00|f|16:00)())))(0||5()((0||0(s|08:00|f|16:00)())))(0||6()((0||0(s|08:00|f|16:00)())))(0||7()())))(0||Exceptions()()))';

/** Monday 2019-09-30 08:00 is the start of the week's work; the data date is Thursday 2019-10-03 16:00. */
const XER = [
  'ERMHDR\t19.12',
  '%T\tPROJECT', '%F\tproj_id\tproj_short_name\tclndr_id\tlast_recalc_date\tplan_start_date',
  '%R\t1\tSOD\t10\t2019-10-03 16:00\t2019-09-30 00:00',
  '%T\tCALENDAR', '%F\tclndr_id\tclndr_name\tday_hr_cnt\tclndr_data',
  `%R\t10\tFive\t8\t${CAL}`,
  '%T\tTASK', '%F\ttask_id\tproj_id\tclndr_id\ttask_type\tstatus_code\ttask_code\ttask_name\ttarget_drtn_hr_cnt\tact_end_date\tearly_end_date\ttarget_end_date',
  // A start milestone at Monday 08:00: dated Friday 2019-09-27.
  '%R\t1\t1\t10\tTT_Mile\tTK_NotStart\tKICK\tKickoff\t0\t\t2019-09-30 08:00\t2019-09-30 08:00',
  // Planned at the end of Tuesday, forecast at Wednesday 08:00: the forecast is the end of Tuesday, the date as P6's.
  '%R\t2\t1\t10\tTT_FinMile\tTK_NotStart\tF\tForecast\t0\t\t2019-10-02 08:00\t2019-09-30 16:00',
  // Done at Wednesday 08:00, planned then too: both the end of Tuesday.
  '%R\t3\t1\t10\tTT_FinMile\tTK_Complete\tD\tDone\t0\t2019-10-02 08:00\t\t2019-10-02 08:00',
  // Within the day's work: the day P6 names, no comment.
  '%R\t4\t1\t10\tTT_FinMile\tTK_NotStart\tNORM\tNormal\t0\t\t2019-10-02 16:00\t2019-10-02 16:00',
  '%E',
].join('\r\n');

const NOTE = (field: string, at: string): string => `${field} ${at} is before that day's work: the end of the working day before`;

/** The plan's data with the comments taken out: what the file says, whatever its comments. */
const dataOf = (text: string): unknown => parse(text.replace(/ # [^\n]*/g, ''));

describe('P6: a finish at the start of a day\'s work', () => {
  const r = importXer(XER, {});
  const plan = r.plans[0]!;

  it('is written as the working day before, with P6\'s own date beside date, forecast and actual', () => {
    expect(r.findings).toEqual([]);
    expect(plan.milestones.map(({ id, date, dateNote, forecast, forecastNote, actual, actualNote }) => ({ id, date, dateNote, forecast, forecastNote, actual, actualNote }))).toEqual([
      { id: 'KICK', date: '2019-09-27', dateNote: NOTE('P6 planned finish', '2019-09-30 08:00') },
      { id: 'F', date: '2019-09-30', forecast: '2019-10-01', forecastNote: NOTE('P6 early finish', '2019-10-02 08:00') },
      { id: 'D', date: '2019-10-01', dateNote: NOTE('P6 planned finish', '2019-10-02 08:00'), actual: '2019-10-01', actualNote: NOTE('P6 actual finish', '2019-10-02 08:00') },
      { id: 'NORM', date: '2019-10-02' },
    ].map((m) => ({ dateNote: undefined, forecast: undefined, forecastNote: undefined, actual: undefined, actualNote: undefined, ...m })));
  });

  it('is commented beside the value in the plan file, which reads as the same data with or without the comments', () => {
    const text = writePlanYaml(plan, 'sod.xer');
    expect(text).toContain(`    date: 2019-09-27 # ${NOTE('P6 planned finish', '2019-09-30 08:00')}\n`);
    expect(text).toContain(`    forecast: 2019-10-01 # ${NOTE('P6 early finish', '2019-10-02 08:00')}\n`);
    expect(text).toContain(`    actual: 2019-10-01 # ${NOTE('P6 actual finish', '2019-10-02 08:00')}\n`);
    expect(text).toContain('  - id: NORM\n    title: Normal\n    date: 2019-10-02\n');
    expect(parse(text)).toEqual(dataOf(text));
    expect((parse(text) as { milestones: { date: string }[] }).milestones[0]?.date).toBe('2019-09-27');
  });
});

describe('MS Project: a finish at the start of a day\'s work', () => {
  const week = [1, 2, 3, 4, 5, 6, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>${d === 1 || d === 7 ? 0 : 1}</DayWorking>${d === 1 || d === 7 ? '' : '<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>'}</WeekDay>`).join('');
  const task = (uid: number, body: string): string => `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>T${uid}</Name><Milestone>1</Milestone><Duration>PT0H0M0S</Duration>${body}</Task>`;
  const XML = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project"><Name>sod</Name><ScheduleFromStart>1</ScheduleFromStart><StartDate>2019-09-30T08:00:00</StartDate><MinutesPerDay>480</MinutesPerDay><CalendarUID>1</CalendarUID>
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>${week}</WeekDays></Calendar></Calendars>
<Tasks>
${task(1, '<Finish>2019-09-30T08:00:00</Finish>')}
${task(2, '<Finish>2019-10-02T08:00:00</Finish><Baseline><Number>0</Number><Finish>2019-09-30T08:00:00</Finish></Baseline>')}
${task(3, '<Finish>2019-10-02T08:00:00</Finish><PercentComplete>100</PercentComplete><ActualFinish>2019-10-02T08:00:00</ActualFinish>')}
${task(4, '<Finish>2019-10-02T17:00:00</Finish>')}
</Tasks></Project>
`;
  const r = importMspdi(XML, {});
  const plan = r.plans[0]!;

  it('is written as the working day before, with MS Project\'s own date beside date, forecast and actual', () => {
    expect(r.findings).toEqual([]);
    const notes = plan.milestones.map((m) => [m.id, m.date, m.dateNote ?? null, m.forecast ?? null, m.forecastNote ?? null, m.actual ?? null, m.actualNote ?? null]);
    expect(notes).toEqual([
      ['1', '2019-09-27', NOTE('MS Project finish', '2019-09-30 08:00'), null, null, null, null],
      ['2', '2019-09-27', NOTE('MS Project baseline finish', '2019-09-30 08:00'), '2019-10-01', NOTE('MS Project finish', '2019-10-02 08:00'), null, null],
      ['3', '2019-10-01', NOTE('MS Project finish', '2019-10-02 08:00'), null, null, '2019-10-01', NOTE('MS Project actual finish', '2019-10-02 08:00')],
      ['4', '2019-10-02', null, null, null, null, null],
    ]);
    const text = writePlanYaml(plan, 'sod.xml');
    expect(text).toContain(`    date: 2019-09-27 # ${NOTE('MS Project finish', '2019-09-30 08:00')}\n`);
    expect(parse(text)).toEqual(dataOf(text));
  });

  it('says it once on stderr, in English and Norwegian, and the import stays exact (exit 0)', async () => {
    const en = await runCli(['import', 'sod.xml', '--out', 'ws'], { files: { 'sod.xml': XML } });
    expect(en.code).toBe(0);
    expect(en.stderr).toBe("sod.xml: note: 5 dates at the start of a day's work or in non-working time are written as the end of the working day before (the same point in working time; see the comments beside them)\n"
      + 'sod.xml: imported exactly (nothing approximated or dropped)\n');
    const nb = await runCli(['import', 'sod.xml', '--out', 'ws', '--locale', 'nb'], { files: { 'sod.xml': XML.replace(/<Task><UID>[234]<.*\n/g, '') } });
    expect(nb.code).toBe(0);
    expect(nb.stderr).toBe('sod.xml: merk: 1 dato ved starten av en dags arbeid eller i arbeidsfri tid er skrevet som slutten av arbeidsdagen før (samme tidspunkt i arbeidstiden; se kommentaren ved siden av den)\n'
      + 'sod.xml: importert nøyaktig (ingenting tilnærmet eller utelatt)\n');
  });

  it('never starts its note or summary with `::` (the file is shown as ./::…), which GitHub would read as a command', async () => {
    const r = await runCli(['import', '::warning::x.xml', '--out', 'ws'], { files: { '::warning::x.xml': XML } });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((line) => line !== '').map((line) => line.slice(0, 17))).toEqual(['./::warning::x.xm', './::warning::x.xm']);
  });
});

// Tester round 99 F2: TaskJuggler ends calendar-day durations on a Sunday at 17:00. On a Monday–Friday calendar that is
// the same moment, in working time, as Friday's end: the task's work ends Friday. Dated Sunday, its start was derived a
// day late, its SS successor pushed a day and `validate` failed the plan, with nothing said.
describe('MS Project: a task\'s finish of work in non-working time', () => {
  const week = [1, 2, 3, 4, 5, 6, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>${d === 1 || d === 7 ? 0 : 1}</DayWorking>${d === 1 || d === 7 ? '' : '<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>'}</WeekDay>`).join('');
  const ss = (pred: number): string => `<PredecessorLink><PredecessorUID>${pred}</PredecessorUID><Type>3</Type><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink>`;
  const task = (uid: number, body: string): string => `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>T${uid}</Name>${body}</Task>`;
  // 3: Wed 08:00 to Sat 17:00, 24 h of work (Wed–Fri); 4 starts with it (SS) and ends Wed. 1: done, Wed 24 Jan to Sun
  // 28 Jan 17:00; 2 SS after it. 5: a milestone at Saturday 17:00 (TaskJuggler puts one after a task ending Sunday there); 6: three elapsed days.
  const XML = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project"><Name>sun</Name><ScheduleFromStart>1</ScheduleFromStart><StartDate>2024-01-24T08:00:00</StartDate><StatusDate>2024-01-29T17:00:00</StatusDate><MinutesPerDay>480</MinutesPerDay><CalendarUID>1</CalendarUID>
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>${week}</WeekDays></Calendar></Calendars>
<Tasks>
${task(1, '<Start>2024-01-24T08:00:00</Start><Finish>2024-01-28T17:00:00</Finish><Duration>PT24H0M0S</Duration><PercentComplete>100</PercentComplete><ActualStart>2024-01-24T08:00:00</ActualStart><ActualFinish>2024-01-28T17:00:00</ActualFinish>')}
${task(2, `<Start>2024-01-24T08:00:00</Start><Finish>2024-01-24T17:00:00</Finish><Duration>PT8H0M0S</Duration>${ss(1)}`)}
${task(3, '<Start>2024-01-31T08:00:00</Start><Finish>2024-02-03T17:00:00</Finish><Duration>PT24H0M0S</Duration>')}
${task(4, `<Start>2024-01-31T08:00:00</Start><Finish>2024-01-31T17:00:00</Finish><Duration>PT8H0M0S</Duration>${ss(3)}`)}
${task(5, '<Milestone>1</Milestone><Start>2024-02-03T17:00:00</Start><Finish>2024-02-03T17:00:00</Finish><Duration>PT0H0M0S</Duration>')}
${task(6, '<Start>2024-02-01T17:00:00</Start><Finish>2024-02-03T17:00:00</Finish><Duration>PT72H0M0S</Duration><DurationFormat>8</DurationFormat>')}
</Tasks></Project>
`;
  const IN_OFF_TIME = (field: string, at: string): string => `${field} ${at} is in non-working time: the end of the working day before`;

  it('is dated the working day before, with MS Project\'s own finish beside it, a milestone\'s too; elapsed time keeps its day', () => {
    const r = importMspdi(XML, {});
    const dates = r.plans[0]!.milestones.map((m) => [m.id, m.date, m.dateNote ?? null, m.actual ?? null, m.actualNote ?? null]);
    expect(dates).toEqual([
      ['1', '2024-01-26', IN_OFF_TIME('MS Project finish', '2024-01-28 17:00'), '2024-01-26', IN_OFF_TIME('MS Project actual finish', '2024-01-28 17:00')],
      ['2', '2024-01-24', null, null, null],
      ['3', '2024-02-02', IN_OFF_TIME('MS Project finish', '2024-02-03 17:00'), null, null],
      ['4', '2024-01-31', null, null, null],
      ['5', '2024-02-02', IN_OFF_TIME('MS Project finish', '2024-02-03 17:00'), null, null],
      ['6', '2024-02-03', null, null, null],
    ]);
    // The actual start agrees with the finish less the duration: nothing to say of it.
    expect(r.findings.filter((f) => f.topic !== 'dates').map((f) => renderMessage(f.message))).toEqual([]);
  });

  it('schedules the SS successors where MS Project has them, and the plan validates without a dependency-order error', async () => {
    const imported = await runCli(['import', 'sun.xml', '--out', 'o'], { files: { 'sun.xml': XML } });
    const text = imported.io.written.get('o/sun.yaml')!;
    const cp = await runCli(['critical-path', 'o', '--format', 'json'], { files: { 'o/sun.yaml': text } });
    const rows = (JSON.parse(cp.stdout) as { milestones: { id: string; projected: string }[] }).milestones;
    expect(Object.fromEntries(rows.map((m) => [m.id, m.projected]))).toMatchObject({ 2: '2024-01-24', 4: '2024-01-31' });
    const validated = await runCli(['validate', 'o', '--format', 'json'], { files: { 'o/sun.yaml': text } });
    expect((JSON.parse(validated.stdout) as { diagnostics: { rule: string }[] }).diagnostics.map((d) => d.rule)).not.toContain('dependency-order');
  });
});

// Tester round 100 F4, F6: a milestone started and finished Sunday 17:00 was said to have started after the start of
// its work (its finish moved to Friday, its start not); an elapsed task ending Sunday 00:00 was dated Friday, where MS
// Project shows Saturday.
describe('MS Project: an actual start in non-working time, and an elapsed task ending at midnight', () => {
  const week = [1, 2, 3, 4, 5, 6, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>${d === 1 || d === 7 ? 0 : 1}</DayWorking>${d === 1 || d === 7 ? '' : '<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>'}</WeekDay>`).join('');
  const XML = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project"><Name>w</Name><ScheduleFromStart>1</ScheduleFromStart><StartDate>2019-09-02T08:00:00</StartDate><StatusDate>2019-10-11T17:00:00</StatusDate><MinutesPerDay>480</MinutesPerDay><CalendarUID>1</CalendarUID>
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>${week}</WeekDays></Calendar></Calendars>
<Tasks>
<Task><UID>1</UID><ID>1</ID><Name>A</Name><Milestone>1</Milestone><Start>2019-09-08T17:00:00</Start><Finish>2019-09-08T17:00:00</Finish><Duration>PT0H0M0S</Duration><PercentComplete>100</PercentComplete><ActualStart>2019-09-08T17:00:00</ActualStart><ActualFinish>2019-09-08T17:00:00</ActualFinish></Task>
<Task><UID>2</UID><ID>2</ID><Name>C</Name><Start>2019-10-04T00:00:00</Start><Finish>2019-10-06T00:00:00</Finish><Duration>PT48H0M0S</Duration><DurationFormat>8</DurationFormat></Task>
</Tasks></Project>
`;

  it('starts a milestone where it finishes, and dates the elapsed task the calendar day before midnight, said beside it', () => {
    const r = importMspdi(XML, {});
    expect(r.findings.filter((f) => f.topic === 'actual start')).toEqual([]);
    const dates = r.plans[0]!.milestones.map((m) => [m.id, m.date, m.dateNote ?? null, m.actual ?? null]);
    expect(dates).toEqual([
      ['1', '2019-09-06', 'MS Project finish 2019-09-08 17:00 is in non-working time: the end of the working day before', '2019-09-06'],
      ['2', '2019-10-05', 'MS Project finish 2019-10-06 00:00 is at midnight: the end of the day before', null],
    ]);
  });
});

describe('the comment beside a date', () => {
  it('is made of the instant as read: none for a field that holds none, none for the day it names', () => {
    const monday = parseInstant('2019-09-30 08:00')!;
    expect(dayBeforeNote('MS Project finish', parseInstant(''), monday.day - 3)).toBeUndefined();
    expect(dayBeforeNote('MS Project finish', parseInstant('30.09.2019'), monday.day - 3)).toBeUndefined();
    expect(dayBeforeNote('MS Project finish', monday, monday.day)).toBeUndefined();
    expect(dayBeforeNote('MS Project finish', monday, monday.day - 3)).toBe(NOTE('MS Project finish', '2019-09-30 08:00'));
  });

  it('holds any text on its one line, and the file reads as the same data', () => {
    const plan: ImportedPlan = {
      id: 'p', title: 'P', source: 'test',
      milestones: [{ id: 'A', title: 'A', date: '2019-09-27', dateNote: 'x\ny: 1 # \u202e "q" \u2028z', forecast: '2019-09-30', forecastNote: '- [b]', actual: '2019-09-30', actualNote: '\r\nactual: 2000-01-01', after: [] }],
    };
    const text = writePlanYaml(plan, 'p.xer');
    expect(text).toContain('    date: 2019-09-27 # x y: 1 # \\u202e "q"  z\n');
    expect(text).toContain('    actual: 2019-09-30 #   actual: 2000-01-01\n');
    expect(parse(text)).toEqual({ plan: { id: 'p', title: 'P' }, milestones: [{ id: 'A', title: 'A', date: '2019-09-27', forecast: '2019-09-30', actual: '2019-09-30' }] });
  });
});
