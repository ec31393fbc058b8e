// `set` edits: exact bytes before and after; only the value (or one inserted key) may change.
import { describe, expect, it } from 'vitest';
import { setMilestoneField, setMilestoneFields, type SettableKey } from '../../src/edit/set-field.js';
import { renderMessage } from '../../src/messages/index.js';

function set(text: string, index: number, key: SettableKey, value: string): string {
  const r = setMilestoneField(text, index, key, value);
  if (!r.ok) throw new Error(renderMessage(r.message));
  return r.text;
}

const BLOCK = `# yaml-language-server: $schema=../schemas/plan.schema.json
plan:
  id: akson   # the plan
  title: "Akson"

milestones:
  # first
  - id: MP1
    title: 'Prosjektplan'
    date: 2019-06-28    # a Friday
    forecast: 2019-07-05  # moved by PS
    deliverables:
      - Plan

  # MP2 is on a Saturday
  - id: MP2
    title: Leverandørdialog
    date: 2019-08-31 # Saturday
    after: [MP1]
    responsible: Direktoratet
    meetings:
      - NEHS@2019-09-12
`;

describe('replacing a value', () => {
  it('changes only the value, keeping the trailing comment and its spacing', () => {
    expect(set(BLOCK, 0, 'forecast', '2019-07-12')).toBe(BLOCK.replace('forecast: 2019-07-05  # moved by PS', 'forecast: 2019-07-12  # moved by PS'));
  });

  it('refuses an anchored value, which an alias elsewhere may use, and replaces an alias with its own value', () => {
    const text = 'milestones:\n  - id: A\n    date: 2019-09-02\n    forecast: &f 2019-09-03\n  - id: B\n    date: 2019-09-04\n    forecast: *f\n';
    const anchored = setMilestoneField(text, 0, 'forecast', '2019-09-10');
    expect(anchored.ok ? 'edited' : renderMessage(anchored.message)).toMatch(/^forecast is anchored as &f, which aliases elsewhere in the file may use/);
    expect(set(text, 1, 'forecast', '2019-09-12')).toBe(text.replace('forecast: *f', 'forecast: 2019-09-12'));
  });

  it('keeps single and double quotes', () => {
    const text = "milestones:\n  - {id: A, date: '2019-01-02', forecast: '2019-01-03'}\n  - id: B\n    date: \"2019-01-02\"\n    forecast: \"2019-01-04\" # q\n";
    expect(set(text, 0, 'forecast', '2019-02-01')).toBe(text.replace("forecast: '2019-01-03'", "forecast: '2019-02-01'"));
    expect(set(text, 1, 'forecast', '2019-02-01')).toBe(text.replace('forecast: "2019-01-04" # q', 'forecast: "2019-02-01" # q'));
  });

  it('fills an empty value', () => {
    const text = 'milestones:\n  - id: A\n    date: 2019-01-02\n    status:\n    forecast: 2019-01-03\n';
    expect(set(text, 0, 'status', 'red')).toBe(text.replace('status:\n', 'status: red\n'));
  });

  // Tester round 26 F3: the value was glued to the tag (`!!null2019-10-01`) and the edit refused as invalid YAML.
  it('replaces an empty tagged value with its tag, in block and flow style, leaving the spacing after it', () => {
    const block = 'milestones:\n  - id: A\n    date: 2019-09-10\n    forecast: !!null\n    status: !!str   # later\n';
    expect(set(set(block, 0, 'forecast', '2019-10-01'), 0, 'status', 'red')).toBe('milestones:\n  - id: A\n    date: 2019-09-10\n    forecast: 2019-10-01\n    status: red   # later\n');
    const flow = 'milestones:\n  - {id: A, date: 2019-09-10, forecast: !!null , status: !<tag:yaml.org,2002:str>}\n';
    const r = setMilestoneFields(flow, 0, [['forecast', '2019-10-01'], ['status', 'green']]);
    expect(r.ok && r.text).toBe('milestones:\n  - {id: A, date: 2019-09-10, forecast: 2019-10-01 , status: green}\n');
    expect(r.ok && r.changes.map((c) => [c.key, c.before, c.after])).toEqual([['forecast', '!!null', '2019-10-01'], ['status', '!<tag:yaml.org,2002:str>', 'green']]);
    // A tagged value that is not empty keeps its tag, as before.
    expect(set('milestones:\n  - id: A\n    date: 2019-09-10\n    forecast: !!str 2019-09-20\n', 0, 'forecast', '2019-10-01')).toBe('milestones:\n  - id: A\n    date: 2019-09-10\n    forecast: !!str 2019-10-01\n');
  });

  it('writes a period plain: 2020 reads back as the year', () => {
    expect(set(BLOCK, 0, 'forecast', '2020')).toBe(BLOCK.replace('forecast: 2019-07-05', 'forecast: 2020'));
    expect(set(BLOCK, 0, 'forecast', '2020-Q3')).toBe(BLOCK.replace('forecast: 2019-07-05', 'forecast: 2020-Q3'));
  });
});

describe('inserting a key', () => {
  it('puts forecast after date, indented like its neighbours, after the date line and its comment', () => {
    expect(set(BLOCK, 1, 'forecast', '2019-09-13')).toBe(BLOCK.replace('date: 2019-08-31 # Saturday\n', 'date: 2019-08-31 # Saturday\n    forecast: 2019-09-13\n'));
  });

  it('puts actual after forecast, and status after responsible', () => {
    expect(set(BLOCK, 0, 'actual', '2019-07-04')).toBe(BLOCK.replace('# moved by PS\n', '# moved by PS\n    actual: 2019-07-04\n'));
    expect(set(BLOCK, 1, 'status', 'yellow')).toBe(BLOCK.replace('responsible: Direktoratet\n', 'responsible: Direktoratet\n    status: yellow\n'));
  });

  it('copies the quoting of date for a new forecast', () => {
    const text = "milestones:\n  - id: A\n    date: '2019-01-02'\n";
    expect(set(text, 0, 'forecast', '2019-01-09')).toBe("milestones:\n  - id: A\n    date: '2019-01-02'\n    forecast: '2019-01-09'\n");
  });

  it('in a flow mapping, after the sibling value', () => {
    const text = 'milestones:\n  - {id: A, date: 2019-01-02, after: [B]}   # flow\n  - {id: B, date: 2019-01-01}\n';
    expect(set(text, 0, 'forecast', '2019-01-09')).toBe('milestones:\n  - {id: A, date: 2019-01-02, forecast: 2019-01-09, after: [B]}   # flow\n  - {id: B, date: 2019-01-01}\n');
  });

  it('status after progress in a roadmap milestone', () => {
    const text = 'milestones:\n  - id: RM1-M1\n    goal: RM1\n    date: 2019\n    progress: "2/2"\n    x-note: 1\n';
    expect(set(text, 0, 'status', 'green')).toBe('milestones:\n  - id: RM1-M1\n    goal: RM1\n    date: 2019\n    progress: "2/2"\n    status: green\n    x-note: 1\n');
  });

  it('at the end of a file without a final line break, which stays without one', () => {
    const text = 'milestones:\n  - id: A\n    date: 2019-01-02 # last line';
    expect(set(text, 0, 'forecast', '2019-01-09')).toBe('milestones:\n  - id: A\n    date: 2019-01-02 # last line\n    forecast: 2019-01-09');
  });

  it('keeps a trailing comment at the end of the file where it is', () => {
    const text = 'milestones:\n  - id: A\n    date: 2019-01-02\n# end of plan\n';
    expect(set(text, 0, 'actual', '2019-01-03')).toBe('milestones:\n  - id: A\n    date: 2019-01-02\n    actual: 2019-01-03\n# end of plan\n');
  });
});

describe('several fields at once', () => {
  it('inserts forecast, actual and status in that order after date, and reports each line', () => {
    const text = 'milestones:\n  - id: A\n    date: 2019-01-02 # d\n    after: []\n';
    const r = setMilestoneFields(text, 0, [['forecast', '2019-01-09'], ['actual', '2019-01-10'], ['status', 'green']]);
    expect(r.ok && r.text).toBe('milestones:\n  - id: A\n    date: 2019-01-02 # d\n    forecast: 2019-01-09\n    actual: 2019-01-10\n    status: green\n    after: []\n');
    expect(r.ok && r.changes.map((c) => c.line)).toEqual([4, 5, 6]);
  });
});

describe('line endings and byte order mark', () => {
  it('writes CRLF in a CRLF file and keeps every other byte', () => {
    const crlf = BLOCK.replaceAll('\n', '\r\n');
    const out = set(crlf, 1, 'forecast', '2019-09-13');
    expect(out).toBe(crlf.replace('date: 2019-08-31 # Saturday\r\n', 'date: 2019-08-31 # Saturday\r\n    forecast: 2019-09-13\r\n'));
    expect(out.replaceAll('\r\n', '')).not.toContain('\n');
    expect(set(crlf, 0, 'forecast', '2019-07-12')).toBe(crlf.replace('forecast: 2019-07-05', 'forecast: 2019-07-12'));
  });

  it('keeps a byte order mark', () => {
    const bom = `\uFEFF${BLOCK}`;
    expect(set(bom, 1, 'forecast', '2019-09-13')).toBe(`\uFEFF${BLOCK.replace('# Saturday\n', '# Saturday\n    forecast: 2019-09-13\n')}`);
    expect(set(bom, 0, 'forecast', '2019-07-12')).toBe(`\uFEFF${BLOCK.replace('2019-07-05', '2019-07-12')}`);
  });
});

describe('reports and refusals', () => {
  it('reports the line of the new value', () => {
    const r = setMilestoneField(BLOCK, 1, 'forecast', '2019-09-13');
    expect(r.ok && r.changes).toEqual([{ key: 'forecast', before: undefined, after: '2019-09-13', line: 19 }]);
    const s = setMilestoneField(BLOCK, 0, 'forecast', '2019-07-12');
    expect(s.ok && s.changes).toEqual([{ key: 'forecast', before: '2019-07-05', after: '2019-07-12', line: 11 }]);
  });

  it('refuses invalid YAML, a missing milestone and a value that is a list', () => {
    expect(setMilestoneField('milestones: [\n', 0, 'status', 'red').ok).toBe(false);
    expect(setMilestoneField(BLOCK, 5, 'status', 'red').ok).toBe(false);
    const list = setMilestoneField('milestones:\n  - id: A\n    date: 2019-01-01\n    status: [x]\n', 0, 'status', 'red');
    expect(list.ok ? 'edited' : renderMessage(list.message)).toContain('list');
  });
});

describe('a value written as a block scalar', () => {
  const head = 'plan: {id: q, title: Q}\nmilestones:\n  - id: E\n    date: 2024-02-01\n';
  it('is replaced without the line breaks after it: a blank line and a comment stay', () => {
    expect(set(`${head}    status: >-\n      green\n\n# trailing comment\n`, 0, 'status', 'red')).toBe(`${head}    status: red\n\n# trailing comment\n`);
  });
  it('keeps the final line break of a file it ends', () => {
    expect(set(`${head}    status: |\n      green\n`, 0, 'status', 'red')).toBe(`${head}    status: red\n`);
  });
  it('is replaced when another key and another entry follow (CR LF too)', () => {
    const text = `${head}    forecast: |-\n      2024-02-05\n    status: green\n  - id: F\n    date: 2024-02-01\n`;
    expect(set(text, 0, 'forecast', '2024-02-09')).toBe(text.replace('|-\n      2024-02-05', '2024-02-09'));
    const crlf = text.replace(/\n/g, '\r\n');
    expect(set(crlf, 0, 'forecast', '2024-02-09')).toBe(crlf.replace('|-\r\n      2024-02-05', '2024-02-09'));
  });
});
