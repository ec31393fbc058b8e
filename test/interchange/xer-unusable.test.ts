// XER values no plan file can hold: a duration that is no number, a lag past five digits, a target date that does not
// exist, activities without a finish in a file without a data date. Output and findings agree, and no 1970-01-01 (day
// 0) is invented (a tester's findings, session 14).
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { importXer } from '../../src/interchange/xer/index.js';

const row = (cells: string[]): string => `%R\t${cells.join('\t')}`;
const TASKS = ['%T\tTASK', '%F\ttask_id\ttask_code\ttask_name\tearly_end_date\ttarget_end_date\ttarget_drtn_hr_cnt\tproj_id'];
const PREDS = ['%T\tTASKPRED', '%F\ttask_pred_id\ttask_id\tpred_task_id\tpred_type\tlag_hr_cnt'];
const PROJECT = ['%T\tPROJECT', '%F\tproj_id\tproj_short_name\tlast_recalc_date', row(['1', 'DEMO', '2020-01-06 00:00'])];
const file = (head: string[], tasks: string[][], preds: string[][]): string => ['ERMHDR\t19.12', ...head, ...TASKS, ...tasks.map((t) => row([...t, '1'])), ...PREDS, ...preds.map(row), '%E'].join('\n');
const lines = (r: ReturnType<typeof importXer>, locale: 'en' | 'nb' = 'en'): string[] => r.findings.filter((f) => f.topic !== 'calendar' && f.topic !== 'file').map((f) => `${f.line} ${f.kind} ${renderMessage(f.message, locale)}`);

// Tester round 99 F6: a TASKPRED row cut short was "link from task  to task : task  is not in the TASK table".
describe('importXer: a TASKPRED row without a task id', () => {
  it('says the row names no link, and that it is cut short when it has fewer cells than its %F line', () => {
    const r = importXer(file(PROJECT, [['1', 'A', 'a', '', '2020-01-10 16:00', '0'], ['2', 'B', 'b', '', '2020-01-13 16:00', '0']], [['7', '2', '', 'PR_FS', '0'], ['8', '', '1', 'PR_FS', '0'], ['short']]), {});
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.after.length])).toEqual([['A', 0], ['B', 0]]);
    const said = lines(r).filter((l) => l.includes('TASKPRED'));
    expect(said).toEqual([
      '11 dropped a TASKPRED row without pred_task_id names no link; left out',
      '12 dropped a TASKPRED row without task_id names no link; left out',
      '13 dropped a TASKPRED row without task_id and pred_task_id (it has 1 of the 5 cells its %F line names: cut short?) names no link; left out',
    ]);
    expect(lines(r, 'nb').filter((l) => l.includes('TASKPRED'))[2]).toBe('13 dropped en TASKPRED-rad uten task_id og pred_task_id (den har 1 av de 5 cellene %F-linjen navngir: avkortet?) navngir ingen lenke; utelatt');
  });
});

describe('importXer: values a plan file cannot hold', () => {
  it('writes no duration for one that is no number of hours, as its finding says (1e309 was written as 99999d)', () => {
    const r = importXer(file(PROJECT, [['1', 'A', 'a', '', '2020-01-10 16:00', '1e309'], ['2', 'B', 'b', '', '2020-01-10 16:00', '8000000']], []), {});
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.durationDays])).toEqual([['A', undefined], ['B', 99999]]);
    expect(lines(r)).toEqual(['7 approximated A: duration "1e309" is not a number of hours; 0 used', "8 approximated B: duration 8000000 h is longer than milepel's 99999 days; cut to 99999d"]);
  });

  it('says a target date that does not exist as such, and uses the early finish instead', () => {
    const r = importXer(file(PROJECT, [['1', 'A', 'a', '2020-01-09 16:00', '2020-02-30 16:00', '0'], ['2', 'B', 'b', '', '0000-01-01 16:00', '0']], []), {});
    // B is dated at the status date: the data date Monday 2020-01-06 00:00 ends the Friday before (statusDay).
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.date])).toEqual([['A', '2020-01-09'], ['B', '2020-01-03']]);
    expect(lines(r)).toEqual([
      '7 approximated A: target_end_date "2020-02-30 16:00" is a date that does not exist; its early_end_date 2020-01-09 is used instead',
      '8 approximated B: target_end_date "0000-01-01 16:00" is outside 0001-01-01 to 9999-12-31; left out',
      '8 approximated B: has no planned, early or actual finish; dated at the data date',
    ]);
    expect(lines(r, 'nb')[0]).toBe('7 approximated A: target_end_date «2020-02-30 16:00» er en dato som ikke finnes; early_end_date 09.01.2020 brukes i stedet');
  });

  it('leaves out an activity without a finish when the file has no data date, and its links, instead of dating it 1970-01-01', () => {
    const r = importXer(file([], [['1', 'A', 'a', '', '2020-01-10 16:00', '0'], ['2', 'B', 'b', '', '', '0'], ['3', 'C', 'c', '', '2020-01-17 16:00', '0']], [['1', '2', '1', 'PR_FS', '0'], ['2', '3', '1', 'PR_FS', '960000']]), {});
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.date, m.after])).toEqual([['A', '2020-01-10', []], ['C', '2020-01-17', []]]);
    expect(lines(r)).toEqual([
      '5 dropped B: has no usable planned, early or actual finish, and the file has no data date to date it at; left out',
      // The activity left out is named, with its line and why, as its own line says (it was "task 2 was left out" alone).
      '9 dropped link from A (task_id 1) to task_id 2: task_id 2 (B, line 5) was left out: it has no usable planned, early or actual finish, and the file has no data date to date it at; the link was left out',
      "10 dropped link A → C: lag 120000d is longer than milepel's 99999 days; the link was left out",
    ]);
    expect(lines(r, 'nb')[0]).toBe('5 dropped B: har verken brukbar planlagt, tidligste eller faktisk slutt, og filen har ingen statusdato å datere den på; utelatt');
    expect(lines(r, 'nb')[1]).toBe('9 dropped lenke fra A (task_id 1) til task_id 2: task_id 2 (B, linje 5) ble utelatt: den har verken brukbar planlagt, tidligste eller faktisk slutt, og filen har ingen statusdato å datere den på; lenken ble utelatt');
  });
});
