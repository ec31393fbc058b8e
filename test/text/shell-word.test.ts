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

// Tester round 109 F2: init into `bad\x1b[31mname\nx` suggested `milepel validate 'bad\x1b[31mname\nx'`, whose single
// quotes keep the backslashes: it named no folder. Such a word is written in ANSI-C quotes, which bash reads back.
describe('shellWord of a text with control characters', () => {
  it('is $\'…\' with each unsafe character escaped, and no raw control character', () => {
    expect(shellWord('bad\u001b[31mname\nx')).toBe("$'bad\\x1b[31mname\\nx'");
    expect(shellWord("a'b\\c\td\u202e\u0085")).toBe("$'a\\'b\\\\c\\td\\u202e\\u0085'");
    // eslint-disable-next-line no-control-regex
    expect(shellWord('x\u0007y')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
  it('is read back by bash as the one word it was made from', () => {
    const texts = ['bad\u001b[31mname\nx', "a'b\\c\td", 'r\u202etl \u0085 z', 'tab\there'];
    const script = `for w in ${texts.map(shellWord).join(' ')}; do printf '%s\\0' "$w"; done`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    expect(r.stdout.split('\0').slice(0, -1)).toEqual(texts);
  });
});
