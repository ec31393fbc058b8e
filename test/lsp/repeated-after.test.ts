// An `after` entry that repeats an earlier entry's link (tester round 43) is an ordinary `schema` diagnostic at the
// later entry's reference. Written alike, the later entry is removed by a quick fix (tester round 47 F6: the two say
// the same, nothing to choose); with another lag or spelling no quick fix goes with it: which entry to keep (and with
// which lag) is the writer's call, and the repeated edge is out of the schedule, so no other rule's fix (lead's "Change
// to 0d") is offered on it.
import { describe, expect, it } from 'vitest';
import { at, oneFileSession } from './action-session.js';

const TEXT = [
  'plan: {id: d, title: D, status_date: 2020-02-10}',
  'milestones:',
  '  - {id: D1, title: D1, date: 2020-02-20}',
  '  - {id: A, title: A, date: 2020-02-24, after: [D1, D1]}',
  '  - id: B',
  '    title: B',
  '    date: 2020-02-24',
  '    after:',
  '      - D1',
  '      - {id: d/D1, lag: -1d}',
  '  - {id: E, title: E, date: 2020-02-24, after: [D1, {id: D1, type: SS}]}',
].join('\n') + '\n';

const { session, uri: fileUri, client } = oneFileSession('milepel-lsp-repeated-after-', TEXT, { name: 'd.yaml' });

describe('a repeated after entry in the editor', () => {
  it('is a schema diagnostic at the later entry, and no lead on the entry left out', () => {
    const uri = fileUri();
    const found = (client().diagnostics.get(uri) ?? []).map((d) => ({ code: d.code, range: d.range, message: d.message }));
    expect(found).toEqual([
      { code: 'schema', range: at(3, 52, 54), message: 'after of milestone A lists "D1" twice (after[0] and after[1])\nhint: remove the repeated entry' },
      { code: 'schema', range: at(9, 13, 17), message: 'after of milestone B lists the same predecessor twice: "D1" (after[0], lag 0d) and "d/D1" (after[1], lag -1d)\nhint: keep one entry, with the lag meant, and remove the other; until then the schedule uses after[0]\'s lag, 0d' },
    ]);
  });

  it('offers the removal of an entry written alike, and no quick fix at an entry with another lag, its id or its lag', async () => {

    const uri = fileUri();
    expect((await session.actionsAt(uri, 3, 52)).map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([
      { title: 'Remove the repeated entry from the after of d/A', edits: [{ range: at(3, 50, 54), newText: '' }] },
    ]);
    expect(await session.actionsAt(uri, 9, 13)).toEqual([]);
    expect(await session.actionsAt(uri, 9, 24)).toEqual([]);
  });
});
