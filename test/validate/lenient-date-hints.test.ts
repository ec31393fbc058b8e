// Tester round 33 F3: a day written as Norwegians write it (31.08.2025) in a plan file got a generic hint with an
// unrelated example date, and a status_date written so left the plan checked against another day without a word.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const PLAN = `plan:
  id: p
  title: P
  status_date: 01.04.2025
milestones:
  - {id: A1, title: Første, date: 31.08.2025, forecast: 1.9.2025}
  - {id: A2, title: Andre, date: 2025-05-16, deadline: 31.02.2025}
`;

interface Finding { rule: string; line: number; column: number; hint: string; related: { message: string }[] }

async function schemaFindings(locale: 'en' | 'nb'): Promise<Finding[]> {
  const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2025-06-02', '--locale', locale], { files: { 'ws/p.yaml': PLAN }, diskRoots: [] });
  return (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.filter((d) => d.rule === 'schema');
}

describe('a day written another way in a plan file', () => {
  it('gets the day it is as YYYY-MM-DD; a day that does not exist is told so', async () => {
    expect((await schemaFindings('en')).map((d) => [d.line, d.column, d.hint])).toEqual([
      // The value as written is quoted: a space around it shows (tester round 78 F15).
      [4, 16, 'write 2025-04-01 for "01.04.2025": a plan file writes its days YYYY-MM-DD'],
      [6, 35, 'write 2025-08-31 for "31.08.2025": a plan file writes its days YYYY-MM-DD'],
      [6, 57, 'write 2025-09-01 for "1.9.2025": a plan file writes its days YYYY-MM-DD'],
      [7, 56, '31.02.2025 does not exist: February 2025 has 28 days'],
    ]);
    expect((await schemaFindings('nb'))[1]!.hint).toBe('skriv 2025-08-31 for "31.08.2025": en planfil skriver dager ÅÅÅÅ-MM-DD');
  });

  it('as the status date, notes the day the plan is checked against instead', async () => {
    const [en] = await schemaFindings('en');
    expect(en!.related.map((r) => r.message)).toEqual(["until this is fixed the plan has no status date of its own: its milestones are checked against 2025-06-02, the run's status date (--today, the latest status_date of the other plans, or today's date)"]);
    const [nb] = await schemaFindings('nb');
    expect(nb!.related.map((r) => r.message)).toEqual(['til dette er rettet, har planen ingen egen statusdato: milepælene sjekkes mot 02.06.2025, kjøringens statusdato (--today, den seneste status_date i de andre planene, eller dagens dato)']);
  });
});

// Tester round 35 N5: a day past its month's end written D.M.YYYY got the form's generic hint.
describe('a day past its month\'s end written D.M.YYYY', () => {
  it('is told the month has fewer days', async () => {
    const plan = 'plan: {id: p, title: P}\nmilestones:\n  - {id: A1, title: F, date: 31.04.2025}\n  - {id: A2, title: A, date: 29.02.2025}\n';
    const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2025-01-06'], { files: { 'ws/p.yaml': plan }, diskRoots: [] });
    const hints = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.filter((d) => d.rule === 'schema').map((d) => d.hint);
    expect(hints).toEqual(['31.04.2025 does not exist: April 2025 has 30 days', '29.02.2025 does not exist: February 2025 has 28 days']);
  });
});

// Tester round 78 F15: the day-form hint offered a meeting's date that named a meeting defined already (two meetings
// PS@2020-01-10 when followed), showed the value unquoted ("for 2020-01-10 :"), and had no quick fix.
describe('a meeting\'s day written another way', () => {
  it('is offered only when no meeting has the name it would give, and shown quoted', async () => {
    const gov = 'bodies:\n  - {id: PS, name: p}\nmeetings:\n  - {body: PS, date: 2020-01-10}\n  - {body: PS, date: "2020-01-10 "}\n  - {body: PS, date: "10.01.2020"}\n  - {body: PS, date: " 2020-01-13"}\n  - {body: PS, date: "13.01.2020"}\n  - {id: M1, body: PS, date: "10.01.2020"}\n';
    const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-01-01'], { files: { 'ws/g.yaml': gov }, diskRoots: [] });
    const hints = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.filter((d) => d.rule === 'schema').map((d) => d.hint);
    expect(hints).toEqual([
      'write the date as YYYY-MM-DD, e.g. 2019-09-27', // PS@2020-01-10 exists
      'write the date as YYYY-MM-DD, e.g. 2019-09-27',
      'write 2020-01-13 for " 2020-01-13": a plan file writes its days YYYY-MM-DD',
      'write the date as YYYY-MM-DD, e.g. 2019-09-27', // offered to the meeting before
      'write 2020-01-10 for "10.01.2020": a plan file writes its days YYYY-MM-DD', // M1, named by its id
    ]);
  });
});

