// Exact columns (1-based, at the value that is wrong) and message texts (entities and dates named) of chosen findings.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

interface JsonDiagnostic { rule: string; severity: string; message: string; hint?: string; file: string; line: number; column: number; ref: string | null; related: { file: string; line: number; column: number; message: string }[] }

async function diagnosticsOf(dir: string, today = '2019-06-03'): Promise<JsonDiagnostic[]> {
  const r = await runCli(['validate', `test/fixtures/${dir}`, '--today', today, '--format', 'json']);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
}

function at(diagnostics: readonly JsonDiagnostic[], file: string, line: number, rule: string): JsonDiagnostic[] {
  return diagnostics.filter((d) => d.file.endsWith(file) && d.line === line && d.rule === rule);
}

describe('dependency-cycle', () => {
  it('one diagnostic per back edge, each cycle listed from where the search re-entered it, at the after entry that closes it', async () => {
    const cycles = (await diagnosticsOf('err/dependency-cycle')).filter((d) => d.rule === 'dependency-cycle' && !d.file.endsWith('undated.yaml'));
    expect(cycles.map((d) => [d.line, d.column, d.ref, d.message])).toEqual([
      [10, 13, 'cyc/A1', 'dependency cycle: cyc/A1 → cyc/A2 → cyc/A1'],
      [27, 18, 'cyc/B1', 'dependency cycle: cyc/B1 → cyc/B2 → cyc/B3 → cyc/B1'],
      [32, 13, 'cyc/S1', 'dependency cycle: cyc/S1 → cyc/S1'],
      [37, 13, 'cyc/C1', 'dependency cycle: cyc/C1 → cyc/C2 → cyc/C1'],
      [51, 13, 'cyc/D1', 'dependency cycle: cyc/D1 → cyc/D3 → cyc/D1'],
      [51, 17, 'cyc/D1', 'dependency cycle: cyc/D1 → cyc/D2 → cyc/D1'],
      [64, 13, 'cyc/X1', 'dependency cycle: cyc/X1 → cyc2/Y1 → cyc/X1'],
    ]);
  });

  it('tells two links between dated milestones apart in a cycle through a milestone without a date', async () => {
    const text = 'plan: {id: q, title: Q, status_date: 2026-01-05}\nmilestones:\n  - {id: U, title: u, after: [B]}\n  - {id: A, title: a, date: 2026-03-02, after: [U]}\n  - {id: B, title: b, date: 2026-03-09, after: [A, {id: A, type: SS}]}\n';
    const r = await runCli(['validate', 'ws', '--format', 'json'], { files: { 'ws/q.yaml': text } });
    const cycles = (JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics.filter((d) => d.rule === 'dependency-cycle');
    expect(cycles.map((d) => d.message)).toEqual(['dependency cycle: q/A → q/B → q/U → q/A', 'dependency cycle: q/B → q/U → q/A → q/B, closed by the SS link']);
    expect(cycles[0]!.related?.[0]?.message).toBe('q/B is after q/A (the FS link)');
  });

  // Tester round 61 F1: a cycle through a milestone without a usable date was found only once its date was mended.
  it('names a cycle through a milestone without a date in the same run, ranked by ref as the others are', async () => {
    const cycles = (await diagnosticsOf('err/dependency-cycle')).filter((d) => d.rule === 'dependency-cycle' && d.file.endsWith('undated.yaml'));
    expect(cycles.map((d) => [d.line, d.column, d.ref, d.message])).toEqual([
      [11, 13, 'undated/U1', 'dependency cycle: undated/U1 → undated/U2 → undated/U1'],
      [18, 13, 'undated/U3', 'dependency cycle: undated/U3 → undated/U4 → undated/U3'],
      [27, 13, 'undated/U5', 'dependency cycle: undated/U5 → undated/U6 → undated/U5'],
      [34, 13, 'undated/U7', 'dependency cycle: undated/U7 → undated/U9 → undated/U8 → undated/U7'],
      [50, 13, 'undated/U11', 'dependency cycle: undated/U11 → undated/U11'],
      [55, 9, 'undated/U12', 'dependency cycle: undated/U12 → undated/U13 → undated/U12, closed by the FS link'],
      [56, 14, 'undated/U12', 'dependency cycle: undated/U12 → undated/U13 → undated/U12, closed by the FF link'],
    ]);
    const through = cycles[3]!;
    expect(through.related?.map((r) => [r.line, r.message])).toEqual([
      [42, 'undated/U9 is after undated/U7'],
      [38, 'undated/U8 is after undated/U9'],
      [34, 'undated/U7 is after undated/U8'],
    ]);
    expect(through.hint).toBe('remove one of the after entries in the cycle (the notes show each hop); undated/U7 has no date, so the entries to and from it are left out of the schedule until it has one');
    expect(cycles[2]!.hint).toContain('undated/U5, undated/U6 have no date, so the entries to and from them');
  });
});

describe('columns point at the value', () => {
  it('meeting-before-milestone at the required body\'s own entry when a wrong entry before it is left out (a tester saw it under the wrong one)', async () => {
    const file = [
      'bodies:',
      '  - {id: A, name: A}',
      '  - {id: B, name: B}',
      'meetings:',
      '  - {body: A, date: 2026-01-05}',
      'plan: {id: p, title: P, status_date: 2026-01-01}',
      'milestones:',
      '  - id: M1',
      '    title: x',
      '    date: 2026-03-02',
      '    require: [A, "bad id", B]',
      '',
    ].join('\n');
    const r = await runCli(['validate', 'ws', '--format', 'json'], { files: { 'ws/p.yaml': file } });
    const found = (JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics.map((d) => [d.rule, d.line, d.column]);
    expect(found).toEqual([['schema', 11, 18], ['meeting-before-milestone', 11, 28]]);
  });
  it('non-working-day at the date, invalid-date at each bad entry of a list', async () => {
    const nwd = await diagnosticsOf('err/non-working-day');
    expect(at(nwd, 'norway.yaml', 10, 'non-working-day').map((d) => d.column)).toEqual([11]);
    expect(at(nwd, 'norway.yaml', 17, 'non-working-day').map((d) => d.column)).toEqual([13]);
    const dates = await diagnosticsOf('err/invalid-date');
    expect(at(dates, 'dates.yaml', 8, 'invalid-date').map((d) => d.column)).toEqual([14, 26, 62]);
    expect(at(dates, 'dates.yaml', 36, 'invalid-date').map((d) => d.column)).toEqual([42]);
  });

  it('unknown-reference at the reference, inside {id, lag} too; duplicate-id at the second id', async () => {
    const refs = await diagnosticsOf('err/unknown-reference');
    expect(at(refs, 'ref-a.yaml', 12, 'unknown-reference').map((d) => d.column)).toEqual([14]);
    expect(at(refs, 'ref-a.yaml', 20, 'unknown-reference').map((d) => d.column)).toEqual([16, 33]);
    expect(at(refs, 'ref-a.yaml', 35, 'unknown-reference').map((d) => d.column)).toEqual([22, 36, 46]);
    const dups = await diagnosticsOf('err/duplicate-id');
    expect(at(dups, 'a-plan.yaml', 9, 'duplicate-id').map((d) => d.column)).toEqual([9]);
    expect(at(dups, 'gov-1.yaml', 9, 'duplicate-id').map((d) => d.column)).toEqual([11]);
  });

  it('duplicate-id of a milestone repeated through an alias at the alias, its note at the anchor (a tester\'s finding)', async () => {
    const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json'], { files: { 'ws/p.yaml': 'plan: {id: p, title: P}\nmilestones:\n  - &m {id: M1, title: m, date: 2026-03-02}\n  - *m\n' }, diskRoots: [] });
    const [d] = JSON.parse(r.stdout).diagnostics as { line: number; column: number; rule: string; related: { line: number; column: number }[] }[];
    expect([d!.rule, d!.line, d!.column, d!.related[0]!.line, d!.related[0]!.column]).toEqual(['duplicate-id', 4, 5, 3, 13]);
  });

  it('yaml-syntax: the parser\'s first error on a line, not what it stumbles on after it (a tab was three errors)', async () => {
    const r = await runCli(['validate', 'ws', '--format', 'json'], { files: { 'ws/t.yaml': 'plan:\n\tid: t\n  title: T\n' }, diskRoots: [] });
    const found = (JSON.parse(r.stdout).diagnostics as { line: number; column: number; rule: string; hint: string }[]).map((d) => [d.rule, d.line, d.column, d.hint]);
    expect(found).toEqual([['yaml-syntax', 2, 1, 'indent it with 2 spaces instead of the tab, as the lines around it show']]);
  });

  it('schema: an unknown key at the key, a bad value at the value; unassigned at the id when responsible is missing', async () => {
    const schema = await diagnosticsOf('err/schema');
    expect(at(schema, 'milestones.yaml', 8, 'schema').map((d) => d.column)).toEqual([5]);
    expect(at(schema, 'milestones.yaml', 24, 'schema').map((d) => d.column)).toEqual([13]);
    expect(at(schema, 'plan-fields.yaml', 11, 'schema').map((d) => d.column)).toEqual([5]);
    const unassigned = await diagnosticsOf('err/unassigned');
    expect(at(unassigned, 'plan.yaml', 20, 'unassigned').map((d) => d.column)).toEqual([9]);
    expect(at(unassigned, 'plan.yaml', 26, 'unassigned').map((d) => d.column)).toEqual([18]);
  });

  it('yaml-syntax at the repeated key, the tab, and where an unclosed quote opens', async () => {
    const syntax = await diagnosticsOf('err/yaml-syntax');
    const positions = syntax.filter((d) => d.rule === 'yaml-syntax').map((d) => `${d.file.replace(/.*\//, '')}:${d.line}:${d.column}`);
    expect(positions).toEqual([
      'alias-bomb-x.yaml:9:14', 'alias-bomb.yaml:5:10', 'duplicate-key.yaml:5:3', 'indentation.yaml:10:1',
      'multi-document.yaml:4:1', 'tabs.yaml:3:1', 'unclosed-flow.yaml:8:12', 'unterminated-string.yaml:3:10',
    ]);
    const repeated = syntax.find((d) => d.file.endsWith('duplicate-key.yaml'))!;
    expect(repeated.message).toBe('duplicate key "title" in plan dup-key: this mapping already has one');
    expect(repeated.related.map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual(['4:3 the first "title" is here']);
  });
});

describe('messages name the entities and dates, hints say how to fix', () => {
  it('meeting-before-milestone', async () => {
    const d = await diagnosticsOf('err/meeting-before-milestone');
    // One finding for one problem: the listed meeting is late, so the body has no listed meeting in time.
    const [listed, ...more] = at(d, 'unlimited.yaml', 11, 'meeting-before-milestone');
    expect(more).toEqual([]);
    expect(listed!.message).toMatch(/NEHS@2019-09-12 .*13 days after mbm-unlimited\/U1 \(2019-08-30\); so no NEHS meeting before mbm-unlimited\/U1 \(2019-08-30\).*NEHS@2019-06-19 \(72 days before\), NEHS@2019-09-12 \(13 days after\)/);
    expect(listed!.hint).toContain('NEHS@2019-06-19');
    const [early] = at(d, 'window-d.yaml', 21, 'meeting-before-milestone');
    expect(early!.message).toMatch(/NEHS@2019-09-12 is too early for mbm-window-d\/W4 \(2019-10-04\): the window of 10 working days \(10d\) opens on 2019-09-20/);
    const [lead] = at(d, 'lead.yaml', 21, 'meeting-before-milestone');
    expect(lead!.message).toMatch(/KR@2019-09-13 is inside the lead of 2 working days \(2d\) before mbm-lead\/L3 \(2019-09-16\): it must be on or before 2019-09-12/);
    const [never] = at(d, 'unlimited.yaml', 22, 'meeting-before-milestone');
    expect(never!.message).toBe('no STY meeting before mbm-unlimited/U4 (2019-09-20); STY has no meetings in the workspace');
  });

  it('dependency-order, non-working-day, invalid-date, unknown-reference', async () => {
    const order = await diagnosticsOf('err/dependency-order');
    expect(at(order, 'order.yaml', 107, 'dependency-order')[0]!.message).toBe('order/MIXc (2019-09-08) is before its predecessor order/P (2019-09-02) + lag 5ed + duration 1d: it can be on 2019-09-09 at the earliest');
    const nwd = await diagnosticsOf('err/non-working-day');
    expect(at(nwd, 'norway.yaml', 22, 'non-working-day')[0]!.message).toBe("nwd/EASTER's actual 2019-04-22 is not a working day: it is Easter Monday");
    expect(at(nwd, 'governance.yaml', 7, 'non-working-day')[0]!.message).toBe('meeting B@2019-05-17 is on 2019-05-17, Constitution Day');
    const dates = await diagnosticsOf('err/invalid-date');
    expect(at(dates, 'dates.yaml', 12, 'invalid-date')[0]!.message).toContain('2019-02-30 does not exist: February 2019 has 28 days');
    const refs = await diagnosticsOf('err/unknown-reference');
    expect(at(refs, 'ref-a.yaml', 5, 'unknown-reference')[0]!.message).toBe('plan ref-a\'s governance refers to body "KRR", which does not exist');
    expect(at(refs, 'ref-a.yaml', 11, 'unknown-reference')[0]!.hint).toBe('did you mean "M2" or "M3"?'); // never M1 itself: M0 is in M1's own after list; M2 and M3 as near
  });
});
