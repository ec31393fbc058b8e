// Tester round 66: XER input that was "imported exactly" while something was lost or made up (an activity of no
// project, rows after %E or in a table given twice, a cut-off file, project dates that are no dates, unknown values).
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { importXer } from '../../src/interchange/xer/index.js';
import { constraintDeadline } from '../../src/interchange/xer/constraints.js';
import { parseXerCalendar } from '../../src/interchange/xer/calendar.js';
import { importMspdi } from '../../src/interchange/mspdi/index.js';
import { PLAN_ID } from '../../src/interchange/ids.js';
import type { UnreadableInput } from '../../src/interchange/finding.js';

const row = (cells: readonly string[]): string => `%R\t${cells.join('\t')}`;
const PROJECT = ['%T\tPROJECT', '%F\tproj_id\tproj_short_name\tlast_recalc_date\tplan_start_date\tplan_end_date', row(['1', 'DEMO', '2020-01-06 00:00', '2020-01-06 08:00', ''])];
const TASK_FIELDS = '%F\ttask_id\tproj_id\ttask_code\ttask_name\ttask_type\tstatus_code\ttarget_drtn_hr_cnt\ttarget_end_date';
/** An activity row of TASK_FIELDS: task_id, proj_id, code, then type, status and hours as given. */
const task = (id: string, projId: string, code: string, more: { type?: string; status?: string; hours?: string } = {}): string =>
  row([id, projId, code, `Task ${code}`, more.type ?? 'TT_Task', more.status ?? 'TK_NotStart', more.hours ?? '8', '2020-01-10 16:00']);
const xer = (lines: readonly string[]): string => ['ERMHDR\t19.12', ...lines].join('\n');
/** Findings other than the calendar stand-in's (these files have no CALENDAR table): line, kind and English text. */
const said = (r: ReturnType<typeof importXer>, locale: 'en' | 'nb' = 'en'): string[] =>
  r.findings.filter((f) => f.topic !== 'calendar').map((f) => `${f.line ?? '-'} ${f.kind} ${renderMessage(f.message, locale)}`);

describe('F1: an activity whose proj_id no PROJECT row has', () => {
  it('goes to a plan whose id is cleaned as a short name is, and the move is said at its line', () => {
    const r = importXer(xer([...PROJECT, '%T\tTASK', TASK_FIELDS, task('10', 'ABC', 'A1'), task('11', '1', 'B1'), task('12', '3_start', 'C1'), task('13', '3_start', 'C2'), '%E']), {});
    expect(r.plans.map((p) => p.id)).toEqual(['demo', 'p6-abc', 'p6-3-start']);
    for (const p of r.plans) expect(p.id).toMatch(PLAN_ID);
    expect(said(r)).toEqual([
      '7 approximated A1: proj_id ABC names no project of the PROJECT table; written to plan p6-abc, without a data date, start or finish',
      '9 approximated C1 and 1 more activity: proj_id 3_start names no project of the PROJECT table; written to plan p6-3-start, without a data date, start or finish',
    ]);
    expect(said(r, 'nb')[1]).toBe('9 approximated C1 og 1 aktivitet til: proj_id 3_start navngir ikke noe prosjekt i PROJECT-tabellen; skrevet til planen p6-3-start, uten statusdato, start eller slutt');
  });
});

describe('F3: a file without its closing %E line', () => {
  const refusal = (text: string, locale: 'en' | 'nb' = 'en'): string => {
    try {
      importXer(text, {});
    } catch (error) {
      return renderMessage((error as UnreadableInput).reason, locale);
    }
    return 'imported';
  };
  const head = [...PROJECT, '%T\tTASK', TASK_FIELDS, task('10', '1', 'A1'), task('11', '1', 'A2')];

  it('is refused as truncated when its last row is cut off, as truncated XML is, with the line it ends at', () => {
    const cut = xer([...head, task('12', '1', 'A3').slice(0, 14)]);
    expect(refusal(cut)).toBe('the XER file ends at line 9, inside a TASK row, without the %E line P6 ends every export with: it looks truncated, and what came after is missing; export it again from P6');
    expect(refusal(cut, 'nb')).toBe('XER-filen slutter på linje 9, midt i en TASK-rad, uten %E-linjen som P6 avslutter hver eksport med: den ser avkuttet ut, og det som kom etter, mangler; eksporter den på nytt fra P6');
  });

  it('is refused too when its last row is whole: P6 writes %E at the end of every export, so the tables after it are missing', () => {
    expect(refusal(xer(head))).toBe('the XER file ends at line 8, in its TASK table, without the %E line P6 ends every export with: it looks truncated, and what came after is missing; export it again from P6');
    expect(refusal(xer(head) + '\n')).toMatch(/^the XER file ends at line 8, in its TASK table, without the %E line/);
    expect(refusal(xer([...head, '%E']))).toBe('imported');
  });
});

describe('F2: what an XER file holds after its %E line, and a table given twice', () => {
  const body = [...PROJECT, '%T\tTASK', TASK_FIELDS, task('10', '1', 'A1'), '%E'];

  it('says the lines after %E, not read, at the first of them, and a second export joined on by its ERMHDR line', () => {
    const r = importXer(xer([...body, '', 'ERMHDR\t19.12', ...PROJECT, '%T\tTASK', TASK_FIELDS, task('20', '1', 'B1'), '%E', '']), {});
    expect(r.plans.flatMap((p) => p.milestones.map((m) => m.id))).toEqual(['A1']);
    expect(said(r)).toEqual(['10 dropped the file goes on after its %E line (line 8): 8 more lines were not read, a second export from its ERMHDR line 10 on; P6 writes one export per file: export the projects together from P6, or import each file on its own']);
    expect(said(r, 'nb')).toEqual(['10 dropped filen fortsetter etter %E-linjen sin (linje 8): 8 linjer til ble ikke lest, en eksport til fra ERMHDR-linjen på linje 10; P6 skriver én eksport per fil: eksporter prosjektene sammen fra P6, eller importer hver fil for seg']);
    const rows = importXer(xer([...body, task('20', '1', 'B1')]), {});
    expect(said(rows)).toEqual(['9 dropped the file goes on after its %E line (line 8): 1 more line was not read; P6 ends an export with %E: export it again from P6']);
    // Blank lines after %E are nothing left out.
    expect(said(importXer(xer([...body, '', '  ', '']), {}))).toEqual([]);
  });

  it('reads the rows of a table given again with the same fields as rows of the first, and says so; with other fields, says they were not read', () => {
    const r = importXer(xer([...PROJECT, '%T\tTASK', TASK_FIELDS, task('10', '1', 'A1'), '%T\tTASK', TASK_FIELDS, task('11', '1', 'NEW1'), task('12', '1', 'NEW2'), '%E']), {});
    expect(r.plans[0]?.milestones.map((m) => m.id)).toEqual(['A1', 'NEW1', 'NEW2']);
    expect(said(r)).toEqual(['8 approximated table TASK is given again (first at line 5), as P6 never writes it: its 2 rows were read as rows of the first']);
    const other = importXer(xer([...PROJECT, '%T\tTASK', TASK_FIELDS, task('10', '1', 'A1'), '%T\tTASK', '%F\ttask_id\ttask_code', row(['11', 'NEW1']), '%E']), {});
    expect(other.plans[0]?.milestones.map((m) => m.id)).toEqual(['A1']);
    expect(said(other)).toEqual(['8 dropped table TASK is given again (first at line 5), as P6 never writes it: with other fields than the first: its 1 row was not read']);
    expect(said(other, 'nb')).toEqual(['8 dropped tabellen TASK står en gang til (først på linje 5), noe P6 aldri skriver: med andre felt enn den første: raden ble ikke lest']);
  });
});

describe('F4: project dates that give no day', () => {
  const dates = (recalc: string, start: string, finish: string): string[] =>
    ['%T\tPROJECT', '%F\tproj_id\tproj_short_name\tlast_recalc_date\tplan_start_date\tplan_end_date\tscd_end_date', row(['1', 'DEMO', recalc, start, finish, '2020-02-28 16:00'])];

  it('says each P6 project date that is no date at the PROJECT row, with what the plan then lacks', () => {
    const r = importXer(xer([...dates('garbage', '30.11.2021', '2022-02-30 17:00'), '%T\tTASK', TASK_FIELDS, task('10', '1', 'A1'), '%E']), {});
    const plan = r.plans[0];
    expect([plan?.statusDate, plan?.start, plan?.finish, plan?.finishNote]).toEqual([undefined, undefined, undefined, undefined]);
    expect(said(r)).toEqual([
      '4 approximated project DEMO: last_recalc_date "garbage" is not a date; the plan has no status_date (its reports then count from the day they run)',
      '4 approximated project DEMO: plan_start_date "30.11.2021" is not a date; the plan has no start',
      '4 approximated project DEMO: plan_end_date "2022-02-30 17:00" is a date that does not exist; the plan has no finish (latest dates then run from the projected finish)',
    ]);
    expect(said(r, 'nb')[0]).toBe('4 approximated prosjekt DEMO: last_recalc_date «garbage» er ikke en dato; planen får ingen status_date (rapportene regner da fra dagen de kjøres)');
    // An empty planned start or must-finish-by is none (the scheduled finish is written beside as before); an empty data
    // date is said, as P6 writes one for every project and without it T is the day a report runs (tester round 68 F9).
    const empty = importXer(xer([...dates('', '', ''), '%T\tTASK', TASK_FIELDS, task('10', '1', 'A1'), '%E']), {});
    expect(said(empty)).toEqual(['4 approximated project DEMO: the PROJECT row has no data date (last_recalc_date); the plan has no status_date (its reports then count from the day they run)']);
    expect(said(empty, 'nb')).toEqual(['4 approximated prosjekt DEMO: PROJECT-raden har ingen statusdato (last_recalc_date); planen får ingen status_date (rapportene regner da fra dagen de kjøres)']);
    expect(empty.plans[0]?.finishNote).toMatch(/^P6's scheduled finish: 2020-02-28/);
  });

  it('says an MS Project StatusDate, StartDate or FinishDate that is no date', () => {
    const NS = 'xmlns="http://schemas.microsoft.com/project"';
    const file = (fields: string): string => `<Project ${NS}><Name>P</Name>${fields}<Tasks><Task><UID>1</UID><ID>1</ID><Name>T</Name><Finish>2020-01-10T16:00:00</Finish></Task></Tasks></Project>`;
    const r = importMspdi(file('<StatusDate>garbage</StatusDate><StartDate>2020-02-30T08:00:00</StartDate><FinishDate>soon</FinishDate>'), {});
    expect([r.plans[0]?.statusDate, r.plans[0]?.start, r.plans[0]?.finish]).toEqual([undefined, undefined, undefined]);
    expect(r.findings.filter((f) => f.topic === 'dates').map((f) => `${f.kind} ${renderMessage(f.message)}`)).toEqual([
      'approximated StatusDate "garbage" is not a date; the plan has no status_date (its reports then count from the day they run)',
      'approximated StartDate "2020-02-30T08:00:00" is a date that does not exist; the plan has no start',
      'approximated FinishDate "soon" is not a date; the plan has no finish (latest dates then run from the projected finish)',
    ]);
    // Scheduled from its finish, MS Project takes no late dates from FinishDate: not read, nothing said.
    const fromFinish = importMspdi(file('<ScheduleFromStart>0</ScheduleFromStart><FinishDate>soon</FinishDate>'), {});
    expect(fromFinish.findings.filter((f) => f.topic === 'dates')).toEqual([]);
  });
});

describe('F6: values P6 does not write, and a TASK table without its duration column', () => {
  it('says an unknown task_type, status_code and lag calendar, each once, with what it is read as', () => {
    const options = ['%T\tSCHEDOPTIONS', '%F\tproj_id\tsched_calendar_on_relationship_lag', row(['1', 'rcal_Bogus'])];
    const r = importXer(xer([...PROJECT, ...options, '%T\tTASK', TASK_FIELDS, task('10', '1', 'A1', { type: 'TT_Bogus' }), task('11', '1', 'A2', { status: 'TK_Bogus' }), task('12', '1', 'A3'), '%E']), {});
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.durationDays])).toEqual([['A1', 1], ['A2', 1], ['A3', 1]]);
    expect(said(r)).toEqual([
      '7 approximated project DEMO: sched_calendar_on_relationship_lag "rcal_Bogus" is no P6 lag calendar; lags are counted on the predecessor\'s calendar, P6\'s default',
      '10 approximated A1: task_type "TT_Bogus" is no P6 activity type; read as a task (TT_Task)',
      '11 approximated A2: status_code "TK_Bogus" is no P6 activity status; read as not in progress (an actual finish still makes it finished)',
    ]);
    expect(said(r, 'nb')[1]).toBe('10 approximated A1: task_type «TT_Bogus» er ingen P6-aktivitetstype; lest som en vanlig aktivitet (TT_Task)');
  });

  it('says an empty task_type or status_code in a file with those columns (tester round 68 F9), not one without them', () => {
    const r = importXer(xer([...PROJECT, '%T\tTASK', TASK_FIELDS, task('10', '1', 'A1', { type: '' }), task('11', '1', 'A2', { status: '' }), '%E']), {});
    expect(said(r)).toEqual([
      '7 approximated A1: task_type is empty; read as a task (TT_Task)',
      '8 approximated A2: status_code is empty; read as not in progress (an actual finish still makes it finished)',
    ]);
    expect(said(r, 'nb')).toEqual([
      '7 approximated A1: task_type er tom; lest som en vanlig aktivitet (TT_Task)',
      '8 approximated A2: status_code er tom; lest som ikke påbegynt eller avsluttet (en faktisk slutt gjør den fortsatt ferdig)',
    ]);
    const fields = '%F\ttask_id\tproj_id\ttask_code\ttask_name\ttarget_drtn_hr_cnt\ttarget_end_date';
    expect(said(importXer(xer([...PROJECT, '%T\tTASK', fields, row(['10', '1', 'A1', 'a', '8', '2020-01-10 16:00']), '%E']), {}))).toEqual([]);
  });

  it('says once, at the TASK table, that it has no target_drtn_hr_cnt column, when an activity is no milestone', () => {
    const fields = '%F\ttask_id\tproj_id\ttask_code\ttask_name\ttask_type\ttarget_end_date';
    const tasks = (type: string): string[] => ['10', '11'].map((id) => row([id, '1', `A${id}`, 'a', type, '2020-01-10 16:00']));
    const r = importXer(xer([...PROJECT, '%T\tTASK', fields, ...tasks('TT_Task'), '%E']), {});
    expect(said(r)).toEqual(['5 approximated the TASK table has no target_drtn_hr_cnt column: the 2 activities that are no milestones have no duration (0 used)']);
    expect(said(r, 'nb')).toEqual(['5 approximated TASK-tabellen har ingen target_drtn_hr_cnt-kolonne: de 2 aktivitetene som ikke er milepæler, har ingen varighet (0 brukt)']);
    expect(said(importXer(xer([...PROJECT, '%T\tTASK', fields, ...tasks('TT_FinMile'), '%E']), {}))).toEqual([]);
  });
});

describe('F11: a row before its table\'s field list', () => {
  it('of the PROJECT table: said as no row read, not as no table, and the activities go to p6-<proj_id> (round 71 F5)', () => {
    const r = importXer(xer([PROJECT[0]!, PROJECT[2]!, PROJECT[1]!, '%T\tTASK', TASK_FIELDS, task('10', '1', 'A1'), '%E']), {});
    expect(said(r)).toEqual([
      '3 dropped a row of table PROJECT before its field list (the %F line): it has no field names to be read by, and was skipped',
      '- dropped no row of the PROJECT table could be read: no data date, start or finish could be read',
    ]);
    expect(said(r, 'nb')[1]).toBe('- dropped ingen rad i PROJECT-tabellen kunne leses: verken statusdato, start eller slutt kunne leses');
    expect(r.plans.map((p) => [p.id, p.title])).toEqual([['p6-1', 'P6 project 1']]);
  });

  it('of the TASK table: a link naming a task not read says the skipped row may be it (tester round 71 F5)', () => {
    const preds = ['%T\tTASKPRED', '%F\ttask_pred_id\ttask_id\tpred_task_id\tpred_type\tlag_hr_cnt', row(['1', '11', '10', 'PR_FS', '0'])];
    const r = importXer(xer([...PROJECT, '%T\tTASK', task('10', '1', 'A1'), TASK_FIELDS, task('11', '1', 'A2'), ...preds, '%E']), {});
    expect(said(r).find((m) => m.includes('link from task_id 10'))).toBe("11 dropped link from task_id 10 to A2 (task_id 11): task_id 10 is not among the TASK rows read (a row before the table's %F line was skipped: it may be that one); the link was left out");
    expect(said(r, 'nb').find((m) => m.includes('lenke fra task_id 10'))).toContain('er ikke blant TASK-radene som ble lest (en rad før tabellens %F-linje ble hoppet over: det kan være den)');
  });

  it('is said as such and skipped, not read as a link between two empty ids', () => {
    const r = importXer(xer([...PROJECT, '%T\tTASK', TASK_FIELDS, task('10', '1', 'A1'), task('11', '1', 'A2'), '%T\tTASKPRED', row(['1', '11', '10', 'PR_FS', '0']), '%F\ttask_pred_id\ttask_id\tpred_task_id\tpred_type\tlag_hr_cnt', '%E']), {});
    expect(said(r)).toEqual(['10 dropped a row of table TASKPRED before its field list (the %F line): it has no field names to be read by, and was skipped']);
    expect(said(r, 'nb')).toEqual(['10 dropped en rad i tabellen TASKPRED før feltlisten (%F-linjen): den har ingen feltnavn å leses etter, og ble hoppet over']);
  });
});

describe('F11: a finish constraint whose date is no date', () => {
  it('is said as such, not as a kind of constraint milepel cannot hold', () => {
    const cal = parseXerCalendar('', 'Standard', '', 8);
    for (const [type, date, en, nb] of [
      ['CS_MEOB', 'garbage', 'A1: constraint "Finish On or Before": its date "garbage" is not a date; not kept', 'A1: betingelsen «Finish On or Before»: datoen "garbage" er ikke en dato; ikke beholdt'],
      ['CS_MEO', '', 'A1: constraint "Finish On": its date is missing; not kept', 'A1: betingelsen «Finish On»: datoen mangler; ikke beholdt'],
    ] as const) {
      const findings: Parameters<typeof constraintDeadline>[4] = [];
      expect(constraintDeadline(type, date, cal, { line: 9, activity: 'A1' }, findings)).toBeUndefined();
      expect(findings.map((f) => [f.line, f.kind, f.topic, renderMessage(f.message), renderMessage(f.message, 'nb')])).toEqual([[9, 'dropped', 'constraint', en, nb]]);
    }
  });
});
