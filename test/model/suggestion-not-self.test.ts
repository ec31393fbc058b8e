// An unknown `after` reference's "did you mean" never names the milestone that holds it: applying that fix (the
// language server offers it as a quick fix) would make the milestone depend on itself, a dependency cycle.
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../src/model/build.js';
import { NEXT_SEARCHES } from '../../src/model/missed-references.js';
import { runCli } from '../helpers/fake-io.js';

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

describe('the suggestion for unknown after references, tester round 82', () => {
  const unresolved = (files: { file: string; data: unknown }[]): [string, string | undefined, number | undefined][] =>
    buildWorkspace(files).unresolved.filter((u) => u.kind === 'after').map((u) => [u.target, u.suggestion, u.listed]);

  // F1: `q/bp4` for the undated gate q/BP4 was offered the dated q/BP3, and its quick fix then validated clean.
  it('is the gate or milestone without a date whose ref differs only in case, before a near one with a date', () => {
    const q = { file: 'q.yaml', data: { plan: { id: 'q', title: 'Q' }, milestones: [{ id: 'Q1', date: '2026-02-02' }, { id: 'ND' }], gates: [{ id: 'BP3', title: 'b', date: '2026-02-10', body: 'NEHS' }, { id: 'BP4', title: 'b', body: 'NEHS' }] } };
    const p = { file: 'p.yaml', data: { plan: { id: 'p', title: 'P' }, milestones: [{ id: 'B4', date: '2026-03-02', after: ['q/bp4', 'q/nd', 'q/bp3'] }] } };
    expect(unresolved([q, p])).toEqual([['q/bp4', 'q/BP4', undefined], ['q/nd', 'q/ND', undefined], ['q/bp3', 'q/BP3', undefined]]);
    // Round 83 F8: nearer by spelling too (`q/BP-4`, `q/BP4x`); the dated one where it is as near or nearer.
    const near = { file: 'p2.yaml', data: { plan: { id: 'p2', title: 'P' }, milestones: ['q/BP-4', 'q/BP4x', 'q/BP3x', 'q/Q1x'].map((ref, k) => ({ id: `B${k}`, date: '2026-03-02', after: [ref] })) } };
    expect(unresolved([q, near])).toEqual([['q/BP-4', 'q/BP4', undefined], ['q/BP4x', 'q/BP4', undefined], ['q/BP3x', 'q/BP3', undefined], ['q/Q1x', 'q/Q1', undefined]]);
    // In its own plan, bare.
    const own = { file: 'q2.yaml', data: { ...q.data, milestones: [...q.data.milestones, { id: 'B', date: '2026-03-02', after: ['bp4'] }] } };
    expect(unresolved([own])).toEqual([['bp4', 'BP4', undefined]]);
  });

  // F3: `[mp5, Mp5]` were both offered MP5: followed, a repeated link. The later is that offer again.
  it('is, for a later entry offered what an earlier one is offered with the same link type, that entry', () => {
    const MP5 = { id: 'MP5', date: '2026-01-05' };
    expect(unresolved([plan([MP5, { id: 'D2', date: '2026-02-02', after: ['mp5', 'Mp5'] }])])).toEqual([['mp5', 'MP5', undefined], ['Mp5', 'MP5', 0]]);
    expect(unresolved([plan([MP5, { id: 'D5', date: '2026-02-02', after: [{ id: 'mp5', type: 'SS' }, { id: 'Mp5', type: 'SS' }] }])])).toEqual([['mp5', 'MP5', undefined], ['Mp5', 'MP5', 0]]);
    expect(unresolved([plan([MP5, { id: 'D6', date: '2026-02-02', after: [{ id: 'mp5', type: 'SS' }, 'Mp5'] }])])).toEqual([['mp5', 'MP5', undefined], ['Mp5', 'MP5', undefined]]);
    expect(unresolved([plan([MP5, { id: 'D7', after: ['mp5', 'Mp5'] }])])).toEqual([['mp5', 'MP5', undefined], ['Mp5', 'MP5', 0]]);
  });
});

// Tester round 82 F4: require, meetings and a measure's or risk's milestones were offered what their list names.
describe('the suggestion for an unknown entry of another list that names it already', () => {
  it('is that entry, by its index, in require, meetings (by the meeting, however named), a measure\'s and a risk\'s milestones', () => {
    const data = {
      plan: { id: 'p', title: 'P' },
      bodies: [{ id: 'NEHS', name: 'N' }, { id: 'PS', name: 'P' }],
      meetings: [{ body: 'NEHS', date: '2026-01-07' }, { body: 'PS', date: '2026-01-08', id: 'PS-1' }],
      goals: [{ id: 'G1', title: 'g' }],
      milestones: [
        { id: 'MP5', date: '2026-02-02' },
        { id: 'MP6', date: '2026-02-02', require: ['NEHS', 'nehs'], meetings: ['NEHS@2026-01-07', 'nehs@2026-01-07', 'PS@2026-01-08', 'ps-1'] },
        { id: 'U', require: ['nehs', 'NEHS'], meetings: ['ps-1', 'PS-1'] },
      ],
      measures: [{ id: 'T1', goal: 'G1', title: 't', responsible: 'X', milestones: ['MP5', 'mp5'] }],
      risks: [{ id: 'R1', title: 'r', probability: 0.5, impact: '2d', milestones: ['mp5', 'Mp6', 'MP6', 'Mp5'] }],
    };
    const found = buildWorkspace([{ file: 'p.yaml', data }]).unresolved.map((u) => [u.kind, u.holder, u.target, u.suggestion, u.listed, u.listedOffer]);
    expect(found).toEqual([
      ['meetings', 'p/MP6', 'nehs@2026-01-07', 'NEHS@2026-01-07', 0, undefined],
      ['meetings', 'p/MP6', 'ps-1', 'PS-1', 2, undefined],
      ['require', 'p/MP6', 'nehs', 'NEHS', 0, undefined],
      ['require', 'p/U', 'nehs', 'NEHS', 1, undefined],
      ['meetings', 'p/U', 'ps-1', 'PS-1', 1, undefined],
      ['milestones', 'p/T1', 'mp5', 'MP5', 0, undefined],
      // The first misspelt entry keeps its offer; the later one naming it is told so, as in `after`, and that the
      // first names it only as meant (tester round 83 F10).
      ['risk-milestones', 'p/R1', 'mp5', 'MP5', undefined, undefined],
      ['risk-milestones', 'p/R1', 'Mp6', 'MP6', 2, undefined],
      ['risk-milestones', 'p/R1', 'Mp5', 'MP5', 0, true],
    ]);
  });
});

describe('the next nearest suggestion', () => {
  it('is searched for the first NEXT_SEARCHES entries whose nearest their list names, then the general hint', () => {
    // Each C<k> lists MP5 and the unknown MP6, whose nearest MP5 it names; MP7 is the next.
    const milestones: unknown[] = [{ id: 'MP5', date: '2026-01-05' }, { id: 'MP7', date: '2026-01-05' }];
    for (let k = 0; k < NEXT_SEARCHES + 3; k++) milestones.push({ id: `C${k}`, date: '2026-02-02', after: ['MP5', 'MP6'] });
    const got = buildWorkspace([plan(milestones)]).unresolved.map((u) => u.suggestion);
    expect(got).toEqual([...Array<string>(NEXT_SEARCHES).fill('MP7'), undefined, undefined, undefined]);
  });
});

// Tester round 83 F2: `ps@2026-01-08` (PS's meeting PS-1 that day) was offered KR@2026-01-09 by spelling.
describe('the suggestion for a meeting reference whose body is written in another case', () => {
  it('is that body\'s meeting nearest the day, then checked against its list', () => {
    const data = {
      plan: { id: 'p', title: 'P' },
      bodies: [{ id: 'NEHS', name: 'N' }, { id: 'PS', name: 'P' }, { id: 'KR', name: 'K' }],
      meetings: [{ body: 'NEHS', date: '2026-01-07' }, { body: 'PS', date: '2026-01-08', id: 'PS-1' }, { body: 'KR', date: '2026-01-09' }],
      milestones: [
        { id: 'S1', date: '2026-03-02', meetings: ['ps@2026-01-08'] },
        { id: 'S2', date: '2026-03-02', meetings: ['PS-1', 'ps@2026-01-08'] },
        { id: 'S3', date: '2026-03-02', meetings: ['ps@2026-01-10'] },
      ],
    };
    const found = buildWorkspace([{ file: 'p.yaml', data }]).unresolved.map((u) => [u.holder, u.suggestion, u.listed]);
    expect(found).toEqual([['p/S1', 'PS@2026-01-08', undefined], ['p/S2', 'PS@2026-01-08', 0], ['p/S3', 'PS@2026-01-08', undefined]]);
  });
});

// Tester round 83 F4: "remove this entry" dropped the lag an `{id, lag}` entry held, which the entry it repeats lacks.
describe('an after entry in another case with a lag other than the entry it repeats', () => {
  it('carries both lags, that entry\'s first; none when they are the same', () => {
    const MP5 = { id: 'MP5', date: '2026-01-05' };
    const lags = (after: unknown[]): unknown[] => buildWorkspace([plan([MP5, { id: 'L', date: '2026-02-02', after }])]).unresolved.map((u) => [u.listed, u.listedLags]);
    expect(lags(['MP5', { id: 'mp5', lag: '5d' }])).toEqual([[0, ['0d', '5d']]]);
    expect(lags([{ id: 'mp5', lag: '5d' }, 'MP5'])).toEqual([[1, ['0d', '5d']]]);
    expect(lags(['mp5', { id: 'Mp5', lag: '2w' }])).toEqual([[undefined, undefined], [0, ['0d', '2w']]]);
    expect(lags([{ id: 'MP5', lag: '2d' }, { id: 'mp5', lag: '2d' }])).toEqual([[0, undefined]]);
    expect(lags(['MP5', { id: 'mp5', lag: '0d' }])).toEqual([[0, undefined]]);
    // One lag written two ways is one (round 84 F6).
    expect(lags([{ id: 'MP5', lag: '1w' }, { id: 'mp5', lag: '5d' }])).toEqual([[0, undefined]]);
    expect(lags([{ id: 'MP5', lag: '1ew' }, { id: 'mp5', lag: '7ed' }])).toEqual([[0, undefined]]);
    expect(lags([{ id: 'MP5', lag: '7ed' }, { id: 'mp5', lag: '7d' }])).toEqual([[0, ['7ed', '7d']]]);
    // A three-point lag is shown as written, its three values, not as its likely one (round 84 F6).
    expect(lags(['MP5', { id: 'mp5', lag: '0d..1d..2d' }])).toEqual([[0, ['0d', '0d..1d..2d']]]);
    expect(lags([{ id: 'MP5', lag: '1d' }, { id: 'mp5', lag: '0d..1d..2d' }])).toEqual([[0, ['1d', '0d..1d..2d']]]);
    expect(lags([{ id: 'MP5', lag: '1w..2w..3w' }, { id: 'mp5', lag: '5d..10d..15d' }])).toEqual([[0, undefined]]);
    expect(lags([{ id: 'MP5', lag: { min: '0d', likely: '0d', max: '0d' } }, 'mp5'])).toEqual([[0, undefined]]);
  });
});

// Tester round 84 F6: `[{id: MP5, lag: 1w}, {id: MP5, lag: 5d}]` was "with lags 1w and 5d", one lag written two ways.
describe('a repeated after entry', () => {
  it('is told both lags only when they are not one lag', async () => {
    const entries = (after: string): string => `  - {id: A, title: a, date: 2026-04-01, after: ${after}}\n`;
    const plan = 'plan: {id: p, title: P}\nmilestones:\n  - {id: MP5, title: f, date: 2026-03-02}\n'
      + entries('[{id: MP5, lag: 1w}, {id: MP5, lag: 5d}]').replace('id: A,', 'id: A1,')
      + entries('[{id: MP5, lag: 1d..2d..3d}, {id: MP5, lag: 1d..2d..4d}]').replace('id: A,', 'id: A2,')
      + entries('[{id: MP5, lag: 1w..2w..3w}, {id: MP5, lag: 5d..10d..15d}]').replace('id: A,', 'id: A3,');
    const r = await runCli(['validate', 'ws', '--today', '2026-01-10', '--format', 'json'], { files: { 'ws/p.yaml': plan }, diskRoots: [] });
    const found = (JSON.parse(r.stdout).diagnostics as { message: string; hint: string }[]).map((d) => `${d.message} | ${d.hint}`);
    expect(found).toEqual([
      'after of milestone A1 lists "MP5" twice (after[0] and after[1]) | remove the repeated entry',
      'after of milestone A2 lists "MP5" twice (after[0] and after[1]), with lags 1d..2d..3d and 1d..2d..4d | keep one entry, with the lag meant, and remove the other; until then the schedule uses after[0]\'s lag, 1d..2d..3d',
      'after of milestone A3 lists "MP5" twice (after[0] and after[1]) | remove the repeated entry',
    ]);
  });

  // Tester round 86 F6: the repeat of an entry that names nothing was told the schedule keeps that entry, with its lag.
  it('of an entry that makes no link is not told the schedule keeps that one', async () => {
    const plan = 'plan: {id: h, title: H}\nmilestones:\n  - {id: alpha, title: a, date: 2024-04-02}\n  - {id: zeta, title: z, date: 2024-05-03, after: [{id: ALPHA, lag: 4d}, {id: alpha, lag: 10d}, {id: ALPHA, lag: 2w}]}\n';
    const r = await runCli(['validate', 'ws', '--today', '2024-01-02', '--format', 'json'], { files: { 'ws/p.yaml': plan }, diskRoots: [] });
    const found = (JSON.parse(r.stdout).diagnostics as { rule: string; hint: string; related?: { message: string }[] }[]).filter((d) => d.rule === 'schema').map((d) => [d.hint, d.related?.map((x) => x.message)]);
    expect(found).toEqual([['keep one entry, with the lag meant, and remove the other', ['after[0], the one the list keeps']]]);
  });
});
