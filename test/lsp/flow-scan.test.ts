// The language server's flow scan resumes from one finding's span to the next (tester round 83 F12: 10,000 entries of
// one flow list each scanned their line from its start). Resumed or fresh, it must answer alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlowScan, tokenEnd } from '../../src/lsp/token-end.js';
import { TextIndex } from '../../src/lsp/text-index.js';

describe('FlowScan', () => {
  it('answers as a fresh scan for offsets asked in any order, on any text', () => {
    const text = fc.stringMatching(/^[a-z ,:#'"[\]{}\n\r-]{0,60}$/);
    fc.assert(fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), fc.nat(), (t, picks, pick) => {
      const from = t.length === 0 ? 0 : pick % t.length;
      const scan = new FlowScan();
      for (const p of picks) {
        const offset = from + (t.length - from === 0 ? 0 : p % (t.length - from + 1));
        expect(scan.inside(t, from, offset)).toBe(new FlowScan().inside(t, from, offset));
        expect(tokenEnd(t, offset, from, scan)).toBe(tokenEnd(t, offset, from));
      }
    }), { numRuns: 2000 });
  });

  it('starts again for another text or another line start', () => {
    const scan = new FlowScan();
    expect(scan.inside('a: [b, c]', 0, 5)).toBe(true);
    expect(scan.inside('a: b, c]', 0, 5)).toBe(false);
    expect(scan.inside('x\na: [b, c]', 2, 7)).toBe(true);
    expect(scan.inside('x\na: [b, c]', 0, 1)).toBe(false);
  });
});

describe('a span in a long flow list', () => {
  it('ends each entry at its comma, asked in order, and the same asked again out of order', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => `m${i}`);
    const index = new TextIndex(`plan: {id: p}\nmilestones:\n  - {id: A, after: [${entries.join(', ')}]}\n`);
    const line = 3;
    const first = index.text.indexOf('m0');
    const columns = entries.map((e) => index.text.indexOf(`${e},`, first) - index.text.lastIndexOf('\n', first));
    columns[columns.length - 1] = index.text.indexOf('m1999]') - index.text.lastIndexOf('\n', first);
    const widths = (order: number[]): number[] => order.map((k) => { const s = index.spanAt(line, columns[k]!); return s.end.character - s.start.character; });
    const inOrder = entries.map((_, k) => k);
    expect(widths(inOrder)).toEqual(entries.map((e) => e.length));
    expect(widths([...inOrder].reverse())).toEqual([...entries].reverse().map((e) => e.length));
  });
});
