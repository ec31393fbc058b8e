// A quarter written as people write one is offered as a plan file writes it (tester round 94 F5: `date: Q3 2019` was
// told only the form), where a period is allowed; a field of days only (actual) gets no quarter.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

async function hintFor(field: string, value: string, locale = 'en'): Promise<string> {
  const files = { 'ws/q.yaml': `plan: {id: q, title: Q}\nmilestones:\n  - {id: A, title: a, date: 2019-01-07, ${field}: "${value}"}\n` };
  const r = await runCli(['validate', 'ws', '--today', '2019-01-01', '--format', 'json', '--locale', locale], { files, diskRoots: [] });
  return (JSON.parse(r.stdout).diagnostics as { rule: string; hint: string }[]).find((d) => d.rule === 'schema')!.hint;
}

describe('a quarter written another way', () => {
  it.each([
    ['Q3 2019', '2019-Q3'], ['q3-2019', '2019-Q3'], ['Q3/2019', '2019-Q3'], ['2019 Q4', '2019-Q4'], ['2019q1', '2019-Q1'],
    ['3. kv. 2019', '2019-Q3'], ['2. kvartal 2020', '2020-Q2'], ['K2 2020', '2020-Q2'],
  ])('forecast "%s" → %s', async (written, quarter) => {
    expect(await hintFor('forecast', written)).toBe(`write ${quarter} for "${written}": a plan file writes a quarter YYYY-Qn`);
  });

  it('in Norwegian', async () => {
    expect(await hintFor('deadline', 'Q3 2019', 'nb')).toBe('skriv 2019-Q3 for "Q3 2019": en planfil skriver et kvartal ÅÅÅÅ-Qn');
  });

  it('not for a field of days, nor a quarter that is none', async () => {
    expect(await hintFor('actual', 'Q3 2019')).not.toContain('2019-Q3');
    expect(await hintFor('forecast', 'Q5 2019')).not.toContain('Q5');
  });
});
