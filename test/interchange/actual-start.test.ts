// A finished activity's actual start, which no plan field holds, is said where the plan's start of its work (its actual
// finish less its original duration, SPEC §5) is another day (tester round 57 F4: "imported exactly", then validate
// failed with dependency-order on the plan just written).
import { describe, expect, it } from 'vitest';
import { importMspdi } from '../../src/interchange/mspdi/index.js';
import { importXer } from '../../src/interchange/xer/index.js';
import { renderMessage } from '../../src/messages/index.js';
import type { ImportFinding } from '../../src/interchange/finding.js';
import { runCli } from '../helpers/fake-io.js';

const CAL = '(0||CalendarData()((0||DaysOfWeek()((0||1()())(0||2()((0||0(s|08:00|f|16:00)())))(0||3()((0||0(s|08:00|f|16:00)())))(0||4()((0||0(s|08:00|f|16:00)())))(0||5()((0||0(s|08:00|f|16:00)())))(0||6()((0||0(s|08:00|f|16:00)())))(0||7()())))(0||Exceptions()()))';

/** Monday–Friday, 8 h from 08:00; data date Tuesday 2021-11-30. */
const XER = [
  'ERMHDR\t19.12',
  '%T\tPROJECT', '%F\tproj_id\tproj_short_name\tclndr_id\tlast_recalc_date',
  '%R\t1\tDONE\t10\t2021-11-30 16:00',
  '%T\tCALENDAR', '%F\tclndr_id\tclndr_name\tday_hr_cnt\tclndr_data',
  `%R\t10\tFive\t8\t${CAL}`,
  '%T\tTASK', '%F\ttask_id\tproj_id\tclndr_id\ttask_type\tstatus_code\ttask_code\ttask_name\ttarget_drtn_hr_cnt\tremain_drtn_hr_cnt\tact_start_date\tact_end_date\tearly_end_date\ttarget_end_date',
  // Planned 10 days, done in 5 (Monday to Friday): the plan puts its work from 2021-10-25.
  '%R\t1\t1\t10\tTT_Task\tTK_Complete\tA1\tSurvey\t80\t0\t2021-11-01 08:00\t2021-11-05 16:00\t\t2021-11-12 16:00',
  // After A1, done in 3 days of a planned 10: the plan's start, 2021-10-28, is before A1's finish (dependency-order).
  '%R\t2\t1\t10\tTT_Task\tTK_Complete\tA2\tReport\t80\t0\t2021-11-08 08:00\t2021-11-10 16:00\t\t2021-11-26 16:00',
  // Done in its planned 3 days: where the plan puts it.
  '%R\t3\t1\t10\tTT_Task\tTK_Complete\tA3\tOn plan\t24\t0\t2021-11-08 08:00\t2021-11-10 16:00\t\t2021-11-10 16:00',
  // Planned 2 days, took 5: the plan starts its work on Thursday, after it began.
  '%R\t4\t1\t10\tTT_Task\tTK_Complete\tA4\tLate start\t16\t0\t2021-11-01 08:00\t2021-11-05 16:00\t\t2021-11-02 16:00',
  // A milestone done: its start is its finish.
  '%R\t5\t1\t10\tTT_FinMile\tTK_Complete\tM5\tHanded over\t0\t0\t2021-11-10 16:00\t2021-11-10 16:00\t\t2021-11-10 16:00',
  // Under way: its own finding says that SS and SF links count from the work left, not from its actual start.
  '%R\t6\t1\t10\tTT_Task\tTK_Active\tA6\tUnder way\t80\t24\t2021-11-22 08:00\t\t2021-12-03 16:00\t2021-12-03 16:00',
  '%T\tTASKPRED', '%F\ttask_pred_id\ttask_id\tpred_task_id\tpred_type\tlag_hr_cnt',
  '%R\t1\t2\t1\tPR_FS\t0',
  '%E',
].join('\r\n');

const startFindings = (findings: readonly ImportFinding[]): { id?: string; kind: string; line?: number; en: string }[] =>
  findings.filter((f) => f.topic === 'actual start').map((f) => ({ id: f.activity, kind: f.kind, line: f.line, en: renderMessage(f.message, 'en') }));

describe('P6: an actual start the plan does not put the start of work at', () => {
  const r = importXer(XER, {});

  it('is said for each finished activity whose actual start is not the plan\'s, with its line, the two starts and the consequence', () => {
    expect(startFindings(r.findings)).toEqual([
      { id: 'A1', kind: 'approximated', line: 10, en: 'A1: started 2021-11-01 08:00, but a plan has no actual start: its actual finish 2021-11-05 less its planned duration 10d puts the start of its work on 2021-10-25, before it began; SS and SF links from it count from that day, and so does dependency-order on the links into it (its actual duration, 5d, would put it where it began)' },
      { id: 'A2', kind: 'approximated', line: 11, en: 'A2: started 2021-11-08 08:00, but a plan has no actual start: its actual finish 2021-11-10 less its planned duration 10d puts the start of its work on 2021-10-28, before it began; SS and SF links from it count from that day, and so does dependency-order on the links into it (its actual duration, 3d, would put it where it began)' },
      { id: 'A4', kind: 'approximated', line: 13, en: 'A4: started 2021-11-01 08:00, but a plan has no actual start: its actual finish 2021-11-05 less its planned duration 2d puts the start of its work on 2021-11-04, after it began; SS and SF links from it count from that day, and so does dependency-order on the links into it (its actual duration, 5d, would put it where it began)' },
    ]);
    const a1 = r.findings.find((f) => f.topic === 'actual start');
    expect(renderMessage(a1!.message, 'nb')).toBe('A1: startet 01.11.2021 08:00, men en plan har ingen faktisk start: den faktiske slutten 05.11.2021 minus den planlagte varigheten 10d legger starten på arbeidet til 25.10.2021, før arbeidet begynte; SS- og SF-koblinger fra den regnes fra den dagen, og det gjør også dependency-order for koblingene inn til den (den faktiske varigheten, 5d, ville lagt den der arbeidet begynte)');
  });

  it('leaves the plan as SPEC §10 maps it: the actual finish and the original duration', () => {
    const [a1, a2, a3, a4] = r.plans[0]!.milestones;
    expect([a1, a2, a3, a4].map((m) => [m?.id, m?.actual, m?.durationDays])).toEqual([['A1', '2021-11-05', 10], ['A2', '2021-11-10', 10], ['A3', '2021-11-10', 3], ['A4', '2021-11-05', 2]]);
  });

  it('makes the import exit 1 with its own count, in English and Norwegian, where validate then fails', async () => {
    const en = await runCli(['import', 'done.xer', '--out', 'ws'], { files: { 'done.xer': XER } });
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('done.xer:11: approximated: A2: started 2021-11-08 08:00');
    expect(en.stderr).toMatch(/done\.xer: \d+ approximated \([^)]*actual start 3/);
    const nb = await runCli(['import', 'done.xer', '--out', 'ws', '--locale', 'nb'], { files: { 'done.xer': XER } });
    expect(nb.stderr).toMatch(/done\.xer: \d+ tilnærmet \([^)]*faktisk start 3/);
    const validate = await runCli(['validate', 'ws'], { files: { 'ws/done.yaml': en.io.written.get('ws/done.yaml') ?? '' } });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('done/A2 (2021-11-10) is before its predecessor done/A1 (2021-11-05) + duration 10d');
  });
});

describe('MS Project: an actual start the plan does not put the start of work at', () => {
  const week = [1, 2, 3, 4, 5, 6, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>${d === 1 || d === 7 ? 0 : 1}</DayWorking>${d === 1 || d === 7 ? '' : '<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>'}</WeekDay>`).join('');
  const task = (uid: number, duration: string, start: string, finish: string): string =>
    `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>T${uid}</Name><Duration>${duration}</Duration><DurationFormat>7</DurationFormat><Start>${start}</Start><Finish>${finish}</Finish><PercentComplete>100</PercentComplete><ActualStart>${start}</ActualStart><ActualFinish>${finish}</ActualFinish></Task>`;
  const XML = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project"><Name>done</Name><ScheduleFromStart>1</ScheduleFromStart><StatusDate>2021-11-30T17:00:00</StatusDate><MinutesPerDay>480</MinutesPerDay><CalendarUID>1</CalendarUID>
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>${week}</WeekDays></Calendar></Calendars>
<Tasks>
${task(1, 'PT80H0M0S', '2021-11-01T08:00:00', '2021-11-05T17:00:00')}
${task(2, 'PT24H0M0S', '2021-11-08T08:00:00', '2021-11-10T17:00:00')}
</Tasks></Project>
`;

  it('is said with <ActualStart> as the file writes it; one where the plan puts it is not', () => {
    const r = importMspdi(XML, {});
    expect(startFindings(r.findings)).toEqual([
      { id: '1', kind: 'approximated', line: 5, en: '1: started 2021-11-01T08:00:00, but a plan has no actual start: its actual finish 2021-11-05 less its planned duration 10d puts the start of its work on 2021-10-25, before it began; SS and SF links from it count from that day, and so does dependency-order on the links into it (its actual duration, 5d, would put it where it began)' },
    ]);
    expect(r.plans[0]!.milestones[0]).toMatchObject({ actual: '2021-11-05', durationDays: 10 });
  });

  it('stays silent on what milepel\'s own export writes (its ActualStart is the start of work it derives)', async () => {
    const yaml = `plan: {id: rt, title: Round trip, status_date: 2021-11-30, calendar: {holidays: none}}
milestones:
  - {id: A, title: A, date: 2021-11-12, actual: 2021-11-05, duration: 10d}
  - {id: B, title: B, date: 2021-11-26, actual: 2021-11-19, duration: 3ed, after: [A]}
  - {id: C, title: C, date: 2021-11-26, actual: 2021-11-22, after: [B]}
`;
    const exported = await runCli(['export', 'a', '--format', 'mspdi'], { files: { 'a/rt.yaml': yaml } });
    expect(exported.code).toBe(0);
    expect(exported.stdout.match(/<ActualStart>/g)).toHaveLength(3);
    const r = importMspdi(exported.stdout, {});
    expect(startFindings(r.findings)).toEqual([]);
  });
});
