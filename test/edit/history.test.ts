// `snapshot` edits: history entries appended in the file's own style; exact bytes before and after.
import { describe, expect, it } from 'vitest';
import { addHistoryEntries, type HistoryEntryEdit } from '../../src/edit/history.js';
import { renderMessage } from '../../src/messages/index.js';

function add(text: string, entries: readonly Partial<HistoryEntryEdit>[]): string {
  const r = addHistoryEntries(text, entries.map((e) => ({ milestone: 0, reported: '2019-09-01', forecast: '2019-09-13', replace: null, ...e })));
  if (!r.ok) throw new Error(renderMessage(r.message));
  return r.text;
}

const PLAN = `plan: {id: a, title: A}
milestones:
  - id: MP1
    date: 2019-06-28
    deliverables:
      - Plan   # the plan

  # the second one
  - id: MP2
    date: 2019-08-31
    forecast: 2019-09-13
`;

describe('creating history', () => {
  it('adds history: at the end of the milestone, before the blank line and the next comment, lists indented like deliverables', () => {
    expect(add(PLAN, [{ milestone: 0, forecast: '2019-06-28' }])).toBe(PLAN.replace('      - Plan   # the plan\n', '      - Plan   # the plan\n    history:\n      - {reported: 2019-09-01, forecast: 2019-06-28}\n'));
  });

  it('follows a file that does not indent lists under their key', () => {
    const text = 'milestones:\n- id: A\n  date: 2019-01-01\n  meetings:\n  - X@2019-01-01\n';
    expect(add(text, [{}])).toBe(`${text}  history:\n  - {reported: 2019-09-01, forecast: 2019-09-13}\n`);
  });

  it('copies the layout of another milestone\'s history entries', () => {
    const text = 'milestones:\n  - id: A\n    date: 2019-01-01\n  - id: B\n    date: 2019-01-02\n    history:\n        -   reported: "2019-08-01"\n            forecast: 2019-01-02\n';
    expect(add(text, [{ milestone: 0 }])).toBe('milestones:\n  - id: A\n    date: 2019-01-01\n    history:\n        -   reported: "2019-09-01"\n            forecast: 2019-09-13\n  - id: B\n    date: 2019-01-02\n    history:\n        -   reported: "2019-08-01"\n            forecast: 2019-01-02\n');
  });

  it('in a flow milestone, as a flow list', () => {
    const text = 'milestones:\n  - {id: A, date: 2019-01-01}  # flow\n';
    expect(add(text, [{}])).toBe('milestones:\n  - {id: A, date: 2019-01-01, history: [{reported: 2019-09-01, forecast: 2019-09-13}]}  # flow\n');
  });

  it('under an empty history: key', () => {
    const text = 'milestones:\n  - id: A\n    history:\n    date: 2019-01-01\n';
    expect(add(text, [{}])).toBe('milestones:\n  - id: A\n    history:\n      - {reported: 2019-09-01, forecast: 2019-09-13}\n    date: 2019-01-01\n');
  });

  // Tester round 28 F4: the entry went below `history: !!null`, and the edit was refused as invalid YAML.
  it('under a tagged empty history (!!null): the tag goes, the entry is a flow list in its place', () => {
    const text = 'milestones:\n  - id: A\n    history: !!null   # none yet\n    date: 2019-01-01\n';
    expect(add(text, [{}])).toBe('milestones:\n  - id: A\n    history: [{reported: 2019-09-01, forecast: 2019-09-13}]   # none yet\n    date: 2019-01-01\n');
  });
});

describe('appending to history', () => {
  it('copies the previous entry\'s style: spacing inside braces and quoting', () => {
    const text = "milestones:\n  - id: A\n    date: 2019-01-01\n    history:\n      - { reported: '2019-08-01', forecast: 2019-09-27 }   # first report\n    status: green\n";
    expect(add(text, [{ forecast: '2020-Q1' }])).toBe(text.replace('# first report\n', "# first report\n      - { reported: '2019-09-01', forecast: 2020-Q1 }\n"));
  });

  it('block mapping entries stay block mappings', () => {
    const text = 'milestones:\n  - id: A\n    date: 2019-01-01\n    history:\n      - reported: 2019-08-01\n        forecast: 2019-09-27\n';
    expect(add(text, [{}])).toBe(`${text}      - reported: 2019-09-01\n        forecast: 2019-09-13\n`);
  });

  it('does not copy an entry that carries a comment or other keys', () => {
    const text = 'milestones:\n  - id: A\n    date: 2019-01-01\n    history:\n      - reported: 2019-08-01  # PS\n        forecast: 2019-09-27\n';
    expect(add(text, [{}])).toBe(`${text}      - {reported: 2019-09-01, forecast: 2019-09-13}\n`);
  });

  it('in a flow list, after the last entry; and into an empty one', () => {
    const text = 'milestones:\n  - id: A\n    date: 2019-01-01\n    history: [{reported: 2019-08-01, forecast: 2019-09-27}] # h\n  - id: B\n    date: 2019-01-01\n    history: []\n';
    expect(add(text, [{ milestone: 0 }, { milestone: 1 }])).toBe('milestones:\n  - id: A\n    date: 2019-01-01\n    history: [{reported: 2019-08-01, forecast: 2019-09-27}, {reported: 2019-09-01, forecast: 2019-09-13}] # h\n  - id: B\n    date: 2019-01-01\n    history: [{reported: 2019-09-01, forecast: 2019-09-13}]\n');
  });

  it('replaces the forecast of the last entry when it was reported today', () => {
    const text = 'milestones:\n  - id: A\n    date: 2019-01-01\n    history:\n      - {reported: 2019-09-01, forecast: 2019-09-27}\n';
    expect(add(text, [{ replace: 0 }])).toBe(text.replace('forecast: 2019-09-27', 'forecast: 2019-09-13'));
  });
});

describe('several milestones, CRLF and BOM', () => {
  it('edits every milestone in one pass and reports the line of each new entry', () => {
    const r = addHistoryEntries(PLAN, [{ milestone: 0, reported: '2019-09-01', forecast: '2019-06-28', replace: null }, { milestone: 1, reported: '2019-09-01', forecast: '2019-09-13', replace: null }]);
    expect(r.ok && r.lines).toEqual([8, 15]);
    expect(r.ok && r.text).toBe(PLAN
      .replace('# the plan\n', '# the plan\n    history:\n      - {reported: 2019-09-01, forecast: 2019-06-28}\n')
      .replace('forecast: 2019-09-13\n', 'forecast: 2019-09-13\n    history:\n      - {reported: 2019-09-01, forecast: 2019-09-13}\n'));
  });

  it('keeps CRLF line endings and the byte order mark', () => {
    const text = `\uFEFF${PLAN.replaceAll('\n', '\r\n')}`;
    const out = add(text, [{ milestone: 1 }]);
    expect(out).toBe(`${text}    history:\r\n      - {reported: 2019-09-01, forecast: 2019-09-13}\r\n`);
  });

  it('keeps CRLF inside a copied block entry', () => {
    const text = 'milestones:\r\n  - id: A\r\n    date: 2019-01-01\r\n    history:\r\n      - reported: 2019-08-01\r\n        forecast: 2019-09-27\r\n';
    expect(add(text, [{}])).toBe(`${text}      - reported: 2019-09-01\r\n        forecast: 2019-09-13\r\n`);
  });

  it('refuses history that is not a list', () => {
    expect(addHistoryEntries('milestones:\n  - id: A\n    history: 3\n', [{ milestone: 0, reported: '2019-09-01', forecast: '2019-09-13', replace: null }]).ok).toBe(false);
  });
});
