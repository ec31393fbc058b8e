// MS Project XML: inactive tasks left out with their links, manually scheduled ones said (tester round 25 F3).
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { importMspdi } from '../../src/interchange/mspdi/index.js';
import { runCli } from '../helpers/fake-io.js';

const HOURS = '<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>';
const WEEK = [1, 2, 3, 4, 5, 6, 7].map((d) => `<WeekDay><DayType>${d}</DayType><DayWorking>${d === 1 || d === 7 ? 0 : 1}</DayWorking>${d === 1 || d === 7 ? '' : HOURS}</WeekDay>`).join('');

const task = (uid: number, name: string, start: string, finish: string, duration: string, preds: readonly number[] = [], extra = ''): string =>
  `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>${name}</Name><OutlineLevel>1</OutlineLevel><Start>2026-03-${start}T08:00:00</Start><Finish>2026-03-${finish}T17:00:00</Finish>` +
  `<Duration>${duration}</Duration><DurationFormat>7</DurationFormat><CalendarUID>-1</CalendarUID>${extra}` +
  preds.map((p) => `<PredecessorLink><PredecessorUID>${p}</PredecessorUID><Type>1</Type><CrossProject>0</CrossProject><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink>`).join('') + '</Task>';

/**
 * The tester's odd.xml (gen_odd.py): A (Mar 2–6); Inactive (10 days after A, <Active>0); B after A and Inactive, which
 * MS Project finishes on Mar 13 (the inactive task does not drive it); Manual (<Manual>1, Mar 9–10) after B; 6 after B.
 */
const ODD = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
<Name>odd.xml</Name><Title>Odd</Title><ScheduleFromStart>1</ScheduleFromStart><StartDate>2026-03-02T08:00:00</StartDate><FinishDate>2026-03-17T17:00:00</FinishDate>
<CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek><StatusDate>2026-03-02T17:00:00</StatusDate>
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID><WeekDays>${WEEK}</WeekDays></Calendar></Calendars>
<Tasks>
${task(1, 'A', '02', '06', 'PT40H0M0S')}
<Task><UID>2</UID><ID>2</ID><IsNull>1</IsNull></Task>
${task(3, 'Inactive', '09', '20', 'PT80H0M0S', [1], '<Active>0</Active>')}
${task(4, 'B', '09', '13', 'PT40H0M0S', [1, 3])}
${task(5, 'Manual', '09', '10', 'PT16H0M0S', [4], '<Manual>1</Manual>')}
${task(6, 'After B', '16', '17', 'PT16H0M0S', [4])}
</Tasks></Project>
`;

const lineOf = (needle: string): number => ODD.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** ODD with task 3 active: MS Project's finish is then its finish, Mar 20 (a file's other finish is dropped: round 99 F1). */
const activeThree = (xml: string): string => xml.replace('<FinishDate>2026-03-17T17:00:00</FinishDate>', '<FinishDate>2026-03-20T17:00:00</FinishDate>');

describe('MSPDI inactive and manually scheduled tasks', () => {
  const r = importMspdi(ODD, {});

  it('leaves an inactive task out with its links, as MS Project leaves them out of the schedule', () => {
    expect(r.plans[0]?.milestones.map((m) => [m.id, m.after.map((l) => l.id).join(' ')])).toEqual([['1', ''], ['4', '1'], ['5', '4'], ['6', '4']]);
  });

  it('says the inactive task once (dropped, with its links) and the manual one with links (approximated), in both languages', () => {
    expect(r.findings.map((f) => [f.line, f.kind, f.topic, renderMessage(f.message), renderMessage(f.message, 'nb')])).toEqual([
      [lineOf('<Name>Inactive'), 'dropped', 'inactive',
        '3: "Inactive" is inactive, and MS Project leaves it out of the schedule with its links: left out, with 2 links',
        '3: «Inactive» er inaktiv, og MS Project holder den utenfor tidsplanen med lenkene sine: utelatt, med 2 lenker'],
      [lineOf('<Name>Manual'), 'approximated', 'manual',
        '5: manually scheduled, so MS Project does not move it by its links; kept with its finish 2026-03-10, but milepel schedules it from its links, which can move it later',
        '5: manuelt planlagt, så MS Project flytter den ikke etter lenkene; beholdt med slutt 10.03.2026, men milepel planlegger den etter lenkene, som kan flytte den senere'],
    ]);
  });

  it('says nothing of a manual task without links, which stays at its date in milepel too, nor of an active one', () => {
    const quiet = activeThree(ODD.replace(/<PredecessorLink><PredecessorUID>4<\/PredecessorUID>.*?<\/PredecessorLink><\/Task>/, '</Task>').replace('<Active>0</Active>', '<Active>1</Active>'));
    expect(importMspdi(quiet, {}).findings).toEqual([]);
  });
});

describe('MSPDI external tasks (another project\'s, at a cross-project link\'s end)', () => {
  it('leaves one out with its links, said once as dropped, as an inactive one is (tester round 52 F4)', () => {
    const xml = ODD.replace('<Active>0</Active>', '<ExternalTask>1</ExternalTask><ExternalTaskProject>C:\\Prosjekter\\Felles.mpp</ExternalTaskProject>')
      .replace('<Name>Inactive</Name>', '<Name>Felles grunnmur</Name>');
    const got = importMspdi(xml, {});
    expect(got.plans[0]?.milestones.map((m) => [m.id, m.after.map((l) => l.id).join(' ')])).toEqual([['1', ''], ['4', '1'], ['5', '4'], ['6', '4']]);
    const said = got.findings.filter((f) => f.topic === 'external').map((f) => [f.line, f.kind, renderMessage(f.message), renderMessage(f.message, 'nb')]);
    expect(said).toEqual([[lineOf('<Name>Inactive'), 'dropped',
      '3: "Felles grunnmur" is a task of another project (C:\\Prosjekter\\Felles.mpp), shown here as the end of a cross-project link: left out, with 2 links; import that project too and write the link as plan-id/ID',
      '3: «Felles grunnmur» er en oppgave i et annet prosjekt (C:\\Prosjekter\\Felles.mpp), vist her som enden av en lenke på tvers av prosjekter: utelatt, med 2 lenker; importer det prosjektet også og skriv lenken som plan-id/ID']]);
    // No other line about its links: they were said with it.
    expect(got.findings.filter((f) => f.topic === 'link')).toEqual([]);
  });

  it('reads xsd:boolean\'s true and false as MS Project\'s 1 and 0 (tester round 53)', () => {
    const topics = (xml: string): string[] => importMspdi(xml, {}).findings.filter((f) => f.kind === 'dropped').map((f) => f.topic);
    expect(topics(ODD.replace('<Active>0</Active>', '<ExternalTask>true</ExternalTask>'))).toEqual(['external']);
    expect(topics(ODD.replace('<Active>0</Active>', '<Active>false</Active>'))).toEqual(['inactive']);
    expect(topics(activeThree(ODD.replace('<Active>0</Active>', '<Active>true</Active>')))).toEqual([]);
  });
});

describe('milepel import of inactive and manual tasks, end to end', () => {
  it('exits 1 with a line for each, and critical-path gives B MS Project\'s finish, 2026-03-13', async () => {
    const imported = await runCli(['import', 'odd.xml', '--out', 'o6'], { files: { 'odd.xml': ODD } });
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain(`odd.xml:${lineOf('<Name>Inactive')}: dropped: 3: "Inactive" is inactive, and MS Project leaves it out of the schedule with its links: left out, with 2 links\n`);
    expect(imported.stderr).toContain(`odd.xml:${lineOf('<Name>Manual')}: approximated: 5: manually scheduled, so MS Project does not move it by its links;`);
    expect(imported.stderr).toContain('1 approximated (manual 1), 1 dropped (inactive 1)');
    const plan = imported.io.written.get('o6/odd.yaml') ?? '';
    const cp = await runCli(['critical-path', 'o6/odd.yaml', '--format', 'json', '--today', '2026-03-02'], { files: { 'o6/odd.yaml': plan } });
    const projected = (JSON.parse(cp.stdout) as { milestones: { id: string; projected: string }[] }).milestones.map((m) => [m.id, m.projected]);
    expect(projected).toEqual(expect.arrayContaining([['1', '2026-03-06'], ['4', '2026-03-13'], ['6', '2026-03-17']]));
  });

  it('says why a file of tasks all left out gives nothing to import, exit 2 (tester round 53 F9)', async () => {
    const only = ODD.replace(/<Tasks>[\s\S]*<\/Tasks>/, `<Tasks>\n${task(1, 'A', '02', '06', 'PT40H0M0S', [], '<Active>0</Active>')}\n${task(2, 'B', '02', '06', 'PT40H0M0S', [1], '<ExternalTask>1</ExternalTask>')}\n${task(3, 'C', '02', '06', 'PT40H0M0S', [], '<ExternalTask>1</ExternalTask>')}\n</Tasks>`);
    const r = await runCli(['import', 'only.xml', '--out', 'o7'], { files: { 'only.xml': only } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("milepel: cannot import only.xml: every activity of the file was left out (inactive: 1, another project's: 2), so there is nothing to import\n");
  });
});
