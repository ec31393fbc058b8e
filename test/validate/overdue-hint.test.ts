// overdue's hint (and the language server's fix that follows it) names the first working day from the status date:
// on a Sunday status date a forecast there swapped this warning for non-working-day (tester round 98 F4).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

async function hints(today: string, locale = 'en'): Promise<string[]> {
  const files = { 'ws/q.yaml': `plan: {id: q, title: Q, status_date: ${today}}\nmilestones:\n  - {id: M2, title: m, date: 2019-09-30}\ngates:\n  - {id: G, title: g, date: 2019-09-12}\n` };
  const r = await runCli(['validate', 'ws', '--format', 'json', '--locale', locale], { files, diskRoots: [] });
  return (JSON.parse(r.stdout).diagnostics as { rule: string; hint: string }[]).filter((d) => d.rule === 'overdue').map((d) => d.hint);
}

describe('overdue hint', () => {
  it('names the Monday after a Sunday status date, for a milestone and a gate', async () => {
    expect(await hints('2019-10-20')).toEqual([
      'record actual: YYYY-MM-DD if M2 was achieved, or set a forecast on or after 2019-10-21',
      'record decided: YYYY-MM-DD if the decision at G was taken, or move its date to 2019-10-21 or later',
    ]);
    expect((await hints('2019-10-20', 'nb'))[0]).toBe('skriv actual: ÅÅÅÅ-MM-DD hvis M2 er nådd, eller sett en ny prognose på eller etter 21.10.2019');
  });

  it('names the status date itself when it is a working day', async () => {
    expect((await hints('2019-10-22'))[0]).toBe('record actual: YYYY-MM-DD if M2 was achieved, or set a forecast on or after 2019-10-22');
  });
});
