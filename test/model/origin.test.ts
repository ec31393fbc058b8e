// Milestone and `after` origins are built lazily (src/model/origin.ts: EntryOrigin, AfterEdge): their file and path read exactly as the plain
// `{file, path}` objects they replace, for entries written as a bare id or as `{id, lag, type}`.
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../src/model/build.js';
import { AfterEdge, EntryOrigin } from '../../src/model/origin.js';

describe('entry origins', () => {
  it('give the paths of the entity, of an after entry, and of its id and lag', () => {
    expect(new EntryOrigin('f.yaml', 'milestones', 3).path).toEqual(['milestones', 3]);
    expect(new EntryOrigin('f.yaml', 'milestones', 3, 0).path).toEqual(['milestones', 3, 'after', 0]);
    expect(new EntryOrigin('f.yaml', 'milestones', 3, 2, 'lag').path).toEqual(['milestones', 3, 'after', 2, 'lag']);
    expect(new EntryOrigin('f.yaml', 'gates', 0).file).toBe('f.yaml');
  });

  it('are what the model holds for milestones, dependencies and lags', () => {
    const ws = buildWorkspace([{
      file: 'p.yaml',
      data: {
        plan: { id: 'p', title: 'P' },
        milestones: [
          { id: 'a', date: '2026-01-05' },
          { id: 'bad', date: 'not a date' },
          { id: 'b', date: '2026-01-09', forecast: '2026-02-30', after: ['a', { id: 'a', lag: '2d', type: 'SS' }, { id: 'a', type: 'FF' }] },
        ],
      },
    }]);
    expect(ws.milestones.map((m) => [m.origin.file, m.origin.path])).toEqual([['p.yaml', ['milestones', 0]], ['p.yaml', ['milestones', 2]]]);
    expect([...ws.dependencies].map((d) => [d.origin.path, d.lagOrigin?.path])).toEqual([
      [['milestones', 2, 'after', 0], undefined],
      [['milestones', 2, 'after', 1, 'id'], ['milestones', 2, 'after', 1, 'lag']],
      [['milestones', 2, 'after', 2, 'id'], undefined],
    ]);
    expect(ws.invalidDates.map((d) => d.origin.path)).toEqual([['milestones', 1, 'date'], ['milestones', 2, 'forecast']]);
    // A copy with other indices (a kept file resolved or moved again) keeps the entry's origins.
    const moved = (ws.dependencies.at(1) as AfterEdge).with(7, 9);
    expect([moved.from, moved.to, moved.type, moved.lag, moved.origin.path, moved.lagOrigin?.path]).toEqual([7, 9, 'SS', { n: 2, unit: 'd' }, ['milestones', 2, 'after', 1, 'id'], ['milestones', 2, 'after', 1, 'lag']]);
    expect(ws.duplicates).toEqual([]);
  });
});
