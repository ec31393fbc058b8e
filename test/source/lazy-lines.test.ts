// LazyLines (src/edit/lines.ts) gives the lines and line starts that splitLines and lineStarts give for the whole text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LazyLines } from '../../src/source/lazy-lines.js';
import { lineStarts, splitLines } from '../../src/source/line-breaks.js';

describe('LazyLines', () => {
  it('agrees with splitLines and lineStarts on any mix of CR, LF, CR LF and text, asked in any order', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom('a', 'b ', '\r', '\n', '\r\n'), { maxLength: 30 }).map((parts) => parts.join('')),
      fc.array(fc.integer({ min: -1, max: 35 }), { maxLength: 10 }),
      (text, asked) => {
        const lines = new LazyLines(text);
        const split = splitLines(text);
        const starts = lineStarts(text);
        for (const line of [...asked, ...split.map((_, i) => i + 1), split.length + 1]) {
          expect(lines.lineAt(line), `line ${line} of ${JSON.stringify(text)}`).toBe(split[line - 1]);
          expect(lines.startOf(line)).toBe(line >= 1 ? starts[line - 1] : undefined);
        }
      },
    ), { numRuns: 500, seed: 18 });
  });
});
