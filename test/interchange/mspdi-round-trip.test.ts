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
