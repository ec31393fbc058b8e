// LazyLines (src/edit/lines.ts) gives the lines and line starts that splitLines and lineStarts give for the whole text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LazyLines } from '../../src/source/lazy-lines.js';
import { lineStarts, splitLines } from '../../src/source/line-breaks.js';
import { parseFastSource } from '../../src/source/parse.js';

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

// The fast path's ParsedSource.lineAt (issue #18: a report quotes its findings' lines from the line starts placing them
// found, rather than scanning each file again) gives what LazyLines gives, after any places were located first.
describe('ParsedSource.lineAt of the fast path', () => {
  it('agrees with splitLines on texts of keys split by any mix of CR, LF and CR LF, blank lines and a last break', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n'), fc.boolean()), { minLength: 1, maxLength: 12 }),
      fc.boolean(),
      fc.array(fc.integer({ min: -1, max: 30 }), { maxLength: 6 }),
      fc.array(fc.nat(), { maxLength: 4 }),
      (parts, lastBreak, asked, located) => {
        const keys = parts.map(([, quoted], i) => (quoted ? `"k${i}": "v ${i}"` : `k${i}: v${i}`));
        const text = keys.map((k, i) => `${k}${i < keys.length - 1 || lastBreak ? parts[i]![0] : ''}`).join('');
        const source = parseFastSource('x.yaml', text);
        expect(source, JSON.stringify(text)).toBeDefined();
        for (const k of located) source!.locate([`k${k % keys.length}`]);
        const split = splitLines(text);
        for (const line of [...asked, ...split.map((_, i) => i + 1), split.length + 1]) {
          expect(source!.lineAt!(line), `line ${line} of ${JSON.stringify(text)}`).toBe(split[line - 1]);
        }
      },
    ), { numRuns: 300 });
  });
});
