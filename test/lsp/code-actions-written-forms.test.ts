// Tester round 94 F5: hints that now name the value to write, each with its quick fix over a real client; applied, the
// finding goes and nothing else breaks: a lag after the id (`M0+2d`), a bare number for a lag, a quarter as people
// write one.
import { describe, expect, it } from 'vitest';
import { at, oneFileSession, TWO_MILESTONES } from './action-session.js';

const PLAN = TWO_MILESTONES;

const { session, uri: fileUri } = oneFileSession('milepel-lsp-forms-', PLAN, { initializationOptions: { today: '2026-06-01', locale: 'en' } });

describe('a value written another way, and its quick fix', () => {
  const cases = [
    { what: 'a lag after the id in a flow list', text: '    after: [M0+2d]\n', line: 11, character: 12, title: 'Change to {id: M0, lag: 2d}', edit: { range: at(11, 12, 17), newText: '{id: M0, lag: 2d}' } },
    { what: 'a lag after the id in a block list', text: '    after:\n      - M0 + 1w\n', line: 12, character: 8, title: 'Change to {id: M0, lag: 1w}', edit: { range: at(12, 8, 15), newText: '{id: M0, lag: 1w}' } },
    { what: 'a lag as a bare number', text: '    after: [{id: M0, lag: 2}]\n', line: 11, character: 26, title: 'Change to 2d', edit: { range: at(11, 26, 27), newText: '2d' } },
    { what: 'a quarter as people write one', text: '    forecast: Q3 2026\n', line: 11, character: 14, title: 'Change to 2026-Q3', edit: { range: at(11, 14, 21), newText: '2026-Q3' } },
    // Tester round 98 F7: after a quoted key (a plan written as JSON) the value is quoted, so the file stays JSON.
    { what: 'a bare number after a quoted key', text: '  - {"id": "M2", "title": "Two", "date": "2026-07-03", "after": [{"id": "M0", "lag": 2}]}\n', line: 11, character: 85, title: 'Change to 2d', edit: { range: at(11, 85, 86), newText: '"2d"' } },
  ];
  for (const c of cases) {
    it(`${c.what}`, async () => {
      await session.expectOnlyFix(fileUri(), PLAN + c.text, { code: 'schema', line: c.line, character: c.character, title: c.title, edits: [c.edit] }, (d) => d.code === 'schema');
    });
  }
});

// Tester round 98 F13: an overdue gate's hint says to move its date; no quick fix was offered.
describe('an overdue gate', () => {
  it('is moved to the first working day from the status date', async () => {
    const uri = fileUri();
    const gate = 'bodies: [{id: PS, name: P}]\nmeetings: [{body: PS, date: 2026-05-18}]\ngates:\n  - id: G\n    title: Gate\n    date: 2026-05-20\n    body: PS\n';
    const published = await session.setText(uri, PLAN + gate);
    expect(published.filter((d) => d.code === 'overdue').map((d) => d.range.start)).toEqual([{ line: 16, character: 10 }]);
    const actions = await session.actionsAt(uri, 16, 10);
    expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: 'Set date of p/G to 2026-06-01', edits: [{ range: at(16, 10, 20), newText: '2026-06-01' }] }]);
    await session.expectFixes(actions[0]!, (d) => d.code === 'gate-decision');
  });
});
