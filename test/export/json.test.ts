// The JSON export: the normalised workspace with the schedule; golden for the shipped plans, exact text for hostile ones.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { CONTROL } from '../helpers/control.js';
import { expectGolden } from '../helpers/golden.js';

async function exportJson(args: readonly string[]): Promise<Record<string, unknown> & { milestones: Record<string, unknown>[] }> {
  const r = await runCli(['export', '--format', 'json', ...args]);
  expect(r.code).toBe(0);
  expect(r.stdout).not.toMatch(CONTROL);
  return JSON.parse(r.stdout);
}

describe('JSON export', () => {
  it('export.json: the shipped plans with the schedule', async () => {
    const r = await runCli(['export', '--format', 'json', 'plans', '--today', '2019-09-01']);
    expectGolden('export.json', r.stdout);
  });

  it('holds plans, bodies, meetings, milestones with every field and the schedule, goals, measures and paths', async () => {
    const json = await exportJson(['plans', '--today', '2019-09-01']);
    expect(Object.keys(json)).toEqual(['today', 'files', 'plans', 'bodies', 'meetings', 'milestones', 'goals', 'measures', 'paths']);
    expect(json.today).toBe('2019-09-01');
    expect((json.milestones as unknown[]).length).toBe(29);
    expect((json.meetings as unknown[]).length).toBe(16);
    expect((json.goals as unknown[]).length).toBe(7);
    expect((json.measures as unknown[]).length).toBe(25);
    const mp2 = json.milestones.find((m) => m['ref'] === 'akson/MP2')!;
    expect(mp2).toMatchObject({
      plan: 'akson', id: 'MP2', title: 'Leverandørdialog er fullført', date: '2019-08-31', forecast: null, actual: null, deadline: null,
      current: '2019-08-31', projected: '2019-08-31', critical: false, driver: null, duration: '0d',
      after: [{ ref: 'akson/MP1', lag: '0d' }], meetings: ['NEHS@2019-09-12', 'KR@2019-09-13'], require: null,
    });
    expect(typeof mp2['float']).toBe('number');
    const rm2 = json.milestones.find((m) => m['ref'] === 'felles-grunnmur/RM2-M2')!;
    expect(rm2).toMatchObject({ date: '2020-12-31', date_as_written: '2020', goal: 'RM2', progress: null });
    expect(json.milestones.find((m) => m['ref'] === 'felles-grunnmur/RM3-M1')).toMatchObject({ status: 'yellow', progress: { started: 1, total: 4 } });
  });

  it('gives back hostile text exactly, with terminal-active characters as \\u escapes', async () => {
    const r = await runCli(['export', '--format', 'json', 'test/export/fixtures/hostile']);
    expect(r.stdout).toContain('\\u001b[31mRød\\u001b[0m');
    expect(r.stdout).toContain('\\u202eomvendt\\u202c');
    const json = JSON.parse(r.stdout) as { milestones: { id: string; title: string }[]; plans: { owner: string }[] };
    expect(json.milestones.find((m) => m.id === 'gantt')!.title).toBe('\x1b[31mRød\x1b[0m tekst med ESC og \u202eomvendt\u202c retning og \x07 bjelle');
    expect(json.plans[0]!.owner).toBe('Eier\x1b[2J\x1b]0;pwned\x07');
  });
});
