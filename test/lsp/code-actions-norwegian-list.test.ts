// Tester round 94 F2: a Norwegian list beside the English one (`milepæler:` beside `milestones:`) holding entries of
// its own got "remove milepæler" and a quick fix that deleted them. Such a list is to be moved: no quick fix. One with
// nothing in it, or the same entries, is still removed by the fix.
import { describe, expect, it } from 'vitest';
import { oneFileSession } from './action-session.js';

const PLAN = 'plan:\n  id: p\n  title: P\n  status_date: 2026-06-01\nmilestones:\n  - {id: T1, title: T, date: 2026-07-01}\n';

const { session, uri: fileUri } = oneFileSession('milepel-lsp-norwegian-list-', PLAN, { initializationOptions: { today: '2026-06-01', locale: 'en' } });

describe('a Norwegian list beside the English one', () => {
  it('with entries of its own: the hint says to move them, and no fix removes them', async () => {
    const uri = fileUri();
    const published = await session.setText(uri, `${PLAN}milepæler:\n  - {id: X1, title: X, date: 2026-07-02}\n`);
    const found = published.filter((d) => d.code === 'schema');
    expect(found.map((d) => [d.range.start.line, d.message])).toEqual([[6, expect.stringContaining('move its entries under milestones, then remove milepæler')]]);
    expect(await session.actionsAt(uri, 6, 0)).toEqual([]);
  });

  it('empty: removed by the fix', async () => {
    const uri = fileUri();
    await session.setText(uri, `${PLAN}milepæler: []\n`);
    const actions = await session.actionsAt(uri, 6, 0);
    expect(actions.map((a) => a.title)).toEqual(['Remove milepæler']);
    await session.expectFixes(actions[0]!, (d) => d.code === 'schema');
  });
});
