// src/cli/commands/splice-all.ts: a file's bytes after many splices, made from its bytes as read and the inserted
// pieces, must be exactly the edited text encoded whole, with or without a byte order mark, whatever comes before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spliceAllBytes } from '../../src/cli/commands/splice-all.js';
import { runs } from '../helpers/mutation.js';

const pieceArb = fc.array(fc.constantFrom('a', ' ', '{', '}', 'æ', '—', '€', '😀', '\u{10FFFF}', '\n', '\r\n'), { maxLength: 10 }).map((cs) => cs.join(''));

describe('spliceAllBytes', () => {
  it('gives the bytes of the whole edited text', () => {
    fc.assert(fc.property(fc.array(pieceArb, { minLength: 1, maxLength: 10 }), fc.array(fc.tuple(fc.boolean(), pieceArb), { maxLength: 10 }), fc.boolean(), (pieces, changes, hasBom) => {
      // Splices start and end between pieces (never inside a surrogate pair); some replace a piece, some only insert.
      const before = pieces.join('');
      const splices = [];
      let after = '';
      let at = 0;
      for (let i = 0; i < pieces.length; i++) {
        const change = changes[i];
        if (change === undefined) {
          after += pieces[i];
        } else {
          const [replaces, text] = change;
          splices.push({ start: at, end: replaces ? at + pieces[i]!.length : at, text });
          after += text + (replaces ? '' : pieces[i]);
        }
        at += pieces[i]!.length;
      }
      const bom = hasBom ? '\uFEFF' : '';
      const bytes = Buffer.from(bom + before, 'utf8');
      expect(spliceAllBytes(bytes, hasBom ? 3 : 0, before, splices).equals(Buffer.from(bom + after, 'utf8'))).toBe(true);
    }), { numRuns: runs(500), seed: 18 });
  });

  it('refuses overlapping splices', () => {
    expect(() => spliceAllBytes(Buffer.from('abcdef'), 0, 'abcdef', [{ start: 1, end: 4, text: 'x' }, { start: 2, end: 3, text: 'y' }])).toThrow(/overlapping/);
  });
});
