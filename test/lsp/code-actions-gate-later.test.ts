// Tester round 94 F3: a gate-readiness finding whose due date lies before the status date was fixed by a forecast on
// that date, which made the milestone overdue. The fix then moves the gate instead, to the first day that makes its
// milestone ready; a decided gate keeps its date, and gets no fix.
import { describe, expect, it } from 'vitest';
import { at, oneFileSession } from './action-session.js';

const PLAN = 'plan:\n  id: q\n  title: Q\n  status_date: 2019-06-19\nmilestones:\n  - {id: T1, title: t, date: 2019-06-28}\ngates:\n';

const { session, uri: fileUri } = oneFileSession('milepel-lsp-gate-later-', PLAN, { initializationOptions: { today: '2019-06-19', locale: 'en' } });

describe('gate-readiness with its due date before the status date', () => {
  it('moves the gate to the first day that makes the milestone ready', async () => {
    await session.expectOnlyFix(fileUri(), `${PLAN}  - {id: BP2, title: g, date: 2019-07-01, ready: {milestone: T1, lead: 10d}}\n`, { code: 'gate-readiness', line: 7, character: 61, title: 'Set date of q/BP2 to 2019-07-12', edits: [{ range: at(7, 30, 40), newText: '2019-07-12' }] }, (d) => d.code === 'gate-readiness' || d.code === 'overdue');
  });

  it('offers nothing for a decided gate', async () => {
    const uri = fileUri();
    await session.setText(uri, `${PLAN}  - {id: BP3, title: g, date: 2019-07-01, decided: 2019-07-01, ready: {milestone: T1, lead: 10d}}\n`);
    expect(await session.actionsAt(uri, 7, 80)).toEqual([]);
  });
});
