// `milepel import` into a directory whose plans already have the id of a plan it would write: exit 2 naming that plan's
// file and a free id to give with --plan-id, nothing written (tester round 25 F11: nor.yaml was written beside a plan
// nor, "imported exactly", exit 0, and validate then refused both, the imported links bound to the other plan).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTakenPlanIds } from '../../src/interchange/taken-plan-ids.js';
import { REPO_ROOT, runCli } from '../helpers/fake-io.js';

const SCHEMA_ONLY = [join(REPO_ROOT, 'schemas')];

/** The tester's nor.xml in small: an MS Project file named nor.xml (plan id nor), tasks 1 and 2, 2 after 1. */
const NOR_XML = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>nor.xml</Name><Title>Norsk</Title>
  <Tasks>
    <Task><UID>1</UID><ID>1</ID><Name>Start</Name><Finish>2026-03-02T17:00:00</Finish><Milestone>1</Milestone></Task>
    <Task><UID>2</UID><ID>2</ID><Name>Slutt</Name><Finish>2026-03-03T17:00:00</Finish><Milestone>1</Milestone><PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink></Task>
  </Tasks>
</Project>
`;
/** The tester's o13/existing.yaml: another plan nor, its milestone 1 months after the imported one. */
const EXISTING = 'plan:\n  id: nor\n  title: Existing\nmilestones:\n  - {id: "1", title: X, date: 2026-06-01}\n';
const CSV = 'id,title,date,after\nMP1,Start,2019-06-28,\nMP2,Neste,2019-08-30,MP1\n';

describe('findTakenPlanIds', () => {
  const none = (): boolean => false;
  it.each([
    // [imported ids, plans there (id → file), files there (<id>.yaml), expected]
    [['nor'], [['other', 'ws/o.yaml']], [], undefined],
    [['nor'], [['nor', 'ws/e.yaml']], [], { taken: [{ id: 'nor', file: 'ws/e.yaml' }], free: 'nor-2' }],
    // -2 is a plan there, -3 a file there (of another plan): -4.
    [['nor'], [['nor', 'ws/e.yaml'], ['nor-2', 'ws/sub/f.yaml']], ['nor-3'], { taken: [{ id: 'nor', file: 'ws/e.yaml' }], free: 'nor-4' }],
    // Several plans (a P6 file of two projects): --plan-id names none of them, so no id is offered.
    [['a', 'b', 'c'], [['c', 'ws/c1.yaml'], ['a', 'ws/a1.yaml']], [], { taken: [{ id: 'a', file: 'ws/a1.yaml' }, { id: 'c', file: 'ws/c1.yaml' }], free: null }],
  ] as const)('%j with %j and files %j', (imported, there, files, expected) => {
    const isFile = files.length === 0 ? none : (id: string): boolean => (files as readonly string[]).includes(`${id}`);
    expect(findTakenPlanIds(imported, new Map(there), isFile)).toEqual(expected);
  });
});

describe('milepel import of a plan whose id a plan in --out has', () => {
  it('refuses the tester\'s nor.xml beside a plan nor: exit 2, one line naming its file and --plan-id nor-2, nothing written', async () => {
    const files = { 'nor.xml': NOR_XML, 'o13/existing.yaml': EXISTING };
    const r = await runCli(['import', 'nor.xml', '--out', 'o13'], { files, diskRoots: SCHEMA_ONLY });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'milepel: plan nor already exists in o13/existing.yaml; a plan id names one plan in a workspace: choose another plan id (--plan-id nor-2) or directory (--out <dir>); nothing was written\n']);
    expect(r.io.written.size).toBe(0);
    // The id offered is free: the import then writes a plan validate reads beside the other, each link in its own plan.
    const again = await runCli(['import', 'nor.xml', '--out', 'o13', '--plan-id', 'nor-2'], { files, diskRoots: SCHEMA_ONLY });
    // Exit 1: the small file has no calendar, said as approximated.
    expect([again.code, again.stderr]).toEqual([1, 'nor.xml: approximated: the file has no calendar: Monday–Friday assumed, with no holidays\nnor.xml: 1 approximated (calendar 1), 0 dropped\n']);
    expect(again.stdout).toBe('Wrote o13/nor-2.yaml: plan nor-2, 2 milestones, 1 link.\n');
    const written = again.io.written.get('o13/nor-2.yaml') ?? '';
    const check = await runCli(['validate', 'o13', '--today', '2026-03-01'], { files: { 'o13/existing.yaml': EXISTING, 'o13/nor-2.yaml': written }, diskRoots: SCHEMA_ONLY });
    expect([check.code, check.stderr]).toEqual([0, '']);
  });

  it('refuses a --plan-id that a plan in --out has too, offering the first id no plan and no file there has (nested files count)', async () => {
    const files = {
      'x.csv': CSV,
      'ws/a.yaml': 'plan:\n  id: akson\n  title: A\n',
      'ws/sub/b.yaml': 'plan:\n  id: akson-2\n  title: B\n',
      // A file of the name the id would write, whatever plan it holds, is never overwritten: not offered either.
      'ws/akson-3.yaml': 'plan:\n  id: other\n  title: C\n',
    };
    const r = await runCli(['import', 'x.csv', '--out', 'ws', '--plan-id', 'akson'], { files, diskRoots: SCHEMA_ONLY });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milepel: plan akson already exists in ws/a.yaml; a plan id names one plan in a workspace: choose another plan id (--plan-id akson-4) or directory (--out <dir>); nothing was written\n');
    expect(r.io.written.size).toBe(0);
    const nb = await runCli(['import', 'x.csv', '--out', 'ws', '--plan-id', 'akson-2', '--locale', 'nb'], { files, diskRoots: SCHEMA_ONLY });
    expect([nb.code, nb.stderr, nb.io.written.size]).toEqual([2, 'milepel: planen akson-2 finnes allerede i ws/sub/b.yaml; en plan-id navngir én plan i et arbeidsområde: velg en annen plan-id (--plan-id akson-2-2) eller mappe (--out <mappe>); ingenting er skrevet\n', 0]);
    const free = await runCli(['import', 'x.csv', '--out', 'ws', '--plan-id', 'akson-4'], { files, diskRoots: SCHEMA_ONLY });
    expect([free.code, free.stdout.split('\n')[0]]).toEqual([0, 'Wrote ws/akson-4.yaml: plan akson-4, 2 milestones, 1 link.']);
  });

  it('names every taken plan of a P6 file of two projects, and offers only another directory (--plan-id names one project)', async () => {
    const xer = [
      'ERMHDR\t19', '%T\tPROJECT', '%F\tproj_id\tproj_short_name\tlast_recalc_date', '%R\t1\tDEMO\t2026-03-02 00:00', '%R\t2\tOTHER\t2026-03-02 00:00',
      '%T\tTASK', '%F\ttask_id\tproj_id\ttask_code\ttask_name\ttarget_end_date', '%R\t10\t1\tA\tA\t2026-03-10 16:00', '%R\t20\t2\tB\tB\t2026-03-11 16:00',
      '%E', '',
    ].join('\n');
    const files = { 'two.xer': xer, 'ws/d.yaml': 'plan:\n  id: demo\n  title: D\n', 'ws/o.yaml': 'plan:\n  id: other\n  title: O\n' };
    const r = await runCli(['import', 'two.xer', '--out', 'ws'], { files, diskRoots: SCHEMA_ONLY });
    expect([r.code, r.stderr, r.io.written.size]).toEqual([2, 'milepel: plan demo already exists in ws/d.yaml, plan other in ws/o.yaml; a plan id names one plan in a workspace: choose another directory (--out <dir>); nothing was written\n', 0]);
    const nb = await runCli(['import', 'two.xer', '--out', 'ws', '--locale', 'nb'], { files, diskRoots: SCHEMA_ONLY });
    expect(nb.stderr).toBe('milepel: planen demo finnes allerede i ws/d.yaml, planen other i ws/o.yaml; en plan-id navngir én plan i et arbeidsområde: velg en annen mappe (--out <mappe>); ingenting er skrevet\n');
  });

  it('still says a file it would overwrite first, as before, and imports beside plans of other ids', async () => {
    const over = await runCli(['import', 'x.csv', '--out', 'ws'], { files: { 'x.csv': CSV, 'ws/x.yaml': 'plan:\n  id: x\n  title: X\n' }, diskRoots: SCHEMA_ONLY });
    expect(over.stderr).toMatch(/^milepel: ws\/x.yaml already exists; import never overwrites/);
    const beside = await runCli(['import', 'x.csv', '--out', 'ws'], { files: { 'x.csv': CSV, 'ws/y.yaml': 'plan:\n  id: y\n  title: Y\n' }, diskRoots: SCHEMA_ONLY });
    expect([beside.code, beside.stdout.split('\n')[0]]).toEqual([0, 'Wrote ws/x.yaml: plan x, 2 milestones, 1 link.']);
  });
});

// Tester round 27 F4: `other/M9`, where plan other is in --out without M9, was written as is, "imported exactly", and
// validate then refused it as an unknown reference.
describe('milepel import of links into plans already in --out', () => {
  it('leaves out a link to a milestone a plan there does not have, said with its file; keeps one to a milestone without a date and one to a plan not there', async () => {
    const files = {
      'c.csv': 'id;tittel;dato;etter\nA;a;12.01.2026;"other/M1; other/M9; other/U; nope/X+2d"\n',
      'o4/other.yaml': 'plan:\n  id: other\n  title: O\nmilestones:\n  - {id: M1, title: M1, date: 2026-01-05}\n  - {id: U, title: U, date: 2026-02-30}\n',
    };
    const r = await runCli(['import', 'c.csv', '--out', 'o4'], { files, diskRoots: SCHEMA_ONLY });
    expect([r.code, r.stderr]).toEqual([1, 'c.csv:2: dropped: link other/M9 → A: plan other, in o4/other.yaml, has no milestone M9; the link was left out\n'
      + 'c.csv:2: note: link nope/X → A: there is no plan nope in o4 yet; kept for plan nope to be imported there, and validate refuses the link until it is\n'
      + 'c.csv: 0 approximated, 1 dropped (link 1)\n']);
    expect(r.io.written.get('o4/c.yaml')).toContain('    after: [other/M1, other/U, {id: nope/X, lag: 2d}]\n');
  });

  // Tester round 99 F3: a link to a plan not there was kept and the import said "imported exactly"; validate then
  // refused the plan. Kept still (a workbook per plan, imported one after another), and said at its line.
  it('says a link to a plan not there yet at its line, in both languages, and stays exact (exit 0)', async () => {
    const files = { 'xref.csv': 'id,title,date,after\nA,a,2024-01-02,\nC,c,2024-01-15,other/X\n' };
    const en = await runCli(['import', 'xref.csv', '--out', 'o'], { files, diskRoots: SCHEMA_ONLY });
    expect([en.code, en.stderr]).toEqual([0, 'xref.csv:3: note: link other/X → C: there is no plan other in o yet; kept for plan other to be imported there, and validate refuses the link until it is\n'
      + 'xref.csv: imported exactly (nothing approximated or dropped)\n']);
    expect(en.io.written.get('o/xref.yaml')).toContain('    after: [other/X]\n');
    const nb = await runCli(['import', 'xref.csv', '--out', 'o', '--locale', 'nb'], { files, diskRoots: SCHEMA_ONLY });
    expect(nb.stderr.split('\n')[0]).toBe('xref.csv:3: merk: lenke other/X → C: det finnes ingen plan other i o ennå; beholdt til plan other importeres dit, og validate avviser lenken inntil den er det');
    // Among the other lines, at its own (tester round 100 F9: it came after them).
    const among = await runCli(['import', 'x2.csv', '--out', 'o'], { files: { 'x2.csv': 'id,title,date,after\nA,a,2024-01-02,\nC,c,2024-01-15,other/X\nD,d,2024-01-16,"C+1,5d"\n' }, diskRoots: SCHEMA_ONLY });
    expect(among.stderr.split('\n').map((l) => l.slice(0, 14))).toEqual(['x2.csv:3: note', 'x2.csv:4: appr', 'x2.csv: 1 appr', '']);
    const there = await runCli(['import', 'xref.csv', '--out', 'o'], { files: { ...files, 'o/other.yaml': 'plan: {id: other, title: O}\nmilestones:\n  - {id: X, title: X, date: 2024-01-10}\n' }, diskRoots: SCHEMA_ONLY });
    expect([there.code, there.stderr]).toEqual([0, 'xref.csv: imported exactly (nothing approximated or dropped)\n']);
  });
});
