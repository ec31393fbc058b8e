// The fast YAML path on a value on the lines below its key or its '-' (src/source/fast-block.ts's parseBelow): the yaml
// package writes a value there after a key too long for its line width, and a collection in flow style below its key.
// Until 2 Dec 2026 such a file went wholly to the full parser: 3.4 × slower per milestone at 10,000 milestones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseFast } from '../../src/source/fast-yaml.js';
import { expectSameAsFull } from '../helpers/fast-parity.js';

describe('the fast path on values below their key', () => {
  it.each([
    ['plain, folded over lines', 'plan:\n  id: p\n  title:\n    Plan for\n    felles grunnmur\n\n    og mer\n  owner: x\nmilestones:\n  - id: M1\n    title:\n      Milepæl 1\n    date:\n      2020-01-31\n'],
    ['quoted, folded over lines', 'a:\n  "x\n  y"\nb:\n   \'it\'\'s\'\n'],
    ['after a comment line and a blank line', 'a: # c\n\n  # c\n  x # c\nb: 1\n'],
    ['flow collections', 'a:\n  [x,\n   y]\nb:\n    {c: 1}\n'],
    ['below a lone dash', '-\n  x\n- # c\n  "y"\n-\n  [z]\n-\n  k: v\n-\n  - w\n'],
    ['scalars of the core schema', 'a:\n  1\nb:\n  true\nc:\n  ~\nd:\n  -3\ne:\n  a:b\n'],
  ])('reads %s as the full parser does', (_, text) => {
    expect(expectSameAsFull(text)).toBe(true);
  });

  it("reads the yaml package's output with keys longer than its line width as the full parser does", () => {
    const title = 'Milepæl «Felles grunnmur» – innføring av kjernejournal, e-resept og helsenorge.no i alle helseforetak';
    const doc = { plan: { id: 'p', 'a-rather-long-extension-key-x': title }, milestones: [{ id: 'M1', 'a-rather-long-extension-key-y': title, date: '2020-01-31', after: ['M0', 'plan-2/M4'] }] };
    for (const lineWidth of [30, 40]) {
      const text = YAML.stringify(doc, { lineWidth, minContentWidth: 10 });
      expect(text).toMatch(/key-y:\n/);
      expect(expectSameAsFull(text), text).toBe(true);
    }
  });

  it('declines what the full parser decides: a block scalar, an anchor, a line below not indented, a comment inside', () => {
    for (const text of ['a:\n  |\n  x\n', 'a:\n  &x y\n', 'a:\n  x\ny\n', 'a:\n  x\n  # c\n  y\n', 'a:\n  x # c\n  y\n', 'a:\n  "x"\n  y\n', 'a:\n  [x]\n  y\n', 'a:\n  x\n  y: z\n', 'a:\n  ? x\n']) {
      expect(parseFast(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('agrees with the full parser on random values below keys and dashes, at any indentation, or declines them', () => {
    const value = fc.constantFrom('x', 'x y', '"q"', "'s'", '"a\n b"', 'one\n two', '[1,\n 2]', '{a: 1}', 'a: 1', '- a\n- b', '1', '~', '', '# c\nx', 'x # c', 'x\n\n y', '|\n x', '? x', '---', 'a:b', 'x\n  y: z', 'k: v\n k2: v2');
    const entry = fc.tuple(value, fc.constantFrom(0, 1, 2, 2, 4), fc.boolean());
    let accepted = 0;
    const numRuns = Number(process.env['FUZZ_RUNS'] ?? 600);
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 4 }), fc.constantFrom(0, 2), fc.boolean(), fc.constantFrom('\n', '\r\n'), (entries, base, isSeq, eol) => {
        const lines = base > 0 ? ['top:'] : [];
        entries.forEach(([v, extra, comment], k) => {
          lines.push(`${' '.repeat(base)}${isSeq ? '-' : `k${k}:`}${comment ? ' # c' : ''}`);
          lines.push(...v.split('\n').map((l) => ' '.repeat(base + extra) + l));
        });
        if (expectSameAsFull(lines.join(eol) + eol)) accepted++;
      }),
      { numRuns, seed: 20261202 },
    );
    expect(accepted).toBeGreaterThan(numRuns / 3);
  });
});
