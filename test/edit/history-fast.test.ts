// history-fast.ts must write the same bytes and report the same lines as history.ts (the yaml library's ranges) on
// every layout it takes; on the others it declines (undefined) and snapshot uses history.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/analyze.js';
import { addHistoryEntries, type HistoryEntryEdit } from '../../src/edit/history.js';
import { addHistoryEntriesFast } from '../../src/edit/history-fast.js';
import { checkInsertedLines } from '../../src/edit/history-check.js';

function entry(milestone: number, forecast = '2019-09-13', reported = '2019-09-01'): HistoryEntryEdit {
  return { milestone, reported, forecast, replace: null };
}

/** Both paths on `text`; the fast one's result, which must equal the yaml library's when given. */
function compare(text: string, entries: readonly HistoryEntryEdit[]): 'fast' | 'declined' {
  const fast = addHistoryEntriesFast(text, parsePlanText('plan.yaml', text), entries);
  if (fast === undefined) return 'declined';
  const slow = addHistoryEntries(text, entries);
  if (!fast.ok || !slow.ok) {
    expect(fast).toEqual(slow);
    return 'fast';
  }
  expect({ text: fast.text, lines: fast.lines }).toEqual({ text: slow.text, lines: slow.lines });
  // The splices the file's bytes are made from (cli/commands/splice-all.ts) give the same text.
  let spliced = '';
  let at = 0;
  for (const s of fast.splices ?? []) {
    spliced += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  if (fast.splices !== undefined) expect(spliced + text.slice(at)).toBe(slow.text);
  return 'fast';
}

const TABLE: [string, string, readonly HistoryEntryEdit[]][] = [
  ['no history, scalar last', 'milestones:\n  - id: A\n    date: 2019-01-01\n  - id: B\n    date: 2019-01-02\n', [entry(0), entry(1)]],
  ['no history, flow list last, comments, blank lines', 'plan: {id: p}\nmilestones:\n  - id: A  # a\n    after: [B, {id: C, lag: 2d}]   # deps\n\n  # next\n  - id: B\n    date: 2019-01-02 # d\nother: 1\n', [entry(0), entry(1)]],
  ['no history, block list last (deliverables style)', 'milestones:\n  - id: MP1\n    date: 2019-06-28\n    deliverables:\n      - Plan   # the plan\n\n  # the second one\n  - id: MP2\n    date: 2019-08-31\n    forecast: 2019-09-13\n', [entry(0, '2019-06-28'), entry(1)]],
  ['block history of flow entries, quoted', "milestones:\n  - id: A\n    date: 2019-01-01\n    history:\n      - { reported: '2019-08-01', forecast: \"2019-09-27\" }   # first\n    status: green\n  - id: B\n    date: 2019-01-01\n", [entry(0), entry(1)]],
  ['block history of block entries, wide dash', 'milestones:\n  - id: A\n    date: 2019-01-01\n  - id: B\n    date: 2019-01-02\n    history:\n        -   reported: "2019-08-01"\n            forecast: 2019-01-02\n', [entry(0), entry(1)]],
  ['CRLF', 'milestones:\r\n  - id: A\r\n    date: 2019-01-01\r\n    history:\r\n      - reported: 2019-08-01\r\n        forecast: 2019-09-27\r\n  - id: B\r\n    date: 2019-01-01', [entry(0), entry(1)]],
  ['CR only', 'milestones:\r  - id: A\r    date: 2019-01-01\r  - id: B\r    date: 2019-01-01\r', [entry(0), entry(1)]],
  ['milestones at column 0, no final newline', 'milestones:\n- id: A\n  date: 2019-01-01\n  deliverables:\n  - x\n- id: B\n  date: 2019-01-01', [entry(1), entry(0)]],
  // A text as a block scalar last (tester round 51: `x-beskrivelse: |` sent every such file to the yaml library).
  ['block scalar last, blank lines inside and after, a comment', 'milestones:\n  - id: A\n    date: 2019-01-01\n    x-note: |\n      line one\n\n        deeper # not a comment\n      last\n\n  # next\n  - id: B\n    x-note: >-\n      folded\n      text\n    \nother: 1\n', [entry(0), entry(1)]],
  ['block scalar last with a header comment, none of content, CRLF', 'milestones:\r\n  - id: A\r\n    x-note: | # about\r\n      text\r\n  - id: B\r\n    x-note: |-\r\n  - id: C\r\n    x-note: >\r\n      end of file', [entry(0), entry(1), entry(2)]],
  // Tester round 54 F2: a line of spaces deeper than the text is text ("a\n    \n"): history goes after it.
  ['block scalar whose last line is spaces only, deeper than its text', 'milestones:\n  - id: A\n    x-note: |\n      a\n          \n  - id: B\n    x-note: |-\n      b\n           ', [entry(0), entry(1)]],
  ['titles with # and quotes', "milestones:\n  - id: A\n    title: 'it''s #1'\n  - id: B\n    title: \"a \\\" #b\"\n    date: 2019-01-01\n", [entry(0), entry(1)]],
];

describe('history-fast: same bytes as history.ts', () => {
  for (const [name, text, entries] of TABLE) {
    it(name, () => {
      expect(compare(text, entries)).toBe('fast');
    });
  }

  it('declines what it does not know: flow history in a block milestone, an empty history key, a replaced block entry, a deeper comment after the last value', () => {
    expect(compare('milestones:\n  - id: A\n    history: [{reported: 2019-08-01, forecast: 2019-09-27}]\n', [entry(0)])).toBe('declined');
    expect(compare('milestones:\n  - id: A\n    history:\n    date: 2019-01-01\n', [entry(0)])).toBe('declined');
    expect(compare('milestones:\n  - id: A\n    history:\n      - {reported: 2019-09-01, forecast: 2019-09-27}\n', [{ ...entry(0), replace: 0 }])).toBe('declined');
    expect(compare('milestones:\n  - id: A\n    deliverables:\n      - a\n        # deeper\n  - id: B\n', [entry(0)])).toBe('declined');
    // Block scalars it leaves to the yaml library: keep chomping (its trailing blank lines are content), an indentation
    // indicator, a key first on a list item's line.
    expect(compare('milestones:\n  - id: A\n    x-note: |+\n      a\n\n  - id: B\n', [entry(0)])).toBe('declined');
    expect(compare('milestones:\n  - id: A\n    x-note: |2\n        a\n  - id: B\n', [entry(0)])).toBe('declined');
    expect(compare('milestones:\n  - x-note: |\n      a\n    id: A\n  - id: B\n', [entry(0)])).toBe('fast');
    // Tester round 54 F1: a header on a line of its own below its key (history went between `|` and the text); F3:
    // an explicit key (`? key` / `: value`), whose value's line is no key's.
    expect(compare('milestones:\n  - id: A\n    x-note:\n      |\n      text\n  - id: B\n', [entry(0)])).toBe('declined');
    expect(compare('milestones:\n  - id: A\n    ? x-note\n    : |\n      t\n  - id: B\n', [entry(0)])).toBe('declined');
    expect(compare('milestones:\n  - id: A\n    ? x-note\n    : t\n  - id: B\n', [entry(0)])).toBe('declined');
    // Tester round 55: a scalar on a line of its own below its key or dash goes on over the lines at its indentation
    // (F1: a plain scalar's continuation; F2: a block scalar after a tag): history went inside it.
    expect(compare('milestones:\n  - id: A\n    x-note:\n      hello\n      world\n  - id: B\n', [entry(0)])).toBe('declined');
    expect(compare('milestones:\n  - id: A\n    x-note:\n      !!str |\n      text\n  - id: B\n', [entry(0)])).toBe('declined');
    expect(compare('milestones:\n  - id: A\n    deliverables:\n      -\n        hello\n        world\n  - id: B\n', [entry(0)])).toBe('declined');
    // F3, F4: the same, where the wrong file parsed: continuation lines that read as list items became history.
    expect(compare('milestones:\n  - id: A\n    x-note:\n      Ship the\n      - release notes\n', [entry(0)])).toBe('declined');
    expect(compare('milestones:\n  - id: A\n    x-note:\n      !!str |\n      - {reported: 2026-01-05, forecast: 2026-01-20}\n', [entry(0)])).toBe('declined');
  });
});

/** One milestone's lines in a generated layout. */
interface Shape {
  readonly last: 'scalar' | 'quoted' | 'flow' | 'block' | 'map' | 'literal' | 'folded';
  readonly history: 'none' | 'flowItems' | 'blockItems';
  readonly comment: number;
  readonly blank: boolean;
  readonly trailing: boolean;
}

const shape = fc.record<Shape>({
  last: fc.constantFrom('scalar', 'quoted', 'flow', 'block', 'map', 'literal', 'folded'),
  history: fc.constantFrom('none', 'flowItems', 'blockItems'),
  comment: fc.constantFrom(-1, 0, 1, 2, 3, 4, 5, 6, 8, 10),
  blank: fc.boolean(),
  trailing: fc.boolean(),
});

function renderMilestone(i: number, s: Shape, dash: number, seq: number, quote: string): string {
  const pad = ' '.repeat(dash);
  const key = ' '.repeat(dash + 2);
  const item = ' '.repeat(dash + 2 + seq);
  const t = s.trailing ? '   # note' : '';
  let out = `${pad}- id: M${i}\n${key}date: ${quote}2019-01-0${(i % 9) + 1}${quote}${t}\n`;
  if (s.history === 'flowItems') out += `${key}history:\n${item}- {reported: ${quote}2019-08-01${quote}, forecast: 2019-09-27}${t}\n`;
  if (s.history === 'blockItems') out += `${key}history:\n${item}- reported: 2019-08-01\n${item}  forecast: ${quote}2019-09-27${quote}${t}\n`;
  if (s.last === 'scalar') out += `${key}status: green${t}\n`;
  if (s.last === 'quoted') out += `${key}title: "a, b # c"${t}\n`;
  if (s.last === 'flow') out += `${key}after: [M0, {id: M1, lag: 1d}]${t}\n`;
  if (s.last === 'block') out += `${key}deliverables:\n${item}- one\n${item}- two${t}\n`;
  if (s.last === 'map') out += `${key}x-meta:\n${key}  a: 1\n${key}  b: [2]${t}\n`;
  if (s.last === 'literal') out += `${key}x-text: |${t}\n${key}  one\n\n${key}    two # in the text\n`;
  if (s.last === 'folded') out += `${key}x-text: >-\n${key}  one\n${key}  two\n`;
  if (s.blank) out += '\n';
  if (s.comment >= 0) out += `${' '.repeat(s.comment)}# between\n`;
  return out;
}

describe('history-fast: generated layouts', () => {
  it('gives history.ts\'s bytes and lines whenever it takes a file, and takes most of them', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(fc.property(
      fc.array(shape, { minLength: 1, maxLength: 4 }), fc.constantFrom(0, 2, 4), fc.constantFrom(0, 2, 4), fc.constantFrom('', "'", '"'),
      fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), fc.boolean(), fc.subarray([0, 1, 2, 3], { minLength: 1 }),
      (shapes, dash, seq, quote, eol, tail, finalNewline, picked) => {
        let text = `plan: {id: p, title: P}\nmilestones:\n${shapes.map((s, i) => renderMilestone(i, s, dash, seq, quote)).join('')}${tail ? 'goals:\n  - id: G\n' : ''}`;
        if (!finalNewline) text = text.replace(/\n+$/, '');
        text = text.replaceAll('\n', eol);
        const entries = picked.filter((i) => i < shapes.length).map((i) => entry(i, i === 1 ? '2031' : '2019-09-13'));
        if (entries.length === 0) return;
        runs++;
        if (compare(text, entries) === 'fast') taken++;
      },
    ), { numRuns: 400, seed: 18 });
    expect(taken).toBeGreaterThan(runs / 2);
  });
});

/** The index of each layout's last history entry (the one snapshot corrects in these runs; -1: none). */
const LAST_ENTRY: Readonly<Record<FlowShape['history'], number>> = {
  none: -1, empty: -1, entries: 0, quoted: 1, commented: 0, 'other-key': 0, 'scalar-last': 0, 'plain-number': 0,
};

/** A milestone written as a flow mapping (history-flow.ts), in one of several layouts. */
interface FlowShape {
  readonly history: 'none' | 'empty' | 'entries' | 'quoted' | 'commented' | 'other-key' | 'scalar-last' | 'plain-number';
  readonly title: string;
  readonly replace: boolean;
}

const flowShape = fc.record<FlowShape>({
  history: fc.constantFrom('none', 'empty', 'entries', 'quoted', 'commented', 'other-key', 'scalar-last', 'plain-number'),
  title: fc.constantFrom('"plain"', '"a } ] # , b"', "'it''s {x}'", '"back\\\\"'),
  replace: fc.boolean(),
});

function renderFlowMilestone(i: number, s: FlowShape, pad: string, eol: string): string {
  const inner = ' '.repeat(pad.length + 2);
  const histories: Record<FlowShape['history'], string> = {
    none: '',
    empty: ',"history": []',
    entries: `,${eol}${inner}"history": [${eol}${inner}  {${eol}${inner}    "reported": "2019-09-01",${eol}${inner}    "forecast": "2019-10-01"${eol}${inner}  }${eol}${inner}]`,
    quoted: `, history: [{reported: '2019-09-01', forecast: 2019-10-01}, { reported: "2019-09-01" , forecast: '2019-10-01' }]`,
    commented: `, history: [{reported: 2019-08-01, # c${eol}${inner}forecast: 2019-10-01}]`,
    'other-key': ', history: [{reported: 2019-08-01, forecast: 2019-10-01, note: x}]',
    'scalar-last': ', history: [x]',
    'plain-number': ', history: [{reported: 2019-09-01, forecast: 2031}]',
  };
  return `${pad}{${eol}${inner}"id": "M${i}", "title": ${s.title}, "date": "2019-01-0${(i % 9) + 1}"${histories[s.history]}${eol}${' '.repeat(pad.length)}}`;
}

describe('history-fast: milestones written as flow mappings (JSON and the like)', () => {
  it('gives history.ts\'s bytes and lines whenever it takes a file, and takes most of them', () => {
    let taken = 0;
    let runs = 0;
    fc.assert(fc.property(
      fc.array(flowShape, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.subarray([0, 1, 2, 3], { minLength: 1 }), fc.constantFrom('2019-09-13', '2031', '2019-Q4'),
      (shapes, eol, blockList, picked, forecast) => {
        const items = shapes.map((s, i) => renderFlowMilestone(i, s, blockList ? '  - ' : '    ', eol));
        const list = blockList ? `milestones:${eol}${items.join(eol)}` : `{"plan": {"id": "p", "title": "P"},${eol}  "milestones": [${eol}${items.join(`,${eol}`)}${eol}  ]}`;
        const text = `${blockList ? `plan: {id: p, title: P}${eol}` : ''}${list}${eol}`;
        const entries = picked.filter((i) => i < shapes.length).map((i) => ({ ...entry(i, forecast), replace: shapes[i]!.replace && shapes[i]!.history !== 'none' ? LAST_ENTRY[shapes[i]!.history] : null }));
        if (entries.length === 0) return;
        runs++;
        if (compare(text, entries) === 'fast') taken++;
      },
    ), { numRuns: 400, seed: 18 });
    expect(taken).toBeGreaterThan(runs / 3);
  });

  it('takes the JSON layout of an export script: entries appended, a history key added, the last entry corrected', () => {
    const json = (history: unknown[] | undefined): string => `${JSON.stringify({ plan: { id: 'p', title: 'P' }, milestones: [{ id: 'A', date: '2019-01-01', ...(history === undefined ? {} : { history }) }, { id: 'B', date: '2019-01-02' }] }, null, 2)}\n`;
    const text = json([{ reported: '2019-08-01', forecast: '2019-09-27' }, { reported: '2019-09-01', forecast: '2019-10-01' }]);
    expect(compare(text, [entry(0), entry(1)])).toBe('fast');
    expect(compare(text, [{ ...entry(0, '2019-10-04'), replace: 1 }])).toBe('fast');
    expect(compare(json([]), [entry(0), entry(1, '2031')])).toBe('fast');
    expect(compare(json(undefined).replaceAll('\n', '\r\n'), [entry(0, '2019-Q4')])).toBe('fast');
  });

  it('declines what it does not know: a quote inside a plain scalar, an entry that is not a mapping', () => {
    expect(compare('milestones: [{id: A, history: [{reported: 2019-08-01, forecast: 2019-09-27, note: it"s}]}]\n', [entry(0)])).toBe('declined');
    expect(compare('milestones: [{id: A, history: [x]}]\n', [entry(0)])).toBe('declined');
  });
});

describe('history-fast: the check of each inserted piece', () => {
  it('passes the piece that reads as the entry and fails one that reads otherwise or is not indented as its first line', () => {
    const cache = new Map<string, string | undefined>();
    const e = entry(0, '2031');
    expect(checkInsertedLines(['    history:', '      - {reported: 2019-09-01, forecast: 2031}'], e, true, cache)).toBe(true);
    expect(checkInsertedLines(['      - {reported: 2019-09-01, forecast: 2031}'], e, false, cache)).toBe(true);
    expect(checkInsertedLines(['      - {reported: 2019-09-01, forecast: "2031"}'], e, false, cache)).toBe(false);
    expect(checkInsertedLines(['    history:', '      - {reported: 2019-09-01, forecast: 2031}'], e, false, cache)).toBe(false);
    expect(checkInsertedLines(['      - reported: 2019-09-01', '    forecast: 2031'], e, false, cache)).toBe(false);
    expect(checkInsertedLines(['      - {reported: 2019-09-01, forecast: 2031'], e, false, cache)).toBe(false);
  });

  it('reads pieces that differ only in a day forecast once, and still fails a wrong one', () => {
    const cache = new Map<string, string | undefined>();
    expect(checkInsertedLines(['  - {reported: 2019-09-01, forecast: 2019-10-01}'], entry(0, '2019-10-01'), false, cache)).toBe(true);
    expect(checkInsertedLines(['  - {reported: 2019-09-01, forecast: 2019-11-05}'], entry(0, '2019-11-05'), false, cache)).toBe(true);
    expect(checkInsertedLines(['  - {reported: 2019-09-01, forecast: 2019-09-01}'], entry(0, '2019-09-01'), false, cache)).toBe(true);
    expect(cache.size).toBe(2);
    expect(checkInsertedLines(['  - {reported: 2019-09-01, forecast: 2019-11-05}'], entry(0, '2019-11-06'), false, cache)).toBe(false);
    expect(checkInsertedLines(['  - {reported: 2019-09-02, forecast: 2019-11-05}'], entry(0, '2019-11-05'), false, cache)).toBe(false);
  });
});
