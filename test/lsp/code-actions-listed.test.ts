// Tester round 78 F5: a reference whose hint says "remove this entry" (its list names what it means already, or it is
// the milestone itself in its own `after`) gets that as a quick fix: the entry removed, a flow or block list's, a
// plain reference or an `{id, lag}` entry whole, a milestone's list or a risk's; applied, its finding goes.
import { describe, expect, it } from 'vitest';
import { at, oneFileSession, TWO_MILESTONES } from './action-session.js';

const PLAN = TWO_MILESTONES;

const { session, uri: fileUri } = oneFileSession('milepel-lsp-listed-', PLAN, { initializationOptions: { today: '2026-06-01', locale: 'en' } });

describe('an entry its hint says to remove', () => {
  const cases = [
    { what: 'a repeat in a flow list', text: '    after: [M0, "M0\\u200b"]\n', line: 11, character: 16, title: 'Remove this entry from the after of p/M1', edit: { range: at(11, 14, 26), newText: '' } },
    { what: 'the milestone itself, the only entry', text: '    after: ["M1\\u200b"]\n', line: 11, character: 12, title: 'Remove this entry from the after of p/M1', edit: { range: at(11, 12, 22), newText: '' } },
    { what: 'an {id, lag} entry of a block list', text: '    after:\n      - M0\n      - {id: "M0\\u200b", lag: 2d}\n', line: 13, character: 13, title: 'Remove this entry from the after of p/M1', edit: { range: at(13, 0, 0, 14), newText: '' } },
    // Tester round 82 F6: the colon and quote hints' fixes would repeat a link, or make one to the milestone itself.
    { what: 'a glued id: its colon hint would repeat the link', text: '    after: [M0, "id:M0"]\n', line: 11, character: 16, title: 'Remove this entry from the after of p/M1', edit: { range: at(11, 14, 23), newText: '' } },
    { what: 'a number its quote hint would make a repeat of', text: '    after: [5, "5"]\n  - id: "5"\n    title: Five\n    date: 2026-06-20\n', line: 11, character: 12, title: 'Remove this entry from the after of p/M1', edit: { range: at(11, 12, 15), newText: '' } },
    { what: 'a risk\'s milestones', text: 'risks:\n  - {id: R1, title: r, probability: 0.5, impact: 1d, milestones: ["M0\\u200b", p/M0]}\n', line: 12, character: 66, title: 'Remove this entry from the milestones of p/R1', edit: { range: at(12, 66, 78), newText: '' } },
  ];
  for (const c of cases) {
    it(`${c.what} is removed`, async () => {
      await session.expectOnlyFix(fileUri(), PLAN + c.text, { code: 'schema', line: c.line, character: c.character, title: c.title, edits: [c.edit] }, (d) => d.code === 'yaml-syntax' || d.code === 'schema' || d.code === 'dependency-cycle');
    });
  }

  it('a glued id key, its colon hint would repeat the link, is removed (no second finding for the missing id)', async () => {
    const uri = fileUri();
    const published = await session.setText(uri, `${PLAN}    after: [M0, {id:M0}]\n`);
    expect(published.filter((d) => d.code === 'schema').map((d) => [d.range.start.character, d.message.replace(/\n.*/s, '')])).toEqual([
      [17, 'unknown key "id:M0" in after[1] of milestone M1'],
    ]);
    const actions = await session.actionsAt(uri, 11, 17);
    expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: 'Remove this entry from the after of p/M1', edits: [{ range: at(11, 14, 23), newText: '' }] }]);
    await session.expectFixes(actions[0]!, (d) => d.code === 'yaml-syntax' || d.code === 'schema' || d.code === 'dependency-cycle');
  });
});

// Tester round 81 F7: an unknown `after` reference that is an entry of its list in another case (`[M0, m0]`) is told
// to remove itself (it was "did you mean M0?", whose quick fix made a repeated link); the milestone's own id likewise.
describe('an unknown after entry its hint says to remove', () => {
  const cases = [
    { what: 'an id its list has in another case', text: '    after: [M0, m0]\n', line: 11, character: 16, edit: { range: at(11, 14, 18), newText: '' } },
    { what: 'the milestone itself, written bare', text: '    after: [M0, m1]\n', line: 11, character: 16, edit: { range: at(11, 14, 18), newText: '' } },
  ];
  for (const c of cases) {
    it(`${c.what} is removed`, async () => {
      await session.expectOnlyFix(fileUri(), PLAN + c.text, { code: 'unknown-reference', line: c.line, character: c.character, title: 'Remove this entry from the after of p/M1', edits: [c.edit] }, (d) => d.code === 'unknown-reference' || d.code === 'schema' || d.code === 'dependency-cycle');
    });
  }
});

// Tester round 82 F4: in `meetings` and `require` likewise, the entry removed.
describe('an unknown meetings or require entry its list names in another case', () => {
  const GOVERNANCE = 'bodies:\n  - {id: PS, name: P}\nmeetings:\n  - {body: PS, date: 2026-06-03, id: PS-1}\n';
  const cases = [
    { what: 'a meeting named by its id and by its day', text: '    meetings: [PS@2026-06-03, ps-1]\n', character: 30, field: 'meetings', edit: { range: at(11, 28, 34), newText: '' } },
    { what: 'a body', text: '    require: [PS, ps]\n', character: 18, field: 'require', edit: { range: at(11, 16, 20), newText: '' } },
  ];
  for (const c of cases) {
    it(`${c.what} is removed`, async () => {
      await session.expectOnlyFix(fileUri(), PLAN + c.text + GOVERNANCE, { code: 'unknown-reference', line: 11, character: c.character, title: `Remove this entry from the ${c.field} of p/M1`, edits: [c.edit] }, (d) => d.code === 'unknown-reference' || d.code === 'schema');
    });
  }
});

// Tester round 83 F5: a risk's or measure's `milestones` and a plan's `governance.require` had no such quick fix.
describe('an unknown entry of a risk\'s milestones or of the plan\'s governance require its list names in another case', () => {
  it('is removed from the risk\'s milestones', async () => {
    const uri = fileUri();
    const text = `${PLAN}risks:\n  - {id: R1, title: r, probability: 0.5, impact: 1d, milestones: [M0, m0]}\n`;
    const published = await session.setText(uri, text);
    expect(published.filter((d) => d.code === 'unknown-reference').map((d) => d.range.start)).toEqual([{ line: 12, character: 70 }]);
    const actions = await session.actionsAt(uri, 12, 70);
    expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: 'Remove this entry from the milestones of p/R1', edits: [{ range: at(12, 68, 72), newText: '' }] }]);
    await session.expectFixes(actions[0]!, (d) => d.code === 'unknown-reference' || d.code === 'schema');
  });

  it('is removed from the plan\'s governance require', async () => {
    const uri = fileUri();
    const text = PLAN.replace('  status_date: 2026-06-01\n', '  status_date: 2026-06-01\n  governance: {require: [PS, ps]}\n') + 'bodies:\n  - {id: PS, name: P}\n';
    const published = await session.setText(uri, text);
    expect(published.filter((d) => d.code === 'unknown-reference').map((d) => d.range.start)).toEqual([{ line: 4, character: 29 }]);
    const actions = await session.actionsAt(uri, 4, 29);
    expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: 'Remove this entry from the require of p', edits: [{ range: at(4, 27, 31), newText: '' }] }]);
    await session.expectFixes(actions[0]!, (d) => d.code === 'unknown-reference' || d.code === 'schema');
  });
});

// Tester round 83 F4: an `{id, lag}` entry told to remove itself had no quick fix (the finding is at its `id`).
describe('an unknown {id, lag} after entry its list names with the same lag', () => {
  it('is removed whole', async () => {
    await session.expectOnlyFix(fileUri(), `${PLAN}    after: [{id: M0, lag: 2d}, {id: m0, lag: 2d}]\n`, { code: 'unknown-reference', line: 11, character: 36, title: 'Remove this entry from the after of p/M1', edits: [{ range: at(11, 29, 48), newText: '' }] }, (d) => d.code === 'unknown-reference' || d.code === 'schema');
  });
});

// Tester round 84 F4: a block-style `{id, lag}` entry (`- id: m0` / `lag: 2d`) likewise.
describe('an unknown block-style after entry with an id and a lag its list names with the same lag', () => {
  it('is removed whole, its lines with it', async () => {
    const uri = fileUri();
    const published = await session.setText(uri, `${PLAN}    after:\n      - id: M0\n        lag: 2d\n      - id: m0   # typo\n        lag: 2d\n    x-note: kept\n`);
    expect(published.filter((d) => d.code === 'unknown-reference').map((d) => d.range.start)).toEqual([{ line: 14, character: 12 }]);
    const actions = await session.actionsAt(uri, 14, 12);
    expect(actions.map((a) => a.title)).toEqual(['Remove this entry from the after of p/M1']);
    expect(actions[0]!.edit.changes[uri]).toEqual([{ range: { start: { line: 14, character: 0 }, end: { line: 16, character: 0 } }, newText: '' }]);
    await session.expectFixes(actions[0]!, (d) => d.code === 'unknown-reference' || d.code === 'schema' || d.code === 'yaml-syntax');
  });
});

// Tester round 84 F6: removing `{id: m0, x-note: keep}` took its x-note with it, and nothing said so.
describe('an entry its hint says to remove that holds more than its link', () => {
  for (const text of ['    after: [M0, {id: m0, x-note: keep}]\n', '    after:\n      - M0\n      - id: m0\n        x-note: keep\n']) {
    it(`gets no quick fix: ${JSON.stringify(text)}`, async () => {
      const uri = fileUri();
      const published = await session.setText(uri, PLAN + text);
      const found = published.filter((d) => d.code === 'unknown-reference');
      expect(found.map((d) => d.message)).toEqual(['p/M1 refers to milestone "m0", which does not exist\nhint: as meant, it is "M0", which after[0] names already: remove this entry']);
      const { line, character } = found[0]!.range.start;
      expect(await session.actionsAt(uri, line, character)).toEqual([]);
    });
  }
});

// Tester round 83 F11: "plan ids are lower case: p/M0" had no quick fix; nor did `P/m0`, offered p/M0 now.
describe('a reference whose plan id is written with capitals', () => {
  for (const [written, line] of [['P/M0', '    after: [P/M0]\n'], ['P/m0', '    after: [P/m0]\n'], ['P/m0', '    after: [{id: P/m0, lag: 2d}]\n']] as const) {
    it(`is replaced by the ref meant: ${JSON.stringify(line)}`, async () => {
      const uri = fileUri();
      const published = await session.setText(uri, PLAN + line);
      const found = published.filter((d) => d.code === 'schema');
      expect(found.map((d) => d.message.split('\n')[1])).toEqual(['hint: plan ids are lower case: p/M0']);
      const { start } = found[0]!.range;
      const actions = await session.actionsAt(uri, start.line, start.character);
      expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: 'Change to p/M0', edits: [{ range: at(11, start.character, start.character + written.length), newText: 'p/M0' }] }]);
      await session.expectFixes(actions[0]!, (d) => d.code === 'schema' || d.code === 'unknown-reference' || d.code === 'yaml-syntax');
    });
  }
});

// Tester round 86 F11: a plan's `governance.require` written twice had no remove fix; a milestone's `require` had.
describe('a repeated entry of the plan\'s governance.require', () => {
  it('is removed by its quick fix, the first kept', async () => {
    const uri = fileUri();
    const text = 'plan:\n  id: p\n  title: P\n  status_date: 2026-06-01\n  governance: {require: [PS, KR, PS]}\nbodies: [{id: PS, name: P}, {id: KR, name: K}]\nmilestones:\n  - {id: M0, title: Zero, date: 2026-07-01}\n';
    const published = await session.setText(uri, text);
    const found = published.filter((d) => d.code === 'schema');
    expect(found.map((d) => d.range.start)).toEqual([{ line: 4, character: 33 }]);
    const actions = await session.actionsAt(uri, 4, 33);
    expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: 'Remove the repeated entry from the require of p', edits: [{ range: at(4, 31, 35), newText: '' }] }]);
    await session.expectFixes(actions[0]!, (d) => d.code === 'schema' || d.code === 'yaml-syntax');
  });
});
