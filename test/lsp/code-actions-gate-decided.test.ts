// Tester round 98 F13: a gate decided after the status date is told "if the decision at G is not taken yet, remove
// decided: DATE (date: holds the planned day)", with no quick fix. The fix removes `decided` (its line in a block
// mapping, its entry with the comma in a flow one) and keeps the planned `date`; a gate without a date written, which
// the removal would leave with none, gets no fix.
import { describe, expect, it } from 'vitest';
import { at, oneFileSession } from './action-session.js';

const PLAN = 'plan:\n  id: q\n  title: Q\n  status_date: 2019-06-19\nmilestones:\n  - {id: T1, title: t, date: 2019-06-14}\nbodies: [{id: PS, name: P}]\nmeetings: [{body: PS, date: 2019-06-03}]\ngates:\n';

const { session, uri: fileUri } = oneFileSession('milepel-lsp-gate-decided-', PLAN, { initializationOptions: { today: '2019-06-19', locale: 'en' } });

const breaks = (d: { code?: string | number }): boolean => d.code === 'schema' || d.code === 'yaml-syntax' || d.code === 'actual-in-future';

describe('a gate decided after the status date', () => {
  it('has its decided line removed in a block mapping, its date kept', async () => {
    const text = `${PLAN}  - id: G1\n    title: g\n    date: 2019-07-01\n    decided: 2019-07-01\n    body: PS\n    ready: {milestone: T1}\n`;
    await session.expectOnlyFix(fileUri(), text, { code: 'actual-in-future', line: 12, character: 13, title: 'Remove decided from q/G1, keeping date: 2019-07-01', edits: [{ range: at(12, 0, 0, 13), newText: '' }] }, breaks);
  });

  it('has its decided entry removed with its comma in a flow mapping', async () => {
    const line = '  - {id: G2, title: g, date: 2019-07-01, decided: 2019-07-02, body: PS, ready: {milestone: T1}}';
    const cut = line.indexOf(', decided');
    await session.expectOnlyFix(fileUri(), `${PLAN}${line}\n`, { code: 'actual-in-future', line: 9, character: line.indexOf('2019-07-02'), title: 'Remove decided from q/G2, keeping date: 2019-07-01', edits: [{ range: at(9, cut, cut + ', decided: 2019-07-02'.length), newText: '' }] }, breaks);
  });

  it('gets no fix without a date written', async () => {
    const uri = fileUri();
    const line = '  - {id: G3, title: g, decided: 2019-07-02, body: PS, ready: {milestone: T1}}';
    const published = await session.setText(uri, `${PLAN}${line}\n`);
    expect(published.filter((d) => d.code === 'actual-in-future').length).toBe(1);
    expect((await session.actionsAt(uri, 9, line.indexOf('2019-07-02'))).filter((a) => a.title.startsWith('Remove decided'))).toEqual([]);
  });
});
