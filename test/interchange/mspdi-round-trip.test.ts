// Round trip (SPEC §10): export --format mspdi, import the XML again, and the plan schedules as before.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

interface Row {
  readonly id: string;
  readonly projected: string;
  readonly latest: string | null;
  readonly float: number | null;
}

async function schedule(argv: readonly string[], files?: Record<string, string>): Promise<Row[]> {
  const r = await runCli(['critical-path', ...argv, '--format', 'json', '--today', '2019-09-01'], files === undefined ? {} : { files });
  return (JSON.parse(r.stdout) as { milestones: Row[] }).milestones.map(({ id, projected, latest, float }) => ({ id, projected, latest, float }));
}

describe('import(export(x)) schedules like x', () => {
  it.each(['akson'])('the shipped plan %s', async (plan) => {
    const exported = await runCli(['export', 'plans', '--format', 'mspdi', '--plan', plan, '--today', '2019-09-01']);
    expect(exported.stdout).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
    const imported = await runCli(['import', `${plan}.xml`, '--out', 'ws', '--plan-id', plan], { files: { [`${plan}.xml`]: exported.stdout } });
    // Every task carries Finish No Earlier Than on its own date, which is milepel's floor c(M): nothing is approximated.
    expect(imported.stderr).toBe(`${plan}.xml: imported exactly (nothing approximated or dropped)\n`);
    expect(imported.code).toBe(0);
    const text = imported.io.written.get(`ws/${plan}.yaml`) ?? '';
    const before = (await schedule(['plans', '--plan', plan])).sort((a, b) => (a.id < b.id ? -1 : 1));
    const after = (await schedule(['ws'], { [`ws/${plan}.yaml`]: text })).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(after.map((m) => [m.id, m.projected])).toEqual(before.map((m) => [m.id, m.projected]));
    expect(after).toEqual(before);
  });
});

/** Export the plan files, import the XML again: the import's run and the plan file it wrote. */
async function roundTrip(planId: string, yaml: string): Promise<{ code: number; stderr: string; text: string }> {
  const exported = await runCli(['export', 'a', '--format', 'mspdi'], { files: { [`a/${planId}.yaml`]: yaml } });
  expect(exported.code).toBe(0);
  const imported = await runCli(['import', `${planId}.xml`, '--out', 'ws'], { files: { [`${planId}.xml`]: exported.stdout } });
  return { code: imported.code, stderr: imported.stderr, text: imported.io.written.get(`ws/${planId}.yaml`) ?? '' };
}

describe('import(export(x)) keeps elapsed durations elapsed (SPEC §2 ed/ew, §10)', () => {
  const plan = `plan: {id: e, title: Elapsed, status_date: 2019-06-03}
milestones:
  - {id: A, title: A, date: 2019-06-03}
  - {id: B, title: B, date: 2019-07-03, after: [A], duration: 30ed}
  - {id: C, title: C, date: 2019-06-17, after: [A], duration: 2ew}
  - {id: D, title: D, date: 2019-06-13, after: [A], duration: 10ed}
`;

  // A tester's finding: PT720H0M0S in DurationFormat 8 came back as 90d (720 h of 8-hour days), 2ew as 42d, "imported exactly".
  it('30ed, 2ew and 10ed come back as written, exactly, and schedule as before', async () => {
    const r = await roundTrip('e', plan);
    expect(r.stderr).toBe('e.xml: imported exactly (nothing approximated or dropped)\n');
    expect(r.code).toBe(0);
    expect(r.text).toMatch(/- id: B\n {4}title: B\n {4}date: 2019-07-03\n {4}duration: 30ed\n/);
    expect(r.text).toMatch(/- id: C\n {4}title: C\n {4}date: 2019-06-17\n {4}duration: 2ew\n/);
    expect(r.text).toMatch(/- id: D\n {4}title: D\n {4}date: 2019-06-13\n {4}duration: 10ed\n/);
    const before = await schedule(['a'], { 'a/e.yaml': plan });
    const after = await schedule(['ws'], { 'ws/e.yaml': r.text });
    expect(after).toEqual(before);
    expect(after.find((m) => m.id === 'B')?.projected).toBe('2019-07-03');
  });
});
