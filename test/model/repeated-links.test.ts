// An `after` list that names the same predecessor twice with the same link type is one relationship written twice
// (tester round 43): the model keeps the first entry's edge, leaves the later one out of `dependencies` and records
// it (Workspace.repeatedLinks, a `schema` finding). Links of different types between the same two milestones stay.
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { parseDayDate } from '../../src/calendar/index.js';
import { buildWorkspace } from '../../src/model/build.js';
import { AfterEdge } from '../../src/model/origin.js';
import type { Workspace } from '../../src/model/types.js';

const plan = (milestones: unknown[]): { file: string; data: unknown } => ({ file: 'd.yaml', data: { plan: { id: 'd', title: 'D' }, milestones } });
const D1 = { id: 'D1', date: '2026-01-05' };
const D2 = { id: 'D2', date: '2026-01-05' };
/** Each edge into `id` as `from type lag entry`. */
const into = (ws: Workspace, id: string): string[] => [...ws.dependencies]
  .filter((d) => ws.milestones[d.to]!.id === id)
  .map((d) => `${ws.milestones[d.from]!.id} ${d.type} ${d.lag.n}${d.lag.unit} ${d.origin.path.slice(3).join('.')}`);
const repeats = (ws: Workspace): string[] => (ws.repeatedLinks ?? []).map((r) =>
  `${r.firstTarget}@${r.first.origin.path.slice(2).join('.')} ${r.laterTarget}@${r.later.origin.path.slice(2).join('.')} ${r.later.lag.n}${r.later.lag.unit}`);

describe('a repeated after entry', () => {
  it('leaves the later entry out, whatever its lag or the way its reference is written', () => {
    const ws = buildWorkspace([plan([
      D1, D2,
      { id: 'A', date: '2026-01-20', after: ['D1', 'D1'] },
      { id: 'B', date: '2026-01-20', after: ['D1', { id: 'D1', lag: '2d' }] },
      { id: 'C', date: '2026-01-20', after: ['D2', 'd/D2'] },
    ])]);
    expect(into(ws, 'A')).toEqual(['D1 FS 0d 0']);
    expect(into(ws, 'B')).toEqual(['D1 FS 0d 0']);
    expect(into(ws, 'C')).toEqual(['D2 FS 0d 0']);
    expect(repeats(ws)).toEqual(['D1@after.0 D1@after.1 0d', 'D1@after.0 D1@after.1.id 2d', 'D2@after.0 d/D2@after.1 0d']);
  });

  it('keeps the first entry\'s lag, in the model and in the schedule', () => {
    const ws = buildWorkspace([plan([
      D1,
      { id: 'B', date: '2026-01-05', after: ['D1', { id: 'D1', lag: '5d' }] },
      { id: 'C', date: '2026-01-05', after: [{ id: 'D1', lag: '5d' }, 'D1'] },
    ])]);
    expect(into(ws, 'B')).toEqual(['D1 FS 0d 0']);
    expect(into(ws, 'C')).toEqual(['D1 FS 5d 0.id']);
    const text = `plan: {id: d, title: D}
milestones:
  - {id: D1, title: D1, date: 2026-01-05}
  - {id: B, title: B, date: 2026-01-05, after: [D1, {id: D1, lag: 5d}]}
  - {id: C, title: C, date: 2026-01-05, after: [{id: D1, lag: 5d}, D1]}
`;
    const analysis = analyze([{ file: 'd.yaml', text }], { today: parseDayDate('2026-01-02'), clockToday: 0 });
    const projected = (id: string): number => analysis.schedule.projected[analysis.workspace.milestoneIndex.get(`d/${id}`)!]!;
    // B: D1 + 0d, its own date; before, the repetition's 5d moved it a week.
    expect(projected('B')).toBe(parseDayDate('2026-01-05'));
    expect(projected('C')).toBe(parseDayDate('2026-01-12'));
    // One link each into B and C in the graph the schedule and the reports count.
    const { predStart } = analysis.graph;
    for (const id of ['B', 'C']) {
      const v = analysis.workspace.milestoneIndex.get(`d/${id}`)!;
      expect(predStart[v + 1]! - predStart[v]!, id).toBe(1);
    }
    expect(analysis.diagnostics.filter((d) => d.rule === 'schema').map((d) => `${d.line}:${d.column}`)).toEqual(['4:58', '5:68']);
  });

  it('keeps links of different types between the same two milestones', () => {
    const ws = buildWorkspace([plan([
      D1,
      { id: 'E', date: '2026-01-20', after: ['D1', { id: 'D1', type: 'SS' }, { id: 'd/D1', type: 'FF', lag: '1d' }, { id: 'D1', type: 'SS', lag: '3d' }] },
    ])]);
    expect(into(ws, 'E')).toEqual(['D1 FS 0d 0', 'D1 SS 0d 1.id', 'D1 FF 1d 2.id']);
    expect(repeats(ws)).toEqual(['D1@after.1.id D1@after.3.id 3d']);
  });

  it('is one link in a cycle: one dependency-cycle finding, not one more for the repetition', () => {
    const text = `plan: {id: d, title: D}
milestones:
  - {id: A, title: A, date: 2026-01-05, after: [B, B]}
  - {id: B, title: B, date: 2026-01-06, after: [A]}
`;
    const analysis = analyze([{ file: 'd.yaml', text }], { today: parseDayDate('2026-01-02'), clockToday: 0 });
    expect(analysis.diagnostics.map((d) => d.rule).sort()).toEqual(['dependency-cycle', 'schema']);
  });

  it('is found among many predecessors of one milestone too (the map past SHORT_RUN edges)', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `P${i}`, date: '2026-01-05' }));
    const after = [...many.map((m) => m.id), 'P3', { id: 'P39', type: 'SS' }, { id: 'd/P39', type: 'SS', lag: '1d' }, 'P0'];
    const ws = buildWorkspace([plan([...many, { id: 'Z', date: '2026-02-20', after }])]);
    expect(into(ws, 'Z')).toHaveLength(41);
    expect(repeats(ws)).toEqual(['P3@after.3 P3@after.40 0d', 'P39@after.41.id d/P39@after.42.id 1d', 'P0@after.0 P0@after.43 0d']);
  });
});

describe('repeated after entries at scale (tester round 44 F2: each repeat searched the list before it)', () => {
  it('one predecessor listed 3,001 times, the first written `d/M0`: each repeat names it, read without going back over the list', () => {
    const after = ['d/M0', ...Array.from({ length: 3_000 }, (_, i) => (i % 2 === 0 ? 'M0' : { id: 'M0', lag: '1d' }))];
    // The search went back over the entries' places (AfterEdge.origin) for each repeat: 4.5 million of them here.
    const places = vi.spyOn(AfterEdge.prototype, 'origin', 'get');
    const ws = buildWorkspace([plan([{ id: 'M0', date: '2026-01-05' }, { id: 'X', date: '2026-03-02', after }])]);
    expect(places.mock.calls.length).toBeLessThan(after.length);
    places.mockRestore();
    expect(into(ws, 'X')).toEqual(['M0 FS 0d 0']);
    const found = ws.repeatedLinks ?? [];
    expect(found).toHaveLength(3_000);
    expect(new Set(found.map((r) => r.firstTarget))).toEqual(new Set(['d/M0']));
    expect(found[2_999]!.later.origin.path).toEqual(['milestones', 1, 'after', 3_000, 'id']);
  });
});

describe('repeated after entries beside a missing date (tester round 44 F6: fixing the date brought a new finding)', () => {
  it('in the list of a milestone without a date, and naming one without a date, as for the others', () => {
    const ws = buildWorkspace([plan([
      D1,
      { id: 'NoDate', after: ['D1', 'd/D1', { id: 'D1', type: 'SS' }] },
      { id: 'Undated', date: '2026-02-30' },
      { id: 'X', date: '2026-03-02', after: ['Undated', { id: 'd/Undated', lag: '1d' }, { id: 'Undated', type: 'FF' }] },
    ])]);
    expect(repeats(ws)).toEqual(['Undated@after.0 d/Undated@after.1.id 1d', 'D1@after.0 d/D1@after.1 0d']);
    expect((ws.repeatedLinks ?? []).map((r) => r.holder?.ref ?? ws.milestones[r.later.to]!.ref)).toEqual(['d/X', 'd/NoDate']);
  });

  it('are schema findings at the later entry, naming the milestone that has no date', () => {
    const text = 'plan: {id: d, title: D}\nmilestones:\n  - {id: D1, title: D1, date: 2026-01-05}\n  - {id: N, title: N, after: [D1, D1]}\n';
    const repeated = analyze([{ file: 'd.yaml', text }], { clockToday: 20400 }).diagnostics.filter((f) => f.rule === 'schema' && f.ref === 'd/N');
    // The missing date (4:5) and the repeated entry, at the later one (4:35): both name N (SPEC §4's ref).
    expect(repeated.map((f) => `${f.line}:${f.column}`)).toEqual(['4:5', '4:35']);
  });
});

describe('repeated after entries naming nothing (tester round 45 F7: `[Ghost, Ghost]` was two unknown references)', () => {
  const unknown = (ws: Workspace): string[] => ws.unresolved.map((u) => `${u.target}@${u.origin.path.slice(2).join('.')}`);
  // Ghost and d/Ghost are one ref in plan d; e/Ghost is another; an SS link is another relationship.
  const after = ['Ghost', 'd/Ghost', 'e/Ghost', 'Ghost', { id: 'Ghost', type: 'SS' }, { id: 'd/Ghost', type: 'SS', lag: '1d' }];

  it('is reported unknown once, at the first entry of each ref and type, the later ones as its repeats, with a date or without', () => {
    for (const holder of [{ id: 'X', date: '2026-03-02', after }, { id: 'X', after }]) {
      const ws = buildWorkspace([plan([D1, holder])]);
      expect(unknown(ws), JSON.stringify(holder)).toEqual(['Ghost@after.0', 'e/Ghost@after.2', 'Ghost@after.4.id']);
      expect(repeats(ws)).toEqual(['Ghost@after.0 d/Ghost@after.1 0d', 'Ghost@after.0 Ghost@after.3 0d', 'Ghost@after.4.id d/Ghost@after.5.id 1d']);
    }
  });

  it('takes ids named like object properties as any other id, known or not (round 44 F8)', () => {
    const names = ['hasOwnProperty', '__proto__', 'constructor', 'toString'];
    const ws = buildWorkspace([plan([
      { id: '__proto__', date: '2026-01-05' },
      { id: 'K', date: '2026-03-02', after: ['__proto__', 'd/__proto__', ...names.flatMap((n) => [`${n}X`, `d/${n}X`])] },
      { id: 'U', after: [...names, ...names.map((n) => `d/${n}`)] },
    ])]);
    expect(unknown(ws)).toEqual([
      ...names.map((n, i) => `${n}X@after.${2 + 2 * i}`),
      ...names.filter((n) => n !== '__proto__').map((n) => `${n}@after.${names.indexOf(n)}`),
    ]);
    expect(repeats(ws)).toEqual([
      '__proto__@after.0 d/__proto__@after.1 0d',
      ...names.map((n, i) => `${n}X@after.${2 + 2 * i} d/${n}X@after.${3 + 2 * i} 0d`),
      ...names.map((n, i) => `${n}@after.${i} d/${n}@after.${4 + i} 0d`),
    ]);
  });

  it('is one unknown-reference finding and one schema finding for `[Ghost, Ghost]`', () => {
    const text = 'plan: {id: d, title: D}\nmilestones:\n  - {id: X, title: X, date: 2026-01-05, after: [Ghost, Ghost, hasOwnProperty, hasOwnProperty]}\n';
    const found = analyze([{ file: 'd.yaml', text }], { clockToday: 20400 }).diagnostics.map((f) => `${f.line}:${f.column} ${f.rule}`);
    expect(found).toEqual(['3:49 unknown-reference', '3:56 schema', '3:63 unknown-reference', '3:79 schema']);
  });
});
