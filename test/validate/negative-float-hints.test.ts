// negative-float's hint offers only what can still gain days (tester round 17 #6): a done milestone names every
// successor that needs more time (its deadline too), the first three and a count, most binding first. The
// schedule's numbers (SPEC §5) stay as they were: only the hints change.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

interface Finding { readonly rule: string; readonly ref: string; readonly message: string; readonly hint: string }

/** The negative-float findings of a workspace of one plan file, by ref: [message, hint]. */
async function floatFindings(milestones: string, locale: 'en' | 'nb' = 'en'): Promise<Record<string, readonly [string, string]>> {
  const plan = `plan: {id: p, title: P, status_date: 2026-12-31}\nmilestones:\n${milestones}`;
  const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2026-12-31', '--locale', locale], { files: { 'ws/p.yaml': plan }, diskRoots: [] });
  const all = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.filter((d) => d.rule === 'negative-float');
  return Object.fromEntries(all.map((d) => [d.ref, [d.message, d.hint] as const]));
}

describe('negative-float on a done milestone late for several successors', () => {
  // D achieved Tuesday 2026-03-10; each S needs it by its deadline minus its lag.
  const succ = (id: string, lag: string, deadline = '2026-03-13'): string => `  - {id: ${id}, title: ${id}, date: 2026-03-10, deadline: ${deadline}, after: [{id: D, lag: ${lag}}]}\n`;

  it('names both successors that need more time, the binding one first, and not one that has room', async () => {
    // S1 needs D by 2026-03-06, S2 by 2026-03-09; S3 (1d) by 2026-03-12, after D's actual.
    const ms = '  - {id: D, title: D, date: 2026-03-10, actual: 2026-03-10}\n' + succ('S2', '4d') + succ('S3', '1d') + succ('S1', '5d');
    const en = await floatFindings(ms);
    expect(en['p/D']![0]).toBe('p/D has float -2: projected 2026-03-10, but successor p/S1 (FS +5d) needs it by 2026-03-06 (2 working days late)');
    expect(en['p/D']![1]).toBe('D was achieved on 2026-03-10, so no days can be gained on it: give p/S1 and p/S2 more time (their deadlines, their successors or the lags)');
    const nb = await floatFindings(ms, 'nb');
    expect(nb['p/D']![1]).toBe('D ble nådd 10.03.2026, så ingen dager kan hentes inn på den: gi p/S1 og p/S2 mer tid (fristene, etterfølgerne eller etterslepene)');
  });

  it('names three of many, most binding first and ties by ref, counts the others, and its own deadline too', async () => {
    // Needed by: S5 2026-03-05; S1, S4 2026-03-06; S2, S3 2026-03-09; and D's own deadline 2026-03-09.
    const ms = '  - {id: D, title: D, date: 2026-03-10, actual: 2026-03-10, deadline: 2026-03-09}\n' + succ('S3', '4d') + succ('S4', '5d') + succ('S2', '4d') + succ('S5', '6d') + succ('S1', '5d');
    const en = await floatFindings(ms);
    expect(en['p/D']![0]).toBe('p/D has float -3: projected 2026-03-10, but successor p/S5 (FS +6d) needs it by 2026-03-05 (3 working days late)');
    expect(en['p/D']![1]).toBe('D was achieved on 2026-03-10, so no days can be gained on it: move its deadline and give p/S5, p/S1, p/S4 and 2 other successors more time (their deadlines, their successors or the lags)');
    const nb = await floatFindings(ms, 'nb');
    expect(nb['p/D']![1]).toBe('D ble nådd 10.03.2026, så ingen dager kan hentes inn på den: flytt fristen og gi p/S5, p/S1, p/S4 og 2 andre etterfølgere mer tid (fristene, etterfølgerne eller etterslepene)');
  });

  it('keeps the one-constraint wording when only the binding successor needs time', async () => {
    const ms = '  - {id: D, title: D, date: 2026-03-10, actual: 2026-03-10}\n' + succ('S1', '5d') + succ('S3', '1d');
    expect((await floatFindings(ms))['p/D']![1]).toBe('D was achieved on 2026-03-10, so no days can be gained on it: give p/S1 more time (its deadline, its successors or the lag)');
  });
});
