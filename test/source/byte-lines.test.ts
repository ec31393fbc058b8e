// A quoted line of a file whose text was let go is decoded from that line's bytes alone (issue #18: decoding the whole
// file again for its findings made an 8 MB string per 4 MB file): ByteLines gives the lines splitLines gives for the
// text decodePlanBytes makes of the same bytes, and a released source asks for the line, never the whole text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteLines } from '../../src/source/byte-lines.js';
import { decodePlanBytes } from '../../src/source/decode.js';
import { splitLines } from '../../src/source/line-breaks.js';
import { parseFastSource, type Reread } from '../../src/source/parse.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('ByteLines', () => {
  it('agrees with the decoded text split at LF and CR LF, with or without a byte order mark, asked in any order', () => {
    fc.assert(fc.property(
      // Characters of one, two, three and four bytes; U+FEFF inside a line stays a character.
      fc.array(fc.constantFrom('a', ' ', 'ø', '—', '\u{1f600}', '\ufeff', '\n', '\r\n', '\n\n'), { maxLength: 30 }).map((parts) => parts.join('')),
      fc.boolean(),
      fc.array(fc.integer({ min: -1, max: 35 }), { maxLength: 10 }),
      (text, bom, asked) => {
        const bytes = utf8(bom ? `\ufeff${text}` : text);
        // A text that starts with U+FEFF has it read as the byte order mark, as decodePlanBytes reads it.
        const decoded = decodePlanBytes(bytes).text;
        const lines = new ByteLines(bytes);
        const split = splitLines(decoded);
        for (const line of [...asked, ...split.map((_, i) => i + 1), split.length + 1]) {
          expect(lines.lineAt(line), `line ${line} of ${JSON.stringify(text)}`).toBe(split[line - 1]);
        }
      },
    ), { numRuns: 500, seed: 18 });
  });

  it('reads a view into a larger buffer from its own start', () => {
    const whole = utf8('xx\nfirst — line\r\nsecond\n');
    expect(new ByteLines(whole.subarray(3)).lineAt(1)).toBe('first — line');
    expect(new ByteLines(whole.subarray(3)).lineAt(2)).toBe('second');
    expect(new ByteLines(whole.subarray(3)).lineAt(3)).toBe('');
    expect(new ByteLines(whole.subarray(3)).lineAt(4)).toBeUndefined();
  });
});

describe('a released source', () => {
  it('quotes a line by asking for that line, not for the whole text again', () => {
    const text = 'plan: {id: p, title: Plan — one}\r\nmilestones:\n  - {id: M1, title: Første — ja, date: 2019-10-01}\n';
    const asked: string[] = [];
    const lines = new ByteLines(utf8(text));
    const reread: Reread = {
      text: () => {
        asked.push('text');
        return text;
      },
      line: (line) => {
        asked.push(`line ${line}`);
        return lines.lineAt(line);
      },
    };
    const source = parseFastSource('p.yaml', text, reread)!;
    expect(source.locate(['milestones', 0, 'date'])).toEqual({ line: 3, column: 40 });
    expect(source.lineAt!(3)).toBe('  - {id: M1, title: Første — ja, date: 2019-10-01}');
    expect(source.lineAt!(1)).toBe('plan: {id: p, title: Plan — one}');
    expect(source.lineAt!(5)).toBeUndefined();
    expect(asked).toEqual(['line 3', 'line 1']);
  });
});
