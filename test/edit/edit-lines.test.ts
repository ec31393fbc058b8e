// text-edit.ts findEditLines: the lines of edited values counted on the text before the edits and the inserted pieces
// must be the lines findLines finds in the edited text; with a CR anywhere it leaves the count to findLines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, findEditLines, findLines, type TextEdit } from '../../src/edit/text-edit.js';
import { runs } from '../helpers/mutation.js';

const pieceArb = fc.array(fc.constantFrom('a', ' ', 'æ', '\n', '\n\n'), { maxLength: 8 }).map((cs) => cs.join(''));

describe('findEditLines', () => {
  it('finds the lines findLines finds in the edited text', () => {
    fc.assert(fc.property(fc.array(pieceArb, { minLength: 1, maxLength: 10 }), fc.array(fc.option(fc.tuple(fc.boolean(), pieceArb, fc.nat(8))), { maxLength: 10 }), (pieces, changes) => {
      const text = pieces.join('');
      const edits: TextEdit[] = [];
      let at = 0;
      for (let i = 0; i < pieces.length; i++) {
        const change = changes[i];
        if (change !== undefined && change !== null) {
          const [replaces, insert, valueAt] = change;
          edits.push({ start: at, end: replaces ? at + pieces[i]!.length : at, insert, valueAt: Math.min(valueAt, insert.length) });
        }
        at += pieces[i]!.length;
      }
      // In any order (lines[i] belongs to edit i), as long as edits at one offset keep theirs.
      if (new Set(edits.map((e) => e.start)).size === edits.length) edits.reverse();
      const { text: after, offsets } = applyEdits(text, edits);
      expect(findEditLines(text, edits)).toEqual(findLines(after, offsets));
    }), { numRuns: runs(500), seed: 18 });
  });

  it('leaves a text or an insert with a CR to findLines', () => {
    expect(findEditLines('a\rb\n', [{ start: 2, end: 2, insert: 'x', valueAt: 0 }])).toBeUndefined();
    expect(findEditLines('a\nb\n', [{ start: 2, end: 2, insert: '\r\nx', valueAt: 2 }])).toBeUndefined();
    expect(findEditLines('a\nb\n', [{ start: 2, end: 2, insert: 'x\n', valueAt: 0 }, { start: 4, end: 4, insert: 'y', valueAt: 0 }])).toEqual([2, 4]);
  });
});
