// Tester round 75 F6 (SPEC §14: a quick fix for every hint that names a replacement value): the value an id-character
// hint or an unseen-character hint offers is one quick fix away, in the value's own quoting; applied, its finding goes.
import { describe, expect, it } from 'vitest';
import { at, oneFileSession } from './action-session.js';

const PLAN = 'plan:\n  id: p\n  title: P\n  status_date: 2026-06-01\nmilestones:\n  - id: M0\n    title: Zero\n    date: 2026-07-01\n';

const { session, uri: fileUri } = oneFileSession('milepel-lsp-id-char-', PLAN, { initializationOptions: { today: '2026-06-01', locale: 'en' } });

describe('a value a hint offers spelt otherwise', () => {
  const cases = [
    { what: 'an id with an ø', text: '  - id: Mø1\n    title: One\n    date: 2026-07-02\n', line: 8, from: 8, to: 11, title: 'Change to Moe1', newText: 'Moe1' },
    { what: 'a quoted reference with a space after it', text: '  - id: M1\n    title: One\n    date: 2026-07-02\n    after: ["M0 "]\n', line: 11, from: 12, to: 17, title: 'Change to M0', newText: '"M0"' },
    // Tester round 76 F6: a meeting reference's body, as an id's (its date as written), a body's (round 78 F17).
    { what: 'a meeting reference whose body has an ø', text: '  - id: M1\n    title: One\n    date: 2026-07-02\n    meetings: [Mø@2026-07-01]\nbodies:\n  - {id: Moe, name: M}\n', line: 11, from: 15, to: 28, title: 'Change to Moe@2026-07-01', newText: 'Moe@2026-07-01' },
    { what: 'a reference with a zero-width space', text: '  - id: M1\n    title: One\n    date: 2026-07-02\n    after: ["M0\\u200b"]\n', line: 11, from: 12, to: 22, title: 'Change to M0', newText: '"M0"' },
    // Tester round 78 F15: the day-form hint names the day as YYYY-MM-DD, a replacement value.
    { what: 'a day written D.M.YYYY', text: '  - id: M1\n    title: One\n    date: 02.07.2026\n', line: 10, from: 10, to: 20, title: 'Change to 2026-07-02', newText: '2026-07-02' },
    { what: 'a quoted day with a space after it', text: '  - id: M1\n    title: One\n    date: "2026-07-02 "\n', line: 10, from: 10, to: 23, title: 'Change to 2026-07-02', newText: '"2026-07-02"' },
  ];
  for (const c of cases) {
    it(`${c.what} gets it as a quick fix`, async () => {
      const uri = fileUri();
      const published = await session.setText(uri, PLAN + c.text);
      expect(published.filter((d) => d.code === 'schema').map((d) => d.range.start)).toEqual([{ line: c.line, character: c.from }]);
      const actions = await session.actionsAt(uri, c.line, c.from);
      expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: c.title, edits: [{ range: at(c.line, c.from, c.to), newText: c.newText }] }]);
      await session.expectFixes(actions[0]!, (d) => d.code === 'yaml-syntax' || d.code === 'schema');
    });
  }

  // Tester round 76 F2: a value YAML would read as a number, a boolean or null is written quoted.
  it('writes a value quoted when plain it would read as no text', async () => {
    const uri = fileUri();
    const published = await session.setText(uri, `${PLAN}  - id: M1\n    title: One\n    date: 2026-07-02\n    after: [1.1\u200b]\n  - {id: "1.1", title: Two, date: 2026-07-01}\n`);
    expect(published.filter((d) => d.code === 'schema').map((d) => d.range.start)).toEqual([{ line: 11, character: 12 }]);
    const actions = await session.actionsAt(uri, 11, 12);
    expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: 'Change to 1.1', edits: [{ range: at(11, 12, 16), newText: '"1.1"' }] }]);
  });

  // Tester round 76 F1: a quoted value that goes on to the next line is not replaced by its first line's part, which
  // left the rest and its closing quote behind.
  it('offers none for a quoted value over two lines', async () => {
    const uri = fileUri();
    const published = await session.setText(uri, `${PLAN}  - id: "Mø1\n      "\n    title: One\n    date: 2026-07-02\n`);
    const schema = published.filter((d) => d.code === 'schema');
    expect(schema.map((d) => d.range.start)).toEqual([{ line: 8, character: 8 }]);
    expect(await session.actionsAt(uri, 8, 8)).toEqual([]);
  });

  // Tester round 76 F4: written, an id defined already is a duplicate id.
  it('offers none for an id whose spelling is defined already', async () => {
    const uri = fileUri();
    const published = await session.setText(uri, `${PLAN}  - id: "M0 "\n    title: One\n    date: 2026-07-02\n  - id: "M0\u200b"\n    title: Two\n    date: 2026-07-02\n`);
    expect(published.filter((d) => d.code === 'schema').map((d) => d.range.start)).toEqual([{ line: 8, character: 8 }, { line: 11, character: 8 }]);
    expect(await session.actionsAt(uri, 8, 8)).toEqual([]);
    expect(await session.actionsAt(uri, 11, 8)).toEqual([]);
  });

  // Tester round 77 F5: written, a value its list has or the milestone's own id is a repeated entry or a cycle. The
  // entry is removed instead, as the hint says (round 78 F5: code-actions-listed.test.ts).
  it('offers none for a reference its list has, or the milestone itself in its after', async () => {
    const uri = fileUri();
    const published = await session.setText(uri, `${PLAN}  - id: M1\n    title: One\n    date: 2026-07-02\n    after: [M0, "M0\\u200b", "M1\\u200b"]\n`);
    expect(published.filter((d) => d.code === 'schema').map((d) => d.range.start)).toEqual([{ line: 11, character: 16 }, { line: 11, character: 28 }]);
    expect((await session.actionsAt(uri, 11, 16)).map((a) => a.title)).toEqual(['Remove this entry from the after of p/M1']);
    expect((await session.actionsAt(uri, 11, 28)).map((a) => a.title)).toEqual(['Remove this entry from the after of p/M1']);
  });

  // Tester round 76 F5: a value of its form's pattern that its field refuses is no fix.
  it('offers none for a value its field does not take', async () => {
    const uri = fileUri();
    const published = await session.setText(uri, `${PLAN}  - id: M1\n    title: One\n    date: 2026-07-02\n    duration: "9d..2d..5d\\u200b"\n    progress: "7/5\\u200b"\n`);
    expect(published.filter((d) => d.code === 'schema').map((d) => d.range.start)).toEqual([{ line: 11, character: 14 }, { line: 12, character: 14 }]);
    expect(await session.actionsAt(uri, 11, 14)).toEqual([]);
    expect(await session.actionsAt(uri, 12, 14)).toEqual([]);
  });

  it('offers none when the hint offers none (a space inside a reference)', async () => {

    const uri = fileUri();
    const published = await session.setText(uri, `${PLAN}  - id: M1\n    title: One\n    date: 2026-07-02\n    after: ["M0 M1"]\n`);
    expect(published.filter((d) => d.code === 'schema').map((d) => d.range.start)).toEqual([{ line: 11, character: 12 }]);
    expect(await session.actionsAt(uri, 11, 12)).toEqual([]);
  });

  // Tester round 77 F11: a key with a character that does not show was named raw in the action's title, so the menu
  // read "Rename min to min".
  it('names a key with a zero-width space in it escaped, as the finding does', async () => {
    const uri = fileUri();
    const published = await session.setText(uri, `${PLAN}  - id: M1\n    title: One\n    date: 2026-07-02\n    duration: {mi\u200bn: 1d, likely: 2d, max: 3d}\n`);
    const schema = published.filter((d) => d.code === 'schema' && d.message.startsWith('unknown key'));
    expect(schema.map((d) => d.message)).toEqual([expect.stringContaining('"mi\\u200bn"')]);
    const actions = await session.actionsAt(uri, schema[0]!.range.start.line, schema[0]!.range.start.character);
    expect(actions.map((a) => a.title)).toEqual(['Rename mi\\u200bn to min']);
  });
});
