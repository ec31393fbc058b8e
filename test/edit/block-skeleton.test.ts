// `set` reads a milestone's long nested values (a history of thousands of entries) as blanks (src/edit/block-skeleton.ts):
// the skeleton keeps every offset, and the edit it plans is byte for byte the one the whole document gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockSkeleton, MIN_BLANKED_LINES } from '../../src/edit/block-skeleton.js';
import { openMilestoneBlock } from '../../src/edit/milestone-block.js';
import { setInDocument, setMilestoneFields, type SettableKey } from '../../src/edit/set-field.js';
import { toCanonicalJson } from '../../src/edit/verify.js';
import { sameData as sameDataIn } from '../../src/source/same-data.js';
import { isScalar, isSeq } from '../../src/source/yaml.js';

/** `n` history entries, flow style, indented under a key at `indent`. */
function history(n: number, indent = 4, style: 'flow' | 'block' = 'flow'): string[] {
  const pad = ' '.repeat(indent + 2);
  return Array.from({ length: n }, (_, i) => {
    const reported = `2019-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    return style === 'flow' ? `${pad}- {reported: ${reported}, forecast: 2020-02-03}` : `${pad}- reported: ${reported}\n${pad}  forecast: 2020-02-03  # entry ${i}`;
  });
}

describe('the skeleton of a milestone entry', () => {
  it('blanks a long value below its key, keeping every offset and line break, with an x where its last line starts', () => {
    const text = ['  - id: A', '    date: 2020-02-03', '    history:', ...history(MIN_BLANKED_LINES), '    status: green', ''].join('\r\n');
    const skeleton = blockSkeleton(text)!;
    expect(skeleton.blanked).toEqual(['history']);
    expect(skeleton.text).toHaveLength(text.length);
    const lines = skeleton.text.split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['  - id: A', '    date: 2020-02-03', '    history:']);
    expect(lines.slice(3, 3 + MIN_BLANKED_LINES - 1).every((line) => /^ +$/.test(line))).toBe(true);
    expect(lines[2 + MIN_BLANKED_LINES]).toMatch(/^ {6}x +$/);
    expect(lines.slice(3 + MIN_BLANKED_LINES)).toEqual(['    status: green', '']);
  });

  it('blanks a list at its key’s column up to its last entry, past that entry’s dash; not one that ends in a lone dash', () => {
    const text = ['- id: A', '  history:', ...history(MIN_BLANKED_LINES, 0), '  status: red', ''].join('\n');
    const lines = blockSkeleton(text)!.text.split('\n');
    expect(lines[1 + MIN_BLANKED_LINES]).toMatch(/^ {4}x +$/);
    expect(lines.slice(2 + MIN_BLANKED_LINES)).toEqual(['  status: red', '']);
    expect(blockSkeleton(['- id: A', '  history:', ...history(MIN_BLANKED_LINES, 0), '  -', ''].join('\n'))).toBeUndefined();
  });

  it('leaves short values, the keys set reads, tabs, and trailing comments as they are', () => {
    const short = ['  - id: A', '    history:', ...history(MIN_BLANKED_LINES - 1), ''].join('\n');
    expect(blockSkeleton(short)).toBeUndefined();
    expect(blockSkeleton(short, 1)?.blanked).toEqual(['history']);
    const forecast = ['  - id: A', '    forecast:', ...history(100).map((l) => l.replace(/- .*/, '- 2020-01-01')), ''].join('\n');
    expect(blockSkeleton(forecast, 1)).toBeUndefined();
    expect(blockSkeleton(['  - id: A', '    history:', ...history(100), '\tx: 1', ''].join('\n'))).toBeUndefined();
    const comment = ['  - id: A', '    history:', ...history(100), '  # next milestone', ''].join('\n');
    expect(blockSkeleton(comment)!.text.endsWith('\n  # next milestone\n')).toBe(true);
  });

  it('reads the entry after a lone "-", and the mapping of such an entry alone', () => {
    const lone = ['  -', '    id: A', '    history:', ...history(100), ''].join('\n');
    expect(blockSkeleton(lone)?.blanked).toEqual(['history']);
    expect(blockSkeleton(lone.split('\n').slice(1).join('\n'))?.blanked).toEqual(['history']);
  });
});

describe('set on a milestone with long nested values', () => {
  const layouts: readonly (readonly [string, string])[] = [
    ['history last', ['milestones:', '  - id: A', '    date: 2020-02-03', '    history:', ...history(200), '  - id: B', '    date: 2020-03-03', ''].join('\n')],
    ['history in the middle, block entries with comments', ['milestones:', '  - id: A', '    date: 2020-02-03', '    history:', ...history(80, 4, 'block'), '    responsible: PM', '', '# the end', ''].join('\n')],
    ['history first after id, then forecast and status', ['milestones:', '  - id: A', '    history:', ...history(100), '    date: 2020-02-03', '    forecast: 2020-02-05', '    status: yellow', 'goals: []', ''].join('\n')],
    ['a lone dash, CRLF', ['milestones:', '  -', '    id: A', '    date: 2020-02-03', '    history:', ...history(70), ''].join('\r\n')],
    ['two long values', ['milestones:', '  - id: A', '    date: 2020-02-03', '    after:', ...Array.from({ length: 90 }, (_, i) => `      - B${i}`), '    history:', ...history(90), ''].join('\n')],
    ['no date: a key set inserts goes after the history, the last pair, before a trailing comment', ['milestones:', '  - id: A', '    title: t', '    history:', ...history(80), '    # trailing comment', '', '  - id: B', ''].join('\n')],
    ['no date, a comment line inside the history and one after each entry', ['milestones:', '  - id: A', '    title: t', '    history:', ...history(40), '', '      # inner', ...history(40).map((line) => `${line}  # c`), ''].join('\n')],
    ['a list at the key’s own column, as PyYAML writes it (tester round 40 F2)', ['milestones:', '- id: A', '  title: t', '  date: 2020-02-03', '  history:', ...history(90, 0), '- id: B', '  date: 2020-03-03', ''].join('\n')],
    ['a list at the key’s column with entries of two lines, no date, CRLF', ['milestones:', '  - id: A', '    title: t', '    history:', ...history(70, 2, 'block'), '    # after', ''].join('\r\n')],
    ['history as the last key of the last milestone', ['plan: {id: p}', 'milestones:', '  - id: A', '    date: 2020-02-03', '    history:', ...history(120), ''].join('\n')],
  ];
  const edits: readonly (readonly [SettableKey, string])[] = [['forecast', '2020-03-02'], ['actual', '2020-02-28'], ['status', 'red']];

  it.each(layouts)('%s: the skeleton is read, and the edit is the whole document’s, byte for byte', (_, text) => {
    const block = openMilestoneBlock(text, 0)!;
    const value = block.map.items.find((pair) => isScalar(pair.key) && pair.key.value === 'history')?.value;
    expect(isScalar(value) && value.value).toBe('x');
    for (const edit of edits) {
      const outcome = setMilestoneFields(text, 0, [edit]);
      expect(outcome.ok, `${edit.join('=')}: ${JSON.stringify(outcome)}`).toBe(true);
      expect(outcome).toEqual({ ...setInDocument(text, 0, [edit]), splice: expect.anything() });
    }
    expect(setMilestoneFields(text, 0, edits)).toEqual({ ...setInDocument(text, 0, edits), splice: expect.anything() });
  });

  it("reads the block's own lines where the skeleton misplaces an inserted key: a block scalar whose last line starts with '#'", () => {
    const notes = ['    x-notes:', ...Array.from({ length: 70 }, (_, i) => `      k${i}: ${i}`), '      text: |', '        line', '        # not a comment: the text'];
    const text = ['milestones:', '  - id: A', '    title: t', ...notes, ''].join('\n');
    expect(openMilestoneBlock(text, 0)?.skeleton).toBe(true);
    const outcome = setMilestoneFields(text, 0, [['status', 'red']]);
    expect(outcome).toEqual({ ...setInDocument(text, 0, [['status', 'red']]), splice: expect.anything() });
    expect(outcome).toMatchObject({ ok: true, text: `${text}    status: red\n` });
  });

  it('blanks any long value but those set reads, whatever it holds, and still edits as the whole document does', () => {
    const text = ['milestones:', '  - id: A', '    date: 2020-02-03', '    x-notes:', ...Array.from({ length: 70 }, () => '      - x'), '    progress:', ...Array.from({ length: 70 }, (_, i) => `      - ${i}`), ''].join('\n');
    const block = openMilestoneBlock(text, 0)!;
    const valueOf = (key: string): unknown => block.map.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.value;
    expect(isScalar(valueOf('x-notes'))).toBe(true);
    expect(isSeq(valueOf('progress'))).toBe(true);
    for (const key of ['status', 'forecast'] as const) expect(setMilestoneFields(text, 0, [[key, key === 'status' ? 'red' : '2020-03-02']])).toEqual({ ...setInDocument(text, 0, [[key, key === 'status' ? 'red' : '2020-03-02']]), splice: expect.anything() });
  });
});

/** `value` inside `depth` one-element arrays. */
function nest(depth: number, value: unknown): unknown {
  let out = value;
  for (let i = 0; i < depth; i++) out = [out];
  return out;
}

/** The edit checks' reading (src/source/same-data.ts). */
const sameData = (a: unknown, b: unknown): boolean => sameDataIn(a, b, 'json');

describe('sameData', () => {
  it('agrees with comparing canonical JSON on the data YAML reads', () => {
    const scalar = fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -3, max: 3 }), fc.constantFrom('a', 'b', '2020-01-01', ''));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'c', '__proto__'), tie('node'), { maxKeys: 3 })),
    })).node;
    fc.assert(
      fc.property(value, value, (a, b) => {
        const same = toCanonicalJson(a) === toCanonicalJson(b);
        expect(sameData(a, b)).toBe(same);
        expect(sameData(a, structuredClone(a))).toBe(true);
        // Nested past the plain recursion's depth: the comparison that takes circular data gives the same answer.
        expect(sameData(nest(300, a), nest(300, b))).toBe(same);
      }),
      { numRuns: 2000, seed: 20261205 },
    );
    expect(sameData({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });

  it('compares data that holds itself through an alias, and data nested deeper than YAML nests', () => {
    const circular = (): unknown[] => {
      const a: unknown[] = [];
      a.push(a, 'x');
      return a;
    };
    expect(sameData(circular(), circular())).toBe(true);
    const other = circular();
    other[1] = 'y';
    expect(sameData(circular(), other)).toBe(false);
    const self: Record<string, unknown> = { k: 1 };
    self['me'] = self;
    expect(sameData(self, { k: 1, me: self })).toBe(true);
    expect(sameData(self, { k: 2, me: self })).toBe(false);
    const deep = (n: number, leaf: unknown): unknown => (n === 0 ? leaf : { a: [deep(n - 1, leaf)] });
    expect(sameData(deep(1000, 'x'), deep(1000, 'x'))).toBe(true);
    expect(sameData(deep(1000, 'x'), deep(1000, 'y'))).toBe(false);
  });

  it('lets set and snapshot edit a file that holds a self-referencing alias (tester round 40 F1: exit 3)', () => {
    const text = ['plan:', '  id: p', 'x-s: &a', '  - *a', 'milestones:', '  - id: B', '    date: 2019-02-01', '    x-c: &b [*b]', ''].join('\n');
    const outcome = setMilestoneFields(text, 0, [['status', 'red']]);
    expect(outcome).toMatchObject({ ok: true, text: text.replace('    x-c:', '    status: red\n    x-c:') });
  });
});
