// The quick fix for a tab-indented line (tester round 45 F1–F3, round 46 F3, F4): the run of blanks that holds the
// tab replaced by the spaces the lines around it show were meant (source/indent-tabs.ts); applied, the file reads.
import { describe, expect, it } from 'vitest';
import { at, oneFileSession } from './action-session.js';

const PLAN = 'plan:\n  id: p\n  title: P\n  status_date: 2026-06-01\nmilestones:\n  - id: M0\n    title: Zero\n    date: 2026-07-01\n';

const { session, uri: fileUri } = oneFileSession('milepel-lsp-tab-', PLAN, { initializationOptions: { today: '2026-06-01', locale: 'en' } });

describe('a tab-indented line', () => {
  const cases = [
    { what: 'starting an entry', text: '\t- id: M1\n    title: One\n    date: 2026-07-02\n', line: 8, tab: 0, width: 1, spaces: 2, title: 'Indent with 2 spaces' },
    { what: 'a key with a list under it, after spaces', text: '  - id: M1\n    title: One\n  \t  after:\n      - M0\n', line: 10, tab: 2, width: 5, spaces: 4, title: 'Indent with 4 spaces' },
    { what: 'between an entry\'s dash and its first key', text: '  -\tid: M1\n    title: One\n    date: 2026-07-02\n', line: 8, tab: 3, from: 3, width: 4, spaces: 1, title: 'Indent with 1 space' },
    { what: 'alone on a line of block text', text: '  - id: M1\n    title: One\n    date: 2026-07-02\n    x-notes: |\n      a\n\t\n      b\n', line: 13, tab: 0, width: 1, spaces: 0, title: 'Remove the tab' },
  ];
  for (const c of cases) {
    it(`${c.what} gets its indentation replaced by the spaces meant`, async () => {
      const uri = fileUri();
      const published = await session.setText(uri, PLAN + c.text);
      expect(published.filter((d) => d.code === 'yaml-syntax').map((d) => d.range.start.line)).toEqual([c.line]);
      const actions = await session.actionsAt(uri, c.line, c.tab);
      expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: c.title, edits: [{ range: at(c.line, c.from ?? 0, c.width), newText: ' '.repeat(c.spaces) }] }]);
      await session.expectFixes(actions[0]!, (d) => d.code === 'yaml-syntax');
    });
  }

  it('a key glued to its value gets a space after its colon (tester round 79 F2)', async () => {
    const uri = fileUri();
    const published = await session.setText(uri, `${PLAN}  - id: M1\n    title: One\n    date:2026-07-02\n`);
    expect(published.filter((d) => d.code === 'yaml-syntax').map((d) => d.range.start)).toEqual([{ line: 10, character: 4 }]);
    const actions = await session.actionsAt(uri, 10, 4);
    expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: 'Put a space after the colon', edits: [{ range: at(10, 9), newText: ' ' }] }]);
    await session.expectFixes(actions[0]!, (d) => d.code === 'yaml-syntax');
    // In a flow mapping YAML reads `id:M2` as a key: the schema's unknown key gets the same fix, not "Rename to id".
    const flow = await session.setText(uri, `${PLAN}  - {id:M2, title: Two, date: 2026-07-03}\n`);
    expect(flow.filter((d) => d.code === 'schema').map((d) => d.range.start)).toContainEqual({ line: 8, character: 5 });
    const flowActions = await session.actionsAt(uri, 8, 5);
    expect(flowActions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: 'Put a space after the colon', edits: [{ range: at(8, 8), newText: ' ' }] }]);
    await session.expectFixes(flowActions[0]!, (d) => d.code === 'schema');
    // An after entry `id:M0` in a flow list becomes the mapping {id: M0}, which the file then reads.
    await session.setText(uri, `${PLAN}  - {id: M2, title: Two, date: 2026-07-03, after: [id:M0]}\n`);
    const entryActions = await session.actionsAt(uri, 8, 52);
    expect(entryActions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: 'Put a space after the colon', edits: [{ range: at(8, 54), newText: ' ' }] }]);
    await session.expectFixes(entryActions[0]!, (d) => d.code === 'schema');
    // Glued pairs in braces without a comma (tester round 90 F2): the pairs as meant.
    await session.setText(uri, `${PLAN}  - {id: M2, title: Two, date: 2026-07-03, after: [{lag:2d id:M0}]}\n`);
    const pairActions = await session.actionsAt(uri, 8, 52);
    expect(pairActions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: 'Change to lag: 2d, id: M0', edits: [{ range: at(8, 52, 64), newText: 'lag: 2d, id: M0' }] }]);
    await session.expectFixes(pairActions[0]!, (d) => d.code === 'schema');
    // A header of one glued line gets its braces (tester round 80 F1: `plan: id: p` did not read).
    const header = 'plan: id:p\nmilestones:\n  - {id: M0, title: Zero, date: 2026-07-01}\n';
    await session.setText(uri, header);
    const headerActions = await session.actionsAt(uri, 0, 6);
    expect(headerActions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: 'Change to {id: p}', edits: [{ range: at(0, 6, 10), newText: '{id: p}' }] }]);
    // A value that starts with one of YAML's indicators needs quotes too (round 80 F2): no fix.
    await session.setText(uri, `${PLAN}  - id: M2\n    title:@team\n    date: 2026-07-03\n`);
    expect(await session.actionsAt(uri, 9, 4)).toEqual([]);
    // A value that holds ': ' needs quotes as well: no fix that would leave the file unreadable.
    await session.setText(uri, `${PLAN}  - id: M2\n    title:Fase 2: Go\n    date: 2026-07-03\n`);
    expect(await session.actionsAt(uri, 9, 4)).toEqual([]);
  });

  it('and a repeated entry of a milestone\'s list gets the later entry removed, the first kept (tester round 47 F6)', async () => {

    const uri = fileUri();
    const text = `${PLAN}  - id: M1\n    title: One\n    date: 2026-07-02\n    after: [M0, M0]\n`;
    const published = await session.setText(uri, text);
    const repeat = published.find((d) => d.code === 'schema')!;
    expect(repeat.range.start).toEqual({ line: 11, character: 16 });
    const actions = await session.actionsAt(uri, 11, 16);
    expect(actions.map((a) => a.title)).toEqual(['Remove the repeated entry from the after of p/M1']);
    await session.expectFixes(actions[0]!, (d) => d.code === 'yaml-syntax' || d.code === 'schema');
    // A reference inside a mapping entry (`{id: M0}`, the same link with the same lag) removes the whole entry (tester
    // round 83 F4: the finding at the `id` had no action; before, none was offered rather than a cut of the id alone).
    const inner = await session.setText(uri, `${PLAN}  - id: M1\n    title: One\n    date: 2026-07-02\n    after: [M0, {id: M0}]\n`);
    expect(inner.filter((d) => d.code === 'schema').map((d) => d.range.start)).toEqual([{ line: 11, character: 21 }]);
    const whole = await session.actionsAt(uri, 11, 21);
    expect(whole.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: 'Remove the repeated entry from the after of p/M1', edits: [{ range: { start: { line: 11, character: 14 }, end: { line: 11, character: 24 } }, newText: '' }] }]);
    await session.expectFixes(whole[0]!, (d) => d.code === 'yaml-syntax' || d.code === 'schema');
  });
});

