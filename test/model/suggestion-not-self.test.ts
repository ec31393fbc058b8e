// An unknown `after` reference's "did you mean" never names the milestone that holds it: applying that fix (the
// language server offers it as a quick fix) would make the milestone depend on itself, a dependency cycle.
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../src/model/build.js';

const plan = (milestones: unknown[]): { file: string; data: unknown } => ({ file: 's.yaml', data: { plan: { id: 's', title: 'S' }, milestones } });
const suggestions = (milestones: unknown[]): [string | undefined, string | undefined][] =>
  buildWorkspace([plan(milestones)]).unresolved.map((u) => [u.holder, u.suggestion]);

describe('the suggestion for an unknown after reference', () => {
  it('is never the holder itself, bare or qualified', () => {
    expect(suggestions([{ id: 'MP2', date: '2026-01-05', after: ['MP2x', 's/MP2z'] }])).toEqual([['s/MP2', undefined], ['s/MP2', undefined]]);
    // Without a date it is in no list of candidates at all.
    expect(suggestions([{ id: 'MP2', after: ['MP2x', 's/MP2z'] }])).toEqual([['s/MP2', undefined], ['s/MP2', undefined]]);
  });

  it('is another milestone when one is as close, and the holder for any other milestone', () => {
    expect(suggestions([
      { id: 'MP2', date: '2026-01-05', after: ['MP2x'] },
      { id: 'MP2y', date: '2026-01-05' },
      { id: 'Q', date: '2026-01-06', after: ['MP2x'] },
    ])).toEqual([['s/MP2', 'MP2y'], ['s/Q', 'MP2']]);
  });
});
