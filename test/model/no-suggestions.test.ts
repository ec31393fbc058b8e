// AnalyzeOptions.suggestions false (`set`, `snapshot`) and a level of `findings` that does not run unknown-reference
// record every unknown reference, in the same order and places, without a suggestion and without searching for one.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { parseDayDate } from '../../src/calendar/index.js';
import type { Analysis } from '../../src/pipeline-types.js';

const text = `plan:
  id: p
  title: P
milestones:
  - id: Design
    title: Design
    date: 2026-03-02
  - id: Build
    title: Build
    date: 2026-04-01
    after: [Desing, q/Design]
risks:
  - id: R1
    title: R
    probability: 0.5
    impact: 5d
    milestones: [Biuld]
`;
const other = `plan:
  id: q
  title: Q
milestones:
  - id: Design2
    title: Design
    date: 2026-03-02
`;
const clockToday = parseDayDate('2026-01-05')!;
const run = (options: Partial<Parameters<typeof analyze>[1]>): Analysis =>
  analyze([{ file: 'p.yaml', text }, { file: 'q.yaml', text: other }], { clockToday, ...options });
const unresolved = (a: Analysis): [string, string | undefined][] => a.workspace.unresolved.map((u) => [u.target, u.suggestion]);

describe('unknown references without suggestions', () => {
  it('are suggested by default', () => {
    expect(unresolved(run({}))).toEqual([['Desing', 'Design'], ['q/Design', 'q/Design2'], ['Biuld', 'Build']]);
  });

  it('are the same references without a suggestion when suggestions is false, and keep their finding', () => {
    const a = run({ suggestions: false });
    expect(unresolved(a)).toEqual([['Desing', undefined], ['q/Design', undefined], ['Biuld', undefined]]);
    expect(a.diagnostics.filter((d) => d.rule === 'unknown-reference').map((d) => d.ref)).toEqual(['p/Build', 'p/Build', 'p/R1']);
  });

  it('get none for a level of findings without unknown-reference (snapshot: refusals)', () => {
    expect(unresolved(run({ findings: 'refusals' }))).toEqual([['Desing', undefined], ['q/Design', undefined], ['Biuld', undefined]]);
    expect(unresolved(run({ findings: 'structural' }))).toEqual(unresolved(run({})));
  });
});
