// A cycle through two milestones linked more than once (SPEC §5 allows `[C3, {id: C3, type: FF}]`): each link closes
// a cycle of its own, reported at its entry, and the findings are told apart by the link's type (tester round 47 F5:
// two findings of the same text); a cycle of single links reads as before.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';

function cycles(text: string, locale: 'en' | 'nb' = 'en'): string[] {
  const analysis = analyze([{ file: 'a.yaml', text }], { clockToday: 20600 });
  return analysis.diagnostics.filter((d) => d.rule === 'dependency-cycle').map((d) => `${d.line}:${d.column} ${renderMessage(d.message, locale)} | ${d.related.map((r) => renderMessage(r.message, locale)).join('; ')}`);
}

const PLAN = 'plan: {id: a, title: A}\nmilestones:\n';

describe('a dependency cycle over repeated links', () => {
  it('names the type of the link that closes it, and of each hop that has another', () => {
    const text = `${PLAN}  - {id: C1, title: C, date: 2026-07-01, after: [C2, {id: C2, type: FF, lag: -2d}]}\n  - {id: C2, title: C, date: 2026-07-01, after: [C1]}\n`;
    expect(cycles(text)).toEqual([
      '3:50 dependency cycle: a/C1 → a/C2 → a/C1, closed by the FS link | a/C2 is after a/C1; a/C1 is after a/C2 (the FS link)',
      '3:59 dependency cycle: a/C1 → a/C2 → a/C1, closed by the FF link | a/C2 is after a/C1; a/C1 is after a/C2 (the FF link)',
    ]);
    expect(cycles(text, 'nb')[1]).toBe('3:59 sirkulær avhengighet: a/C1 → a/C2 → a/C1, lukket av FF-lenken | a/C2 kommer etter a/C1; a/C1 kommer etter a/C2 (FF-lenken)');
  });

  it('reads as before where each hop is one link', () => {
    expect(cycles(`${PLAN}  - {id: C1, title: C, date: 2026-07-01, after: [C2]}\n  - {id: C2, title: C, date: 2026-07-01, after: [C1]}\n`)).toEqual([
      '3:50 dependency cycle: a/C1 → a/C2 → a/C1 | a/C2 is after a/C1; a/C1 is after a/C2',
    ]);
  });
});
