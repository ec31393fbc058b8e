// MS Project XML: the project's FinishDate becomes plan.finish only when the tasks' late dates were taken from it
// (SPEC §10). Tester round 99 F1: a FinishDate months after the last task (TaskJuggler's mspxml writes its project end
// there) was taken as the plan's finish, and every task got 227–246 days of float where the file said 0.
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { importMspdi } from '../../src/interchange/mspdi/index.js';
import { runCli } from '../helpers/fake-io.js';

const HOURS = '<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>';
const WEEK = [1, 2, 3, 4, 5, 6, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>${d === 1 || d === 7 ? 0 : 1}</DayWorking>${d === 1 || d === 7 ? '' : HOURS}</WeekDay>`).join('');

/** A (Fri 2024-01-26) → B (Mon 2024-01-29), one day each; `late` adds each task's LateFinish (its Finish, or `bLate` for B). */
function file(finishDate: string, late: boolean, bLate = '2024-01-29T17:00:00', aLate = '2024-01-26T17:00:00'): string {
  const lateOf = (at: string): string => (late ? `<LateFinish>${at}</LateFinish><TotalSlack>0</TotalSlack>` : '');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
<Name>fin.xml</Name><ScheduleFromStart>1</ScheduleFromStart><StartDate>2024-01-26T08:00:00</StartDate><FinishDate>${finishDate}</FinishDate>
<StatusDate>2024-01-19T17:00:00</StatusDate><CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay>
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>${WEEK}</WeekDays></Calendar></Calendars>
<Tasks>
<Task><UID>0</UID><ID>0</ID><Name>fin</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary><Finish>${finishDate}</Finish><LateFinish>${finishDate}</LateFinish></Task>
<Task><UID>1</UID><ID>1</ID><Name>A</Name><OutlineLevel>1</OutlineLevel><Start>2024-01-26T08:00:00</Start><Finish>2024-01-26T17:00:00</Finish><Duration>PT8H0M0S</Duration>${lateOf(aLate)}</Task>
<Task><UID>2</UID><ID>2</ID><Name>B</Name><OutlineLevel>1</OutlineLevel><Start>2024-01-29T08:00:00</Start><Finish>2024-01-29T17:00:00</Finish><Duration>PT8H0M0S</Duration>${lateOf(bLate)}<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>
</Tasks></Project>
`;
}

const said = (xml: string): string[] => importMspdi(xml, {}).findings.filter((f) => f.topic === 'project').map((f) => `${f.kind}: ${renderMessage(f.message)}`);

describe('an MS Project FinishDate as plan.finish', () => {
  it('is left out, said as dropped, when the tasks\' late dates end before it', () => {
    const xml = file('2024-12-31T17:00:00', true);
    expect(importMspdi(xml, {}).plans[0]).not.toHaveProperty('finish');
    expect(said(xml)).toEqual([
      "dropped: the project's finish date 2024-12-31 is not where its late dates run from (2024-01-29, the latest late finish of its tasks): not written as plan.finish, so that late dates run from the plan's latest date, as MS Project schedules a project from its start",
    ]);
    expect(renderMessage(importMspdi(xml, {}).findings.find((f) => f.topic === 'project')!.message, 'nb')).toContain('prosjektets sluttdato 2024-12-31 er ikke der de sene datoene regnes fra');
  });

  it('is left out when the file has no late dates and every task finishes before it (TaskJuggler\'s project end)', () => {
    const xml = file('2025-01-07T01:00:00', false);
    expect(importMspdi(xml, {}).plans[0]).not.toHaveProperty('finish');
    expect(said(xml)).toEqual([expect.stringContaining('(2024-01-29, the latest finish of its tasks; the file has no late dates)')]);
  });

  it('is kept where the late dates run from it: MS Project\'s own, the latest finish, with or without late dates', () => {
    for (const late of [true, false]) {
      const xml = file('2024-01-29T17:00:00', late);
      expect(importMspdi(xml, {}).plans[0]).toMatchObject({ finish: '2024-01-29' });
      expect(said(xml)).toEqual([]);
    }
    // At the start of the next working day's work: the end of the day before, as a task's finish there is.
    expect(importMspdi(file('2024-01-30T08:00:00', true), {}).plans[0]).toMatchObject({ finish: '2024-01-29' });
  });

  // Tester round 100 F5: a Saturday FinishDate beside Friday late finishes was dropped, and the file's floats lost.
  it('is read in working time, as the tasks\' finishes are: Saturday 17:00 is Friday\'s end, and so is Monday 08:00', () => {
    expect(importMspdi(file('2024-02-03T17:00:00', true, '2024-02-02T17:00:00'), {}).plans[0]).toMatchObject({ finish: '2024-02-02' });
    expect(said(file('2024-02-03T17:00:00', true, '2024-02-02T17:00:00'))).toEqual([]);
    // The first task's late finish at the start of a day's work is the working day before, the first read as the rest.
    const early = file('2024-02-02T17:00:00', true, '2024-01-29T17:00:00', '2024-02-05T08:00:00');
    expect(importMspdi(early, {}).plans[0]).toMatchObject({ finish: '2024-02-02' });
    expect(said(early)).toEqual([]);
  });

  it('is kept when the late dates end on it after the last early finish (a commitment the tool scheduled to)', () => {
    const xml = file('2024-02-09T17:00:00', true, '2024-02-09T17:00:00');
    expect(importMspdi(xml, {}).plans[0]).toMatchObject({ finish: '2024-02-09' });
    expect(said(xml)).toEqual([]);
  });

  it('end to end: exit 1 with the line, and critical-path gives both tasks the file\'s float, 0', async () => {
    const imported = await runCli(['import', 'fin.xml', '--out', 'o'], { files: { 'fin.xml': file('2024-12-31T17:00:00', true) } });
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain("fin.xml: dropped: the project's finish date 2024-12-31 is not where its late dates run from");
    const plan = imported.io.written.get('o/fin.yaml')!;
    expect(plan).not.toMatch(/^ +finish:/m);
    const cp = await runCli(['critical-path', 'o', '--format', 'json'], { files: { 'o/fin.yaml': plan } });
    const rows = (JSON.parse(cp.stdout) as { milestones: { ref: string; float: number; critical: boolean }[] }).milestones;
    expect(rows.map((m) => [m.ref, m.float, m.critical])).toEqual([['fin/1', 0, true], ['fin/2', 0, true]]);
  });
});

// Tester round 107 F1: milepel's own export of a plan whose latest dates run past plan.finish (an SF predecessor's,
// a later deadline's: SPEC §5) was read back without its finish, and every float changed. Only tasks that no task
// follows and no deadline bounds run from the project's finish.
describe('plan.finish exported and imported again', () => {
  const plans = {
    'SF predecessor': '  - {id: A, title: A, date: 2024-01-10, duration: 1ew}\n  - {id: B, title: B, date: 2024-01-20, after: [{id: A, type: SF}]}\n  - {id: C, title: C, date: 2024-01-25}\n',
    'later deadline': '  - {id: A, title: A, date: 2024-01-10, deadline: 2024-02-29}\n  - {id: B, title: B, date: 2024-01-20}\n  - {id: C, title: C, date: 2024-01-12, after: [B]}\n',
  };
  for (const [name, milestones] of Object.entries(plans)) {
    it(`is kept, with the floats it gives (${name})`, async () => {
      const files = { 'ws/p.yaml': `plan: {id: p, title: P, calendar: {holidays: none}, finish: 2024-01-31}\nmilestones:\n${milestones}` };
      const xml = (await runCli(['export', 'ws', '--format', 'mspdi', '--today', '2024-01-01'], { files, diskRoots: [] })).stdout;
      const imported = importMspdi(xml, {});
      expect(imported.plans[0]).toMatchObject({ finish: '2024-01-31' });
      expect(imported.findings.filter((f) => f.topic === 'project')).toEqual([]);
    });
  }
});
