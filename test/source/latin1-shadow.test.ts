// The fast YAML path reads a text with characters past U+00FF through a one-byte shadow (src/source/latin1-shadow.ts):
// the strings it cuts must be the text's own, and one byte per character wherever they can be.
import { serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Latin1Shadow } from '../../src/source/latin1-shadow.js';
import { parseFast } from '../../src/source/fast-yaml.js';
import { expectSameAsFull } from '../helpers/fast-parity.js';

/** Whether V8 holds `s` as a one-byte string (the serializer's tag: '"' one-byte, 'c' two-byte). */
function oneByte(s: string): boolean {
  return serialize(s)[2] === 0x22;
}

describe('the one-byte shadow of a plan text', () => {
  it('is the text with each character past U+00FF as "?", a pair of a character outside the BMP as "??", and none for a Latin-1 text', () => {
    expect(Latin1Shadow.of('id: æøå\n')).toBeUndefined();
    expect(Latin1Shadow.of('title: a 😀 b\n')!.text).toBe('title: a ?? b\n');
    expect(Latin1Shadow.of('😀')!.text).toBe('??');
    expect(Latin1Shadow.of('a?😀?😀😀—?\n😀')!.text).toBe(`a${'?'.repeat(10)}\n??`);
    const far = `title: — ${'x'.repeat(70000)} 😀 ? y\n`;
    expect(Latin1Shadow.of(far)!.text).toBe(far.replace('—', '?').replace('😀', '??'));
    // A lone surrogate is one '?' like any other wide character, next to a pair too.
    expect(Latin1Shadow.of('title: — \ud800 b \udc00\n')!.text).toBe('title: ? ? b ?\n');
    expect(Latin1Shadow.of('a\ud800😀\udc00😀\ud83d')!.text).toBe('a?????????'.slice(0, 8));
    for (const s of ['title: a 😀 b\n', 'a?😀?😀😀—?\n😀', far, 'a\ud800😀\udc00😀\ud83d']) {
      const shadow = Latin1Shadow.of(s)!;
      expect(oneByte(shadow.text)).toBe(true);
      expect(shadow.text.length).toBe(s.length);
      for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) <= 0xff && shadow.text[i] !== s[i]) throw new Error(`${JSON.stringify(s)} at ${i}`);
    }
    const shadow = Latin1Shadow.of('title: a — b Ж ÿ ?\n')!;
    expect(shadow.text).toBe('title: a ? b ? ÿ ?\n');
    expect(oneByte(shadow.text)).toBe(true);
    expect(shadow.slice(0, 5)).toBe('title');
    expect(shadow.slice(7, 14)).toBe('a — b Ж');
    expect(shadow.slice(15, 16)).toBe('ÿ');
    expect([shadow.marked(0, 9), shadow.marked(0, 10), shadow.marked(10, 11), shadow.marked(2, 17), shadow.marked(17, 18)]).toEqual([false, true, false, true, true]);
  });

  it('is each unit past U+00FF as "?" wherever it stands among the units read four words at a time', () => {
    const unit = fc.constantFrom('a', '?', 'ÿ', '\u0100', 'Ā', '—', '\u2028', '\ufe0f', '\ufeff', '\uff00', '\u00ff', '\n', '😀', '\ud800', '\udfff');
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }), fc.nat(30), (units, pad) => {
      const text = 'x'.repeat(pad) + units.join('');
      const expected = text.replace(/[\u0100-\uffff]/g, '?');
      const shadow = Latin1Shadow.of(text);
      if (expected === text) expect(shadow).toBeUndefined();
      else {
        expect(shadow!.text).toBe(expected);
        expect(oneByte(shadow!.text)).toBe(true);
      }
    }), { numRuns: 2000 });
    const long = `${'ab'.repeat(5000)}—${'c'.repeat(7)}😀${'d'.repeat(9)}\ufeff`;
    expect(Latin1Shadow.of(long)!.text).toBe(long.replace(/[\u0100-\uffff]/g, '?'));
  });

  it('leaves to the full parser the texts with a tab, a control character, NEL, LS, PS or BOM, with and without a shadow', () => {
    for (const wide of ['', ' —', ' 😀']) {
      for (const odd of ['\t', '\x00', '\x08', '\x0b', '\x0c', '\x0e', '\x1f', '\x7f', '\x85', '\x9f', '\u2028', '\u2029', '\ufeff']) {
        const text = `plan:\n  id: p${wide}\n  title: a${odd}b\n`;
        expect(parseFast(text), JSON.stringify(text)).toBeUndefined();
      }
      for (const fine of ['\xa0', 'ÿ', '\u2027', '\u202a', '\ufefe', '\u0109', '\u0128', '\u0129', '\uff28']) {
        const text = `plan:\n  id: p${wide}\n  title: a${fine}b\n`;
        expect(parseFast(text), JSON.stringify(text)).toBeDefined();
      }
    }
  });

  it('is the text itself for a text that needs none (identity), cutting the same strings and marking only its own "?"', () => {
    const text = 'id: æøå ? x\n';
    const shadow = Latin1Shadow.identity(text);
    expect(shadow.text).toBe(text);
    expect(shadow.slice(0, 2)).toBe('id');
    expect(shadow.slice(4, 11)).toBe('æøå ? x');
    expect([shadow.marked(0, 8), shadow.marked(0, 9), shadow.marked(9, 12)]).toEqual([false, true, false]);
  });

  it('reads texts with and without a shadow, a "?" in keys and short values too, as the full parser does', () => {
    for (const text of ['a?: 1\nb: x?\nc: [x?, ?y]\nd: {k?: v}\n', 'a?: 1\nb: x? —\nc: [x?, y]\nd: {k?: v}\n', '- id: M?\n  t: [M?, M?]\n- id: M?\n']) {
      expect(expectSameAsFull(text), JSON.stringify(text)).toBe(true);
    }
  });

  const wideTexts = [
    {
      wide: 'an em dash',
      text: 'plan:\n  id: p\n  title: Plan — one\nmilestones:\n  - id: M1\n    title: "Første — M1"\n    date: 2026-01-05\n  - id: M2\n    title: Second\n    date: 2026-02-02\n    after: [M1, {id: p/M1, lag: 2d}]\n',
      titles: ['Plan — one', 'Første — M1', 'Second'],
    },
    {
      wide: 'an emoji',
      text: 'plan:\n  id: p\n  title: Plan 🚀 one\nmilestones:\n  - id: M1\n    title: "Første 🚀 M1 😀"\n    date: 2026-01-05\n  - id: M2\n    title: 🚀\n    date: 2026-02-02\n    tags: [🚀, a🚀, {🚀: 😀}]\n    after: [M1, {id: p/M1, lag: 2d}]\n',
      titles: ['Plan 🚀 one', 'Første 🚀 M1 😀', '🚀'],
    },
  ];
  for (const { wide, text, titles } of wideTexts) {
    it(`lets the fast path cut one-byte strings from a text with ${wide}, the same strings as the text has`, () => {
      expect(expectSameAsFull(text)).toBe(true);
      const data = parseFast(text)!.data as { plan: { id: string; title: string }; milestones: { id: string; date: string; title: string; after: unknown[] }[] };
      const [m1, m2] = data.milestones;
      expect([data.plan.title, m1!.title, m2!.title]).toEqual(titles);
      // Every string that fits one byte a character is one; a title with a wider character cannot be.
      const narrow = [data.plan.id, m1!.id, m1!.date, m2!.id, m2!.date, m2!.after[0] as string, ...[data.plan.title, m1!.title, m2!.title].filter((t) => !/[^\0-\xff]/.test(t))];
      for (const s of narrow) expect(oneByte(s), s).toBe(true);
    });
  }

  it('keeps apart keys and values that differ only in characters the shadow writes alike', () => {
    const cases = [
      'aЖ: 1\naД: 2\n', 'a?: 1\naЖ: 2\n', 'aЖ: 1\na?: 2\n', 'a?: 1\na?: 2\n', 'x:\n  - aЖ\n  - aД\n  - a?\n  - aЖ\n',
      'k: [aЖ, aД, a?]\n', '{aЖ: 1, aД: 2}\n', 'a: "Ж\\u0416 ?"\nb: \'Д?\'\n', 'a: |\n  Ж?\n  Д\n', 'a: Ж x\n  Д y\n',
      'a: [Ж\n  Д]\n', 'Ж: ?\n', '? Ж\n', 'a: "\\Ж"\n', 'a: Ж # Д\n', 'aЖ: 1\nb: 2\naД: 3\n',
      'x:\n  a?: 1\ny:\n  aЖ: 2\n', 'a: –\nb: – x\nc: [–, – y]\nd: {e: –}\nf: [x,\n  – z]\ng:\n  - –\n  - ? h\n', 'x:\n  aЖ: 1\ny:\n  a?: 2\n', 'x:\n  aЖ: 1\ny:\n  aД: 2\n',
      'a😀: 1\na??: 2\naЖД: 3\na🚀: 4\n', 'x:\n  - a😀\n  - a??\n  - aЖ?\n  - a😀\n', 'a: 😀\nb: 😀 x\nc: [😀, 😀 y]\nd: {e: 😀}\nf: [x,\n  😀 z]\ng:\n  - 😀\n  - ? 😀\n',
      'a: "😀\\ud83d\\ude00 ?"\nb: \'😀?\'\n', 'a: |\n  😀?\n  🚀\n', 'a: 😀 x\n  🚀 y\n', 'a: 😀 # 🚀\n', '😀: ?\n', '? 😀\n',
    ];
    for (const text of cases) {
      const accepted = expectSameAsFull(text);
      if (!accepted) expect(parseFast(text), JSON.stringify(text)).toBeUndefined();
    }
    // A wide character where '?' would be an indicator, at the start of a value or of a flow scalar's next line, is text.
    for (const text of ['aЖ: 1\naД: 2\n', 'x:\n  a?: 1\ny:\n  aЖ: 2\n', 'a: –\nb: – x\nc: [–, – y]\nd: {e: –}\nf: [x,\n  – z]\ng:\n  - –\n']) {
      expect(expectSameAsFull(text), text).toBe(true);
    }
  });

  it('agrees with the full parser on random keys and values of "?", Latin-1 and wider characters, or declines them', () => {
    const char = fc.constantFrom('a', 'b', '?', 'Ж', 'Д', 'ÿ', '—', '😀', '🚀', ' ', '-', ':', '#');
    const word = fc.array(char, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
    fc.assert(fc.property(fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 6 }), (pairs) => {
      const text = pairs.map(([k, v]) => `${k}: ${v}\n`).join('') + `list: [${pairs.map(([, v]) => v).join(', ')}]\n`;
      if (!expectSameAsFull(text)) expect(parseFast(text)).toBeUndefined();
    }), { numRuns: 300 });
  });
});

// Issue #18: the units are read a window at a time; a wide character on either side of a window's edge, a pair split
// by one, and a text whose first wide character is at an odd unit are marked as when read all at once.
describe('the shadow read a window at a time', () => {
  it('marks every wide unit wherever the windows cut the text', async () => {
    const { narrowUnits } = await import('../../src/source/latin1-shadow.js');
    const expected = (s: string): string => Array.from(s, (c) => (c.codePointAt(0)! > 0xff ? '?'.repeat(c.length) : c)).join('');
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom('a', 'æ', '—', '😀', '\ud800', ' '), fc.string({ maxLength: 9 })), { minLength: 1, maxLength: 60 }), fc.integer({ min: 2, max: 24 }), (parts, window) => {
      const s = parts.join('');
      const first = s.search(/[\u0100-\uffff]/);
      if (first < 0) return;
      expect(narrowUnits(s, first, window).toString('latin1')).toBe(expected(s));
    }), { numRuns: 400 });
    const big = `${'x'.repeat((1 << 20) - 1)}——${'y'.repeat(1 << 20)}😀z`;
    expect(Latin1Shadow.of(big)!.text).toBe(expected(big));
  });
});
