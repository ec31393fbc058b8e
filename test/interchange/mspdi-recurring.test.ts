// MS Project XML calendars: recurring exceptions expanded to their days (tester round 25 F1), work weeks read, and what
// cannot be expanded said.
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { importMspdi } from '../../src/interchange/mspdi/index.js';
import { runCli } from '../helpers/fake-io.js';

const HOURS = '<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>';
const WEEK = [1, 2, 3, 4, 5, 6, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>${d === 1 || d === 7 ? 0 : 1}</DayWorking>${d === 1 || d === 7 ? '' : HOURS}</WeekDay>`).join('');

/** An exception of the Standard calendar: `fields` after its TimePeriod. */
const exception = (from: string, to: string, fields: string): string =>
  `<Exception><TimePeriod><FromDate>${from}T00:00:00</FromDate><ToDate>${to}T23:59:00</ToDate></TimePeriod>${fields}<DayWorking>0</DayWorking></Exception>`;

/**
 * The tester's file (gen_recurring.py): Mon–Fri, `calendar` inside the Standard calendar after its week; task 1 a
 * milestone on 2026-12-31, task 2 five days after it, which MS Project finishes on 2027-01-08 (New Year's Day closed).
 */
const file = (calendar: string, project = ''): string => `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
<Name>rec.xml</Name><Title>Recurring</Title><ScheduleFromStart>1</ScheduleFromStart>${project}
<StartDate>2026-12-28T08:00:00</StartDate><CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek>
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID><WeekDays>${WEEK}</WeekDays>
${calendar}
</Calendar></Calendars>
<Tasks>
<Task><UID>1</UID><ID>1</ID><Name>Start</Name><Start>2026-12-31T17:00:00</Start><Finish>2026-12-31T17:00:00</Finish><Duration>PT0H0M0S</Duration><Milestone>1</Milestone></Task>
<Task><UID>2</UID><ID>2</ID><Name>Work</Name><Start>2027-01-04T08:00:00</Start><Finish>2027-01-08T17:00:00</Finish><Duration>PT40H0M0S</Duration>
<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>
</Tasks></Project>
`;

const NEW_YEAR = '<EnteredByOccurrences>1</EnteredByOccurrences><Occurrences>5</Occurrences><Name>Nyttårsdag</Name><Type>2</Type><Period>1</Period><Month>0</Month><MonthDay>1</MonthDay>';

/** The plan calendar's closed days and the calendar findings (line, kind, en, nb) of a file with `calendar`. */
function read(calendar: string, project = ''): { closed: readonly string[] | undefined; notes: (string | number | undefined)[][] } {
  return readXml(file(calendar, project));
}

function readXml(xml: string): { closed: readonly string[] | undefined; notes: (string | number | undefined)[][] } {
  const r = importMspdi(xml, {});
  const notes = r.findings.filter((f) => f.topic === 'calendar').map((f) => [f.line, f.kind, renderMessage(f.message), renderMessage(f.message, 'nb')]);
  return { closed: r.plans[0]?.calendar?.closed, notes };
}

describe('MSPDI recurring calendar exceptions', () => {
  it('closes the days a yearly exception falls on, not every day from its first to its last (tester round 25 F1)', () => {
    // 2028-01-01 is a Saturday, closed anyway.
    expect(read(`<Exceptions>${exception('2027-01-01', '2031-01-01', NEW_YEAR)}</Exceptions>`)).toEqual({ closed: ['2027-01-01', '2029-01-01', '2030-01-01', '2031-01-01'], notes: [] });
  });

  it('counts the occurrences only when the exception was entered by them, else ends it at ToDate', () => {
    // Entered by an end date: ToDate ends it, whatever <Occurrences> says.
    const byDate = NEW_YEAR.replace('<EnteredByOccurrences>1', '<EnteredByOccurrences>0').replace('<Occurrences>5', '<Occurrences>1');
    expect(read(`<Exceptions>${exception('2027-01-01', '2030-01-01', byDate)}</Exceptions>`).closed).toEqual(['2027-01-01', '2029-01-01', '2030-01-01']);
    // Entered by occurrences: two of them, ToDate a day after the last (as Microsoft's own examples write it).
    expect(read(`<Exceptions>${exception('2027-01-01', '2028-01-02', NEW_YEAR.replace('<Occurrences>5', '<Occurrences>2'))}</Exceptions>`)).toEqual({ closed: ['2027-01-01'], notes: [] });
  });

  it('reads an exception entered by occurrences whose ToDate gives another number of them by its count, and says so', () => {
    const fields = '<EnteredByOccurrences>1</EnteredByOccurrences><Occurrences>1</Occurrences><Name>Ferie</Name><Type>1</Type>';
    const xml = `<Exceptions>${exception('2027-01-04', '2027-01-06', fields)}</Exceptions>`;
    expect(read(xml)).toEqual({ closed: ['2027-01-04'], notes: [[file(xml).split('\n').findIndex((l) => l.includes('<Exception>')) + 1, 'approximated',
      'calendar "Standard": exception "Ferie" (Type 1) ends after 1 occurrence, but its ToDate after 3: read as the 1 day of its occurrences, 2027-01-04',
      'kalenderen «Standard»: unntaket «Ferie» (Type 1) slutter etter 1 gang, men ToDate etter 3: lest som den ene dagen forekomstene gir, 04.01.2027']] });
  });

  it('expands daily, weekly, monthly and yearly forms as Microsoft\'s schema gives them', () => {
    const cases: [string, string, string, string[]][] = [
      // Daily every 2 days.
      ['2027-01-04', '2027-01-08', '<Type>1</Type><Period>2</Period>', ['2027-01-04', '2027-01-06', '2027-01-08']],
      // Weekly on Tuesday and Thursday (4 + 16).
      ['2027-01-04', '2027-01-17', '<Type>6</Type><Period>1</Period><DaysOfWeek>20</DaysOfWeek>', ['2027-01-05', '2027-01-07', '2027-01-12', '2027-01-14']],
      // Monthly on the last (4) Monday (MonthItem 4), three times.
      ['2027-01-01', '2027-03-31', '<EnteredByOccurrences>1</EnteredByOccurrences><Occurrences>3</Occurrences><Type>5</Type><Period>1</Period><MonthItem>4</MonthItem><MonthPosition>4</MonthPosition>', ['2027-01-25', '2027-02-22', '2027-03-29']],
      // Monthly on the 15th every 2 months.
      ['2027-01-01', '2027-06-30', '<Type>4</Type><Period>2</Period><MonthDay>15</MonthDay>', ['2027-01-15', '2027-03-15']],
      // Yearly on the fourth (3) Thursday (MonthItem 7) of November (Month 10): Thanksgiving, Microsoft's own example.
      ['2027-11-01', '2028-12-31', '<Type>3</Type><Month>10</Month><MonthItem>7</MonthItem><MonthPosition>3</MonthPosition>', ['2027-11-25', '2028-11-23']],
      // Monthly on the first weekday (MonthItem 1, position 0): 2027-05-01 is a Saturday.
      ['2027-04-01', '2027-05-31', '<Type>5</Type><MonthItem>1</MonthItem><MonthPosition>0</MonthPosition>', ['2027-04-01', '2027-05-03']],
    ];
    for (const [from, to, fields, closed] of cases) expect([fields, read(`<Exceptions>${exception(from, to, fields)}</Exceptions>`)]).toEqual([fields, { closed, notes: [] }]);
  });

  it('counts the weeks of a weekly exception every few weeks from the project\'s WeekStartDay', () => {
    // Every 2 weeks on Friday; weeks from Monday (1): the weeks of 01-04, 01-18 and 02-01.
    const fields = '<Type>6</Type><Period>2</Period><DaysOfWeek>32</DaysOfWeek>';
    expect(read(`<Exceptions>${exception('2027-01-08', '2027-02-07', fields)}</Exceptions>`, '<WeekStartDay>1</WeekStartDay>').closed).toEqual(['2027-01-08', '2027-01-22', '2027-02-05']);
  });

  it('reads an exception as older files write it, the days from FromDate to ToDate, when it has no Type', () => {
    expect(read(`<Exceptions>${exception('2027-01-04', '2027-01-06', '<Occurrences>1</Occurrences>')}</Exceptions>`)).toEqual({ closed: ['2027-01-04..2027-01-06'], notes: [] });
  });

  it('takes <Exceptions> over the copies in <WeekDays> (DayType 0), which give a recurring one as one range', () => {
    const copy = (to: string): string => `<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2027-01-01T00:00:00</FromDate><ToDate>${to}T23:59:00</ToDate></TimePeriod></WeekDay></WeekDays>`;
    const both = file(`<Exceptions>${exception('2027-01-01', '2031-01-01', NEW_YEAR)}</Exceptions>`).replace('</WeekDays>', copy('2031-01-01'));
    expect(readXml(both).closed).toEqual(['2027-01-01', '2029-01-01', '2030-01-01', '2031-01-01']);
    // Without <Exceptions>, as Project 2003 wrote them, the copies are the exceptions.
    expect(readXml(file('').replace('</WeekDays>', copy('2027-01-05'))).closed).toEqual(['2027-01-01', '2027-01-04..2027-01-05']);
  });

  it('says what it cannot expand, with what it used, in both languages', () => {
    const at = (fields: string): number => file(`<Exceptions>${exception('2027-01-01', '2027-04-30', fields)}</Exceptions>`).split('\n').findIndex((l) => l.includes('<Exception>')) + 1;
    const monthEnd = '<Name>Månedsslutt</Name><Type>4</Type><MonthDay>31</MonthDay>';
    const line = at(monthEnd);
    // 2027-01-31 is a Sunday: closed anyway.
    expect(read(`<Exceptions>${exception('2027-01-01', '2027-04-30', monthEnd)}</Exceptions>`)).toEqual({ closed: ['2027-03-31'], notes: [[line, 'approximated',
      'calendar "Standard": exception "Månedsslutt" (Type 4) falls on a day of the month that some of its months do not have: read as the 2 days it names that exist, 2027-01-31 to 2027-03-31',
      'kalenderen «Standard»: unntaket «Månedsslutt» (Type 4) faller på en dag i måneden som noen av månedene ikke har: lest som de 2 dagene det nevner som finnes, 31.01.2027 til 31.03.2027']] });
    expect(read(`<Exceptions>${exception('2027-01-01', '2027-04-30', '<Type>7</Type><Occurrences>3</Occurrences>')}</Exceptions>`)).toEqual({ closed: [], notes: [[line, 'approximated',
      'calendar "Standard": an exception (Type 7) recurs in a form milepel does not expand; left out: its days follow the calendar\'s week',
      'kalenderen «Standard»: et unntak (Type 7) gjentas på en måte milepel ikke folder ut; utelatt: dagene følger kalenderens uke']] });
    expect(read(`<Exceptions>${exception('2027-01-01', '2027-04-30', '<Name>Møte</Name><Type>6</Type><DaysOfWeek>0</DaysOfWeek>')}</Exceptions>`)).toEqual({ closed: [], notes: [[line, 'approximated',
      'calendar "Standard": exception "Møte" (Type 6) names no day it recurs on (its DaysOfWeek, Month, MonthDay, MonthItem, MonthPosition or Period is missing or out of range); left out: its days follow the calendar\'s week',
      'kalenderen «Standard»: unntaket «Møte» (Type 6) nevner ingen dag det gjentas på (DaysOfWeek, Month, MonthDay, MonthItem, MonthPosition eller Period mangler eller er utenfor gyldig område); utelatt: dagene følger kalenderens uke']] });
  });

  it('says nothing of a calendar no task is on (its tasks would be said to be on another calendar anyway)', () => {
    const other = `<Calendar><UID>9</UID><Name>Ressurs</Name><BaseCalendarUID>1</BaseCalendarUID><Exceptions>${exception('2027-01-01', '2027-04-30', '<Type>7</Type>')}</Exceptions></Calendar>`;
    const r = importMspdi(file('').replace('</Calendar></Calendars>', `</Calendar>${other}</Calendars>`), {});
    expect(r.findings).toEqual([]);
  });
});

// Tester round 29 F2: every 2 months on the 15th from 20 January was read as March and May; MS Project counts from the
// first month with a day on or after FromDate (MPXJ's reader: February, April, June).
describe('MSPDI recurring exceptions every few months', () => {
  it('count their months from the first one whose day is on or after FromDate', () => {
    const monthly = '<Name>Rapport</Name><Type>4</Type><Period>2</Period><MonthDay>15</MonthDay>';
    expect(read(`<Exceptions>${exception('2027-01-20', '2027-06-30', monthly)}</Exceptions>`).closed).toEqual(['2027-02-15', '2027-04-15', '2027-06-15']);
    // FromDate on or before the day: that month is the first.
    expect(read(`<Exceptions>${exception('2027-01-15', '2027-06-30', monthly)}</Exceptions>`).closed).toEqual(['2027-01-15', '2027-03-15']);
  });
});

describe('MSPDI work weeks', () => {
  const workWeek = (from: string, to: string, days: string): string =>
    `<WorkWeeks><WorkWeek><TimePeriod><FromDate>${from}T00:00:00</FromDate><ToDate>${to}T23:59:00</ToDate></TimePeriod><Name>Fellesferie</Name><WeekDays>${days}</WeekDays></WorkWeek></WorkWeeks>`;

  it('closes the days of a work week with every day non-working (tester round 25 F1, gen_workweeks.py)', () => {
    const closedWeek = [1, 2, 3, 4, 5, 6, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>0</DayWorking></WeekDay>`).join('');
    expect(read(workWeek('2027-01-04', '2027-01-15', closedWeek))).toEqual({ closed: ['2027-01-04..2027-01-08', '2027-01-11..2027-01-15'], notes: [] });
  });

  // Tester round 29 F1: a work week was read for 3,700 days and no more, without a word.
  it('reads a work week to its end over years, and says one past 40000 days', () => {
    const friday = '<WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay>';
    const long = read(workWeek('2020-01-06', '2035-12-31', friday));
    expect(long.closed?.at(-1)).toBe('2035-12-28');
    expect(long.closed).toContain('2031-01-10');
    expect(long.notes).toEqual([]);
    const endless = read(workWeek('2020-01-06', '2199-12-31', friday));
    expect(endless.notes.map((n) => [n[1], n[2]])).toEqual([['approximated', 'calendar "Standard": a work week from 2020-01-06 to 2199-12-31 runs for more than 40000 days: read up to 2129-07-12, its later days follow the calendar\'s week']]);
  });

  it('closes the weekdays a work week sets non-working and keeps the calendar\'s week on the days it does not list', () => {
    expect(read(workWeek('2027-06-01', '2027-06-30', '<WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay>')).closed).toEqual(['2027-06-04', '2027-06-11', '2027-06-18', '2027-06-25']);
  });

  it('says each day a work week makes working that the plan\'s calendar cannot, as for an exception', () => {
    const saturday = `<WeekDay><DayType>7</DayType><DayWorking>1</DayWorking>${HOURS}</WeekDay>`;
    const r = read(workWeek('2027-06-01', '2027-06-14', saturday));
    expect(r.closed).toEqual([]);
    expect(r.notes.map((n) => n[2])).toEqual([
      'calendar "Standard" makes 2027-06-05 (a Saturday) a working day; a plan calendar cannot add working days, so it stays non-working',
      'calendar "Standard" makes 2027-06-12 (a Saturday) a working day; a plan calendar cannot add working days, so it stays non-working',
    ]);
  });

  it('lets an exception win over a work week on its days', () => {
    const saturday = `<WeekDay><DayType>7</DayType><DayWorking>1</DayWorking>${HOURS}</WeekDay>`;
    const r = read(`${workWeek('2027-06-01', '2027-06-07', saturday)}<Exceptions>${exception('2027-06-05', '2027-06-05', '<Type>1</Type>')}</Exceptions>`);
    expect(r).toEqual({ closed: [], notes: [] });
  });
});

describe('milepel import of recurring exceptions, end to end', () => {
  it('imports the tester\'s file exactly, and critical-path gives MS Project\'s finish, 2027-01-08, with float 0', async () => {
    const xml = file(`<Exceptions>${exception('2027-01-01', '2031-01-01', NEW_YEAR)}</Exceptions>`);
    const imported = await runCli(['import', 'rec.xml', '--out', 'out'], { files: { 'rec.xml': xml } });
    expect([imported.code, imported.stderr]).toEqual([0, 'rec.xml: imported exactly (nothing approximated or dropped)\n']);
    const plan = imported.io.written.get('out/rec.yaml') ?? '';
    const cp = await runCli(['critical-path', 'out/rec.yaml', '--format', 'json', '--today', '2026-12-28'], { files: { 'out/rec.yaml': plan } });
    const work = (JSON.parse(cp.stdout) as { milestones: { id: string; projected: string; float: number }[] }).milestones.find((m) => m.id === '2');
    expect(work).toMatchObject({ projected: '2027-01-08', float: 0 });
  });

  it('says an exception it cannot expand on stderr and exits 1', async () => {
    const xml = file(`<Exceptions>${exception('2027-01-01', '2027-04-30', '<Name>Telling</Name><Type>8</Type>')}</Exceptions>`);
    const line = xml.split('\n').findIndex((l) => l.includes('<Exception>')) + 1;
    const r = await runCli(['import', 'rec.xml', '--out', 'out'], { files: { 'rec.xml': xml } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`rec.xml:${line}: approximated: calendar "Standard": exception "Telling" (Type 8) recurs in a form milepel does not expand; left out: its days follow the calendar's week\n`);
  });
});
