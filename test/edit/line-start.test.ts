// findLineStart: the start of the line holding an offset, lines ending in LF, CR LF or a lone CR.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLineStart } from '../../src/edit/yaml-source.js';

describe('findLineStart', () => {
  it('is just after the nearest CR or LF before the offset, for any text and offset', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '-', '\n', '\r', 'ø'), { maxLength: 60 }).map((c) => c.join('')), fc.integer({ min: -2, max: 65 }), (text, offset) => {
        const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
        expect(findLineStart(text, offset)).toBe(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1);
      }),
      { numRuns: 3000 },
    );
  });
});
