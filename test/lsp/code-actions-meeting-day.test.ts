// Tester round 78 F4: a meeting on a Saturday got the quick fixes "Change to" the Friday and the Monday before and
// after it, and with a meeting PS@2019-08-12 on that Monday, the second one defined that meeting twice. A meeting
// without an id is offered the nearest working days on which its body has no meeting; one with an id, the nearest.
import { describe, expect, it } from 'vitest';
import { at, oneFileSession } from './action-session.js';

const GOV = 'bodies:\n  - {id: PS, name: p}\n  - {id: KR, name: k}\nmeetings:\n  - {body: PS, date: 2019-08-12}\n  - {id: KR1, body: KR, date: 2019-08-09}\n';

const { session, uri: fileUri } = oneFileSession('milepel-lsp-meeting-day-', GOV, { name: 'g.yaml', initializationOptions: { today: '2019-08-01', locale: 'en' } });

/** The quick fixes of the finding on line `line` (its date at character 21), as title and new text. */
async function fixesAt(line: number): Promise<{ title: string; newText: string | undefined }[]> {
  const actions = await session.actionsAt(fileUri(), line, 21);
  return actions.map((a) => {
    const edits = a.edit.changes[fileUri()]!;
    expect(edits.map((e) => e.range)).toEqual([at(line, 21, 31)]);
    return { title: a.title, newText: edits[0]?.newText };
  });
}

describe('a meeting on a non-working day', () => {
  it('is moved to no day on which its body meets already, when it has no id', async () => {
    const published = await session.setText(fileUri(), `${GOV}  - {body: PS, date: 2019-08-10}\n  - {body: KR, date: 2019-08-10}\n  - {id: PS2, body: PS, date: 2019-08-10}\n`);
    const hints = published.filter((d) => d.code === 'non-working-day').map((d) => [d.range.start.line, d.message.slice(d.message.indexOf('hint: ') + 6)]);
    expect(hints).toEqual([
      [6, 'check the date; the nearest working days on which PS has no meeting are 2019-08-09 and 2019-08-13'],
      [7, 'check the date; the nearest working days on which KR has no meeting are 2019-08-08 and 2019-08-12'], // KR1's day
      [8, 'check the date; the nearest working days are 2019-08-09 and 2019-08-12'], // PS2 is named by its id
    ]);
    expect(await fixesAt(6)).toEqual([{ title: 'Change to 2019-08-09', newText: '2019-08-09' }, { title: 'Change to 2019-08-13', newText: '2019-08-13' }]);
    const actions = await session.actionsAt(fileUri(), 6, 21);
    for (const action of actions) await session.expectFixes(action, (d) => d.code === 'duplicate-id' || d.code === 'schema');
  });
});
