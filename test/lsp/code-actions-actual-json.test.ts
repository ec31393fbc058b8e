// Tester round 98 F6: actual-in-future's hint names two alternatives with a forecast on or after the status date ("keep
// its forecast X, or set the forecast to Y"), and only the second had an action; with the forecast on the actual's day
// the hint says only "remove actual", and that is the one action. A plan written as JSON got no action at all: its
// key is quoted (`"actual": …`), renamed in its quotes, and a removed member takes its comma (the file stays JSON).
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { at, oneFileSession, type Edit } from './action-session.js';

const json = (milestone: string): string => `{
  "plan": {"id": "q", "title": "Q", "status_date": "2019-06-19"},
  "milestones": [
    ${milestone}
  ]
}
`;

const { session, uri: fileUri } = oneFileSession('milepel-lsp-actual-json-', json('{"id": "A0", "title": "a", "date": "2019-07-01"}'), { name: 'q.yaml', initializationOptions: { today: '2019-06-19', locale: 'en' } });

/** `text` with `edits` applied, read as JSON: throws when it is no longer JSON. */
const asJson = (text: string, edits: readonly Edit[]): unknown => JSON.parse(TextDocument.applyEdits(TextDocument.create('x', 'yaml', 0, text), [...edits]));

const breaks = (d: { code?: string | number }): boolean => d.code === 'schema' || d.code === 'yaml-syntax' || d.code === 'overdue';

describe('actual-in-future\'s quick fixes', () => {
  it('rename a quoted actual key in its quotes when no forecast is written', async () => {
    const text = json('{"id": "A4", "title": "d", "date": "2019-07-01", "actual": "2019-07-03"}');
    const line = text.split('\n')[3]!;
    const key = line.indexOf('"actual"') + 1;
    const edits = [{ range: at(3, key, key + 6), newText: 'forecast' }];
    await session.expectOnlyFix(fileUri(), text, { code: 'actual-in-future', line: 3, character: line.indexOf('"2019-07-03"'), title: 'Rename actual to forecast', edits }, breaks);
    expect(asJson(text, edits)).toMatchObject({ milestones: [{ forecast: '2019-07-03' }] });
  });

  it('offer the forecast kept first, then the forecast set, each clearing the finding and keeping the file JSON', async () => {
    const uri = fileUri();
    const text = json('{"id": "A2", "title": "b", "date": "2019-07-01", "forecast": "2019-07-10", "actual": "2019-07-03"}');
    const line = text.split('\n')[3]!;
    await session.setText(uri, text);
    const actions = await session.actionsAt(uri, 3, line.indexOf('"2019-07-03"'));
    const cut = { range: at(3, line.indexOf(', "actual"'), line.lastIndexOf('}')), newText: '' };
    const forecast = line.indexOf('"2019-07-10"');
    expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([
      { title: 'Remove actual from q/A2, keeping forecast: 2019-07-10', edits: [cut] },
      { title: 'Remove actual and set forecast: 2019-07-03 in q/A2', edits: [{ range: at(3, forecast, forecast + 12), newText: '"2019-07-03"' }, cut] },
    ]);
    for (const action of actions) await session.expectFixes(action, breaks);
    expect(actions.map((a) => asJson(text, a.edit.changes[uri]!))).toEqual([
      { plan: expect.anything(), milestones: [{ id: 'A2', title: 'b', date: '2019-07-01', forecast: '2019-07-10' }] },
      { plan: expect.anything(), milestones: [{ id: 'A2', title: 'b', date: '2019-07-01', forecast: '2019-07-03' }] },
    ]);
  });

  it('offer only the actual removed when the forecast is its day, as the hint says', async () => {
    const text = json('{"id": "A4", "title": "d", "date": "2019-07-01", "forecast": "2019-07-03", "actual": "2019-07-03"}');
    const line = text.split('\n')[3]!;
    await session.expectOnlyFix(fileUri(), text, { code: 'actual-in-future', line: 3, character: line.lastIndexOf('"2019-07-03"'), title: 'Remove actual from q/A4, keeping forecast: 2019-07-03', edits: [{ range: at(3, line.indexOf(', "actual"'), line.lastIndexOf('}')), newText: '' }] }, breaks);
  });
});
