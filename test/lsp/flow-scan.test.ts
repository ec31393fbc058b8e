// The language server's flow scan resumes from one finding's span to the next (tester round 83 F12: 10,000 entries of
// one flow list each scanned their line from its start). Resumed or fresh, it must answer alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlowScan, tokenEnd } from '../../src/lsp/token-end.js';
import { findParentStarts, TextIndex } from '../../src/lsp/text-index.js';

describe('FlowScan', () => {
  it('answers as a fresh scan for offsets asked in any order, on any text', () => {
    const text = fc.stringMatching(/^[a-z ,:#'"[\]{}\n\r-]{0,60}$/);
    fc.assert(fc.property(text, fc.array(fc.nat(), { maxLength: 12 }), fc.nat(), (t, picks, pick) => {
      const from = t.length === 0 ? 0 : pick % t.length;
      const scan = new FlowScan();
      for (const p of picks) {
        const offset = from + (t.length - from === 0 ? 0 : p % (t.length - from + 1));
        expect(scan.inside(t, from, offset)).toBe(new FlowScan().inside(t, from, offset));
        expect(tokenEnd(t, offset, from, scan)).toBe(tokenEnd(t, offset, from));
      }
    }), { numRuns: 2000 });
  });

  it('starts again for another text or another line start', () => {
    const scan = new FlowScan();
    expect(scan.inside('a: [b, c]', 0, 5)).toBe(true);
    expect(scan.inside('a: b, c]', 0, 5)).toBe(false);
    expect(scan.inside('x\na: [b, c]', 2, 7)).toBe(true);
    expect(scan.inside('x\na: [b, c]', 0, 1)).toBe(false);
  });
});

describe('a span in a long flow list', () => {
  it('ends each entry at its comma, asked in order, and the same asked again out of order', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => `m${i}`);
    const index = new TextIndex(`plan: {id: p}\nmilestones:\n  - {id: A, after: [${entries.join(', ')}]}\n`);
    const line = 3;
    const first = index.text.indexOf('m0');
    const columns = entries.map((e) => index.text.indexOf(`${e},`, first) - index.text.lastIndexOf('\n', first));
    columns[columns.length - 1] = index.text.indexOf('m1999]') - index.text.lastIndexOf('\n', first);
    const widths = (order: number[]): number[] => order.map((k) => { const s = index.spanAt(line, columns[k]!); return s.end.character - s.start.character; });
    const inOrder = entries.map((_, k) => k);
    expect(widths(inOrder)).toEqual(entries.map((e) => e.length));
    expect(widths([...inOrder].reverse())).toEqual([...entries].reverse().map((e) => e.length));
  });
});

// Tester round 86 F1: the line that opens a flow list was looked for at most 200 lines up; past that an entry was
// taken for a block scalar, its span took in its comma, and the quick fix removed the comma, joining two entries.
describe('a span in a flow list spread over many lines', () => {
  it('ends each entry at its comma however far below the list opens, with blank and comment lines between', () => {
    const lines = ['plan: {id: p}', 'milestones:', '  - id: T', '    after: [', ...Array.from({ length: 600 }, (_, i) => (i % 50 === 7 ? '' : i % 50 === 9 ? '      # a note' : `      m${i},`)), '    ]', ''];
    const index = new TextIndex(lines.join('\n'));
    const widths = lines.flatMap((text, k) => (/^ {6}m\d+,$/.test(text) ? [[text.trim().length - 1, index.spanAt(k + 1, 7)]] as const : []));
    expect(widths.length).toBeGreaterThan(500);
    for (const [length, span] of widths) expect(span.end.character - span.start.character).toBe(length);
  });

  it('in a file with CR LF line ends and a byte order mark', () => {
    const text = `\ufeffplan: {id: p}\r\nmilestones:\r\n  - id: T\r\n    after: [\r\n${Array.from({ length: 300 }, (_, i) => `      m${i},\r\n`).join('')}    ]\r\n`;
    const index = new TextIndex(text);
    expect(index.spanAt(5 + 250, 7)).toEqual({ start: { line: 4 + 250, character: 6 }, end: { line: 4 + 250, character: 10 } });
  });
});

describe('findParentStarts', () => {
  it('is, for each line, the nearest line above it less indented (blank and comment lines aside), as a scan finds it', () => {
    const line = fc.tuple(fc.nat({ max: 6 }), fc.constantFrom('a', '', '#', '- b', '[c,')).map(([n, t]) => ' '.repeat(n) + t);
    fc.assert(fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
      const text = lines.join('\n');
      const starts = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
      const indent = (at: number): number => { let i = at; while (text[i] === ' ') i++; return i - at; };
      const scan = (k: number): number => {
        const own = indent(starts[k]!);
        if (own === 0) return starts[k]!;
        for (let j = k - 1; j >= 0; j--) {
          const first = text[starts[j]! + indent(starts[j]!)];
          if (first === undefined || first === '\n' || first === '#') continue;
          if (indent(starts[j]!) < own) return starts[j]!;
        }
        return starts[k]!;
      };
      expect([...findParentStarts(text, starts)]).toEqual(starts.map((_, k) => scan(k)));
    }), { numRuns: 2000 });
  });
});

// Tester round 86 F3: `"x\"]"` ended its scalar at `\"` for the scan, whose `]` then closed the list: the next entry's
// span ran over two entries and "Change to M1" dropped the link m2; the last one's took the list's `]`.
describe('a span after quoted entries that hold quotes, brackets and commas', () => {
  for (const list of ['["x\\"]", m1, m2 # c\n      , m3]', "['it''s]', m1, m2 # c\n      , m3]", "[Don't, m1, m2 # c\n      , m3]", '["a\\\\", m1, m2 # c\n      , m3]']) {
    it(`is each plain entry's own: ${JSON.stringify(list)}`, () => {
      const text = `plan: {id: p}\nmilestones:\n  - id: T\n    after: ${list}\n`;
      const index = new TextIndex(text);
      const spans = ['m1', 'm2', 'm3'].map((m) => {
        const at = text.indexOf(`${m}`, text.indexOf('after:'));
        const line = text.slice(0, at).split('\n').length;
        const span = index.spanAt(line, at - text.lastIndexOf('\n', at - 1));
        return text.split('\n')[line - 1]!.slice(span.start.character, span.end.character);
      });
      expect(spans).toEqual(['m1', 'm2', 'm3']);
    });
  }
});

// CI (session 61): a scan stopped between the two quotes of `''` resumed at the second and read it as the scalar's end.
describe('a scan resumed between the two quotes of an escaped single quote', () => {
  it('reads the pair as one quote, as a fresh scan does', () => {
    const text = "-'''#[, ]";
    const scan = new FlowScan();
    expect(scan.inside(text, 1, 3)).toBe(false);
    expect(scan.inside(text, 1, 6)).toBe(false);
    expect(new FlowScan().inside(text, 1, 6)).toBe(false);
  });
});
