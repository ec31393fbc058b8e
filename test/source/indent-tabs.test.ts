// Tabs in indentation found by one scan (src/source/indent-tabs.ts), held to the yaml library: the scan flags a line
// only where the library refuses the tab, and reads it with the indentation the lines around it show was meant.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { expandIndentTabs, findIndentTabs } from '../../src/source/indent-tabs.js';

/** Plans as written in the wild: the shipped ones and one with every construct the scan follows. */
const CONSTRUCTS = [
  'plan:',
  '  id: p',
  '  title: "A title that goes on',
  '',
  '    # not a comment inside quotes',
  '    over a second line"',
  '  description: |',
  '    Block text,',
  '      indented further here.',
  '',
  '    And a paragraph after an empty line.',
  '    # A heading in the text',
  '    and its text.',
  '  # a comment after the block',
  '  owner: >-',
  '    folded',
  '    text',
  '  status_date: 2026-06-01',
  'milestones:',
  '  - id: M0',
  '    title: A plain title',
  '',
  '      that goes on',
  '    date: 2026-07-01',
  '    after: [',
  '      A, B,',
  '      {id: C, lag: 2d}',
  '    ]',
  '  - id: M1',
  "    title: 'single, with ''quotes'''",
  '    date: 2026-07-02',
  '    after:',
  '      - M0',
  '      - id: M0',
  '        type: SS',
  '        lag: 2d',
  '    x-nested:',
  '      - - a',
  '        - b',
  '    # a comment',
  '    history:',
  '    - date: 2026-06-01',
  '      forecast: 2026-07-03',
  '  - {id: M2, title: Flow, date: 2026-07-03}',
  '  - title: Id last',
  '    date: 2026-07-04',
  '    id: M3',
  'risks:',
  '  - id: R1',
  '    milestones: [M0]',
  '    description: |2',
  '        two more than the key',
  '    probability: 0.3',
  '',
].join('\n');

const CORPUS: readonly [string, string][] = [
  ['constructs', CONSTRUCTS],
  ...['akson', 'felles-grunnmur', 'governance'].map((name): [string, string] => [name, readFileSync(new URL(`../../plans/${name}.yaml`, import.meta.url), 'utf8')]),
];

/**
 * Each way of putting a tab into line `index`'s indentation: for it all, after some spaces, after all of them; into a
 * blank line; after a list entry's dash.
 */
function variants(text: string): { index: number; text: string }[] {
  const lines = text.split('\n');
  const out: { index: number; text: string }[] = [];
  lines.forEach((line, index) => {
    const width = /^ */.exec(line)![0].length;
    const put = (written: string): void => {
      out.push({ index, text: [...lines.slice(0, index), written, ...lines.slice(index + 1)].join('\n') });
    };
    if (line.trim() === '') {
      if (index < lines.length - 1) put('\t');
      if (index < lines.length - 1) put('  \t');
      return;
    }
    put(`\t${line.slice(width)}`);
    if (width >= 2) put(`${' '.repeat(width - 2)}\t${line.slice(width)}`);
    if (width >= 1) put(`${' '.repeat(width)}\t${line.slice(width)}`);
    if (line.slice(width).startsWith('- ')) put(`${' '.repeat(width)}-\t${line.slice(width + 2)}`);
  });
  return out;
}

/** The line `index` of `text` as the yaml library reads it, with the scan's verdict and reading. */
function verdicts(): { falseFindings: string[]; missed: string[]; otherData: string[]; flagged: number } {
  const out = { falseFindings: [] as string[], missed: [] as string[], otherData: [] as string[], flagged: 0 };
  for (const [name, text] of CORPUS) {
    const original = JSON.stringify(parseDocument(text).toJS());
    for (const v of variants(text)) {
      const where = `${name}:${v.index + 1} ${JSON.stringify(v.text.split('\n')[v.index])}`;
      const refused = parseDocument(v.text).errors.length > 0;
      const tabs = findIndentTabs(v.text);
      const flag = tabs.some((t) => t.line === v.index + 1);
      if (tabs.some((t) => t.line !== v.index + 1) || (flag && !refused)) out.falseFindings.push(where);
      if (!flag && refused) out.missed.push(where);
      if (!flag) continue;
      out.flagged++;
      const doc = parseDocument(expandIndentTabs(v.text, tabs).text);
      if (doc.errors.length > 0 || JSON.stringify(doc.toJS()) !== original) out.otherData.push(where);
    }
  }
  return out;
}

describe('the scan for tab-indented lines', () => {
  it('flags a line exactly where the yaml library refuses its tab, and reads it as the file meant', () => {
    // Every line of the shipped plans and of one with each construct the scan follows, a tab put into its indentation
    // three ways (for all of it, after some spaces, after all of them).
    const { falseFindings, missed, otherData, flagged } = verdicts();
    expect(falseFindings).toEqual([]);
    expect(missed).toEqual([]);
    expect(flagged).toBeGreaterThan(1000);
    // Read as meant, with the same data, but for two lines of block text whose own extra indentation the tab took:
    // the text is kept, its leading spaces are not knowable.
    expect(otherData).toEqual([
      'constructs:9 "\\tindented further here."',
      'constructs:52 "\\ttwo more than the key"',
    ]);
  });

  it('reads a file indented with tabs throughout as the same plan', () => {
    for (const name of ['felles-grunnmur', 'governance']) {
      const text = readFileSync(new URL(`../../plans/${name}.yaml`, import.meta.url), 'utf8');
      for (const width of [2, 4]) {
        const tabbed = text.split('\n').map((l) => {
          const w = /^ */.exec(l)![0].length;
          return '\t'.repeat(Math.floor(w / width)) + ' '.repeat(w % width) + l.slice(w);
        }).join('\n');
        const tabs = findIndentTabs(tabbed);
        expect(tabs.length).toBe(tabbed.split('\n').filter((l) => /^ *\t+ *[^\s#]/.test(l)).length);
        expect(parseDocument(expandIndentTabs(tabbed, tabs).text).toJS()).toEqual(parseDocument(text).toJS());
      }
    }
  });

  it('names the entry of each line, and finds nothing in a file written as JSON with tabs', () => {
    const text = 'plan:\n  id: p\n\ttitle: T\nmilestones:\n  - id: M0\n\ttitle: A\n\t- id: M1\n    title: B\n  - title: C\n\tdate: 2026-06-01\n    id: M2\n';
    expect(findIndentTabs(text).map((t) => [t.line, t.tab - t.start + 1, t.spaces, t.list, t.id])).toEqual([
      [3, 1, 2, 'plan', 'p'],
      [6, 1, 4, 'milestones', 'M0'],
      [7, 1, 2, 'milestones', 'M1'],
      [10, 1, 4, 'milestones', 'M2'],
    ]);
    expect(findIndentTabs('{\n\t"plan": {\n\t\t"id": "p"\n\t},\n\t"milestones": []\n}\n')).toEqual([]);
  });

  it('maps columns of the lines it re-indents back to the text', () => {
    const text = 'a:\n  b: 1\n \t c: 2\n';
    const tabs = findIndentTabs(text);
    const { text: read, column } = expandIndentTabs(text, tabs);
    expect(read).toBe('a:\n  b: 1\n  c: 2\n');
    expect([column(3, 1), column(3, 3), column(3, 4), column(2, 3)]).toEqual([2, 4, 5, 3]);
  });
});
