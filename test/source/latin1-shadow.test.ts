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
  it('is the text with each character past U+00FF as "?", and none for a Latin-1 text or one outside the BMP', () => {
    expect(Latin1Shadow.of('id: æøå\n')).toBeUndefined();
    expect(Latin1Shadow.of('title: a 😀 b\n')).toBeUndefined();
    // A pair far past the first wide character is found by the transcoder's pass, a lone surrogate is one '?' like any other.
    expect(Latin1Shadow.of(`title: — ${'x'.repeat(70000)} 😀\n`)).toBeUndefined();
    expect(Latin1Shadow.of('title: — \ud800 b \udc00\n')!.text).toBe('title: ? ? b ?\n');
    const shadow = Latin1Shadow.of('title: a — b Ж ÿ ?\n')!;
    expect(shadow.text).toBe('title: a ? b ? ÿ ?\n');
    expect(oneByte(shadow.text)).toBe(true);
    expect(shadow.slice(0, 5)).toBe('title');
    expect(shadow.slice(7, 14)).toBe('a — b Ж');
    expect(shadow.slice(15, 16)).toBe('ÿ');
    expect([shadow.marked(0, 9), shadow.marked(0, 10), shadow.marked(10, 11), shadow.marked(2, 17), shadow.marked(17, 18)]).toEqual([false, true, false, true, true]);
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

  it('lets the fast path cut one-byte strings from a text with an em dash, the same strings as the text has', () => {
    const text = 'plan:\n  id: p\n  title: Plan — one\nmilestones:\n  - id: M1\n    title: "Første — M1"\n    date: 2026-01-05\n  - id: M2\n    title: Second\n    date: 2026-02-02\n    after: [M1, {id: p/M1, lag: 2d}]\n';
    expect(expectSameAsFull(text)).toBe(true);
    const data = parseFast(text)!.data as { plan: { id: string; title: string }; milestones: { id: string; date: string; title: string; after: unknown[] }[] };
    const [m1, m2] = data.milestones;
    expect(data.plan.title).toBe('Plan — one');
    expect(m1!.title).toBe('Første — M1');
    for (const s of [data.plan.id, m1!.id, m1!.date, m2!.id, m2!.title, m2!.after[0] as string]) expect(oneByte(s), s).toBe(true);
  });

  it('keeps apart keys and values that differ only in characters the shadow writes alike', () => {
    const cases = [
      'aЖ: 1\naД: 2\n', 'a?: 1\naЖ: 2\n', 'aЖ: 1\na?: 2\n', 'a?: 1\na?: 2\n', 'x:\n  - aЖ\n  - aД\n  - a?\n  - aЖ\n',
      'k: [aЖ, aД, a?]\n', '{aЖ: 1, aД: 2}\n', 'a: "Ж\\u0416 ?"\nb: \'Д?\'\n', 'a: |\n  Ж?\n  Д\n', 'a: Ж x\n  Д y\n',
      'a: [Ж\n  Д]\n', 'Ж: ?\n', '? Ж\n', 'a: "\\Ж"\n', 'a: Ж # Д\n', 'aЖ: 1\nb: 2\naД: 3\n',
      'x:\n  a?: 1\ny:\n  aЖ: 2\n', 'a: –\nb: – x\nc: [–, – y]\nd: {e: –}\nf: [x,\n  – z]\ng:\n  - –\n  - ? h\n', 'x:\n  aЖ: 1\ny:\n  a?: 2\n', 'x:\n  aЖ: 1\ny:\n  aД: 2\n',
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
    const char = fc.constantFrom('a', 'b', '?', 'Ж', 'Д', 'ÿ', '—', ' ', '-', ':', '#');
    const word = fc.array(char, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
    fc.assert(fc.property(fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 6 }), (pairs) => {
      const text = pairs.map(([k, v]) => `${k}: ${v}\n`).join('') + `list: [${pairs.map(([, v]) => v).join(', ')}]\n`;
      if (!expectSameAsFull(text)) expect(parseFast(text)).toBeUndefined();
    }), { numRuns: 300 });
  });
});
