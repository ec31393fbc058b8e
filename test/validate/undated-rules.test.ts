// A milestone without any usable date (no schedule node, SPEC §4.1) still gets the findings of the rules that need no
// date: "a schema or invalid-date error leaves out only the value that is wrong ... so one run shows every finding the
// other rules can still make". Tester round 18 #4: progress-range (3/2) and unassigned (responsible "?") were silent
// until an `actual` gave the milestone a date.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const plan = (date: string, extra = ''): string => `plan: {id: q4, title: Q, status_date: 2019-09-02}
goals:
  - {id: G, title: g}
milestones:
  - {id: M1, title: a, date: ${date}, progress: 3/2, responsible: "?", goal: NOPEGOAL${extra}}
measures:
  - {id: T1, goal: G, title: t, milestones: [M1]}
`;

interface Finding { rule: string; line: number; column: number; severity: string; ref: string | null }

async function findings(text: string): Promise<{ code: number; found: string[] }> {
  const r = await runCli(['validate', 'ws', '--format', 'json'], { files: { 'ws/q.yaml': text } });
  const json = JSON.parse(r.stdout) as { diagnostics: Finding[] };
  return { code: r.code, found: json.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule} ${d.ref ?? ''}`) };
}

describe('a milestone without a usable date', () => {
  it('gets progress-range and unassigned beside its invalid-date', async () => {
    const { code, found } = await findings(plan('2019-02-30'));
    expect(code).toBe(1);
    expect(found).toEqual([
      '5:30 error invalid-date q4/M1',
      '5:52 error progress-range q4/M1',
      '5:70 warning unassigned q4/M1',
      '5:81 error unknown-reference q4/M1',
      '7:10 warning unassigned q4/T1',
    ]);
  });

  it('gets them beside a schema error on its date', async () => {
    const { found } = await findings(plan('2019-9-5'));
    expect(found).toEqual([
      '5:30 error schema q4/M1',
      '5:50 error progress-range q4/M1',
      '5:68 warning unassigned q4/M1',
      '5:79 error unknown-reference q4/M1',
      '7:10 warning unassigned q4/T1',
    ]);
  });

  it('gets the same findings of those rules as when an actual schedules it', async () => {
    const rules = (found: string[]): string[] => found.map((f) => f.split(' ').slice(1).join(' ')).filter((f) => / (progress-range|unassigned) /.test(f));
    const undated = await findings(plan('2019-02-30'));
    const dated = await findings(plan('2019-02-30', ', actual: 2019-09-02'));
    expect(rules(undated.found)).toEqual(rules(dated.found));
    expect(rules(undated.found)).toHaveLength(3);
  });

  it('stays out of the schedule', async () => {
    const r = await runCli(['critical-path', 'ws', '--format', 'json'], { files: { 'ws/q.yaml': plan('2019-02-30') } });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).milestones).toEqual([]);
  });

  it('a milestone whose date is missing (schema) with progress 2/3 and a responsible party gets nothing more', async () => {
    const text = `plan: {id: q4, title: Q, status_date: 2019-09-02}
milestones:
  - {id: M1, title: a, progress: 2/3, responsible: Org}
`;
    const { found } = await findings(text);
    expect(found).toEqual(['3:5 error schema q4/M1']);
  });
});
