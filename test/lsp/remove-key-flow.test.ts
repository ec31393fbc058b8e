// The quick fix that removes a key (a Norwegian key beside its English one, a key like one written beside it) in a
// flow mapping over several lines, as JSON writes one (tester round 50 F1): the entry goes with the comma before it,
// or after it when it is the first, so the file still parses as JSON; and the action's title shows the key escaped (F2).
import { describe, expect, it } from 'vitest';
import { codeActions } from '../../src/lsp/code-actions.js';
import { MAIN_GROUP, PlanWorkspace } from '../../src/lsp/workspace.js';
import { dayFromYmd } from '../../src/calendar/index.js';

const TODAY = dayFromYmd(2020, 1, 1);
const URI = 'file:///w/plans/j.json';

/** The text after the quick fix titled `title` for the finding on `line` (0-based) is applied. */
function fixed(text: string, line: number): { title: string; after: string } {
  const ws = new PlanWorkspace(() => TODAY);
  ws.today = TODAY;
  ws.setText(URI, 'plans/j.json', MAIN_GROUP, text, true);
  const f = ws.get(URI)!;
  const actions = codeActions(ws, f, ws.analysis(MAIN_GROUP), { start: { line, character: 0 }, end: { line, character: 200 } }, 'en');
  const remove = actions.find((a) => a.title.startsWith('Remove '));
  expect(remove, JSON.stringify(actions.map((a) => a.title))).toBeDefined();
  const edits = remove!.edit!.changes![URI]!;
  expect(edits).toHaveLength(1);
  const { range, newText } = edits[0]!;
  const start = f.index.offsetAt(range.start);
  const end = f.index.offsetAt(range.end);
  return { title: remove!.title, after: text.slice(0, start) + newText + text.slice(end) };
}

const json = (members: readonly string[]): string => `{
  "plan": {"id": "js", "title": "J"},
  "milestones": [
    {
${members.map((m) => `      ${m}`).join(',\n')}
    }
  ]
}
`;

describe('removing a key from a flow mapping written one member a line', () => {
  it('takes the comma before the last member with it: the JSON still parses, the finding is gone', () => {
    const text = json(['"id": "C"', '"title": "c"', '"date": "2020-01-06"', '"dat": "2020-01-06"']);
    const { title, after } = fixed(text, 7);
    expect(title).toBe('Remove "dat"');
    expect(after).toBe(json(['"id": "C"', '"title": "c"', '"date": "2020-01-06"']));
    expect(() => JSON.parse(after)).not.toThrow();
  });

  it('takes the comma before a middle member, and the one after the first member', () => {
    expect(fixed(json(['"id": "C"', '"tittel": "c"', '"title": "c"', '"date": "2020-01-06"']), 5).after)
      .toBe(json(['"id": "C"', '"title": "c"', '"date": "2020-01-06"']));
    const first = fixed(json(['"tittel": "c"', '"id": "C"', '"title": "c"', '"date": "2020-01-06"']), 4).after;
    expect(first).toBe(json(['"id": "C"', '"title": "c"', '"date": "2020-01-06"']));
    expect(() => JSON.parse(first)).not.toThrow();
  });

  it('shows a key with control characters escaped in the title', () => {
    expect(fixed(json(['"id": "C"', '"title": "c"', '"date": "2020-01-06"', '"dat\u202e": "2020-01-06"']), 7).title).toBe('Remove "dat\\u202e"');
  });
});
