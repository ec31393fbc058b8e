// The model's milestones (src/model/milestone.ts): the usually empty fields kept in one record beside the milestone,
// the origin made when asked, and copies that give what a spread of a plain object gave.
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../src/model/build.js';
import { copyMilestone, MilestoneNode, NONE } from '../../src/model/milestone.js';
import type { Milestone } from '../../src/model/types.js';

const ws = buildWorkspace([{
  file: 'p.yaml',
  data: {
    plan: { id: 'p', title: 'P' },
    bodies: [{ id: 'board' }],
    milestones: [
      { id: 'a', date: '2026-01-05' },
      { id: 'b', title: 'B', date: '2026-01-09', forecast: '2026-01-12', duration: '2d', after: ['a'], require: ['board'], deliverables: ['d1'], responsible: 'Kari', status: 'red', goal: 'g', progress: '1/3', history: [{ reported: '2026-01-02', forecast: '2026-01-10' }, { reported: '2026-01-01', forecast: '2026-01-09' }] },
    ],
    gates: [{ id: 'BP1', date: '2026-02-02' }],
  },
}]);

/** Every field of the Milestone interface, read through its getters where it has them. */
function fields(m: Milestone): Record<string, unknown> {
  return {
    index: m.index, ref: m.ref, id: m.id, plan: m.plan, title: m.title, date: m.date, forecast: m.forecast, actual: m.actual, deadline: m.deadline,
    duration: m.duration, durationEstimate: m.durationEstimate, current: m.current, meetings: m.meetings, require: m.require, deliverables: m.deliverables,
    responsible: m.responsible, status: m.status, goal: m.goal, progress: m.progress, history: m.history, gate: m.gate, origin: { file: m.origin.file, path: m.origin.path },
  };
}

describe('model milestones', () => {
  it('hold no details and share the empty lists when only id, title, date and after are written', () => {
    const a = ws.milestones[0] as MilestoneNode;
    expect(a).toBeInstanceOf(MilestoneNode);
    expect(a.details).toBeUndefined();
    expect(a.deliverables).toBe(NONE);
    expect(a.history).toBe(NONE);
    expect(a.meetings).toBe(NONE);
    expect(fields(a)).toMatchObject({ require: undefined, responsible: undefined, status: undefined, goal: undefined, progress: undefined, gate: undefined, durationEstimate: undefined });
    expect([a.origin.file, a.origin.path]).toEqual(['p.yaml', ['milestones', 0]]);
  });

  it('read every written field through their details, history sorted by report date', () => {
    const b = ws.milestones[1]!;
    expect(fields(b)).toMatchObject({
      ref: 'p/b', title: 'B', require: ['board'], deliverables: ['d1'], responsible: 'Kari', status: 'red', goal: 'g', progress: { started: 1, total: 3 },
      duration: { n: 2, unit: 'd' }, origin: { file: 'p.yaml', path: ['milestones', 1] },
    });
    expect(b.history.map((h) => h.reported)).toEqual([...b.history.map((h) => h.reported)].sort((x, y) => x - y));
    expect(b.durationEstimate).toBeDefined();
  });

  it("give a gate's node the gate's origin and index", () => {
    const node = ws.milestones[ws.gates![0]!.node]!;
    expect([node.gate, node.origin.path, node.require, node.meetings]).toEqual([0, ['gates', 0], NONE, NONE]);
  });

  it('copy with changes as a spread of a plain object did, keeping every other field and the origin', () => {
    for (const m of ws.milestones) {
      expect(fields(copyMilestone(m, {}))).toEqual(fields(m));
      expect(copyMilestone(m, {})).toEqual(m);
      const moved = copyMilestone(m, { index: 7, current: m.current + 1, status: 'green' });
      expect(fields(moved)).toEqual({ ...fields(m), index: 7, current: m.current + 1, status: 'green' });
    }
    // A copy whose changes empty every detail holds none, as a fresh read of such a milestone does.
    const b = ws.milestones[1]!;
    const emptied = copyMilestone(b, { durationEstimate: undefined, require: undefined, deliverables: NONE, responsible: undefined, status: undefined, goal: undefined, progress: undefined, history: NONE });
    expect((emptied as MilestoneNode).details).toBeUndefined();
    expect(emptied).toEqual(copyMilestone(ws.milestones[0]!, { index: 1, ref: 'p/b', id: 'b', title: 'B', date: b.date, forecast: b.forecast, duration: b.duration, current: b.current, origin: b.origin }));
  });
});
