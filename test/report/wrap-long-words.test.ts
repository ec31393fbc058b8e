// A word wider than the line (tester round 100 F11): a title of 86 emoji in a finding overflowed --width, because
// wrapping never split a word. It is cut between graphemes and escapes, as `fold -w` cuts, into lines that fit.
import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../src/report/wrap.js';
import { displayWidth } from '../../src/report/table.js';
import { runCli } from '../helpers/fake-io.js';

describe('wrapWords', () => {
  it.each([
    ['words that fit stay whole', 'alpha beta gamma delta', 12, '', '  ', ['alpha beta', '  gamma', '  delta']],
    ['a long word fills lines of its own', 'see abcdefghijklmnopqrstuvwxyz now', 10, '', '  ', ['see', '  abcdefgh', '  ijklmnop', '  qrstuvwx', '  yz now']],
    ['a long first word after an indent', 'abcdefghijkl x', 8, '>> ', '   ', ['>> abcde', '   fghij', '   kl x']],
    ['wide graphemes are never halved', '🎉🎉🎉🎉🎉🎉🎉', 7, '', '', ['🎉🎉🎉', '🎉🎉🎉', '🎉']],
    ['a joined family emoji stays one grapheme', 'a👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 5, '', '', ['a👨‍👩‍👧👨‍👩‍👧', '👨‍👩‍👧']],
    ['an escape is never split', 'abc\\x07def', 5, '', '', ['abc', '\\x07d', 'ef']],
    ['an indent wider than the width keeps the word whole', 'abcdef', 3, '    ', '    ', ['    abcdef']],
  ])('%s', (_name, text, width, indent, next, expected) => {
    expect(wrapWords(text, width, indent, next)).toEqual(expected);
  });

  it('cuts a word of 300,000 characters into lines that hold all of it, in one pass', () => {
    const word = `${'x'.repeat(100_000)}\\x07${'ø'.repeat(100_000)}🎉${'y'.repeat(99_995)}`;
    const lines = wrapWords(`a ${word} b`, 80, '', '  ');
    expect(lines[0]).toBe('a');
    expect(lines.at(-1)!.endsWith(' b')).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(2))).join('').replace(/ b$/, '')).toBe(`a${word}`);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('keeps every character, in order', () => {
    const text = `start ${'Ærlig🎉\\u202e'.repeat(40)} end`;
    const lines = wrapWords(text, 40, '', '  ');
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(2))).join('')).toBe(text.replaceAll(' ', ''));
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });
});

describe('validate --width with a title of 86 emoji', () => {
  it('keeps every line of the finding within the width', async () => {
    const title = '🎉'.repeat(86);
    const files = { 'ws/p.yaml': `plan: {id: p, title: P}\nmilestones:\n  - {id: A, title: T, date: 2024-01-08, after: [${title}]}\n` };
    const r = await runCli(['validate', 'ws', '--width', '60', '--no-color', '--today', '2024-01-01'], { files, diskRoots: [] });
    const message = r.stdout.split('\n').filter((l) => !/^\s*\d* *\|/.test(l));
    expect(message.join('\n')).toContain('🎉🎉');
    for (const line of message) expect(displayWidth(line)).toBeLessThanOrEqual(60);
  });
});
