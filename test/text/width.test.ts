// Display width through string-width: wide, zero-width and clustered characters, and cutting by whole graphemes.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
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
