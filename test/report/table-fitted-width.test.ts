// fittedTableWidth (report/table-widths.ts) bounds every line measuredTableLines makes: callers that must know whether a table
// fits (the risk text table, issue #18) measure no line when it is within the width. On random columns of wide,
// combining, emoji, escaped and one-column text, flexible, cut-to and reference columns, left and right aligned.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, fittedTableWidth, measureColumn, measuredTableLines, type Column } from '../../src/report/table.js';

const textArb = fc.array(fc.constantFrom('a', 'B', '7', '-', ' ', '/', 'æ', '漢', '\u0007', '🙂', 'é', 'e\u0301', '\\', '\u202e', '👍🏽'), { maxLength: 30 }).map((a) => a.join(''));
const columnArb = fc.record({
  header: textArb,
  align: fc.constantFrom('left' as const, 'right' as const),
  kind: fc.constantFrom('plain', 'flex', 'cut', 'refs'),
  min: fc.integer({ min: 1, max: 12 }),
});

describe('fittedTableWidth', () => {
  it('is at least the display width of every line of the table, at any width', () => {
    let within = 0;
    fc.assert(fc.property(fc.array(columnArb, { minLength: 1, maxLength: 6 }), fc.array(fc.array(textArb, { minLength: 6, maxLength: 6 }), { maxLength: 10 }), fc.integer({ min: 10, max: 160 }), (specs, rows, width) => {
      let flexSeen = false;
      const columns: Column[] = specs.map((s) => {
        const flex = s.kind === 'flex' && !flexSeen;
        if (flex) flexSeen = true;
        return { header: s.header, align: s.align, ...(flex ? { flex: true, min: s.min } : {}), ...(s.kind === 'cut' ? { cutTo: s.min + 3 } : {}), ...(s.kind === 'refs' ? { refs: true, cutTo: s.min + 3 } : {}) };
      });
      const measured = columns.map((c, i) => measureColumn(c, rows.map((r) => r[i] ?? '')));
      const bound = fittedTableWidth(measured, width);
      if (bound <= width) within++;
      for (const line of measuredTableLines(measured, rows.length, width)) expect(displayWidth(line)).toBeLessThanOrEqual(bound);
    }), { numRuns: 600 });
    expect(within).toBeGreaterThan(50);
  });
});
