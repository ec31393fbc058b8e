// The fast YAML path's shortcuts of 2 Dec 2026 (issue #18) against the full parser: a sequence item's key recognised
// by parseKey's guess (fast-scalar.ts isGuessedKey), sequences copied out of the shared item stack (takeItems), the
// positions table sized from the text (positions.ts) and grown past that size, and the string table's 30-bit hashes
// compared against the latest occurrence of a text (string-table.ts).
import { describe, expect, it } from 'vitest';
import { parseFast } from '../../src/source/fast-yaml.js';
import { HASH_MASK, hashOf } from '../../src/source/string-table.js';
import { expectSameAsFull } from '../helpers/fast-parity.js';

describe('the fast path after a key it has read before', () => {
  it.each([
    ['a key again', '- id: a\n  n: 1\n- id: b\n  n: 2\n'],
    ['a colon with no space after it', '- id: a\n- id:x\n'],
    ['a colon at the end of the line', '- id: a\n- id:\n- id: c\n'],
    ['a colon then a comment', '- id: a\n- id: # c\n'],
    ['a quoted key with the same text', '- id: a\n- "id": b\n'],
    ['a longer key that starts the same', '- id: a\n- idx: b\n- id: c\n'],
    ['a space before the colon', '- id: a\n- id : b\n'],
    ['a flow mapping read before', 'm: {id: a, lag: 1d}\nl:\n  - id: b\n  - lag: 2d\n  - id:,\n'],
  ])('agrees with the full parser or declines: %s', (_, text) => {
    expectSameAsFull(text);
  });

  it('reads a repeated first key as a mapping, and a plain item with the same letters as text', () => {
    const fast = parseFast('- id: a\n- id:x\n- id: c\n');
    expect(fast?.data).toEqual([{ id: 'a' }, 'id:x', { id: 'c' }]);
  });
});

describe('a sequence item that starts with a flow collection or a quote, read as a value first', () => {
  it.each([
    ['flow mappings', 'h:\n  - {reported: 2024-01-02, forecast: 2024-02-03}\n  - {reported: 2024-03-04, forecast: 2024-04-05}\n'],
    ['a flow sequence and a flow mapping over lines', 'h:\n  - [a,\n    b]\n  - {a: 1,\n    b: 2}\n  - x\n'],
    ['a flow collection as a key', 'h:\n  - {a: 1}: b\n'],
    ['a flow sequence as a key', 'h:\n  - [a]: b\n'],
    ['a flow collection below a key, as a key', 'h:\n  {a: 1}: b\n'],
    ['quoted items with a colon inside', 'd:\n  - "Sak 27/23: HelseID"\n  - \'e: x\'\n  - "a" # c: d\n'],
    ['a quoted key', '- "a b": 1\n  c: 2\n- \'d\': 3\n'],
    ['a quoted key then the line end', '- "a":\n- "b": x\n'],
    ['a quoted key without a space after its colon', '- "a":b\n'],
    ['a quoted key twice', '- "a": 1\n  "a": 2\n'],
    ['a quoted item over two lines then a colon', 'l:\n  - "a\n    b": c\n'],
    ['a quoted item over two lines', 'l:\n  - "a:\n    b"\n  - \'c:\n    d\'\n'],
    ['a quoted item with an escape and a colon', 'l:\n  - "a\\"b: c"\n  - "\\x41: b"\n'],
  ])('agrees with the full parser or declines: %s', (_, text) => {
    if (!expectSameAsFull(text)) expect(parseFast(text)).toBeUndefined();
  });

  it('reads flow mappings and quoted texts as items, and a quoted key as a mapping', () => {
    expect(parseFast('- {a: 1}\n- "x: y"\n- \'z\'\n- "k": v\n')?.data).toEqual([{ a: 1 }, 'x: y', 'z', { k: 'v' }]);
    expect(parseFast('- {a: 1}: b\n')).toBeUndefined();
  });
});

describe('sequences from the shared item stack', () => {
  it.each([
    ['empty and nested', 'a: [[1, [2, 3]], [], [4], [[[]]]]\n'],
    ['flow in block, block in block', 'a:\n  - [x, {b: [y, z]}]\n  -\n    - 1\n    - 2\n'],
    ['many items', `a: [${Array.from({ length: 300 }, (_, i) => `v${i % 7}`).join(', ')}]\n`],
  ])('agrees with the full parser: %s', (_, text) => {
    expect(expectSameAsFull(text)).toBe(true);
  });
});

describe('the positions table', () => {
  it('grows past the size it was given for the text: a dense flow list has about a cell per character', () => {
    const text = `[${Array.from({ length: 5000 }, (_, i) => String(i % 10)).join(',')}]\n`;
    expect(expectSameAsFull(text)).toBe(true);
    const fast = parseFast(`a: ${text}`);
    expect(fast?.positions.used).toBeGreaterThan(text.length / 4);
    expect(expectSameAsFull(`a: ${text}`)).toBe(true);
  });
});

describe('the string table', () => {
  it('hashes to small integers (30 bits), which V8 passes without boxing', () => {
    for (const s of ['', 'a', 'plan-7/M2', '2020-01-31', 'æøå', '\u2014x', 'zzzzzzzzzzzz']) {
      const h = hashOf(s, 0, s.length);
      expect(h).toBeGreaterThanOrEqual(0);
      expect(h).toBeLessThanOrEqual(HASH_MASK);
    }
  });

  it('keeps one value per text when the same short scalars repeat far apart, in flow and block alike', () => {
    const lines: string[] = ['items:'];
    for (let i = 0; i < 2000; i++) lines.push(`  - {id: M${i % 97}, d: 2020-01-${String(1 + (i % 28)).padStart(2, '0')}, t: [x${i % 13}, M${i % 97}]}`, `  - M${(i * 7) % 97}`);
    const text = `${lines.join('\n')}\n`;
    expect(expectSameAsFull(text)).toBe(true);
  });
});
