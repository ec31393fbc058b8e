// actual-in-future's hint never tells a milestone with a forecast to write a second one (tester round 95 F2: "use
// forecast: 2024-09-03 instead of actual" beside `forecast: 2024-09-30` made a duplicate key, and the file unchecked).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const plan = (forecast: string): Record<string, string> => ({
  'ws/p.yaml': `plan: {id: p, title: P, status_date: 2024-06-20}\nmilestones:\n  - id: N3\n    title: m\n    date: 2024-09-20\n${forecast}    actual: 2024-09-03\n`,
});

async function hint(files: Record<string, string>, locale: string): Promise<string> {
  const r = await runCli(['validate', 'ws', '--format', 'json', '--locale', locale], { files, diskRoots: [] });
  return (JSON.parse(r.stdout).diagnostics as { rule: string; hint: string }[]).find((d) => d.rule === 'actual-in-future')!.hint;
}

describe('actual-in-future hint', () => {
  it('says to remove actual and set the forecast when there is none, or one that is no date (tester round 97 F7)', async () => {
    expect(await hint(plan(''), 'en')).toBe('if N3 is not achieved yet, remove actual and set forecast: 2024-09-03');
    expect(await hint(plan('    forecast: ~\n'), 'en')).toBe('if N3 is not achieved yet, remove actual and set forecast: 2024-09-03');
    expect(await hint(plan('    forecast: 2024-02-30\n'), 'en')).toBe('if N3 is not achieved yet, remove actual and set forecast: 2024-09-03');
    expect(await hint(plan(''), 'nb')).toBe('er N3 ikke nådd ennå, fjern actual og sett forecast: 2024-09-03');
  });

  it('names a forecast period as written, and says only to remove actual when the forecast is its day (round 97 F13)', async () => {
    // The forecast as the file writes it, in both locales (tester round 98 F10: nb read 4. kv. 2024 beside 2024-09-03).
    expect(await hint(plan('    forecast: 2024-Q4\n'), 'en')).toBe('if N3 is not achieved yet, remove actual and keep its forecast 2024-Q4, or set the forecast to 2024-09-03');
    expect(await hint(plan('    forecast: 2024-Q4\n'), 'nb')).toBe('er N3 ikke nådd ennå, fjern actual og behold prognosen 2024-Q4, eller sett prognosen til 2024-09-03');
    // A forecast before the status date is not one to keep (round 98 F5).
    expect(await hint(plan('    forecast: 2024-06-10\n'), 'en')).toBe('if N3 is not achieved yet, remove actual and set forecast: 2024-09-03');
    expect(await hint(plan('    forecast: 2024-09-03\n'), 'en')).toBe('if N3 is not achieved yet, remove actual: its forecast is that day');
    expect(await hint(plan('    forecast: 2024-09-03\n'), 'nb')).toBe('er N3 ikke nådd ennå, fjern actual: prognosen er den dagen');
  });

  it('says to remove actual, keeping or changing the forecast, when there is one', async () => {
    expect(await hint(plan('    forecast: 2024-09-30\n'), 'en')).toBe('if N3 is not achieved yet, remove actual and keep its forecast 2024-09-30, or set the forecast to 2024-09-03');
    expect(await hint(plan('    forecast: 2024-09-30\n'), 'nb')).toBe('er N3 ikke nådd ennå, fjern actual og behold prognosen 2024-09-30, eller sett prognosen til 2024-09-03');
  });
});
