// Double-quoted scalars on the fast YAML path (src/source/fast-quoted.ts parseDouble): found with indexOf, the next '"'
// and the next '\' kept between runs, they read as the full parser reads them, wherever the quotes and backslashes
// fall: escapes, an escaped quote or backslash, a value folded over lines, several values on a line of a flow list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectSameAsFull } from '../helpers/fast-parity.js';

const piece = fc.constantFrom('a', 'æ', '—', '😀', ' ', '\\"', '\\\\', '\\n', '\\t', '\\x41', '\\u00e5', '\\q', '\\', "'", '#', ':', '\n', '\n\n', '\n   ', 'x\\\n  y');
const inner = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

describe('double-quoted scalars on the fast path', () => {
  it('read as the full parser reads them, as block values and flow items', () => {
    let accepted = 0;
    fc.assert(fc.property(fc.array(inner, { minLength: 1, maxLength: 4 }), fc.boolean(), (values, flow) => {
      const text = flow
        ? `a: ["${values.join('", "')}"]\nb: "\\\\"\n`
        : `${values.map((v, i) => `k${i}: "${v}"\n`).join('')}z: 'x\\y'\n`;
      if (expectSameAsFull(text)) accepted++;
    }), { numRuns: 1500, seed: 20261202 });
    expect(accepted).toBeGreaterThan(300);
  });
});
