// XER → plan: the small real P6 file mapped whole, and hand-made files for links, lags, constraints, calendars and progress.
import { renderMessage } from '../../src/messages/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/interchange/decode.js';
import { importXer } from '../../src/interchange/xer/index.js';
import { UnreadableInput } from '../../src/interchange/finding.js';
import { P6_DIR } from './p6-files.js';
import { analyze } from '../../src/analyze.js';
import { writePlanYaml } from '../../src/interchange/yaml-writer.js';
import { runCli } from '../helpers/fake-io.js';



const CAL = '(0||CalendarData()((0||DaysOfWeek()((0||1()())(0||2()((0||0(s|08:00|f|16:00)())))(0||3()((0||0(s|08:00|f|16:00)())))(0||4()((0||0(s|08:00|f|16:00)())))(0||5()((0||0(s|08:00|f|16:00)())))(0||6()((0||0(s|08:00|f|16:00)())))(0||7()())))(0||Exceptions()((0||0(d|43831)()))))';
const CAL7 = CAL.replace('(0||1()())', '(0||1()((0||0(s|08:00|f|16:00)())))').replace('(0||7()())', '(0||7()((0||0(s|08:00|f|16:00)())))');

/** A small XER file; rows are tab-joined. */
function xer(tasks: string[][], preds: string[][], extra = ''): string {
  const t = (row: string[]): string => `%R\t${row.join('\t')}`;
  return [
    'ERMHDR\t19.12',
    '%T\tPROJECT', '%F\tproj_id\tproj_short_name\tclndr_id\tlast_recalc_date\tplan_start_date\tplan_end_date\tscd_end_date',
    '%R\t1\tDEMO\t10\t2020-01-06 00:00\t2020-01-06 00:00\t2020-03-31 16:00\t2020-02-28 16:00',
    '%T\tCALENDAR', '%F\tclndr_id\tclndr_name\tday_hr_cnt\tclndr_data',
    `%R\t10\tFive\t8\t${CAL}`, `%R\t11\tSeven\t8\t${CAL7}`,
    '%T\tTASK', '%F\ttask_id\tproj_id\twbs_id\tclndr_id\ttask_type\tstatus_code\ttask_code\ttask_name\ttarget_drtn_hr_cnt\tremain_drtn_hr_cnt\tact_start_date\tact_end_date\tearly_end_date\ttarget_end_date\tcstr_type\tcstr_date',
    ...tasks.map(t),
    '%T\tTASKPRED', '%F\ttask_pred_id\ttask_id\tpred_task_id\tpred_type\tlag_hr_cnt',
    ...preds.map(t),
    extra,
    '%E',
  ].filter((l) => l !== '').join('\r\n');
}

const task = (id: string, code: string, hours: string, early: string, more: Partial<Record<'type' | 'status' | 'cal' | 'cstr' | 'cstrDate' | 'actual' | 'target' | 'remain' | 'started', string>> = {}): string[] =>
  [id, '1', '', more.cal ?? '10', more.type ?? 'TT_Task', more.status ?? 'TK_NotStart', code, `Task ${code}`, hours, more.remain ?? hours, more.started ?? '', more.actual ?? '', early, more.target ?? early, more.cstr ?? '', more.cstrDate ?? ''];

describe('importXer on hand-made files', () => {
  it('says once that a file has no CALENDAR table, not per activity in terms of a calendar it does not have (tester round 7 #9)', () => {
    const text = ['ERMHDR\t19', '%T\tPROJECT', '%F\tproj_id\tproj_short_name\tlast_recalc_date', '%R\t1\tDEMO\t2026-03-02 00:00',
      '%T\tTASK', '%F\ttask_id\ttask_code\ttask_name\tearly_end_date\ttarget_end_date\ttarget_drtn_hr_cnt\tproj_id',
      '%R\t1\tA\tOne\t2026-03-02 16:00\t2026-03-02 16:00\t0\t1', '%R\t2\tB\tTwo\t2026-03-04 16:00\t2026-03-04 16:00\t0\t1', '%E'].join('\n');
    const r = importXer(text, {});
    expect(r.findings.filter((f) => f.topic === 'calendar').map((f) => [f.line, renderMessage(f.message)])).toEqual([[5, 'the file has no CALENDAR table: Monday–Friday of 8 hours assumed, with no holidays']]);
    expect(r.plans[0]?.calendar).toEqual({ workdays: [1, 2, 3, 4, 5], closed: [] });
  });

  it('takes an activity name without the blanks around it, as the sheet and MS Project importers do, and an activity without a name gets its id as title, said', () => {
    const text = ['ERMHDR\t19', '%T\tPROJECT', '%F\tproj_id\tproj_short_name\tlast_recalc_date', '%R\t1\tDEMO\t2026-03-02 00:00',
      '%T\tTASK', '%F\ttask_id\ttask_code\ttask_name\tearly_end_date\ttarget_end_date\ttarget_drtn_hr_cnt\tproj_id',
      '%R\t1\tA\t  One  two \t2026-03-02 16:00\t2026-03-02 16:00\t0\t1', '%R\t2\tB \t \t2026-03-04 16:00\t2026-03-04 16:00\t0\t1', '%E'].join('\n');
    const r = importXer(text, {});
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.title])).toEqual([['A', 'One  two'], ['B', 'B']]);
    expect(r.findings.filter((f) => f.topic === 'title').map((f) => [f.line, renderMessage(f.message), renderMessage(f.message, 'nb')])).toEqual([
      [8, 'B: the activity has no name; its id is the title', 'B: aktiviteten har ikke noe navn; id-en er tittelen'],
    ]);
  });

  it("reads P6's critical float threshold (critical_drtn_hr_cnt) as the plan's critical, in whole working days", () => {
    const withThreshold = (hours: string): string => xer([task('1', 'A', '40', '2020-01-10 16:00')], [])
      .replace('\tscd_end_date\r\n', '\tscd_end_date\tcritical_drtn_hr_cnt\r\n')
      .replace('\t2020-02-28 16:00\r\n', `\t2020-02-28 16:00\t${hours}\r\n`);
    // 20 h on an 8-hour calendar: a float of 2 working days is within it, 3 is not.
    expect(importXer(withThreshold('20'), {}).plans[0]?.critical).toBe(2);
    expect(importXer(withThreshold('40'), {}).plans[0]?.critical).toBe(5);
    expect(importXer(withThreshold('0'), {}).plans[0]?.critical).toBeUndefined();
    expect(importXer(withThreshold('4'), {}).plans[0]?.critical).toBeUndefined();
    expect(writePlanYaml(importXer(withThreshold('40'), {}).plans[0]!, 'x.xer')).toMatch(/\n {2}critical: 5d\n/);
  });

  it('says a critical threshold no plan can hold, and a project P6 defines by its longest path (CriticalSlackLimit is said alike)', () => {
    const withProject = (fields: string, values: string): string => xer([task('1', 'A', '40', '2020-01-10 16:00')], [])
      .replace('\tscd_end_date\r\n', `\tscd_end_date\t${fields}\r\n`)
      .replace('\t2020-02-28 16:00\r\n', `\t2020-02-28 16:00\t${values}\r\n`);
    const said = (text: string): unknown[] => importXer(text, {}).findings.filter((f) => f.topic === 'project').map((f) => [f.kind, f.line, renderMessage(f.message)]);
    const line = withProject('critical_drtn_hr_cnt', '1').split('\r\n').findIndex((l) => l.startsWith('%R') && l.includes('2020-02-28 16:00')) + 1;
    expect(said(withProject('critical_drtn_hr_cnt', '8000000'))).toEqual([['approximated', line, "critical_drtn_hr_cnt 8000000 is no plan's critical threshold (0 to 99999 working days): 99999d used"]]);
    expect(importXer(withProject('critical_drtn_hr_cnt', '8000000'), {}).plans[0]?.critical).toBe(99999);
    expect(said(withProject('critical_drtn_hr_cnt', '-8'))).toEqual([['approximated', line, "critical_drtn_hr_cnt -8 is no plan's critical threshold (0 to 99999 working days): 0d used"]]);
    expect(said(withProject('critical_drtn_hr_cnt', 'abc'))).toEqual([['approximated', line, "critical_drtn_hr_cnt abc is no plan's critical threshold (0 to 99999 working days): 0d used"]]);
    expect(said(withProject('critical_drtn_hr_cnt', 'Infinity'))).toEqual([['approximated', line, "critical_drtn_hr_cnt Infinity is no plan's critical threshold (0 to 99999 working days): 99999d used"]]);
    expect(importXer(withProject('critical_drtn_hr_cnt', '1e400'), {}).plans[0]?.critical).toBe(99999);
    expect(said(withProject('critical_drtn_hr_cnt', ''))).toEqual([]);
    expect(said(withProject('critical_drtn_hr_cnt\tcritical_path_type', '16\tCT_TotFloat'))).toEqual([]);
    expect(said(withProject('critical_drtn_hr_cnt\tcritical_path_type', '16\tCT_LongPath'))).toEqual([
      ['approximated', line, "P6 marks this project's longest path critical (critical_path_type CT_LongPath); milepel marks milestones critical by total float (at most 2d), so critical-path may name other activities than P6's longest path"],
    ]);
  });

  it('rounds a lag of half a day away from zero, so a lead of 4 h stays a lead (tester round 6 #5)', () => {
    const r = importXer(xer(
      [task('1', 'A', '40', '2020-01-10 16:00'), task('2', 'B', '0', '2020-01-13 16:00', { type: 'TT_FinMile' }), task('3', 'C', '0', '2020-01-13 16:00', { type: 'TT_FinMile' })],
      [['1', '2', '1', 'PR_FS', '-4'], ['2', '3', '1', 'PR_FS', '12']],
    ), {});
    expect(r.plans[0]?.milestones.map((m) => m.after.map((l) => `${l.id} ${l.type} ${l.lagDays}`))).toEqual([[], ['A FS -1'], ['A FS 2']]);
  });

  it('keeps an activity code that is a milepel id; the one cleaned to it gets the number, and links follow (tester round 11 #1)', () => {
    const r = importXer(xer(
      [task('1', 'A 100', '0', '2020-01-10 16:00', { type: 'TT_FinMile' }), task('2', 'A-100', '0', '2020-01-13 16:00', { type: 'TT_FinMile' }), task('3', 'B', '0', '2020-01-14 16:00', { type: 'TT_FinMile' })],
      [['1', '3', '2', 'PR_FS', '0'], ['2', '3', '1', 'PR_SS', '0']],
    ), {});
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.title, m.after.map((l) => `${l.id} ${l.type}`)])).toEqual([
      ['A-100-2', 'Task A 100', []], ['A-100', 'Task A-100', []], ['B', 'Task B', ['A-100 FS', 'A-100-2 SS']],
    ]);
    expect(r.findings.map((f) => renderMessage(f.message))).toEqual(['A-100-2: activity code "A 100" is not a milepel id; written as A-100-2, as A-100 is the id of another activity']);
    expect(renderMessage(r.findings[0]!.message, 'nb')).toBe('A-100-2: aktivitetskoden «A 100» er ikke en milepel-id; skrevet som A-100-2, siden A-100 er id-en til en annen aktivitet');
  });

  it('keeps an activity code for its activity against a task_id an activity without a code falls back on, and against a code with blanks (tester round 13 #5)', () => {
    const r = importXer(xer(
      [task('1', 'A-100 ', '0', '2020-01-10 16:00', { type: 'TT_FinMile' }), task('2', 'A-100', '0', '2020-01-13 16:00', { type: 'TT_FinMile' }), task('3', 'B', '0', '2020-01-14 16:00', { type: 'TT_FinMile' }),
        task('4', '', '0', '2020-01-15 16:00', { type: 'TT_FinMile' }), task('5', '4', '0', '2020-01-16 16:00', { type: 'TT_FinMile' })],
      [['1', '3', '2', 'PR_FS', '0'], ['2', '3', '1', 'PR_SS', '0'], ['3', '5', '4', 'PR_FS', '0']],
    ), {});
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.title, m.after.map((l) => `${l.id} ${l.type}`)])).toEqual([
      ['A-100-2', 'Task A-100', []], ['A-100', 'Task A-100', []], ['B', 'Task B', ['A-100 FS', 'A-100-2 SS']], ['4-2', 'Task', []], ['4', 'Task 4', ['4-2 FS']],
    ]);
    expect(r.findings.map((f) => [f.line, renderMessage(f.message), renderMessage(f.message, 'nb')])).toEqual([
      [11, 'A-100-2: activity code "A-100 " is not a milepel id; written as A-100-2, as A-100 is the id of another activity', 'A-100-2: aktivitetskoden «A-100 » er ikke en milepel-id; skrevet som A-100-2, siden A-100 er id-en til en annen aktivitet'],
      [14, '4-2: the activity has no activity code, and its task_id "4" is the id of another activity; written as 4-2', '4-2: aktiviteten har ingen aktivitetskode, og task_id-en dens, «4», er id-en til en annen aktivitet; skrevet som 4-2'],
    ]);
  });

  // Tester round 57 F7: task_id 6 with an empty task_code became `id: "6"` without a line, while every other id change was said.
  it('says an activity without an activity code whose task_id is written as its id unchanged, as the other id changes', () => {
    const r = importXer(xer([task('5', 'A', '0', '2020-01-10 16:00', { type: 'TT_FinMile' }), task('6', '', '0', '2020-01-13 16:00', { type: 'TT_FinMile' })], [['1', '6', '5', 'PR_FS', '0']]), {});
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.after.map((l) => l.id)])).toEqual([['A', []], ['6', ['A']]]);
    expect(r.findings.map((f) => [f.kind, f.topic, f.line, f.activity, renderMessage(f.message), renderMessage(f.message, 'nb')])).toEqual([
      ['approximated', 'id', 12, '6', "6: the activity has no activity code; its task_id, P6's internal number, is written as its id", '6: aktiviteten har ingen aktivitetskode; task_id-en dens, P6s interne nummer, er skrevet som id-en'],
    ]);
  });

  it('maps the project, its calendar, durations in days and every link type', () => {
    const r = importXer(xer(
      [task('1', 'A', '40', '2020-01-10 16:00'), task('2', 'B', '16', '2020-01-14 16:00'), task('3', 'M', '0', '2020-01-15 08:00', { type: 'TT_Mile' })],
      [['1', '2', '1', 'PR_FS', '0'], ['2', '3', '2', 'PR_SS', '8'], ['3', '3', '1', 'PR_FF', '-16'], ['4', '2', '1', 'PR_SF', '0']],
    ), {});
    expect(r.findings).toEqual([]);
    const [plan] = r.plans;
    // The data date, Monday 2020-01-06 00:00, comes before that day's work: the status date is the Friday before it.
    expect(plan).toMatchObject({ id: 'demo', statusDate: '2020-01-03', statusDateNote: "P6 data date 2020-01-06 00:00 is before that day's work: the end of the working day before", start: '2020-01-06', finish: '2020-03-31', calendar: { workdays: [1, 2, 3, 4, 5], closed: ['2020-01-01'] } });
    expect(plan?.milestones.map((m) => [m.id, m.date, m.durationDays ?? 0, m.after.map((l) => `${l.id} ${l.type} ${l.lagDays}`)])).toEqual([
      ['A', '2020-01-10', 5, []],
      ['B', '2020-01-14', 2, ['A FS 0', 'A SF 0']],
      ['M', '2020-01-14', 0, ['B SS 1', 'A FF -2']],
    ]);
  });

  // Finish On or After bounds the early finish from below; the milestone's current date c(M) is a floor at least as
  // late when the constraint is on or before it (B: forecast 2020-01-09 holds it past 2020-01-07), so the schedule is
  // the same today, but the plan has no such constraint: a date moved earlier loses it. Tester round 57 F2: A's, on
  // its own early finish as P6 puts a binding one, was left out without a line (a later one, C's, was said).
  it('reports Finish On or After in every case, with the current date that holds it for now when it is on or before that', () => {
    const r = importXer(xer(
      [
        task('1', 'A', '8', '2020-01-08 16:00', { cstr: 'CS_MEOA', cstrDate: '2020-01-08 16:00' }),
        task('2', 'B', '8', '2020-01-09 16:00', { cstr: 'CS_MEOA', cstrDate: '2020-01-07 16:00' }),
        task('3', 'C', '8', '2020-01-09 16:00', { cstr: 'CS_MEOA', cstrDate: '2020-01-10 16:00' }),
        task('4', 'D', '8', '2020-01-09 16:00', { cstr: 'CS_MEOA', cstrDate: '2020-01-10 16:00', status: 'TK_Complete', actual: '2020-01-08 16:00' }),
      ],
      [],
    ), {});
    expect(r.findings.map((f) => `${f.line} ${f.activity} ${f.kind} ${f.topic} ${renderMessage(f.message)}`)).toEqual([
      '11 A dropped constraint A: constraint "Finish On or After" 2020-01-08: not kept: milepel holds only finish-no-later-than (deadline); the milestone\'s current date 2020-01-08 holds it for now, but not once that date is moved earlier',
      '12 B dropped constraint B: constraint "Finish On or After" 2020-01-07: not kept: milepel holds only finish-no-later-than (deadline); the milestone\'s current date 2020-01-09 holds it for now, but not once that date is moved earlier',
      '13 C dropped constraint C: constraint "Finish On or After" 2020-01-10: not kept: milepel holds only finish-no-later-than (deadline)',
      '14 D dropped constraint D: constraint "Finish On or After" 2020-01-10: not kept: milepel holds only finish-no-later-than (deadline)',
    ]);
    expect(renderMessage(r.findings[0]!.message, 'nb')).toBe('A: betingelsen «Finish On or After» 08.01.2020: ikke beholdt: milepel har bare slutt-senest (frist); milepælens nåværende dato 08.01.2020 holder den foreløpig, men ikke om den datoen flyttes tidligere');
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.date, m.deadline])).toEqual([['A', '2020-01-08', undefined], ['B', '2020-01-09', undefined], ['C', '2020-01-09', undefined], ['D', '2020-01-09', undefined]]);
  });

  it('reports a secondary Finish On or After as the primary one (cstr_type2)', () => {
    const text = xer([task('1', 'A', '8', '2020-01-08 16:00', { cstr: 'CS_MEOB', cstrDate: '2020-01-10 16:00' })], [])
      .replace('\tcstr_type\tcstr_date\r\n', '\tcstr_type\tcstr_date\tcstr_type2\tcstr_date2\r\n')
      .replace('\tCS_MEOB\t2020-01-10 16:00\r\n', '\tCS_MEOB\t2020-01-10 16:00\tCS_MEOA\t2020-01-08 16:00\r\n');
    const r = importXer(text, {});
    expect(r.findings.map((f) => `${f.line} ${f.kind} ${renderMessage(f.message)}`)).toEqual([
      '11 dropped A: constraint "Finish On or After" 2020-01-08: not kept: milepel holds only finish-no-later-than (deadline); the milestone\'s current date 2020-01-08 holds it for now, but not once that date is moved earlier',
    ]);
    expect(r.plans[0]?.milestones[0]?.deadline).toBe('2020-01-10');
  });

  it('reports hours that are not whole days, other calendars, constraints and progress, each with its line', () => {
    const r = importXer(xer(
      [
        task('1', 'A', '12', '2020-01-08 12:00', { status: 'TK_Active' }),
        task('2', 'B', '8', '2020-01-09 16:00', { cal: '11', cstr: 'CS_MSOA', cstrDate: '2020-01-09 08:00' }),
        task('3', 'C', '8', '2020-01-10 16:00', { cstr: 'CS_MEOB', cstrDate: '2020-01-17 16:00' }),
      ],
      [['1', '2', '1', 'PR_FS', '4'], ['2', '3', '2', 'PR_XX', '0'], ['3', '3', '9', 'PR_FS', '0'], ['4', '3', '1', 'PR_FS', 'abc']],
    ), {});
    const lines = r.findings.map((f) => `${f.line} ${f.kind} ${f.topic}`);
    expect(lines).toEqual(expect.arrayContaining([
      '11 approximated hours', '11 approximated progress', '12 approximated calendar', '12 dropped constraint',
      '16 approximated hours', '17 dropped link', '18 dropped link', '19 dropped link',
    ]));
    expect(r.plans[0]?.milestones.find((m) => m.id === 'C')?.deadline).toBe('2020-01-17');
    expect(renderMessage(r.findings.find((f) => f.line === 17)!.message)).toContain('PR_XX');
    expect(renderMessage(r.findings.find((f) => f.line === 19)!.message)).toContain('"abc"');
  });

  // An audit's finding (session 25): a start milestone P6 put at Monday 08:00, the first work after its data date, was
  // dated Friday (the FS rule) while the status date stayed Saturday: `overdue` on import. And one done at Monday 08:00
  // kept Monday as its actual, so its FS successor ended a day after P6's.
  it('reads an actual finish and the data date at the start of a day\'s work as the end of the working day before', () => {
    const file = xer(
      [
        task('1', 'S', '0', '2020-01-13 08:00', { type: 'TT_Mile', status: 'TK_Complete', actual: '2020-01-13 08:00' }),
        task('2', 'A', '40', '2020-01-17 16:00'),
        task('3', 'M', '0', '2020-01-20 08:00', { type: 'TT_Mile' }),
        task('4', 'N', '0', '2020-01-20 16:00', { type: 'TT_FinMile', status: 'TK_Complete', actual: '2020-01-20 00:00' }),
      ],
      [['1', '2', '1', 'PR_FS', '0']],
    ).replace('2020-01-06 00:00\t2020-01-06 00:00', '2020-01-20 00:00\t2020-01-06 00:00');
    const r = importXer(file, {});
    expect(r.findings).toEqual([]);
    const plan = r.plans[0];
    expect(plan?.statusDate).toBe('2020-01-17');
    expect(plan?.milestones.map((m) => [m.id, m.date, m.actual])).toEqual([
      ['S', '2020-01-10', '2020-01-10'], ['A', '2020-01-17', undefined], ['M', '2020-01-17', undefined], ['N', '2020-01-20', '2020-01-17'],
    ]);
    const text = writePlanYaml(plan!, 'demo.xer');
    expect(text).toContain("  status_date: 2020-01-17 # P6 data date 2020-01-20 00:00 is before that day's work: the end of the working day before\n");
    const analysis = analyze([{ file: 'demo.yaml', text }], { clockToday: 0 });
    // A, 5 days after S done at Monday 08:00, ends on Friday 2020-01-17 as in P6; M, at the data date, is not overdue;
    // N, done at the data date, is not done in the future.
    expect(analysis.diagnostics.map((d) => `${d.rule} ${renderMessage(d.message)}`)).toEqual([]);
  });

  // On a calendar that works every day, P6's working days are calendar days: 40 h of 8 h days is 5 days whatever the
  // weekday, which `5d` of the Monday–Friday plan calendar is not (it would end two days later over a weekend).
  it('writes a duration and a lag on a calendar that works every day in calendar days (ed), and still says the calendar differs', () => {
    const everyDay = `%R\t12\tEvery day\t8\t${CAL7.replace('(0||Exceptions()((0||0(d|43831)())))', '(0||Exceptions()())')}`;
    const file = xer(
      [task('1', 'A', '40', '2020-01-10 16:00', { cal: '12' }), task('2', 'B', '40', '2020-01-21 16:00')],
      [['1', '2', '1', 'PR_FS', '16']],
    ).replace(`%R\t11\tSeven\t8\t${CAL7}`, `%R\t11\tSeven\t8\t${CAL7}\r\n${everyDay}`);
    const r = importXer(file, {});
    const [a, b] = r.plans[0]!.milestones;
    expect([a?.durationDays, a?.durationUnit, b?.durationDays, b?.durationUnit]).toEqual([5, 'ed', 5, undefined]);
    expect(b?.after).toEqual([{ id: 'A', type: 'FS', lagDays: 2, lagUnit: 'ed' }]);
    expect(r.findings.map((f) => renderMessage(f.message))).toEqual([
      'A: on calendar "Every day", not the plan\'s "Five": a calendar that works every day, so its duration is written in calendar days (ed); its float is counted in the plan\'s working days',
      'link A → B: lag of 16 h runs on calendar "Every day" in P6; written as 2ed, calendar days, as every day of that calendar works',
    ]);
    expect(r.findings.map((f) => renderMessage(f.message, 'nb'))[1]).toContain('skrevet som 2ed, kalenderdager');
    const text = writePlanYaml(r.plans[0]!, 'demo.xer');
    expect(text).toContain('    duration: 5ed\n');
    expect(text).toContain('{id: A, lag: 2ed}');
  });

  // P6 takes the late dates of open ends from the must-finish-by date, else from the project's own scheduled finish:
  // only the first is a commitment and becomes plan.finish (SPEC §10); the second is what milepel does without one
  // (§5), and as plan.finish it made the zero-float path negative where hours rounded up (tester round 57 F5).
  it('writes the must-finish-by date as finish, and a scheduled finish only as a comment', () => {
    const tasks = [task('1', 'A', '40', '2020-01-10 16:00')];
    const committed = importXer(xer(tasks, []), {}).plans[0]!;
    expect(committed.finish).toBe('2020-03-31');
    expect(writePlanYaml(committed, 'demo.xer')).toContain('  finish: 2020-03-31\n');
    const scheduled = importXer(xer(tasks, []).replace('\t2020-03-31 16:00\t', '\t\t'), {}).plans[0]!;
    expect(scheduled.finish).toBeUndefined();
    const text = writePlanYaml(scheduled, 'demo.xer');
    expect(text).toContain("  # P6's scheduled finish: 2020-02-28 (no must-finish-by date: late dates run from the projected finish, as in P6)\n");
    expect(text).not.toMatch(/^ *finish:/m);
  });

  // shell-and-core.xer (no must-finish-by date) has activities of 12-hour days, rounded up to whole days: with P6's
  // scheduled finish as plan.finish, its zero-float path came out at -5 days, 33 open activities negative.
  it('leaves no open activity of a real P6 schedule without a must-finish-by date at negative float', async () => {
    const plans = importXer(decodeText(readFileSync(join(P6_DIR, 'shell-and-core.xer'))).text, {}).plans;
    const files = Object.fromEntries(plans.map((p) => [`ws/${p.id}.yaml`, writePlanYaml(p, 'shell-and-core.xer')]));
    const r = await runCli(['critical-path', 'ws', '--format', 'json'], { files, diskRoots: [] });
    const floats = (JSON.parse(r.stdout) as { milestones: { float: number | null }[] }).milestones.map((m) => m.float);
    expect(floats.length).toBeGreaterThan(100);
    expect(floats.filter((f) => f !== null && f < 0)).toEqual([]);
  });

  it('refuses a file without activities', () => {
    expect(() => importXer('ERMHDR\t19\n%T\tPROJECT\n%F\tproj_id\n%R\t1\n%E\n', {})).toThrow(/no TASK table/);
  });

  it('says which tables a file without activities has, escaped, and where a cut-off file ends', () => {
    const refusal = (text: string): string => {
      try {
        importXer(text, {});
      } catch (error) {
        return renderMessage((error as UnreadableInput).reason);
      }
      return 'imported';
    };
    expect(refusal('ERMHDR\t19\n%T\tPROJECT\n%F\tproj_id\n%R\t1\n%E\n')).toBe('the XER file has no TASK table with activities (its tables: PROJECT)');
    expect(refusal('ERMHDR\t19\n%T\tPROJECT\n%F\tproj_id\n%R\t1\n%T\tTA\0SK\n%F\ttask_id\n%R\t5\n%E\n')).toBe('the XER file has no TASK table with activities (its tables: PROJECT, TA\\x00SK)');
    expect(refusal('ERMHDR\t19\n%T\tPROJECT\n%F\tproj_id\n%R\t1\n%T\tTAS')).toMatch(/\(its tables: PROJECT, TAS\); it ends at line 5 without the %E line: it looks cut off/);
    expect(refusal('ERMHDR\t19\n')).toBe('the XER file has no TASK table with activities (it has no tables); it ends at line 1 without the %E line: it looks cut off, export it again from P6');
  });

  // A tester's finding: --plan-id on a file of two projects was passed over without a word (and the refusal of an
  // existing plan file advised --plan-id, which could not help).
  it('refuses --plan-id for a file of several projects, naming them; one project takes it', () => {
    const one = xer([task('1', 'A', '0', '2020-01-06 16:00')], []);
    const two = one.replace('%T\tCALENDAR', '%R\t2\tBETA\t10\t2020-01-06 00:00\t2020-01-06 00:00\t\t2020-02-28 16:00\r\n%T\tCALENDAR')
      .replace('%T\tTASKPRED', `%R\t${task('2', 'B', '0', '2020-01-06 16:00').map((c, i) => (i === 1 ? '2' : c)).join('\t')}\r\n%T\tTASKPRED`);
    expect(importXer(two, {}).plans.map((p) => p.id)).toEqual(['demo', 'beta']);
    let reason = '';
    try {
      importXer(two, { planId: 'x' });
    } catch (error) {
      reason = renderMessage((error as UnreadableInput).reason);
    }
    expect(reason).toBe('--plan-id x names one plan, but the XER file holds 2 projects (DEMO, BETA); leave out --plan-id, and each project becomes a plan named after it');
    expect(importXer(one, { planId: 'x' }).plans.map((p) => p.id)).toEqual(['x']);
  });
});

describe('importXer on the real P6 files', () => {
  it('maps the 25-activity file exactly but for its resource and user fields', () => {
    const r = importXer(decodeText(readFileSync(join(P6_DIR, 'takt-building.xer'))).text, {});
    expect(r.findings.map((f) => f.topic)).toEqual(['resource', 'table']);
    const plan = r.plans[0];
    expect(plan?.milestones).toHaveLength(25);
    expect(plan?.milestones.reduce((n, m) => n + m.after.length, 0)).toBe(40);
    expect(plan?.calendar).toEqual({ workdays: [1, 2, 3, 4, 5], closed: ['2021-12-27..2021-12-31'] });
    expect(plan?.milestones[0]).toMatchObject({ id: 'A1010', title: 'Studs', date: '2021-12-06', durationDays: 5, wbs: ['Level 1'] });
  });

  it('keeps 8-hour days of the Saturday–Thursday calendar whose day_hr_cnt says 10', () => {
    const r = importXer(decodeText(readFileSync(join(P6_DIR, 'shell-and-core.xer'))).text, {});
    expect(r.plans[0]?.calendar?.workdays).toEqual([1, 2, 3, 4, 6, 7]);
    expect(r.plans[0]?.milestones.find((m) => m.id === '10')?.durationDays).toBe(13);
    expect(r.findings.some((f) => f.activity === '10' && f.topic === 'hours')).toBe(true);
  });

  it.each(['takt-building.xer', 'shell-and-core.xer', 'infrastructure-programme.xer'])('writes %s as a plan the schema accepts (durations cut to five digits)', (file) => {
    const r = importXer(decodeText(readFileSync(join(P6_DIR, file))).text, {});
    const texts = r.plans.map((plan) => ({ file: `${plan.id}.yaml`, text: writePlanYaml(plan, file) }));
    const analysis = analyze(texts, { clockToday: 0 });
    expect(analysis.diagnostics.filter((d) => ['schema', 'yaml-syntax', 'invalid-date'].includes(d.rule)).map((d) => `${d.line}: ${d.rule}`)).toEqual([]);
  });
});

// Tester round 26 F1: an activity under way was written with its planned duration, so a predecessor finished long
// before pushed it, and its successors, past P6's early finish (and the plan written failed validate).
describe('an activity under way', () => {
  it('is written with its remaining duration and its forecast: it and its successor keep P6\'s early finishes', async () => {
    const text = xer(
      [
        task('1', 'A', '8', '2020-01-06 16:00', { status: 'TK_Complete', actual: '2020-01-06 16:00' }),
        // 50 working days planned, 5 left at the data date 2020-01-06: P6's early finish 2020-01-13 (2020-01-01 is closed).
        task('2', 'B', '400', '2020-01-13 16:00', { status: 'TK_Active', remain: '40', started: '2020-01-07 08:00', target: '2020-03-13 16:00' }),
        task('3', 'C', '40', '2020-01-20 16:00', { target: '2020-03-20 16:00' }),
      ],
      [['1', '2', '1', 'PR_FS', '0'], ['2', '3', '2', 'PR_FS', '0']],
    );
    const r = importXer(text, {});
    const b = r.plans[0]?.milestones.find((m) => m.id === 'B');
    expect([b?.durationDays, b?.forecast]).toEqual([5, '2020-01-13']);
    expect(renderMessage(r.findings.find((f) => f.topic === 'progress')!.message)).toContain('written with its remaining duration 5d (planned 50d)');
    const cp = await runCli(['critical-path', 'ws', '--format', 'json'], { files: { 'ws/p.yaml': writePlanYaml(r.plans[0]!, 'x.xer') }, diskRoots: [] });
    expect(cp.code).toBe(0);
    const projected = (JSON.parse(cp.stdout) as { milestones: { id: string; projected: string }[] }).milestones.map((m) => [m.id, m.projected]);
    expect(projected).toEqual([['A', '2020-01-06'], ['B', '2020-01-13'], ['C', '2020-01-20']]);
  });

  // Tester round 29 F4: an empty remain_drtn_hr_cnt was read as 0 (Number('')), and the activity written with none.
  it('keeps its planned duration when the file gives no remaining one, and says so', () => {
    const r = importXer(xer([task('2', 'B', '80', '2020-01-17 16:00', { status: 'TK_Active', remain: '', started: '2020-01-07 08:00' })], []), {});
    expect(r.plans[0]?.milestones[0]?.durationDays).toBe(10);
    expect(renderMessage(r.findings.find((f) => f.topic === 'progress')!.message)).toMatch(/^B: in progress \(started 2020-01-07, no remaining duration given\): kept with its forecast finish and its duration 10d/);
  });
});
