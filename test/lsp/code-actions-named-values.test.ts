// Tester round 94 F1 (SPEC §14: a quick fix for each hint that names a replacement value): a meeting reference whose
// date is written another way, and one value where a list goes, had their replacement in the hint and no fix.
import { describe, expect, it } from 'vitest';
import { at, oneFileSession } from './action-session.js';

const PLAN = 'plan:\n  id: p\n  title: P\n  status_date: 2019-05-01\nbodies: [{id: PS, name: Prosjektstyret}]\nmeetings: [{body: PS, date: 2019-05-22}]\nmilestones:\n  - id: T1\n    title: One\n    date: 2019-06-28\n';

const { session, uri: fileUri } = oneFileSession('milepel-lsp-named-values-', PLAN, { initializationOptions: { today: '2019-05-01', locale: 'en' } });

describe('a hint that names the value meant gets it as a quick fix', () => {
  const cases = [
    { what: 'a meeting date written DD.MM.YYYY', line: '    meetings: [PS@22.05.2019]\n', character: 15, title: 'Change to PS@2019-05-22', edit: { range: at(10, 15, 28), newText: 'PS@2019-05-22' } },
    { what: 'a meeting date without its zeros, quoted', line: '    meetings: ["PS@2019-5-22"]\n', character: 15, title: 'Change to PS@2019-05-22', edit: { range: at(10, 15, 29), newText: '"PS@2019-05-22"' } },
    { what: 'one reference where a list goes', line: '    after: T0\n  - {id: T0, title: Zero, date: 2019-06-03}\n', character: 11, title: 'Change to [T0]', edit: { range: at(10, 11, 13), newText: '[T0]' } },
    // Tester round 94 F5: an allowed word in other letters.
    { what: 'a lag in Norwegian words', line: '    after: [{id: T0, lag: 2 uker}]\n  - {id: T0, title: Zero, date: 2019-06-03}\n', character: 26, title: 'Change to 2w', edit: { range: at(10, 26, 32), newText: '2w' } },
    { what: 'a link type in small letters', line: '    after: [{id: T0, type: fs}]\n  - {id: T0, title: Zero, date: 2019-06-03}\n', character: 27, title: 'Change to FS', edit: { range: at(10, 27, 29), newText: 'FS' } },
  ];
  for (const c of cases) {
    it(`${c.what}`, async () => {
      const uri = fileUri();
      const published = await session.setText(uri, PLAN + c.line);
      expect(published.filter((d) => d.code === 'schema').map((d) => d.range.start)).toEqual([{ line: 10, character: c.character }]);
      const actions = await session.actionsAt(uri, 10, c.character);
      expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: c.title, edits: [c.edit] }]);
      await session.expectFixes(actions[0]!, (d) => d.code === 'schema');
    });
  }
});
