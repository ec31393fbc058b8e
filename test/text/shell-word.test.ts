// shellWord: a path as one word of a POSIX shell command line, checked by a real sh (a tester pasted `milepel
// validate ws 🚀/æøå` and got two words).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pathWord, shellWord } from '../../src/text/shell-word.js';

describe('shellWord', () => {
  it.each([['plans', 'plans'], ['ws/a-b_c.d', 'ws/a-b_c.d'], ['ws 🚀/æøå', "'ws 🚀/æøå'"], ["it's", "'it'\\''s'"], ['', "''"], ['$HOME', "'$HOME'"], ['a;rm -rf b', "'a;rm -rf b'"]])(
    '%s → %s',
    (text, word) => expect(shellWord(text)).toBe(word),
  );
  it('is read back by sh as the one word it was made from', () => {
    const texts = ['ws 🚀/æøå', "it's", '$HOME `x` "y"', 'a\\b', '*', '~user', ''];
    const script = `for w in ${texts.map(shellWord).join(' ')}; do printf '%s\\0' "$w"; done`;
    const r = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
    expect(r.stdout.split('\0').slice(0, -1)).toEqual(texts);
  });
  it('makes a path that starts with - a path, not an option (a tester\'s `init -- -dash`)', () => {
    expect(pathWord('-dash')).toBe('./-dash');
    expect(pathWord('-a b')).toBe("'./-a b'");
    expect(pathWord('plans')).toBe('plans');
  });
});
