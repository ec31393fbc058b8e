// Tester round 78 F10: an unknown key that is an allowed or extension key but for a character that does not show
// (`x\u200b-owner`, `ti\u00adtle`) is renamed to that key by a quick fix, as its hint says; with that key written beside
// it, the hint says to remove it, and so does the quick fix.
import { describe, expect, it } from 'vitest';
import { at, oneFileSession } from './action-session.js';

const PLAN = 'plan:\n  id: p\n  title: P\n  status_date: 2026-06-01\nmilestones:\n  - id: M0\n    date: 2026-07-01\n';

const { session, uri: fileUri } = oneFileSession('milepel-lsp-invisible-key-', PLAN + '    title: Zero\n', { initializationOptions: { today: '2026-06-01', locale: 'en' } });

describe('a key with a character that does not show', () => {
  const cases = [
    { what: 'an extension key', line: '    title: Zero\n    x\u200b-owner: kari\n', to: 12, starts: [8], title: 'Rename x\\u200b-owner to x-owner', newText: 'x-owner' },
    // Its title missing too, until the key is renamed.
    { what: 'an allowed key', line: '    x-owner: kari\n    ti\u00adtle: Zero\n', to: 10, starts: [5, 8], title: 'Rename ti\\xadtle to title', newText: 'title' },
  ];
  for (const c of cases) {
    it(`${c.what} is renamed to the key without it`, async () => {
      const uri = fileUri();
      const published = await session.setText(uri, PLAN + c.line);
      expect(published.filter((d) => d.code === 'schema').map((d) => d.range.start)).toEqual(c.starts.map((line) => ({ line, character: 4 })));
      const actions = await session.actionsAt(uri, 8, 4);
      expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: c.title, edits: [{ range: at(8, 4, c.to), newText: c.newText }] }]);
      await session.expectFixes(actions[0]!, (d) => d.code === 'yaml-syntax' || d.code === 'schema');
    });
  }

  it('is removed when the key without it is written beside it', async () => {
    const uri = fileUri();
    const published = await session.setText(uri, `${PLAN}    title: Zero\n    x-owner: ola\n    x\u200b-owner: kari\n`);
    expect(published.filter((d) => d.code === 'schema').map((d) => d.range.start)).toEqual([{ line: 9, character: 4 }]);
    const actions = await session.actionsAt(uri, 9, 4);
    expect(actions.map((a) => a.title)).toEqual(['Remove x\\u200b-owner']);
    await session.expectFixes(actions[0]!, (d) => d.code === 'yaml-syntax' || d.code === 'schema');
  });
});
