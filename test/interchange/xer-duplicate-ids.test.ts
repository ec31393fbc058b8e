// A P6 key two rows have (tester round 21 #6): files joined from two P6 databases whose id sequences overlap. A
// task_id two activities have keeps both and leaves out every link naming it, as an MS Project UID two tasks have
// does; a proj_id, wbs_id or clndr_id two rows have keeps the first row. Each is said with its line, never silently
// given to the later row.
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { importXer } from '../../src/interchange/xer/index.js';
import type { ImportFinding } from '../../src/interchange/finding.js';

const CAL = '(0||CalendarData()((0||DaysOfWeek()((0||1()())(0||2()((0||0(s|08:00|f|16:00)())))(0||3()((0||0(s|08:00|f|16:00)())))(0||4()((0||0(s|08:00|f|16:00)())))(0||5()((0||0(s|08:00|f|16:00)())))(0||6()((0||0(s|08:00|f|16:00)())))(0||7()())))(0||Exceptions()()))';
const CAL7 = CAL.replace('(0||1()())', '(0||1()((0||0(s|08:00|f|16:00)())))').replace('(0||7()())', '(0||7()((0||0(s|08:00|f|16:00)())))');

const R = (...cells: string[]): string => `%R\t${cells.join('\t')}`;
const PROJECT = ['%T\tPROJECT', '%F\tproj_id\tproj_short_name\tlast_recalc_date\tplan_start_date'];
const CALENDAR = ['%T\tCALENDAR', '%F\tclndr_id\tclndr_name\tday_hr_cnt\tclndr_data'];
const PROJWBS = ['%T\tPROJWBS', '%F\twbs_id\tproj_id\tparent_wbs_id\tproj_node_flag\twbs_short_name\twbs_name'];
const TASK = ['%T\tTASK', '%F\ttask_id\tproj_id\twbs_id\tclndr_id\ttask_type\ttask_code\ttask_name\ttarget_drtn_hr_cnt\tearly_end_date\ttarget_end_date'];
const TASKPRED = ['%T\tTASKPRED', '%F\ttask_pred_id\ttask_id\tpred_task_id\tpred_type\tlag_hr_cnt'];
/** An activity row: task_id, code, finish day (16:00), project, WBS node, calendar. */
const activity = (taskId: string, code: string, day: string, proj = '1', wbs = '', clndr = '10'): string =>
  R(taskId, proj, wbs, clndr, 'TT_FinMile', code, `Task ${code}`, '0', `${day} 16:00`, `${day} 16:00`);
const file = (lines: string[]): string => ['ERMHDR\t19.12', ...lines, '%E'].join('\r\n');
/** The 1-based line of the first line of `text` that `line` is. */
const lineOf = (text: string, line: string): number => text.split('\r\n').indexOf(line) + 1;
const said = (findings: readonly ImportFinding[], locale: 'en' | 'nb' = 'en'): string[] => findings.map((f) => `${f.line} ${f.kind} ${f.topic} ${renderMessage(f.message, locale)}`);

describe('importXer: a key two rows have', () => {
  it('keeps both activities of one task_id, says it at the later row and leaves out every link naming it, either end', () => {
    const a2 = activity('1', 'A2', '2020-01-14');
    const before = R('9000', '2', '1', 'PR_FS', '0');
    const after = R('9001', '1', '2', 'PR_FS', '0');
    const text = file([
      ...PROJECT, R('1', 'DEMO', '2020-01-06 00:00', '2020-01-06 00:00'),
      ...CALENDAR, R('10', 'Five', '8', CAL),
      ...TASK, activity('1', 'A', '2020-01-10'), a2, activity('2', 'B', '2020-01-15'), activity('3', 'C', '2020-01-16'),
      ...TASKPRED, before, after, R('9002', '3', '2', 'PR_FS', '0'),
      '%T\tTASKRSRC', '%F\ttask_id\trsrc_id\ttarget_qty', R('1', '77', '8'),
    ]);
    const r = importXer(text, {});
    // B is after neither A nor A2 (it was given A2 silently); C's link to B is kept.
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.after.map((l) => l.id)])).toEqual([['A', []], ['A2', []], ['B', []], ['C', ['B']]]);
    const first = lineOf(text, activity('1', 'A', '2020-01-10'));
    expect(said(r.findings.filter((f) => f.topic !== 'resource'))).toEqual([
      `${lineOf(text, a2)} approximated id A2: has task_id 1, as A (line ${first}) has: a task_id names one activity, so links naming task_id 1 are left out; export the projects from one P6 database, where each activity has its own task_id`,
      `${lineOf(text, before)} dropped link link from task 1 to task 2: task_id 1 names A and A2; the link was left out`,
      `${lineOf(text, after)} dropped link link from task 2 to task 1: task_id 1 names A and A2; the link was left out`,
    ]);
    // The link whose successor is known names it; the one whose successor is ambiguous names none.
    expect(r.findings.filter((f) => f.topic === 'link').map((f) => f.activity)).toEqual(['B', undefined]);
    // A resource assignment of task_id 1 is said as task 1's, not as A2's.
    expect(said(r.findings.filter((f) => f.topic === 'resource'))).toEqual([`${lineOf(text, R('1', '77', '8'))} dropped resource task 1: resource assignment (resource 77, 8 units) not imported`]);
    expect(r.links.map((l) => l.link.id)).toEqual(['B']);
    expect(said(r.findings, 'nb').slice(0, 2)).toEqual([
      `${lineOf(text, a2)} approximated id A2: har task_id 1, som A (linje ${first}) har: en task_id navngir én aktivitet, så lenker som nevner task_id 1, utelates; eksporter prosjektene fra én P6-database, der hver aktivitet har sin egen task_id`,
      `${lineOf(text, before)} dropped link lenke fra aktivitet 1 til aktivitet 2: task_id 1 navngir A og A2; lenken ble utelatt`,
    ]);
  });

  it('treats a task_id two projects of one file have alike, and names both ends when both are ambiguous', () => {
    const both = R('9000', '2', '1', 'PR_FS', '0');
    const text = file([
      ...PROJECT, R('1', 'ONE', '2020-01-06 00:00', '2020-01-06 00:00'), R('2', 'TWO', '2020-01-06 00:00', '2020-01-06 00:00'),
      ...CALENDAR, R('10', 'Five', '8', CAL),
      ...TASK, activity('1', 'A', '2020-01-10'), activity('2', 'B', '2020-01-13'), activity('1', 'X', '2020-01-10', '2'), activity('2', 'Y', '2020-01-13', '2'),
      ...TASKPRED, both,
    ]);
    const r = importXer(text, {});
    expect(r.plans.map((p) => [p.id, p.milestones.map((m) => [m.id, m.after.length])])).toEqual([['one', [['A', 0], ['B', 0]]], ['two', [['X', 0], ['Y', 0]]]]);
    expect(said(r.findings.filter((f) => f.topic === 'link'))).toEqual([
      `${lineOf(text, both)} dropped link link from task 1 to task 2: task_id 1 names A and X, and task_id 2 names B and Y; the link was left out`,
    ]);
    expect(r.findings.filter((f) => f.topic === 'id').map((f) => [f.line, f.activity])).toEqual([[lineOf(text, activity('1', 'X', '2020-01-10', '2')), 'X'], [lineOf(text, activity('2', 'Y', '2020-01-13', '2')), 'Y']]);
  });

  it('keeps the first PROJECT row of a proj_id and says the later one, whose activities go to the first plan', () => {
    const later = R('1', 'OTHER', '2021-05-03 00:00', '2021-05-03 00:00');
    const text = file([
      ...PROJECT, R('1', 'DEMO', '2020-01-06 00:00', '2020-01-06 00:00'), later,
      ...CALENDAR, R('10', 'Five', '8', CAL),
      ...TASK, activity('1', 'A', '2020-01-10'), activity('2', 'B', '2020-01-13'),
    ]);
    const r = importXer(text, {});
    expect(r.plans.map((p) => [p.id, p.statusDate, p.milestones.length])).toEqual([['demo', '2020-01-03', 2]]);
    expect(said(r.findings)).toEqual([
      `${lineOf(text, later)} approximated project project OTHER: has proj_id 1, as project DEMO (line 4) has: the row is left out, and the activities of proj_id 1 are written in DEMO's plan`,
    ]);
    expect(renderMessage(r.findings[0]!.message, 'nb')).toBe('prosjektet OTHER: har proj_id 1, som prosjektet DEMO (linje 4) har: raden utelates, og aktivitetene med proj_id 1 skrives i planen til DEMO');
  });

  it('keeps the first PROJWBS row of a wbs_id (it used to be the later one, silently) and says the later one', () => {
    const later = R('200', '1', '100', 'N', 'B', 'Build');
    const first = R('200', '1', '100', 'N', 'D', 'Design');
    const text = file([
      ...PROJECT, R('1', 'DEMO', '2020-01-06 00:00', '2020-01-06 00:00'),
      ...CALENDAR, R('10', 'Five', '8', CAL),
      ...PROJWBS, R('100', '1', '', 'Y', 'DEMO', 'Demo'), first, later,
      ...TASK, activity('1', 'A', '2020-01-10', '1', '200'),
    ]);
    const r = importXer(text, {});
    expect(r.plans[0]?.milestones.map((m) => m.wbs)).toEqual([['Design']]);
    expect(said(r.findings)).toEqual([
      `${lineOf(text, later)} approximated wbs WBS node "Build": has wbs_id 200, as "Design" (line ${lineOf(text, first)}) has: the row is left out, and activities and nodes under wbs_id 200 are placed under "Design"`,
    ]);
    expect(renderMessage(r.findings[0]!.message, 'nb')).toBe(`WBS-noden «Build»: har wbs_id 200, som «Design» (linje ${lineOf(text, first)}) har: raden utelates, og aktiviteter og noder under wbs_id 200 plasseres under «Design»`);
  });

  it('keeps the first CALENDAR row of a clndr_id (it used to be the later one, silently) and says the later one', () => {
    const later = R('10', 'Seven', '8', CAL7);
    const first = R('10', 'Five', '8', CAL);
    const text = file([
      ...PROJECT, R('1', 'DEMO', '2020-01-06 00:00', '2020-01-06 00:00'),
      ...CALENDAR, first, later,
      ...TASK, activity('1', 'A', '2020-01-10'),
    ]);
    const r = importXer(text, {});
    expect(r.plans[0]?.calendar?.workdays).toEqual([1, 2, 3, 4, 5]);
    expect(said(r.findings)).toEqual([
      `${lineOf(text, later)} approximated calendar calendar "Seven": has clndr_id 10, as calendar "Five" (line ${lineOf(text, first)}) has: the row is left out, and activities on clndr_id 10 are scheduled on "Five"`,
    ]);
    expect(renderMessage(r.findings[0]!.message, 'nb')).toBe(`kalenderen «Seven»: har clndr_id 10, som kalenderen «Five» (linje ${lineOf(text, first)}) har: raden utelates, og aktiviteter på clndr_id 10 planlegges på «Five»`);
  });

  it('says nothing of keys each row has once', () => {
    const text = file([
      ...PROJECT, R('1', 'DEMO', '2020-01-06 00:00', '2020-01-06 00:00'),
      ...CALENDAR, R('10', 'Five', '8', CAL), R('11', 'Seven', '8', CAL7),
      ...PROJWBS, R('100', '1', '', 'Y', 'DEMO', 'Demo'), R('200', '1', '100', 'N', 'D', 'Design'),
      ...TASK, activity('1', 'A', '2020-01-10', '1', '200'), activity('2', 'B', '2020-01-13', '1', '200'),
      ...TASKPRED, R('9000', '2', '1', 'PR_FS', '0'),
    ]);
    const r = importXer(text, {});
    expect(r.findings).toEqual([]);
    expect(r.plans[0]?.milestones.map((m) => m.after.map((l) => l.id))).toEqual([[], ['A']]);
  });
});
