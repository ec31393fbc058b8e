// A milestone's lists as the model reads them (src/model/read-milestone.ts, resolve.ts): history by report date
// (sorted only when written out of order), an invalid history date reported at its own path, deliverables' texts,
// and meetings found in the milestone list the model keeps.
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../src/model/build.js';

const history = (...days: [string, string][]): unknown => days.map(([reported, forecast]) => ({ reported, forecast }));
const ws = buildWorkspace([{
  file: 'p.yaml',
  data: {
    plan: { id: 'p', title: 'P' },
    bodies: [{ id: 'board' }],
    meetings: [{ body: 'board', date: '2026-01-20' }],
    milestones: [
      { id: 'inOrder', date: '2026-01-05', history: history(['2025-11-01', '2026-01-01'], ['2025-12-01', '2026-01-02'], ['2025-12-01', '2026-01-03']) },
      { id: 'outOfOrder', date: '2026-01-05', history: history(['2025-12-01', '2026-01-02'], ['2025-11-01', '2026-01-01'], ['2025-12-01', '2026-01-03']) },
      { id: 'badDate', date: '2026-01-05', history: history(['2025-12-01', '2026-02-30'], ['2025-11-01', '2026-01-01']) },
      { id: 'texts', date: '2026-01-05', deliverables: ['d1', 2, 'd2'], meetings: ['board@2026-01-20', 'nope'] },
      { id: 'allTexts', date: '2026-01-05', deliverables: ['d1', 'd2'] },
    ],
  },
}]);
const byId = (id: string) => ws.milestones.find((m) => m.id === id)!;
const forecasts = (id: string): number[] => byId(id).history.map((h) => h.forecast.day);

describe('a milestone read into the model', () => {
  it('keeps its history by report date, entries of one date in the order written', () => {
    expect(forecasts('outOfOrder')).toEqual(forecasts('inOrder'));
    expect(byId('inOrder').history.map((h) => h.reported)).toEqual([...byId('inOrder').history.map((h) => h.reported)].sort((a, b) => a - b));
    expect(forecasts('inOrder')[1]! < forecasts('inOrder')[2]!).toBe(true);
  });

  it('leaves out a history entry with an invalid date and reports that date at its own path', () => {
    expect(byId('badDate').history).toHaveLength(1);
    expect(ws.invalidDates.map((d) => d.origin.path)).toEqual([['milestones', 2, 'history', 0, 'forecast']]);
  });

  it('keeps the texts of its deliverables', () => {
    expect(byId('texts').deliverables).toEqual(['d1', 'd2']);
    expect(byId('allTexts').deliverables).toEqual(['d1', 'd2']);
  });

  it('has its meetings found, unknown ones reported, in the same list of milestones', () => {
    expect(byId('texts').meetings.map((l) => l.meeting)).toEqual([0, -1]);
    expect(ws.unresolved.map((u) => [u.kind, u.target])).toEqual([['meetings', 'nope']]);
    expect(ws.milestones.map((m) => m.index)).toEqual([0, 1, 2, 3, 4]);
  });
});
