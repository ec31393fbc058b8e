// Bare `after` ids are resolved per plan (src/model/resolve-edges.ts bareIdLookUp) with the answer of the ref they stand
// for, `plan/id` in the milestone index: the first milestone registered under that ref, even when a '/' inside an id
// (which the schema forbids, and which buildWorkspace does not check) lets two plans write the same ref.
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../src/model/build.js';

const plan = (id: string, milestones: unknown[]): { file: string; data: unknown } => ({ file: `${id}.yaml`, data: { plan: { id, title: id }, milestones } });
const edges = (ws: ReturnType<typeof buildWorkspace>): string[] => [...ws.dependencies].map((d) => `${ws.milestones[d.from]!.ref} -> ${ws.milestones[d.to]!.ref}`);

describe('bare after ids', () => {
  it('resolve within their own plan, and to nothing when the plan has no such id', () => {
    const ws = buildWorkspace([
      plan('a', [{ id: 'x', date: '2026-01-05' }, { id: 'y', date: '2026-01-06', after: ['x', 'z', { id: 'x', lag: '1d', type: 'SS' }] }]),
      plan('b', [{ id: 'x', date: '2026-01-05' }, { id: 'y', date: '2026-01-06', after: ['x', 'a/y'] }]),
    ]);
    expect(edges(ws)).toEqual(['a/x -> a/y', 'a/x -> a/y', 'b/x -> b/y', 'a/y -> b/y']);
    expect(ws.unresolved.map((u) => [u.target, u.holder])).toEqual([['z', 'a/y']]);
  });

  it('resolve to the first milestone of a ref that a slash inside an id lets two plans write', () => {
    const ws = buildWorkspace([
      plan('a', [{ id: 'b/c', date: '2026-01-05' }]),
      plan('a/b', [{ id: 'c', date: '2026-01-06' }, { id: 'd', date: '2026-01-07', after: ['c'] }]),
    ]);
    expect(ws.duplicates.map((d) => d.ref)).toEqual(['a/b/c']);
    expect(edges(ws)).toEqual(['a/b/c -> a/b/d']);
    expect(ws.milestones[ws.dependencies.at(0)!.from]!.plan).toBe(0);
  });

  it('find a duplicate id in the same plan as its first definition', () => {
    const ws = buildWorkspace([plan('a', [{ id: 'x', date: '2026-01-05', title: 'first' }, { id: 'x', date: '2026-01-09', title: 'second' }, { id: 'y', date: '2026-01-12', after: ['x'] }])]);
    expect(ws.milestones[ws.dependencies.at(0)!.from]!.title).toBe('first');
  });

  it('name a milestone whose id is __proto__ or constructor as any other', () => {
    const ws = buildWorkspace([plan('a', [{ id: '__proto__', date: '2026-01-05' }, { id: 'constructor', date: '2026-01-06', after: ['__proto__'] }, { id: 'y', date: '2026-01-07', after: ['constructor', 'toString'] }])]);
    expect(edges(ws)).toEqual(['a/__proto__ -> a/constructor', 'a/constructor -> a/y']);
    expect(ws.unresolved.map((u) => u.target)).toEqual(['toString']);
  });
});

// resolve-edges.ts tries the milestone read just before the one whose `after` it resolves, then the per-plan maps.
describe('bare after ids naming the milestone read just before', () => {
  it('resolve a chain written in order without a map, and a reference further back with one', () => {
    const ws = buildWorkspace([plan('a', [
      { id: 'm0', date: '2026-01-05' }, { id: 'm1', date: '2026-01-06', after: ['m0'] }, { id: 'm2', date: '2026-01-07', after: ['m1', 'm0'] },
      { id: 'm3', date: '2026-01-08', after: ['m0', 'm2', 'nope'] },
    ])]);
    expect(edges(ws)).toEqual(['a/m0 -> a/m1', 'a/m1 -> a/m2', 'a/m0 -> a/m2', 'a/m0 -> a/m3', 'a/m2 -> a/m3']);
    expect(ws.unresolved.map((u) => u.target)).toEqual(['nope']);
  });

  it('take the one before only when it is of the same plan: the id of the last milestone of the file before is another milestone', () => {
    const ws = buildWorkspace([
      plan('a', [{ id: 'x', date: '2026-01-05' }]),
      plan('b', [{ id: 'y', date: '2026-01-06', after: ['x'] }, { id: 'x', date: '2026-01-07' }]),
      plan('c', [{ id: 'z', date: '2026-01-06', after: ['x'] }]),
    ]);
    expect(edges(ws)).toEqual(['b/x -> b/y']);
    expect(ws.unresolved.map((u) => [u.target, u.holder])).toEqual([['x', 'c/z']]);
  });

  it('skip over an unscheduled or duplicate milestone to the scheduled one before', () => {
    const ws = buildWorkspace([plan('a', [
      { id: 'x', date: '2026-01-05', title: 'first' }, { id: 'x', date: '2026-01-09', title: 'second' }, { id: 'u', title: 'no date' },
      { id: 'y', date: '2026-01-12', after: ['x', 'u'] },
    ])]);
    expect(edges(ws)).toEqual(['a/x -> a/y']);
    expect(ws.milestones[ws.dependencies.at(0)!.from]!.title).toBe('first');
    expect(ws.unresolved).toEqual([]);
  });

  it('name the gate read just before as any milestone', () => {
    const ws = buildWorkspace([
      { file: 'a.yaml', data: { plan: { id: 'a', title: 'a' }, gates: [{ id: 'G1', model: 'prosjektveiviseren', date: '2026-01-05' }] } },
      { file: 'a2.yaml', data: { plan: { id: 'a', title: 'a' }, milestones: [{ id: 'y', date: '2026-01-12', after: ['G1'] }] } },
    ]);
    expect(edges(ws)).toEqual(['a/G1 -> a/y']);
  });
});
