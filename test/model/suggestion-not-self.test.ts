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

// Tester round 81 F7: `after: [MP5, mp5]` was told "did you mean MP5?", and following it (or the quick fix) made a
// repeated link. A suggestion its list links already is that entry again when only the case differs; else the next.
describe('the suggestion for an unknown after reference its list links already', () => {
  const unresolved = (milestones: unknown[]): [string | undefined, string | undefined, number | undefined][] =>
    buildWorkspace([plan(milestones)]).unresolved.map((u) => [u.target, u.suggestion, u.listed]);
  const MP5 = { id: 'MP5', date: '2026-01-05' };
  const MP7 = { id: 'MP7', date: '2026-01-05' };

  it('is that entry, by its index, when only the case differs, written bare or qualified, before or after it', () => {
    expect(unresolved([MP5, { id: 'B', date: '2026-02-02', after: ['MP5', 'mp5'] }])).toEqual([['mp5', 'MP5', 0]]);
    expect(unresolved([MP5, { id: 'B', date: '2026-02-02', after: ['mp5', 's/MP5'] }])).toEqual([['mp5', 'MP5', 1]]);
    // A milestone without a date has its references checked too (SPEC §4.1).
    expect(unresolved([MP5, { id: 'B', after: ['X', { id: 'MP5', lag: '2d' }, 'mp5'] }])).toEqual([['X', undefined, undefined], ['mp5', 'MP5', 1]]);
  });

  it('is the next nearest otherwise, or none when the list links that one too', () => {
    expect(unresolved([MP5, MP7, { id: 'C', date: '2026-02-02', after: ['MP5', 'MP6'] }])).toEqual([['MP6', 'MP7', undefined]]);
    expect(unresolved([MP5, MP7, { id: 'C', date: '2026-02-02', after: ['MP7', 'MP5', 'MP6'] }])).toEqual([['MP6', undefined, undefined]]);
    expect(unresolved([MP5, { id: 'C', date: '2026-02-02', after: ['MP5', 'MP6'] }])).toEqual([['MP6', undefined, undefined]]);
  });

  it('stays when the list links it with another link type (another relationship)', () => {
    expect(unresolved([MP5, { id: 'B', date: '2026-02-02', after: [{ id: 'MP5', type: 'SS' }, 'mp5'] }])).toEqual([['mp5', 'MP5', undefined]]);
    expect(unresolved([MP5, { id: 'B', date: '2026-02-02', after: [{ id: 'MP5', type: 'SS' }, { id: 'mp5', type: 'SS' }] }])).toEqual([['mp5', 'MP5', 0]]);
  });
});
