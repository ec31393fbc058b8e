// Tests for the source excerpt: marker placement on escaped text, tabs, wide characters, cutting long lines.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControl } from '../../src/report/safe-text.js';
import { findTokenEnd, renderExcerpt, type Excerpt } from '../../src/report/validate/excerpt.js';
import { lineContextAbove } from '../../src/report/validate/line-context.js';

const show = (e: Excerpt): string[] => [`${e.gutter}${e.code}`, `${e.blankGutter}${e.indent}${e.marker}`];
/** Display width, knowing the only wide character these tests use. */
const widthOf = (text: string): number => [...text].reduce((sum, ch) => sum + (ch === '東' ? 2 : 1), 0);

/** The text shown from display column `column` of `code` on. */
function fromColumn(code: string, column: number): string {
  let width = 0;
  const chars = [...code];
  for (let i = 0; i < chars.length; i++) {
    if (width === column) return chars.slice(i).join('');
    width += widthOf(chars[i] ?? '');
  }
  return '';
}

describe('findTokenEnd', () => {
  /** The token findTokenEnd underlines from the first `token` of `line` on. */
  const at = (line: string, token: string): string => line.slice(line.indexOf(token), findTokenEnd(line, line.indexOf(token)));

  it('stops at , ] } # and trims trailing spaces', () => {
    const line = 'after: [MP1 , MP2]  # c';
    expect(line.slice(8, findTokenEnd(line, 8))).toBe('MP1');
    expect(line.slice(14, findTokenEnd(line, 14))).toBe('MP2');
    expect(findTokenEnd('a: {x: 1}', 7)).toBe(8);
    expect(findTokenEnd('a: 1 # c', 5)).toBe(5);
  });

  it('runs a plain scalar in block context past commas and brackets, to a comment or the line end (round 65 F3)', () => {
    expect(at('    cpli: 0,9', '0,9')).toBe('0,9');
    expect(at('  probability: 0,3   # a third', '0,3')).toBe('0,3');
    expect(at('  title: Oslo, Bergen [x] C# #2', 'Oslo')).toBe('Oslo, Bergen [x] C#');
    expect(at("  title: Don't [stop", 'Don')).toBe("Don't [stop");
  });

  it('ends a plain scalar at , ] } inside a flow collection, opened on its line or above it', () => {
    expect(at('    after: [{id: A, lag: 2,5d}]', '2,5d')).toBe('2');
    expect(at('    after: [{id: A, lag: 2,5d}]', '5d')).toBe('5d');
    expect(at('      B, C]', 'B')).toBe('B');
    expect(at('      B,', 'B')).toBe('B');
    expect(at('  x: ["a]", B, C]', 'B')).toBe('B');
  });

  it('takes a flow collection to its matching bracket on the line', () => {
    expect(at('  - {id: G, title: "a}", x: [1, 2]}   # c', '{')).toBe('{id: G, title: "a}", x: [1, 2]}');
    expect(at('    after: [{id: A}, {id: B}]', '{id: B')).toBe('{id: B}');
    expect(at('    after: [M0, M2   # c', '[')).toBe('[M0, M2');
  });

  it('takes a quoted scalar whole, commas and escaped quotes included', () => {
    const line = `title: "a, \\"b\\" # c", x: 'it''s, here'`;
    expect(line.slice(7, findTokenEnd(line, 7))).toBe('"a, \\"b\\" # c"');
    const single = line.indexOf("'");
    expect(line.slice(single, findTokenEnd(line, single))).toBe("'it''s, here'");
  });
});

// Tester round 68 F5: a line of a flow list whose `[` and `]` are on other lines, and a block entry holding a `]`.
describe('the context the lines above give', () => {
  const text = [
    'milestones:', //                    1
    '  - id: MP9', //                    2
    '    after: [', //                   3
    '      MP1,', //                     4
    '      # a comment', //              5
    '      MP3, MP4', //                 6
    '    ]', //                          7
    '  - id: MP8', //                    8
    '    after:', //                     9
    '      - MP1,MP2]', //               10
    '    title: "a [b"  # [', //         11
    '      cont', //                     12
    'x: 1', //                           13
  ];
  const lineAt = (n: number): string | undefined => text[n - 1];

  it('is flow on a line of a collection opened lines above, block under a block key, unknown else', () => {
    expect([4, 5, 6, 10, 12, 13, 2].map((n) => lineContextAbove(lineAt, n))).toEqual(['flow', 'flow', 'flow', 'block', undefined, undefined, 'block']);
  });

  it('underlines one entry of such a flow line, and a block entry whole, `]` and all', () => {
    expect(show(renderExcerpt(text[5]!, 6, 7, 80, 'token', 'auto', lineContextAbove(lineAt, 6)))[1]).toBe('      |       ^~~');
    expect(show(renderExcerpt(text[9]!, 10, 9, 80, 'token', 'auto', lineContextAbove(lineAt, 10)))[1]).toBe('      |         ^~~~~~~~');
    // Without the lines above, as before: the line alone cannot tell.
    expect(show(renderExcerpt(text[5]!, 6, 7, 80))[1]).toBe('      |       ^~~~~~~~');
  });
});

// Tester round 71 F2: a `[` inside a plain or block scalar above opens nothing, and a `- ` entry is block context.
describe('brackets in scalars above a finding', () => {
  const text = [
    'milestones:', //                    1
    '  - id: M4', //                     2
    '    title: Rapport [', //           3
    '    after:', //                     4
    '    - D1,D2', //                    5
    '    notes: >', //                   6
    '      folded ]', //                 7
    '      [ more', //                   8
    '    x: [a,', //                     9
    '      b, c]', //                    10
    '    y: Rapport [', //               11
    '      B, C', //                     12
  ];
  const lineAt = (n: number): string | undefined => text[n - 1];

  it('reads them as text, and a block entry as block', () => {
    expect([5, 10, 12].map((n) => lineContextAbove(lineAt, n))).toEqual(['block', 'flow', undefined]);
    expect(show(renderExcerpt(text[4]!, 5, 7, 80, 'token', 'auto', lineContextAbove(lineAt, 5)))[1]).toBe('      |       ^~~~~');
  });
});

describe('renderExcerpt', () => {
  it('points at the column with ^ and underlines the token with ~', () => {
    expect(show(renderExcerpt('    meetings: [KR@2019-09-13, NEHS@2019-09-12]', 31, 16, 100))).toEqual([
      '   31 |     meetings: [KR@2019-09-13, NEHS@2019-09-12]',
      '      |                ^~~~~~~~~~~~~',
    ]);
  });

  it('draws one ^ at an empty token, at the end of the line and past it', () => {
    expect(show(renderExcerpt('a: [, b]', 1, 5, 100))[1]).toBe('      |     ^');
    expect(show(renderExcerpt('a:', 1, 3, 100))[1]).toBe('      |   ^');
    expect(show(renderExcerpt('a:', 1, 40, 100))[1]).toBe('      |   ^');
    expect(show(renderExcerpt('', 1, 1, 100))).toEqual(['    1 | ', '      | ^']);
  });

  it('widens the gutter for long line numbers', () => {
    expect(show(renderExcerpt('x', 1234567, 1, 100))).toEqual(['1234567 | x', '        | ^']);
  });

  it('computes the marker on the escaped line', () => {
    expect(show(renderExcerpt('a: "\u202e\x1b[1m", x', 3, 5, 100))).toEqual([
      '    3 | a: "\\u202e\\x1b[1m", x',
      '      |     ^~~~~~~~~~~~~~',
    ]);
    expect(show(renderExcerpt('t: \rb, c', 1, 4, 100))).toEqual(['    1 | t: \\rb, c', '      |    ^~~~~~']);
  });

  it('drops the CR of a CRLF line instead of showing it', () => {
    expect(renderExcerpt('a: b\r', 1, 4, 100).code).toBe('a: b');
  });

  it('expands tabs to tab stops in the line and the marker alike', () => {
    expect(show(renderExcerpt('\tkey:\tvalue', 2, 7, 100))).toEqual([
      '    2 |     key:    value',
      '      |             ^~~~~',
    ]);
  });

  it('counts wide characters and emoji as two columns, combining marks as none', () => {
    expect(show(renderExcerpt('title: 東京, x', 1, 12, 100))[1]).toBe('      |              ^');
    expect(show(renderExcerpt('a: 🚀 b', 1, 7, 100))[1]).toBe('      |       ^');
    expect(show(renderExcerpt('a: e\u0301 b', 1, 7, 100))[1]).toBe('      |      ^');
  });

  it('never cuts when the width is 0 (unknown)', () => {
    const line = `k: ${'x'.repeat(300)}`;
    expect(renderExcerpt(line, 1, 200, 0).code).toBe(line);
  });

  describe('cutting long lines', () => {
    const line = `k: [${'abcdefghij'.repeat(10)}, TARGET, ${'z'.repeat(50)}]`;

    it('cuts around the column with … on both sides', () => {
      expect(show(renderExcerpt(line, 1, 107, 40))).toEqual([
        '    1 | …cdefghij, TARGET, zzzzzzzzzzzz…',
        '      |            ^~~~~~',
      ]);
    });

    it('keeps the start when the token is near it', () => {
      expect(show(renderExcerpt(line, 1, 5, 40))).toEqual([
        '    1 | k: [abcdefghijabcdefghijabcdefg…',
        '      |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~',
      ]);
    });

    it('keeps the end when the token is near it', () => {
      expect(show(renderExcerpt(line, 1, line.length - 2, 40))).toEqual([
        '    1 | …zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz]',
        '      |                              ^~',
      ]);
      expect(show(renderExcerpt(line, 1, line.length + 1, 40))).toEqual([
        '    1 | …zzzzzzzzzzzzzzzzzzzzzzzzzzzzz]',
        '      |                                ^',
      ]);
    });

    it('never exceeds the width and always marks the right character', () => {
      for (const width of [30, 40, 57, 80]) {
        for (let column = 1; column <= line.length; column++) {
          const e = renderExcerpt(line, 1, column, width);
          const [code, marker] = show(e);
          expect(widthOf(code ?? '')).toBeLessThanOrEqual(width);
          expect(widthOf(marker ?? '')).toBeLessThanOrEqual(width);
          expect([...e.code][e.indent.length]).toBe(line[column - 1]);
        }
      }
    });

    it('keeps alignment when a wide or escaped character straddles the cut', () => {
      const wide = `${'東'.repeat(40)} TARGET`;
      const escaped = `${'\x1b'.repeat(40)} TARGET, ${'x'.repeat(40)}`;
      for (const [text, column] of [
        [wide, 42],
        [`${wide}, ${'y'.repeat(40)}`, 42],
        [escaped, 42],
        [escaped, 5],
      ] as const) {
        for (const width of [30, 31, 32, 33]) {
          const e = renderExcerpt(text, 1, column, width);
          expect(fromColumn(e.code, e.indent.length).charAt(0), `${width} ${column} ${e.code}`).toBe(
            escapeControl(text.charAt(column - 1)).charAt(0),
          );
          expect(widthOf(e.gutter + e.code)).toBeLessThanOrEqual(width);
        }
      }
    });
  });
});

describe('the short way for plain lines', () => {
  it('gives the same excerpt as laying the line out cell by cell, for any line, column, width and marker', () => {
    // Plain pieces (ASCII, Norwegian letters, a dash, an arrow) and pieces that are not (tab, escape, wide, joined).
    const plain = ['a', 'Z', ' ', '-', ':', '[', ']', ',', '#', '"', "'", 'æ', 'Ø', '—', '→'];
    const pieces = (from: string[]): fc.Arbitrary<string> => fc.array(fc.constantFrom(...from), { maxLength: 120 }).map((p) => p.join(''));
    const line = fc.oneof(pieces(plain), pieces([...plain, '\t', '\x1b', '東', 'e\u0301', '👍🏽', '\u2028']));
    fc.assert(
      fc.property(line, fc.integer({ min: 1, max: 130 }), fc.constantFrom(0, 20, 40, 80, 200), fc.constantFrom('token' as const, 'character' as const), (text, column, width, mark) => {
        expect(renderExcerpt(text, 7, column, width, mark)).toEqual(renderExcerpt(text, 7, column, width, mark, 'cells'));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('long lines with surrogate pairs', () => {
  // A tester's finding (session 17): "é🚀" repeated puts every pair at an odd index, so the window around a column
  // was widened by a unit to keep a pair whole, then cut again as a long line, forever (stack overflow, exit 3).
  const line = `k: {title: ${'x'.repeat(3000)}, date: 2023-02-30, note: ${'é🚀'.repeat(3000)}}`;

  it('marks a column of a line past the long-line limit whose window ends inside a pair', () => {
    for (const column of [3020, 3021, 3030, 5000, 8000, line.length]) {
      const e = renderExcerpt(line, 1, column, 80);
      expect(widthOf(e.gutter + e.code)).toBeLessThanOrEqual(80);
      expect(e.marker.startsWith('^')).toBe(true);
    }
    const date = renderExcerpt(line, 1, line.indexOf('2023') + 1, 80);
    expect(fromColumn(date.code, date.indent.length).startsWith('2023-02-30')).toBe(true);
    expect(date.marker).toBe('^~~~~~~~~~');
  });
});

describe('long lines that need cells', () => {
  // Past 4,096 units a line is laid out once and each excerpt is a window of that layout (a view into its arrays). With
  // clusters of one unit each, the window must show exactly what laying out the same stretch of text alone shows.
  const unit = ['東', '\x1b', 'a', 'b', ' ', 'é']; // no tab: its stop depends on the whole line
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const line = Array.from({ length: 9000 }, () => unit[next() % unit.length]).join('');

  it('gives the excerpt of the window laid out alone, at any column and width', () => {
    const edges = [1, 2, 2049, 2050, 4097, line.length - 5, line.length, line.length + 1];
    for (let k = 0; k < 300 + edges.length * 5; k++) {
      const column = k < 300 ? 1 + (next() % (line.length + 2)) : edges[Math.floor((k - 300) / 5)]!;
      const width = [0, 30, 57, 80, 200][k % 5]!;
      const lo = Math.max(0, column - 1 - 2048);
      const hi = Math.min(line.length, lo + 4096);
      expect(renderExcerpt(line, 7, column, width), `column ${column}, width ${width}`).toEqual(renderExcerpt(line.slice(lo, hi), 7, column - lo, width));
    }
  });
});
