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
    expect(Object.keys(json)).toEqual(['today', 'files', 'plans', 'bodies', 'meetings', 'milestones', 'gates', 'goals', 'measures', 'risks', 'paths']);
    expect(json.today).toBe('2019-09-01');
    expect((json.milestones as unknown[]).length).toBe(29);
    expect((json.meetings as unknown[]).length).toBe(16);
    expect((json.goals as unknown[]).length).toBe(7);
    expect((json.measures as unknown[]).length).toBe(25);
    expect(json.gates).toEqual([
      { ref: 'akson/SSD-HOD', plan: 'akson', id: 'SSD-HOD', title: 'Sentralt styringsdokument (SSD) oversendes HOD', model: null, date: '2020-01-31', decided: null, body: 'NEHS', ready: { milestone: 'akson/MP8', lead: '0d' }, baseline: null, projected: '2020-01-31' },
    ]);
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

  it('holds the risk model: risk events, three-point estimates, plan risk, health and rules (a tester\'s finding)', async () => {
    const json = await exportJson(['test/export/fixtures/risks', '--today', '2019-06-03']);
    expect(json.risks).toEqual([
      {
        ref: 'risiko/R1', plan: 'risiko', id: 'R1', title: 'Leverandørdialogen forsinkes', probability: 0.3,
        impact: { min: '5d', likely: '10d', max: '20d' }, milestones: ['risiko/M2', 'risiko/M3'], responsible: 'Direktoratet for e-helse',
      },
      { ref: 'risiko/R2', plan: 'risiko', id: 'R2', title: 'Sikker forsinkelse', probability: 1, impact: { min: '2ed', likely: '2ed', max: '2ed' }, milestones: ['risiko/M1'], responsible: null },
      { ref: 'enkel/R3', plan: 'enkel', id: 'R3', title: 'Annen plan', probability: 0.5, impact: { min: '1w', likely: '2w', max: '4w' }, milestones: ['enkel/A'], responsible: null },
    ]);
    const plans = json['plans'] as Record<string, unknown>[];
    // Written as given, after the fields that were there before; a plan without them has the defaults.
    expect(plans.map((p) => Object.keys(p).slice(-4))).toEqual([['finish', 'risk', 'health', 'rules'], ['finish', 'risk', 'health', 'rules']]);
    expect(plans[0]).toMatchObject({ id: 'risiko', risk: { distribution: 'pert' }, health: { lags: 'off', 'high-float': 10 }, rules: { lead: 'off' } });
    expect(Object.keys(plans[0]!['health'] as object)).toEqual(['lags', 'high-float']);
    expect(plans[1]).toMatchObject({ id: 'enkel', risk: { distribution: 'triangular' }, health: {}, rules: {} });
    const byRef = (ref: string): Record<string, unknown> => json.milestones.find((m) => m['ref'] === ref)!;
    // duration and lag stay the likely value; the estimate beside it, null when it is a single value.
    expect(byRef('risiko/M1')).toMatchObject({ duration: '0d', duration_estimate: null, after: [] });
    expect(byRef('risiko/M2')).toMatchObject({
      duration: '10d', duration_estimate: { min: '5d', likely: '10d', max: '30d' },
      after: [{ ref: 'risiko/M1', lag: '60d', lag_estimate: { min: '40d', likely: '60d', max: '90d' }, type: 'FS' }],
    });
    expect(byRef('risiko/M3')['duration']).toBe('5d');
    expect(byRef('risiko/M3')['duration_estimate']).toBeNull();
    expect(byRef('risiko/M3')['after']).toEqual([
      { ref: 'risiko/M2', lag: '0d', lag_estimate: null, type: 'FS' },
      { ref: 'risiko/M1', lag: '0d', lag_estimate: { min: '-2d', likely: '0d', max: '5d' }, type: 'FS' },
      { ref: 'risiko/M2', lag: '2d', lag_estimate: null, type: 'SS' },
    ]);
    expect(Object.keys(byRef('risiko/M2')).slice(14, 17)).toEqual(['duration', 'duration_estimate', 'after']);
    expect(byRef('enkel/A')).toMatchObject({ duration: '3d', duration_estimate: null, after: [{ ref: 'risiko/M1', lag: '0d', lag_estimate: null, type: 'FS' }] });
  });

  // SPEC §2: "JSON output gives the resolved day date in the field and the written form in `<field>_as_written` when
  // they differ". Until 4 Dec 2026 export gave `current` as its day alone (2027-09-30 for a forecast of 2027-Q3).
  it('gives every date written as a period its _as_written, current included, as critical-path json does', async () => {
    const files = {
      'ws/e.yaml': [
        'plan: {id: e, title: E, finish: 2027}',
        'bodies: [{id: B, name: B}]',
        'milestones:',
        '  - {id: M1, title: m1, date: 2027-03-01, forecast: 2027-Q3, deadline: 2027-12, history: [{reported: 2026-12-01, forecast: 2027-06}]}',
        '  - {id: M2, title: m2, date: 2027, actual: 2027-02-01}',
        '  - {id: M3, title: m3, date: 2027-02}',
        'gates:',
        '  - {id: G, title: g, date: 2027-Q4, body: B}',
        '',
      ].join('\n'),
    };
    const r = await runCli(['export', 'ws', '--format', 'json', '--today', '2026-12-01'], { files, diskRoots: [] });
    const json = JSON.parse(r.stdout);
    const row = (id: string): Record<string, unknown> => json.milestones.find((m: { id: string }) => m.id === id);
    expect(row('M1')).toMatchObject({ date: '2027-03-01', forecast: '2027-09-30', forecast_as_written: '2027-Q3', deadline: '2027-12-31', deadline_as_written: '2027-12', current: '2027-09-30', current_as_written: '2027-Q3' });
    expect(row('M1')['history']).toEqual([{ reported: '2026-12-01', forecast: '2027-06-30', forecast_as_written: '2027-06' }]);
    // A day date has no _as_written: M2's current is its actual, though its date is a period.
    expect(row('M2')).toMatchObject({ date: '2027-12-31', date_as_written: '2027', current: '2027-02-01' });
    expect(row('M2')).not.toHaveProperty('current_as_written');
    expect(row('M3')).toMatchObject({ current: '2027-02-28', current_as_written: '2027-02' });
    expect(json.plans[0]).toMatchObject({ finish: '2027-12-31', finish_as_written: '2027' });
    expect(json.gates[0]).toMatchObject({ date: '2027-12-31', date_as_written: '2027-Q4' });
    // Each milestone's date and current as critical-path --format json gives them.
    const cp = JSON.parse((await runCli(['critical-path', 'ws', '--format', 'json', '--today', '2026-12-01'], { files, diskRoots: [] })).stdout);
    const dates = (m: Record<string, unknown>): [string, unknown][] => Object.entries(m).filter(([k]) => /^(date|current)(_as_written)?$/.test(k)).sort();
    for (const m of cp.milestones.filter((x: { ref: string }) => x.ref !== 'e/G')) expect(dates(row(m.id)), m.id).toEqual(dates(m));
  });

  it('--plan keeps that plan\'s risk events only', async () => {
    const json = await exportJson(['test/export/fixtures/risks', '--today', '2019-06-03', '--plan', 'enkel']);
    expect((json['risks'] as { ref: string }[]).map((r) => r.ref)).toEqual(['enkel/R3']);
    expect((json['plans'] as { id: string }[]).map((p) => p.id)).toEqual(['enkel']);
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
