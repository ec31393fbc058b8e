// `import --locale nb`: the findings' dates, times and decimals in the locale's forms (SPEC §15), English unchanged
// (tester round 20 #2: `slutter midt i en arbeidsdag (2013-10-10 14:00); datert 10.10.2013`, `utgiften «» (100.00)`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDayDate } from '../../src/calendar/index.js';
import { importMspdi } from '../../src/interchange/mspdi/index.js';
import { importXer } from '../../src/interchange/xer/index.js';
import { msg, renderMessage, type Locale } from '../../src/messages/index.js';
import type { ImportTopic } from '../../src/messages/data/import.js';
import { REPO_ROOT, runCli } from '../helpers/fake-io.js';
import { P6_DIR } from './p6-files.js';

const SCHEMA_ONLY = [join(REPO_ROOT, 'schemas')];

/** The stderr lines of `milepel import <P6 file>` in the locale. */
async function importLines(name: string, locale: Locale): Promise<string[]> {
  const xer = new Uint8Array(readFileSync(join(P6_DIR, name)));
  const r = await runCli(['import', 'in.xer', '--out', 'ws', '--plan-id', 'p', '--locale', locale], { binaryFiles: { 'in.xer': xer }, diskRoots: SCHEMA_ONLY });
  return r.stderr.trimEnd().split('\n');
}

describe('import findings of a real P6 file under --locale nb', () => {
  it('date the finish inside a day, the start of work in progress and write amounts with a decimal comma', async () => {
    const nb = await importLines('shell-and-core.xer', 'nb');
    expect(nb).toEqual(expect.arrayContaining([
      'in.xer:213: tilnærmet: 20: slutter midt i en arbeidsdag (10.10.2013 14:00); datert 10.10.2013',
      'in.xer:245: tilnærmet: 340: pågår (startet 23.02.2014, 13,75 arbeidsdager igjen): beholdt med prognosen og varigheten 14d, som gjenstår i sin helhet; SS- og SF-koblinger fra den regnes fra starten på det arbeidet, ikke fra den faktiske starten',
      'in.xer:448: utelatt: 140: utgiften «nail» (100,00) ikke importert',
      'in.xer:1045: utelatt: 940: ressurstildeling (ressurs 10568, 1,5 enheter, planlagt kostnad 750) ikke importert',
    ]));
  });

  it('say in English what they said before, with the name of an expense (cost_name in P6; cost_item, read until 5 Dec 2026, is no PROJCOST field)', async () => {
    const en = await importLines('shell-and-core.xer', 'en');
    expect(en).toEqual(expect.arrayContaining([
      'in.xer:213: approximated: 20: finishes inside a working day (2013-10-10 14:00); dated 2013-10-10',
      'in.xer:245: approximated: 340: in progress (started 2014-02-23, 13.75 working days remaining): kept with its forecast finish and its duration 14d, all of it left; SS and SF links from it count from that work\'s start, not from its actual start',
      'in.xer:448: dropped: 140: expense "nail" (100.00) not imported',
      'in.xer:1045: dropped: 940: resource assignment (resource 10568, 1.5 units, planned cost 750) not imported',
    ]));
  });

  it.each(['shell-and-core.xer', 'takt-building.xer', 'infrastructure-programme.xer'])('%s: no ISO date and no decimal point in a Norwegian line, beside names and values quoted as written', async (name) => {
    const nb = await importLines(name, 'nb');
    expect(nb.length).toBeGreaterThan(1);
    // What a line quotes from the file (a name, a field's value) is in «»; the file name and line come first; a
    // Norwegian date (31.12.2017) has points of its own.
    const own = (line: string): string => line.replace(/^in\.xer(:\d+)?: /, '').replace(/«[^»]*»/g, '«»').replace(/\b\d{2}\.\d{2}\.\d{4}\b/g, 'DD.MM.YYYY');
    expect(nb.filter((line) => /\d{4}-\d{2}-\d{2}|\d\.\d/.test(own(line)))).toEqual([]);
  });
});

const CAL = '(0||CalendarData()((0||DaysOfWeek()((0||1()())(0||2()((0||0(s|08:00|f|16:00)())))(0||3()((0||0(s|08:00|f|16:00)())))(0||4()((0||0(s|08:00|f|16:00)())))(0||5()((0||0(s|08:00|f|16:00)())))(0||6()((0||0(s|08:00|f|16:00)())))(0||7()())))(0||Exceptions()()))';

/** An activity in progress, finishing at noon, with an expense and a resource assignment; a negative critical threshold. */
const XER = [
  'ERMHDR\t19.12',
  '%T\tPROJECT', '%F\tproj_id\tproj_short_name\tclndr_id\tlast_recalc_date\tcritical_drtn_hr_cnt',
  '%R\t1\tDEMO\t10\t2020-01-06 00:00\t-12.5',
  '%T\tCALENDAR', '%F\tclndr_id\tclndr_name\tday_hr_cnt\tclndr_data', `%R\t10\tFive\t8\t${CAL}`,
  '%T\tTASK', '%F\ttask_id\tproj_id\tclndr_id\ttask_type\tstatus_code\ttask_code\ttask_name\ttarget_drtn_hr_cnt\tremain_drtn_hr_cnt\tact_start_date\tearly_end_date\ttarget_end_date',
  '%R\t1\t1\t10\tTT_Task\tTK_Active\tA\tAlpha\t16\t12\t2020-01-06 08:00\t2020-01-08 12:00\t2020-01-08 12:00',
  '%T\tPROJCOST', '%F\tcost_item_id\ttask_id\tcost_name\ttarget_cost', '%R\t5\t1\tnails\t1234.50',
  '%T\tTASKRSRC', '%F\ttaskrsrc_id\ttask_id\trsrc_id\ttarget_qty\ttarget_cost', '%R\t6\t1\t7\t2.25\t99.5',
  '%E',
].join('\r\n');

const week = [1, 2, 3, 4, 5, 6, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>${d === 1 || d === 7 ? 0 : 1}</DayWorking>${d === 1 || d === 7 ? '' : '<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>'}</WeekDay>`).join('');

/** A task finishing inside a working day, with a cost; a negative critical slack limit. */
const MSPDI = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
<Name>Demo.xml</Name><ScheduleFromStart>1</ScheduleFromStart><StartDate>2020-01-06T08:00:00</StartDate><CriticalSlackLimit>-2.5</CriticalSlackLimit>
<CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay>
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>${week}</WeekDays></Calendar></Calendars>
<Tasks>
<Task><UID>1</UID><ID>1</ID><Name>Build</Name><Start>2020-01-06T08:00:00</Start><Finish>2020-01-08T15:30:00</Finish><Duration>PT20H30M0S</Duration><Cost>1500.50</Cost></Task>
</Tasks></Project>
`;

const rendered = (findings: readonly { message: Parameters<typeof renderMessage>[0] }[], locale: Locale): string[] => findings.map((f) => renderMessage(f.message, locale));

describe('import findings of hand-made files in either locale', () => {
  it('P6: the instant, the start, amounts, units and the threshold as facts the locale writes', () => {
    const { findings } = importXer(XER, {});
    expect(rendered(findings, 'nb')).toEqual(expect.arrayContaining([
      'critical_drtn_hr_cnt -12,5 er ingen kritisk terskel for en plan (0 til 99999 arbeidsdager): 0d brukt',
      'A: slutter midt i en arbeidsdag (08.01.2020 12:00); datert 08.01.2020',
      'A: pågår (startet 06.01.2020, 1,5 arbeidsdager igjen): beholdt med prognosen og varigheten 2d, som gjenstår i sin helhet; SS- og SF-koblinger fra den regnes fra starten på det arbeidet, ikke fra den faktiske starten',
      'A: ressurstildeling (ressurs 7, 2,25 enheter, planlagt kostnad 99,5) ikke importert',
    ]));
    expect(rendered(findings, 'nb').find((t) => t.includes('utgiften'))).toMatch(/utgiften «nails» \(1234,50\) ikke importert$/);
    expect(rendered(findings, 'en')).toEqual(expect.arrayContaining([
      "critical_drtn_hr_cnt -12.5 is no plan's critical threshold (0 to 99999 working days): 0d used",
      'A: finishes inside a working day (2020-01-08 12:00); dated 2020-01-08',
      'A: in progress (started 2020-01-06, 1.5 working days remaining): kept with its forecast finish and its duration 2d, all of it left; SS and SF links from it count from that work\'s start, not from its actual start',
      'A: resource assignment (resource 7, 2.25 units, planned cost 99.5) not imported',
    ]));
    expect(rendered(findings, 'en').find((t) => t.includes('expense'))).toMatch(/expense "nails" \(1234\.50\) not imported$/);
  });

  it('MS Project XML: the instant as a Norwegian date and time; in English as the file writes it', () => {
    const { findings } = importMspdi(MSPDI, {});
    expect(rendered(findings, 'nb')).toEqual(expect.arrayContaining([
      'CriticalSlackLimit -2,5 er ingen kritisk terskel for en plan (0 til 99999 arbeidsdager): 0d brukt',
      '1: slutter midt i en arbeidsdag (08.01.2020 15:30); datert 08.01.2020',
      '1: kostnaden 1500,50 ikke importert',
    ]));
    expect(rendered(findings, 'en')).toEqual(expect.arrayContaining([
      "CriticalSlackLimit -2.5 is no plan's critical threshold (0 to 99999 working days): 0d used",
      '1: finishes inside a working day (2020-01-08T15:30:00); dated 2020-01-08',
      '1: cost 1500.50 not imported',
    ]));
  });

  it('a number no plain decimal is quoted as the file writes it, in either locale', () => {
    const odd = importXer(XER.replace('\t-12.5', '\t-1e3').replace('\t1234.50', '\t1,234.50'), {}).findings;
    for (const locale of ['en', 'nb'] as const) {
      expect(rendered(odd, locale).some((t) => t.startsWith('critical_drtn_hr_cnt -1e3 '))).toBe(true);
      expect(rendered(odd, locale).some((t) => t.includes('(1,234.50)'))).toBe(true);
    }
  });

  it('sheets and shared texts: the days of the calendar\'s range, fractions of a serial and a percentage in Norwegian forms', () => {
    const serial = msg('import.xlsx.serial-not-day', { id: 'A', key: 'date', cell: 'C2', serial: 3000000.5, isRow: true });
    expect(renderMessage(serial, 'nb')).toBe('A: date-cellen C2 er en datocelle der serienummeret 3000000,5 ikke er en dag fra 01.01.0001 til 31.12.9999 (Excels serienumre 1 til 2958465); raden ble utelatt');
    expect(renderMessage(serial, 'en')).toBe("A: date cell C2 is a date cell whose serial 3000000.5 is no day from 0001-01-01 to 9999-12-31 (Excel's serials 1 to 2958465); the row was left out");
    const range = msg('import.date-unusable', { id: 'A', field: 'Finish', value: '10000-01-01', problem: 'range', fallback: null, day: null });
    expect(renderMessage(range, 'nb')).toBe('A: Finish «10000-01-01» er utenfor 01.01.0001 til 31.12.9999; utelatt');
    const first = msg('import.date-unusable', { id: 'A', field: 'Finish', value: '0001-01-01T08:00:00', problem: 'before-first', fallback: 'Start', day: parseDayDate('2001-01-02')! });
    expect(renderMessage(first, 'nb')).toBe('A: Finish «0001-01-01T08:00:00» slutter før 01.01.0001 (en slutt ved starten av en dag avslutter arbeidsdagen før); Start 02.01.2001 brukes i stedet');
    expect(renderMessage(msg('import.mspdi.progress', { id: 'A', percent: 33.5, written: null, original: 10 }), 'nb')).toBe('A: 33,5 % fullført: beholdt med prognosen, fremdriften er ikke modellert (den oppgir ingen gjenstående varighet)');
    expect(renderMessage(msg('import.mspdi.progress', { id: 'A', percent: 33.5, written: 7, original: 10 }), 'nb')).toBe('A: 33,5 % fullført: beholdt med prognosen og skrevet med gjenstående varighet 7d (planlagt 10d), slik at forgjengerne bare skyver arbeidet som gjenstår, slik MS Project planlegger det; SS- og SF-koblinger fra den regnes fra starten på det arbeidet, ikke fra den faktiske starten');
  });
});

// Tester round 93 F3: the count summary showed `lag`, `title` and `external` in English under --locale nb.
describe('the import count summary under --locale nb', () => {
  it('names every topic in Norwegian', () => {
    const counts = (topics: readonly ImportTopic[]): string => renderMessage(msg('import.summary.counts', { file: 'f.xml', approximated: topics.map((topic) => ({ topic, count: 1 })), dropped: [] }), 'nb');
    expect(counts(['lag', 'title', 'external'])).toBe('f.xml: 3 tilnærmet (etterslep 1, tittel 1, ekstern 1), 0 utelatt');
  });
});
