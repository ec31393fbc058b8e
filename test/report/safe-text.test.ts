// Tests for escapeControl, flattenText and stringifySafeJson: nothing a terminal would act on gets through.

import { describe, expect, it } from 'vitest';
import { escapeCodePoint, escapeControl, flattenText, isUnsafeCodePoint, stringifySafeJson } from '../../src/report/safe-text.js';

describe('escapeCodePoint', () => {
  it('writes \\xNN, \\uNNNN, and a code point past U+FFFF in braces, which four digits and a fifth would not say', () => {
    expect([0x07, 0x85, 0x202e, 0xe0100, 0x10ffff].map(escapeCodePoint)).toEqual(['\\x07', '\\x85', '\\u202e', '\\u{e0100}', '\\u{10ffff}']);
  });
});

describe('escapeControl', () => {
  it('keeps printable text, Norwegian letters and emoji as they are', () => {
    expect(escapeControl('Prosjektstyret møtes på Grünerløkka 🚀 「東京」')).toBe(
      'Prosjektstyret møtes på Grünerløkka 🚀 「東京」',
    );
  });

  it('escapes C0 controls, DEL and C1 controls', () => {
    expect(escapeControl('\x1b[31mred\x1b[0m')).toBe('\\x1b[31mred\\x1b[0m');
    expect(escapeControl('a\tb\nc\rd\x07\x00\x7f\u0085\u009b')).toBe('a\\tb\\nc\\rd\\x07\\x00\\x7f\\x85\\x9b');
  });

  it('escapes line separators and bidi controls', () => {
    expect(escapeControl('a\u2028b\u2029c')).toBe('a\\u2028b\\u2029c');
    expect(escapeControl('\u202aX\u202bX\u202cX\u202dX\u202eX')).toBe('\\u202aX\\u202bX\\u202cX\\u202dX\\u202eX');
    expect(escapeControl('\u2066\u2067\u2068\u2069\u200e\u200f\u061c')).toBe(
      '\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c',
    );
  });

  it('escapes lone surrogates and XML non-characters but keeps surrogate pairs', () => {
    expect(escapeControl('a\ud800b\udc00c')).toBe('a\\ud800b\\udc00c');
    expect(escapeControl('\ufffe\uffff')).toBe('\\ufffe\\uffff');
    expect(escapeControl('\ud83d\ude80')).toBe('🚀');
  });

  it('changes a text exactly when one of its code points is unsafe, for every BMP code point alone and between letters', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `æ${ch}b`]) {
        if ((escapeControl(text) !== text) !== isUnsafeCodePoint(c)) wrong.push(c.toString(16));
      }
    }
    expect(escapeControl('æ\u{1f44d}\ud800')).toBe('æ\u{1f44d}\\ud800');
    expect(wrong).toEqual([]);
  });
  it('classifies the boundaries', () => {
    expect([0x1f, 0x20, 0x7e, 0x7f, 0x9f, 0xa0].map(isUnsafeCodePoint)).toEqual([true, false, false, true, true, false]);
  });
});

describe('flattenText', () => {
  it.each([
    // [plan text, as a report's one-line cell shows it]
    ['Leverandørdialog\nfullført', 'Leverandørdialog fullført'],
    ['two  \r\n  lines', 'two lines'],
    ['tab\there', 'tab here'],
    ['ls\u2028ps\u2029nel\u0085end', 'ls ps nel end'],
    ['esc \u001b[31m and \u202e stay escaped\n', 'esc \\x1b[31m and \\u202e stay escaped '],
    ['plain text, unchanged', 'plain text, unchanged'],
    // A soft hyphen only shows at a line break, which a one-line cell never has (tester round 24 F9).
    ['Mile\u00adpæl\u00ad', 'Milepæl'],
  ])('shows %j as %j', (text, shown) => {
    expect(flattenText(text)).toBe(shown);
  });
});

describe('stringifySafeJson', () => {
  it('pretty-prints with a trailing newline', () => {
    expect(stringifySafeJson({ a: [1], b: null })).toBe('{\n  "a": [\n    1\n  ],\n  "b": null\n}\n');
  });

  it('writes terminal-active characters as \\u escapes and parses back to the same data', () => {
    const text = '\x1b[31m\x7f\u0085\u2028\u202e\u2066ok';
    const json = stringifySafeJson({ text });
    expect(json).toBe('{\n  "text": "\\u001b[31m\\u007f\\u0085\\u2028\\u202e\\u2066ok"\n}\n');
    expect(JSON.parse(json)).toEqual({ text });
  });
});
