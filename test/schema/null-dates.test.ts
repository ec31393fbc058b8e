// A null where a date goes is worded alike whichever key holds it (tester round 46 F8: `actual: ~` was "must be text,
// not empty", `forecast: null` "is null, which is not a date or period").
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';

function schemaFindings(text: string, locale: 'en' | 'nb' = 'en'): string[] {
  const analysis = analyze([{ file: 'p.yaml', text }], { clockToday: 19700 });
  return analysis.diagnostics.filter((d) => d.rule === 'schema').map((d) => `${d.line}:${d.column} ${renderMessage(d.message, locale)} | ${renderMessage(d.hint!, locale)}`);
}

describe('a null date', () => {
  it('is "null, which is not" the date its key takes, for a day date as for a date or period', () => {
    const text = 'plan: {id: n, title: N}\nmilestones:\n  - {id: A, title: A, date: 2026-07-01, actual: ~}\n  - {id: B, title: B, date: 2026-07-01, forecast: null}\n';
    expect(schemaFindings(text)).toEqual([
      '3:49 actual of milestone A is null, which is not a day date | write the date as YYYY-MM-DD, e.g. 2019-09-27',
      '4:51 forecast of milestone B is null, which is not a date or period | write YYYY-MM-DD, or a period YYYY, YYYY-Qn or YYYY-MM (e.g. 2020-Q3)',
    ]);
    expect(schemaFindings(text, 'nb')[0]).toBe('3:49 actual i milepæl A er null, som ikke er en dato | skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2019-09-27');
  });

  it('leaves a text where a text goes worded as before', () => {
    expect(schemaFindings('plan: {id: n, title: N}\nmilestones:\n  - {id: A, title: ~, date: 2026-07-01}\n')[0]).toMatch(/^3:\d+ title of milestone A must be text, not empty \|/);
  });
});
