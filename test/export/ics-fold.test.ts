// foldLine walks UTF-16 units and cuts slices (issue #18); it must fold exactly as the character-by-character walk
// it replaced: RFC 5545 §3.1, 75 octets a line, never inside a UTF-8 character, continuation lines after one space.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLine } from '../../src/report/export/ics-text.js';
import { guardWorkflowCommands } from '../../src/report/safe-text.js';

/** A continuation line GitHub's runner would read as a workflow command (blanks and `::` after the fold's space). */
const COMMAND_CONTINUATION = /\r\n [ \t]*::/;

/** The octets of each physical line of a folded line. */
const lineOctets = (folded: string): number[] => folded.split('\r\n').map((l) => Buffer.byteLength(l, 'utf8'));

/** The previous implementation, kept here as the reference. */
function foldByCharacters(line: string): string {
  const octets = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    if (size + n > 75) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const unit = fc.oneof(
  fc.constantFrom('a', 'Z', ' ', ';', 'ø', 'Å', '—', '€', '中', '😀', '👍🏽', '\ud800', '\udc00', '\u0301'),
  fc.string({ unit: 'binary', maxLength: 3 }),
);

describe('foldLine', () => {
  it('folds every line as the character-by-character walk did', () => {
    fc.assert(fc.property(fc.array(unit, { minLength: 10, maxLength: 160, size: 'max' }), (units) => {
      const line = units.join('');
      const walked = foldByCharacters(line);
      // A fold the walk left before blanks and `::` is placed again (checked below); random binary units rarely make one.
      if (!COMMAND_CONTINUATION.test(walked)) expect(foldLine(line)).toBe(walked);
    }), { numRuns: 3000 });
  });

  it('folds long lines of ASCII runs with a few other characters as the walk did', () => {
    // The shape of a DESCRIPTION: runs of ASCII longer than a line, cut by arithmetic between the non-ASCII units.
    const run = fc.string({ unit: fc.constantFrom('a', ' ', '\\', ','), minLength: 0, maxLength: 120 });
    fc.assert(fc.property(fc.array(fc.tuple(run, unit), { minLength: 1, maxLength: 8 }), (parts) => {
      const line = parts.map(([a, b]) => `${a}${b}`).join('');
      expect(foldLine(line)).toBe(foldByCharacters(line));
    }), { numRuns: 3000 });
  });

  it('keeps lines of 75 octets and folds at 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('ø'.repeat(38))).toBe(`${'ø'.repeat(37)}\r\n ø`);
    expect(foldLine('x'.repeat(150))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
  });

  // Tester round 16 #4: a fold before the `::` of `2001:db8::1` gave the continuation ` ::1 satt i drift`, the CLI's
  // workflow-command guard put U+200B before it, and every calendar client showed the title with it.
  it('never starts a continuation line with blanks and `::`, so the workflow-command guard leaves the calendar as it is', () => {
    const title = 'SUMMARY:M1 Overgang til IPv6 i helsenettet: ruter mot kjernenettet 2001:db8::1 satt i drift';
    const folded = foldLine(title);
    expect(folded).toBe('SUMMARY:M1 Overgang til IPv6 i helsenettet: ruter mot kjernenettet 2001:db\r\n 8::1 satt i drift');
    expect(guardWorkflowCommands(folded)).toBe(folded);
    // Blanks before the colons move the fold before them too.
    expect(foldLine(`${'x'.repeat(73)}  ::y`)).toBe(`${'x'.repeat(72)}\r\n x  ::y`);
    // A surrogate pair before the colons moves whole.
    expect(foldLine(`${'x'.repeat(71)}😀::y`)).toBe(`${'x'.repeat(71)}\r\n 😀::y`);
  });

  it('folds any mixture of colons, blanks and other characters within 75 octets, exactly, with no command continuation', () => {
    const piece = fc.constantFrom('::', ' ::', ':', ' ', 'a', 'bc', 'ø', '—', '😀', '\\,');
    fc.assert(fc.property(fc.array(piece, { minLength: 20, maxLength: 200 }), (pieces) => {
      const line = `DESCRIPTION:${pieces.join('')}`;
      const folded = foldLine(line);
      expect(folded.replace(/\r\n /g, '')).toBe(line);
      for (const n of lineOctets(folded)) expect(n).toBeLessThanOrEqual(75);
      expect(folded).not.toMatch(COMMAND_CONTINUATION);
    }), { numRuns: 2000 });
  });
});
