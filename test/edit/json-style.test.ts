// `set` and `snapshot` on a plan written as JSON (a `.yaml` file from a JSON writer): what they insert into a flow
// mapping whose keys are double-quoted is written the JSON way, so the file still reads as JSON; every other byte stays.
// Plain-keyed flow mappings keep plain keys; a mixed mapping follows the key just before the insertion point.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/analyze.js';
import { addHistoryEntries, type HistoryEntryEdit } from '../../src/edit/history.js';
import { addHistoryEntriesFast } from '../../src/edit/history-fast.js';
import { setInDocument, setMilestoneFields, type SettableKey } from '../../src/edit/set-field.js';
import { renderMessage } from '../../src/messages/index.js';
import { runCli } from '../helpers/fake-io.js';

const JSON_PLAN = `{
  "plan": {"id": "j", "title": "J", "status_date": "2019-06-01"},
  "milestones": [
    {"id": "A", "title": "A", "date": "2019-06-28"},
    {
      "id": "B",
      "title": "B",
      "date": "2019-07-31",
      "after": ["A"]
    },
    {"id": "C", "title": "C", "date": 2019}
  ]
}
`;

/** The plan's data, for comparing with what the edited file reads as through JSON.parse. */
function data(): { plan: Record<string, unknown>; milestones: Record<string, unknown>[] } {
  return JSON.parse(JSON_PLAN) as { plan: Record<string, unknown>; milestones: Record<string, unknown>[] };
}

/** `text` with `insert` put just after the only occurrence of `anchor`: every other byte as it was. */
function insertAfter(text: string, anchor: string, insert: string): string {
  const at = text.indexOf(anchor);
  expect(at, anchor).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(anchor, at + 1), anchor).toBe(-1);
  return text.slice(0, at + anchor.length) + insert + text.slice(at + anchor.length);
}

async function cliSet(text: string, ref: string, args: readonly string[]): Promise<string> {
  const r = await runCli(['set', ref, ...args, 'ws', '--today', '2019-08-01'], { files: { 'ws/j.yaml': text } });
  expect(r.stderr.startsWith('milepel:'), r.stderr).toBe(false);
  expect(r.code).toBe(0);
  const written = r.io.written.get('ws/j.yaml');
  if (written === undefined) throw new Error('nothing written');
  return written;
}

describe('set on a JSON plan', () => {
  it('inserts --forecast into a one-line mapping with a quoted key, the value quoted like date', async () => {
    const out = await cliSet(JSON_PLAN, 'j/A', ['--forecast', '2019-07-01']);
    expect(out).toBe(insertAfter(JSON_PLAN, '"date": "2019-06-28"', ', "forecast": "2019-07-01"'));
    const expected = data();
    expected.milestones[0]!['forecast'] = '2019-07-01';
    expect(JSON.parse(out)).toEqual(expected);
  });

  it('inserts --status into a mapping over several lines as a JSON string', async () => {
    const out = await cliSet(JSON_PLAN, 'j/B', ['--status', 'red']);
    // On a line of its own at its siblings' indent, as the mapping is written a pair to a line (tester round 67 F2).
    expect(out).toBe(insertAfter(JSON_PLAN, '"date": "2019-07-31"', ',\n      "status": "red"'));
    const expected = data();
    expected.milestones[1]!['status'] = 'red';
    expect(JSON.parse(out)).toEqual(expected);
  });

  it('inserts --actual and --status at once, each key quoted', async () => {
    const out = await cliSet(JSON_PLAN, 'j/B', ['--actual', '2019-07-30', '--status', 'green']);
    expect(out).toBe(insertAfter(JSON_PLAN, '"date": "2019-07-31"', ',\n      "actual": "2019-07-30",\n      "status": "green"'));
    const expected = data();
    Object.assign(expected.milestones[1]!, { actual: '2019-07-30', status: 'green' });
    expect(JSON.parse(out)).toEqual(expected);
  });

  it('writes a date as a JSON string next to a date written as a number, and a year as a number', async () => {
    const day = await cliSet(JSON_PLAN, 'j/C', ['--forecast', '2019-09-13']);
    expect(day).toBe(insertAfter(JSON_PLAN, '"date": 2019', ', "forecast": "2019-09-13"'));
    const year = await cliSet(JSON_PLAN, 'j/C', ['--forecast', '2020']);
    expect(year).toBe(insertAfter(JSON_PLAN, '"date": 2019', ', "forecast": 2020'));
    const expected = data();
    expected.milestones[2]!['forecast'] = '2019-09-13';
    expect(JSON.parse(day)).toEqual(expected);
    expected.milestones[2]!['forecast'] = 2020;
    expect(JSON.parse(year)).toEqual(expected);
  });

  it('replaces a number under a quoted key with a date as a JSON string', async () => {
    const text = JSON_PLAN.replace('"date": 2019}', '"date": 2019, "forecast": 2020}');
    const out = await cliSet(text, 'j/C', ['--forecast', '2020-01-10']);
    expect(out).toBe(text.replace('"forecast": 2020}', '"forecast": "2020-01-10"}'));
    expect((JSON.parse(out) as ReturnType<typeof data>).milestones[2]!['forecast']).toBe('2020-01-10');
  });

  it('edits a JSON plan written on one line (the milestone shares its line) the same way', async () => {
    const text = `${JSON.stringify(data())}\n`;
    const out = await cliSet(text, 'j/B', ['--status', 'red', '--forecast', '2019-08-02']);
    expect(out).toBe(insertAfter(text, '"date":"2019-07-31"', ', "forecast": "2019-08-02", "status": "red"'));
    const expected = data();
    Object.assign(expected.milestones[1]!, { forecast: '2019-08-02', status: 'red' });
    expect(JSON.parse(out)).toEqual(expected);
  });

  it('makes the same bytes editing the milestone alone and the whole document', () => {
    const fields: [SettableKey, string][] = [['forecast', '2019-08-02'], ['status', 'yellow']];
    for (const index of [0, 1, 2]) {
      const alone = setMilestoneFields(JSON_PLAN, index, fields, parsePlanText('j.yaml', JSON_PLAN));
      const whole = setInDocument(JSON_PLAN, index, fields);
      expect(alone.ok && whole.ok && alone.text).toBe(whole.ok && whole.text);
      expect(() => JSON.parse(whole.ok ? whole.text : '')).not.toThrow();
    }
  });
});

describe('set on flow mappings that are not JSON', () => {
  const PLAIN = 'plan: {id: j, title: J}\nmilestones:\n  - {id: A, date: 2019-06-28}\n  - {id: B, date: 2019-07-31, after: [A]}\n';

  it('keeps plain keys and plain values in a plain mapping', async () => {
    const out = await cliSet(PLAIN, 'j/B', ['--status', 'red', '--actual', '2019-07-30']);
    expect(out).toBe(insertAfter(PLAIN, 'date: 2019-07-31', ', actual: 2019-07-30, status: red'));
  });

  it('follows the key just before the insertion point in a mapping of mixed styles', async () => {
    const mixed = 'plan: {id: j, title: J}\nmilestones:\n  - {"id": "A", date: 2019-06-28}\n  - {id: B, "date": "2019-07-31"}\n';
    expect(await cliSet(mixed, 'j/A', ['--status', 'red'])).toBe(insertAfter(mixed, 'date: 2019-06-28', ', status: red'));
    expect(await cliSet(mixed, 'j/B', ['--status', 'red'])).toBe(insertAfter(mixed, '"date": "2019-07-31"', ', "status": "red"'));
  });
});

describe('snapshot on a JSON plan', () => {
  async function cliSnapshot(text: string): Promise<string> {
    const r = await runCli(['snapshot', 'ws', '--today', '2019-06-15'], { files: { 'ws/j.yaml': text } });
    expect(r.code, r.stderr).toBe(0);
    const written = r.io.written.get('ws/j.yaml');
    if (written === undefined) throw new Error('nothing written');
    return written;
  }

  it('adds "history" to each milestone the JSON way, after its last pair on one line or several', async () => {
    const out = await cliSnapshot(JSON_PLAN);
    let expected = insertAfter(JSON_PLAN, '"date": "2019-06-28"', ', "history": [{"reported": "2019-06-15", "forecast": "2019-06-28"}]');
    expected = insertAfter(expected, '"after": ["A"]', ',\n      "history": [{"reported": "2019-06-15", "forecast": "2019-07-31"}]');
    expected = insertAfter(expected, '"date": 2019', ', "history": [{"reported": "2019-06-15", "forecast": 2019}]');
    expect(out).toBe(expected);
    const want = data();
    want.milestones[0]!['history'] = [{ reported: '2019-06-15', forecast: '2019-06-28' }];
    want.milestones[1]!['history'] = [{ reported: '2019-06-15', forecast: '2019-07-31' }];
    want.milestones[2]!['history'] = [{ reported: '2019-06-15', forecast: 2019 }];
    expect(JSON.parse(out)).toEqual(want);
  });

  it('appends to an empty "history" and after an entry it cannot copy the JSON way', async () => {
    const text = JSON_PLAN.replace('"date": "2019-06-28"}', '"date": "2019-06-28", "history": []}')
      .replace('"after": ["A"]\n', '"after": ["A"],\n      "history": [{"reported": "2019-06-01", "forecast": "2019-07-01", "note": "x"}]\n');
    const out = await cliSnapshot(text);
    let expected = insertAfter(text, '"date": "2019-06-28", "history": [', '{"reported": "2019-06-15", "forecast": "2019-06-28"}');
    expected = insertAfter(expected, '"note": "x"}', ', {"reported": "2019-06-15", "forecast": "2019-07-31"}');
    expected = insertAfter(expected, '"date": 2019', ', "history": [{"reported": "2019-06-15", "forecast": 2019}]');
    expect(out).toBe(expected);
    const parsed = JSON.parse(out) as ReturnType<typeof data>;
    expect(parsed.milestones[0]!['history']).toEqual([{ reported: '2019-06-15', forecast: '2019-06-28' }]);
    expect(parsed.milestones[1]!['history']).toEqual([{ reported: '2019-06-01', forecast: '2019-07-01', note: 'x' }, { reported: '2019-06-15', forecast: '2019-07-31' }]);
  });

  it('makes the same bytes on its fast path and through the yaml library, JSON on one line too', () => {
    const entries: HistoryEntryEdit[] = [0, 1, 2].map((milestone) => ({ milestone, reported: '2019-06-15', forecast: milestone === 2 ? '2031' : '2019-09-13', replace: null }));
    for (const text of [JSON_PLAN, `${JSON.stringify(data())}\n`, JSON_PLAN.replace('"date": "2019-06-28"}', '"date": "2019-06-28", "history": []}')]) {
      const slow = addHistoryEntries(text, entries);
      const fast = addHistoryEntriesFast(text, parsePlanText('j.yaml', text), entries);
      if (!slow.ok) throw new Error(renderMessage(slow.message));
      expect(fast?.ok && fast.text).toBe(slow.text);
      const parsed = JSON.parse(slow.text) as ReturnType<typeof data>;
      expect(parsed.milestones.map((m) => m['history'])).toEqual([
        [{ reported: '2019-06-15', forecast: '2019-09-13' }],
        [{ reported: '2019-06-15', forecast: '2019-09-13' }],
        [{ reported: '2019-06-15', forecast: 2031 }],
      ]);
    }
  });

  it('keeps plain keys in plain flow mappings', async () => {
    const plain = 'plan: {id: j, title: J}\nmilestones:\n  - {id: A, date: 2019-06-28}\n';
    expect(await cliSnapshot(plain)).toBe(insertAfter(plain, 'date: 2019-06-28', ', history: [{reported: 2019-06-15, forecast: 2019-06-28}]'));
  });
});

describe('a flow collection written an item to a line gets its new item on a line of its own (tester round 67 F2)', () => {
  it('snapshot appends to a history list over several lines below the last entry, and inline to one on one line', async () => {
    const text = 'plan: {id: f, title: F, status_date: 2019-09-02}\nmilestones:\n  - id: C\n    title: c\n    date: 2019-09-10\n    forecast: 2019-09-12\n    history: [\n      {reported: 2019-08-01, forecast: 2019-09-05}\n    ]\n  - {id: D, title: d, date: 2019-09-11, forecast: 2019-09-13, history: [{reported: 2019-08-01, forecast: 2019-09-05}]}\n';
    let expected = insertAfter(text, '      {reported: 2019-08-01, forecast: 2019-09-05}', ',\n      {reported: 2019-09-02, forecast: 2019-09-12}');
    expected = insertAfter(expected, 'history: [{reported: 2019-08-01, forecast: 2019-09-05}', ', {reported: 2019-09-02, forecast: 2019-09-13}');
    const r = await runCli(['snapshot', 'ws', '--today', '2019-09-02'], { files: { 'ws/j.yaml': text } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.io.written.get('ws/j.yaml')).toBe(expected);
  });
});

// Tester round 92 F2: a comment at the end of the line a new item goes after stays on that line (SPEC §7: comments
// elsewhere stay byte-identical); `date: 2026-06-01  # last` became `date: 2026-06-01,` and `forecast: …  # last`.
describe('a flow collection written an item to a line keeps the comment after the item a new one goes after', () => {
  const PLAN = 'plan: {id: p, title: P, status_date: 2026-01-05}\nmilestones:\n  - {id: M1,   # the first\n     title: T, # comment\n     date: 2026-06-01  # last\n    }\n';
  const COMMA = PLAN.replace('date: 2026-06-01  # last', 'date: 2026-06-01, # last');
  const set = async (text: string, args: readonly string[]): Promise<string> => {
    const r = await runCli(['set', 'p/M1', ...args, 'ws', '--today', '2026-01-05'], { files: { 'ws/p.yaml': text } });
    expect([r.code, r.stderr]).toEqual([0, '']);
    return r.io.written.get('ws/p.yaml')!;
  };

  it.each([
    ['one key, the comma before the comment', PLAN, ['--forecast', '2027-01-04'], 'date: 2026-06-01,  # last\n     forecast: 2027-01-04,\n'],
    ['two keys after one line, its comma written once', PLAN, ['--forecast', '2027-01-04', '--status', 'yellow'], 'date: 2026-06-01,  # last\n     forecast: 2027-01-04,\n     status: yellow,\n'],
    ['a line with its comma already', COMMA, ['--forecast', '2027-01-04', '--status', 'yellow'], 'date: 2026-06-01, # last\n     forecast: 2027-01-04,\n     status: yellow,\n'],
  ])('set: %s', async (_, text, args, lines) => {
    const out = await set(text, args);
    expect(out).toBe(text.replace(/date: 2026-06-01,? +# last\n/, lines));
    expect(parsePlanText('p.yaml', out).problems).toEqual([]);
  });

  it('snapshot: after a history entry and after a milestone\'s last pair, each with a comment', async () => {
    const text = 'plan: {id: p, title: P, status_date: 2026-01-05}\nmilestones:\n  - id: M1\n    title: T\n    date: 2026-06-01\n    forecast: 2026-07-01\n    history: [\n      {reported: 2025-12-01, forecast: 2026-06-15}  # first\n    ]\n  - {id: M2,\n     title: U,\n     date: 2026-06-01,\n     forecast: 2026-08-03   # no history yet\n    }\n';
    const r = await runCli(['snapshot', 'ws', '--today', '2026-01-05'], { files: { 'ws/p.yaml': text } });
    expect(r.code, r.stderr).toBe(0);
    let expected = text.replace('forecast: 2026-06-15}  # first\n', 'forecast: 2026-06-15},  # first\n      {reported: 2026-01-05, forecast: 2026-07-01},\n');
    expected = expected.replace('forecast: 2026-08-03   # no history yet\n', 'forecast: 2026-08-03,   # no history yet\n     history: [{reported: 2026-01-05, forecast: 2026-08-03}],\n');
    expect(r.io.written.get('ws/p.yaml')).toBe(expected);
  });
});
