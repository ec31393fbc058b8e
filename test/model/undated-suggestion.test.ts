// An unknown milestone reference near a milestone without a usable date (none written, or one that is no day, such as
// 2026-02-30) is suggested that milestone when no dated one is near: SPEC §4.1 leaves out the wrong value, not the
// milestone (tester round 25 F9).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { parseDayDate } from '../../src/calendar/index.js';

const clockToday = parseDayDate('2026-05-04')!;
const suggestions = (text: string): [string, string | undefined][] =>
  analyze([{ file: 'q.yaml', text }, { file: 'r.yaml', text: 'plan: {id: r, title: R}\nmilestones:\n  - {id: Z1, title: Z, date: 2026-13-01}\n' }], { clockToday })
    .workspace.unresolved.map((u) => [u.target, u.suggestion]);

describe('suggestions among milestones without a usable date', () => {
  it('suggests the undated milestone as its plan writes it, bare or qualified, and one of another plan by its ref', () => {
    const text = `plan: {id: q, title: P}
milestones:
  - {id: Alpha, title: A, date: 2026-02-30}
  - {id: B, title: B, date: 2026-06-05, after: [Alpx, q/Alphx, Z2]}
`;
    expect(suggestions(text)).toEqual([['Alpx', undefined], ['q/Alphx', 'q/Alpha'], ['Z2', undefined]]);
  });

  it('prefers a dated milestone as near, and never suggests a milestone to itself', () => {
    const text = `plan: {id: q, title: P}
milestones:
  - {id: Alpha, title: A, date: 2026-02-30}
  - {id: Alphb, title: B, date: 2026-06-05}
  - {id: C, title: C, date: 2026-06-05, after: [Alphx]}
  - {id: Alphc, title: C, date: 2026-06-05, after: [Alphd]}
  - {id: Beta, title: B, date: 2026-02-31, after: [Betx]}
`;
    expect(suggestions(text)).toEqual([['Alphx', 'Alphb'], ['Alphd', 'Alphb'], ['Betx', undefined]]);
  });

  // Tester round 28 F5: a gate's readiness milestone got no suggestion among them.
  it('suggests one for a gate\'s readiness milestone too', () => {
    const text = `plan: {id: q, title: P}
milestones:
  - {id: Delta, title: D, date: 2026-02-30}
gates:
  - {id: G, title: G, date: 2026-09-15, ready: {milestone: Deltz}}
`;
    expect(suggestions(text)).toEqual([['Deltz', 'Delta']]);
  });
});
