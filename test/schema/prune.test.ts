// SPEC §4.1: which value a schema error leaves out, and that leaving it out keeps every other value in place.
import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/schema/check.js';
import { pruneData } from '../../src/schema/prune.js';

const plan = (milestone: Record<string, unknown>): Record<string, unknown> => ({
  plan: { id: 'p', title: 'P' },
  milestones: [{ id: 'M0', title: 'first', date: '2019-09-02' }, { id: 'M1', title: 'T', date: '2019-09-03', ...milestone }],
});

function drops(data: unknown): unknown[] {
  return checkSchema(data).map((p) => p.drop);
}

describe('the value a schema problem leaves out', () => {
  it('an unknown key: that key only', () => {
    expect(drops(plan({ dat: '2019-09-03' }))).toEqual([['milestones', 1, 'dat']]);
  });
  it('a wrong entry of a list of references: that entry', () => {
    expect(drops(plan({ meetings: ['PS@2019-08-28', 42] }))).toEqual([['milestones', 1, 'meetings', 1]]);
  });
  it('a wrong lag: the whole edge, never an edge with lag 0', () => {
    expect(drops(plan({ after: ['M0', { id: 'M0', lag: '2x' }] }))).toEqual([['milestones', 1, 'after', 1]]);
  });
  it('a wrong optional value: that value', () => {
    expect(drops(plan({ status: 'amber' }))).toEqual([['milestones', 1, 'status']]);
  });
  it('a missing key of an entity: nothing (the model reads what is there), an id of the wrong form: nothing', () => {
    expect(drops({ plan: { id: 'p', title: 'P' }, milestones: [{ id: 'M 1', date: '2019-09-02' }] })).toEqual([undefined, undefined]);
  });
  it("a meeting's id of the wrong form: the id, so the meeting is <body>@<date> (SPEC §1.3; tester round 52 F1)", () => {
    const data = { bodies: [{ id: 'PS', name: 'P' }], meetings: [{ body: 'PS', date: '2024-01-08', id: 'PS møte 1' }] };
    expect(drops(data)).toEqual([['meetings', 0, 'id']]);
    expect(checkSchema(data)[0]!.message).toMatchObject({ data: { place: { kind: 'entity', list: 'meetings', id: 'PS@2024-01-08' } } });
  });
  it('a repeated list entry: the repetition', () => {
    expect(drops({ plan: { id: 'p', title: 'P', calendar: { workdays: ['mon', 'tue', 'mon'] } } })).toEqual([['plan', 'calendar', 'workdays', 2]]);
  });
  it("a gate's wrong ready.lead: the lead only, so readiness is still checked (with 0d); a wrong ready.milestone: that key", () => {
    const gate = (ready: Record<string, unknown>): Record<string, unknown> => ({ ...plan({}), gates: [{ id: 'BP1', title: 'B', date: '2019-09-13', body: 'NEHS', ready }] });
    expect(drops(gate({ milestone: 'M1', lead: '5x' }))).toEqual([['gates', 0, 'ready', 'lead']]);
    expect(drops(gate({ milestone: 'M1', leed: '5d' }))).toEqual([['gates', 0, 'ready', 'leed']]);
  });
  it('a file that is not a mapping: the file', () => {
    expect(drops(['a'])).toEqual([[]]);
  });
});

describe('pruneData', () => {
  it('leaves a hole where a list entry was, so later entries keep their index, and never changes its input', () => {
    const data = plan({ meetings: ['A@2019-01-01', 42, 'B@2019-01-02'], dat: 1 });
    const before = JSON.stringify(data);
    const pruned = pruneData(data, [['milestones', 1, 'meetings', 1], ['milestones', 1, 'dat']]) as { milestones: Record<string, unknown>[] };
    expect(JSON.stringify(data)).toBe(before);
    expect(pruned.milestones[1]!['meetings']).toEqual(['A@2019-01-01', undefined, 'B@2019-01-02']);
    expect(Object.hasOwn(pruned.milestones[1]!, 'dat')).toBe(false);
    expect(pruned.milestones[0]).toBe((data['milestones'] as unknown[])[0]);
  });
  it('treats __proto__ as an ordinary key', () => {
    const data = JSON.parse('{"plan": {"id": "p", "title": "P", "__proto__": 1}}') as unknown;
    const pruned = pruneData(data, [['plan', '__proto__']]) as { plan: object };
    expect(Object.keys(pruned.plan)).toEqual(['id', 'title']);
  });
  it('ignores a path that is no longer there', () => {
    const data = { plan: { id: 'p' } };
    expect(pruneData(data, [['plan'], ['plan', 'id']])).toEqual({});
  });
});
