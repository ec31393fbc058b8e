// src/cli/splice-bytes.ts: the edited file's bytes made from the bytes as read and the changed lines must be exactly the
// edited text encoded whole, with or without a byte order mark, whatever characters (two-byte, astral) come before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spliceBytes } from '../../src/cli/splice-bytes.js';
import { runs } from '../helpers/mutation.js';

const lineArb = fc.array(fc.constantFrom('a', ' ', ':', 'æ', 'ø', '—', '€', '😀', '\u{10FFFF}', '\r'), { maxLength: 12 }).map((cs) => cs.join(''));
const eolArb = fc.constantFrom('\n', '\r\n');

describe('spliceBytes', () => {
  it('gives the bytes of the whole edited text', () => {
    fc.assert(fc.property(fc.array(fc.tuple(lineArb, eolArb), { minLength: 1, maxLength: 8 }), fc.nat(8), fc.nat(3), lineArb, fc.boolean(), (lines, from, count, inserted, hasBom) => {
      const texts = lines.map(([l, eol]) => l + eol);
      const first = from % texts.length;
      const last = Math.min(texts.length, first + count);
      const before = texts.join('');
      const start = texts.slice(0, first).join('').length;
      const end = start + texts.slice(first, last).join('').length;
      const splice = { start, end, text: `${inserted}\n` };
      const bom = hasBom ? '\uFEFF' : '';
      const bytes = Buffer.from(bom + before, 'utf8');
      const after = before.slice(0, start) + splice.text + before.slice(end);
      expect(spliceBytes(bytes, hasBom ? 3 : 0, before, splice).equals(Buffer.from(bom + after, 'utf8'))).toBe(true);
    }), { numRuns: runs(500), seed: 18 });
  });
});
