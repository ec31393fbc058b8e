// Display width through string-width: wide, zero-width and clustered characters, and cutting by whole graphemes.
import stringWidth from 'string-width';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { escapeControl } from '../../src/report/safe-text.js';
import { displayWidth, fitPrefix, graphemes, padTo, truncateTo } from '../../src/text/width.js';

const SAMPLES = ['✅', '⭐', '👍🏽', '🇳🇴', '👩‍👩‍👧', '𠀀', '中文', 'a\u200bb', 'Mile\u00adpæl', 'e\u0301', 'Milepæl', '한국어', 'ｆｕｌｌ', 'MP3 ✅ ferdig'];

describe('displayWidth', () => {
  it('agrees with string-width on wide, zero-width and clustered text', () => {
    for (const s of SAMPLES) expect(displayWidth(s), JSON.stringify(s)).toBe(stringWidth(s));
  });
  it('counts emoji, emoji with a skin tone, flags and CJK Extension B as two columns; ZWSP and soft hyphen as none', () => {
    expect(['✅', '⭐', '👍🏽', '🇳🇴', '𠀀'].map(displayWidth)).toEqual([2, 2, 2, 2, 2]);
    expect(displayWidth('a\u200bb')).toBe(2);
    expect(displayWidth('Mile\u00adpæl')).toBe(7);
  });
});

describe('cutting and padding', () => {
  it('never splits a grapheme: a skin-toned thumb or a flag stays whole or goes', () => {
    expect([...graphemes('a👍🏽b')]).toEqual(['a', '👍🏽', 'b']);
    expect(fitPrefix('a👍🏽b', 2)).toEqual({ text: 'a', width: 1 });
    expect(truncateTo('🇳🇴🇳🇴🇳🇴', 4)).toBe('🇳🇴…');
  });
  it('never splits an escape escapeControl wrote: a cut inside \\x7f or \\u202e drops it whole', () => {
    const title = escapeControl('del\x7f and more');
    expect(title).toBe('del\\x7f and more');
    expect([4, 5, 6, 7].map((w) => truncateTo(title, w))).toEqual(['del…', 'del…', 'del…', 'del…']);
    expect(truncateTo(title, 8)).toBe('del\\x7f…');
    const rtl = escapeControl('ab\u202ecd');
    expect([3, 4, 5, 6, 7, 8].map((w) => truncateTo(rtl, w))).toEqual(['ab…', 'ab…', 'ab…', 'ab…', 'ab…', 'ab…']);
    expect(truncateTo(rtl, 9)).toBe('ab\\u202e…');
    expect(truncateTo(escapeControl('a\tb\nc'), 3)).toBe('a…');
  });
  it('fills to the exact width whatever the characters', () => {
    for (const s of SAMPLES) {
      for (const w of [1, 3, 6, 12]) {
        const cut = truncateTo(s, w);
        expect(displayWidth(cut)).toBeLessThanOrEqual(w);
        expect(displayWidth(padTo(cut, w))).toBe(Math.max(w, displayWidth(cut)));
      }
    }
  });
});

describe('the one-column fast path', () => {
  it('gives string-width’s answer for every code point of the Basic Multilingual Plane, alone and between letters', () => {
    // Control characters are escaped before anything is measured (safe-text.ts); surrogate halves never stand alone.
    const wrong: string[] = [];
    for (let c = 0x20; c <= 0xffff; c++) {
      if ((c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff)) continue;
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `${ch}${ch}`]) {
        if (displayWidth(text) !== stringWidth(text)) wrong.push(`U+${c.toString(16).padStart(4, '0')} in ${JSON.stringify(text)}: ${displayWidth(text)}, string-width ${stringWidth(text)}`);
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });
  it('keeps the astral Prepend letters with the character after them, as string-width does', () => {
    for (const c of [0x111c2, 0x111c3, 0x1193f, 0x11941, 0x11a3a, 0x11a84, 0x11a89, 0x11d46, 0x11f02]) {
      const text = `a${String.fromCodePoint(c)}b`;
      expect(displayWidth(text), c.toString(16)).toBe(stringWidth(text));
    }
  });
  it('counts the characters reports draw as one column each', () => {
    expect(displayWidth('✖ 2 errors, ⚠ 1 warning → MP2 │ ─ … · ░▒▓█ ● ◆ ▲ ≤ ≥ æøå ÆØÅ')).toBe(60);
  });
});

describe('fitPrefix', () => {
  /** The longest prefix of whole graphemes no wider than `width`, by Intl.Segmenter and string-width alone. */
  function reference(text: string, width: number): { text: string; width: number } {
    let out = '';
    let used = 0;
    for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) {
      const w = stringWidth(segment);
      if (used + w > width) break;
      out += segment;
      used += w;
    }
    return { text: out, width: used };
  }
  it('agrees with a grapheme-by-grapheme cut for one-column and mixed text at any width', () => {
    const plain = ['a', 'Z', ' ', 'æ', 'Ø', '—', '→', '✓', '−', '·'];
    const text = (from: string[]): fc.Arbitrary<string> => fc.array(fc.constantFrom(...from), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(text(plain), text([...plain, '東', 'e\u0301', '👍🏽', '🇳🇴', '\u200b'])), fc.integer({ min: -2, max: 45 }), (t, w) => {
        expect(fitPrefix(t, w)).toEqual(reference(t, w));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('graphemes of a long text', () => {
  it('are the clusters Intl.Segmenter finds in the whole text, though the text is segmented in pieces', () => {
    // Pieces over 256 units are cut where UAX #29 always breaks (issue #18: V8's segmenter is slow on long texts);
    // clusters that would straddle a cut (ZWJ emoji, combining marks, CRLF, flags, Prepend, Hangul, Indic conjuncts,
    // voicing marks, SpacingMark letters) must not change.
    const parts = ['a', 'b', ' ', '"', ',', ':', '\r', '\n', '\r\n', 'ा', 'क्ष', 'नमस्ते', 'e\u0301', '\u0301', '\u200d', '👩‍👩‍👧', '🇳🇴', '🇳', '👍🏽', '\u0600', '中', '\t', '\u00ad', 'x-',
      // Cut at controls, before spaces and between letters of other scripts (tester round 24): what may not be cut.
      '\u200b', '\u2028', '\u0085', 'æ', 'ж', '\u0483', 'λ', 'カ', '\u3099', 'ﾊ', '\uff9e', '‼', '\ufe0f', '각', '\u1100', '\u1161', '\u11a8', '\u0d4e', '\u{110bd}', '\u0e33', 'ก', '\u094d', 'क'];
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { minLength: 100, maxLength: 900 }), fc.integer({ min: 1, max: 6 }), (all, n) => {
        // Often from a few parts only: long runs with no two printable ASCII characters side by side.
        const few = all.slice(0, n);
        const picked = n < 6 ? all.map((_, i) => few[i % few.length]!) : all;
        const text = picked.join('');
        expect([...graphemes(text)]).toEqual(Array.from(segmenter.segment(text), (s) => s.segment));
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 400 },
    );
  });
});

describe('a long text with no two printable ASCII characters side by side', () => {
  it('goes to the segmenter in pieces, not whole (tester round 24: 80,000 units of a and U+00AD took 8 s)', () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      for (const text of ['a\u00ad'.repeat(20_000), 'नमस्ते दुनिया '.repeat(3_000), '中文'.repeat(20_000), 'жλæ'.repeat(10_000), '\u200bx'.repeat(20_000)]) {
        const expected = stringWidth(text);
        segment.mockClear();
        expect(displayWidth(text)).toBe(expected);
        const longest = Math.max(0, ...segment.mock.calls.map(([t]) => String(t).length));
        expect(longest, text.slice(0, 12)).toBeLessThan(1024);
      }
    } finally {
      segment.mockRestore();
    }
  });
});

describe('graphemes of a title with a joining character in it', () => {
  it('are the clusters of the whole text, though only the stretch around each joining character is segmented', () => {
    // Titles such as "Pilot er levert ⚠️" or "Café" with a combining accent: the text between the joining characters is
    // taken a code point at a time, up to a boundary between two printable ASCII characters (issue #18).
    const plain = ['a', 'Z', ' ', '-', '.', 'æ', 'ø', 'å', '—', '✅', '🚀', '中', '𠀀', '\u00ad', '\u200b'];
    const joining = ['⚠️', '❤️', 'e\u0301', '\u0301', '\u200d', '👩‍👩‍👧', '🇳🇴', '🇳', '👍🏽', '\u0600', '\r\n', '\r', '#️⃣', '각', '\u11a8', 'क्ष'];
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const part = fc.oneof({ arbitrary: fc.constantFrom(...plain), weight: 6 }, { arbitrary: fc.constantFrom(...joining), weight: 1 });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 40 }), (picked) => {
        const text = picked.join('');
        expect([...graphemes(text)]).toEqual(Array.from(segmenter.segment(text), (s) => s.segment));
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 2000 },
    );
  });
});
