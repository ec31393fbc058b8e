// readEditedLines (src/edit/edited-lines.ts) gives the lines LazyLines gives for the edited text, and reads that text
// only when the splice does not replace whole lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEditedLines } from '../../src/edit/edited-lines.js';
import { LazyLines } from '../../src/source/lazy-lines.js';

const text = fc.array(fc.constantFrom('a', 'b ', '\r', '\n', '\r\n'), { maxLength: 24 }).map((parts) => parts.join(''));

describe('readEditedLines', () => {
  it('agrees with LazyLines of the edited text for any splice of any text, asked in any order', () => {
    fc.assert(fc.property(text, text, fc.nat(), fc.nat(), fc.array(fc.integer({ min: -1, max: 30 }), { maxLength: 8 }), (before, inserted, a, b, asked) => {
      const start = Math.min(a, b) % (before.length + 1);
      const end = Math.min(before.length, start + (Math.max(a, b) % (before.length + 1)));
      const after = before.slice(0, start) + inserted + before.slice(end);
      const read = readEditedLines(before, { start, end, text: inserted }, () => after);
      // The same when the splice says on which line it starts (set), which spares counting the lines above it.
      const line = 1 + (before.slice(0, start).match(/\r\n|\r|\n/g)?.length ?? 0) - (before[start - 1] === '\r' && before[start] === '\n' ? 1 : 0);
      const readAt = readEditedLines(before, { start, end, text: inserted, line }, () => after);
      const lines = new LazyLines(after);
      const count = after.split(/\r\n|\r|\n/).length;
      for (const line of [...asked, ...Array.from({ length: count + 1 }, (_, i) => i + 1)]) {
        expect(read(line), `line ${line} of ${JSON.stringify(after)} (${JSON.stringify(before)} [${start}, ${end}) ← ${JSON.stringify(inserted)})`).toBe(lines.lineAt(line));
        expect(readAt(line)).toBe(lines.lineAt(line));
      }
    }), { numRuns: 3000, seed: 18 });
  });

  it('never reads the edited text when whole lines are replaced by whole lines (set: a milestone\'s lines)', () => {
    const before = 'plan:\r\n  id: p\nmilestones:\n  - id: A\n    date: 2026-01-05\n  - id: B\n    date: 2026-01-06\n';
    const start = before.indexOf('  - id: A');
    const end = before.indexOf('  - id: B');
    const inserted = '  - id: A\n    date: 2026-01-05\n    forecast: 2026-02-02\n';
    const after = before.slice(0, start) + inserted + before.slice(end);
    let reads = 0;
    const read = readEditedLines(before, { start, end, text: inserted }, () => (reads++, after));
    const lines = new LazyLines(after);
    for (let line = 0; line <= 11; line++) expect(read(line)).toBe(lines.lineAt(line));
    expect(reads).toBe(0);
  });
});
