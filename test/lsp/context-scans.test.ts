// Tester round 38 F11: completion read the word before the cursor and a key's comment with unanchored expressions
// that retried a long word or run of blanks from each of its characters (160,000: 28–46 s). Read by hand now, with
// what the expressions read.
import { describe, expect, it } from 'vitest';
import { withoutComment, wordBefore } from '../../src/lsp/context.js';

describe('the scans completion makes of a line', () => {
  it('read what the expressions read, on 100,000 random lines', () => {
    const alphabet = ['a', 'Z', '1', '_', '.', '-', '/', '@', ' ', '\t', '#', ':', '\u00a0', '{', '"'];
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 100_000; k++) {
      let s = '';
      for (let i = Math.floor(next() * 12); i > 0; i--) s += alphabet[Math.floor(next() * alphabet.length)];
      expect(wordBefore(s), JSON.stringify(s)).toBe(/[A-Za-z0-9_.\-/@]*$/.exec(s)![0]);
      expect(withoutComment(s), JSON.stringify(s)).toBe(s.replace(/(^|\s+)#.*$/, '').trim());
    }
  });

  it('read a line of 200,000 characters in one pass', () => {
    expect(wordBefore(`${'a'.repeat(200_000)} `)).toBe('');
    expect(withoutComment(`a${' '.repeat(200_000)}b`)).toBe(`a${' '.repeat(200_000)}b`);
  });
});
