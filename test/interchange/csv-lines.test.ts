// CSV import: the line a finding names is the physical line where its row starts, whatever line breaks the file and its
// quoted cells hold (tester round 20 #1: a CRLF inside a quoted cell was counted as two breaks, so every later row's
// line was one too high).
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/index.js';
import { UnreadableInput } from '../../src/interchange/finding.js';
import { importCsv } from '../../src/interchange/sheet/csv.js';
import { findQuoteProblem, lineCounter, skipLineBreaks } from '../../src/interchange/sheet/csv-lines.js';
import { runCli, REPO_ROOT } from '../helpers/fake-io.js';

const SCHEMA_ONLY = [join(REPO_ROOT, 'schemas')];

/**
 * A sheet whose rows A, B, C each have a bad status (one finding each, at the row's line), joined by `eol`; A's title
 * holds `inner` inside quotes. The lines are counted by hand in each case below.
 */
const sheet = (eol: string, inner: string): string => ['id,title,date,status', `A,"one${inner}two",2020-01-10,purple`, 'B,b,2020-01-10,purple', 'C,c,2020-01-10,purple', ''].join(eol);
const lines = (text: string): (number | undefined)[] => importCsv(text, { name: 'x.csv' }).findings.map((f) => f.line);

describe('importCsv: the line of each row', () => {
  it.each([
    // [file's line ends, what A's quoted title holds, lines of A, B and C]
    ['LF', '\n', '\n', [2, 4, 5]],
    ['CRLF', '\r\n', '\r\n', [2, 4, 5]],
    ['CR', '\r', '\r', [2, 4, 5]],
    ['CRLF, LF inside quotes', '\r\n', '\n', [2, 4, 5]],
    ['LF, CRLF inside quotes', '\n', '\r\n', [2, 4, 5]],
    ['CRLF, two CRLFs inside quotes', '\r\n', '\r\n\r\n', [2, 5, 6]],
    ['CRLF, two lone CRs inside quotes', '\r\n', '\r\r', [2, 5, 6]],
    ['CRLF, LF CR inside quotes (two breaks)', '\r\n', '\n\r', [2, 5, 6]],
    ['CRLF, nothing inside quotes', '\r\n', '', [2, 3, 4]],
  ])('%s', (_, eol, inner, expected) => expect(lines(sheet(eol, inner))).toEqual(expected));

  it('counts every CRLF cell before a row once, however many there are, and the blank lines between rows', () => {
    const text = 'id,title,date,status\r\nA,"a\r\nb",2020-01-10,purple\r\n\r\nB,"c\r\nd\r\ne",2020-01-10,purple\r\n\r\n\r\nC,"f\r\ng",2020-01-10,purple\r\nD,h,2020-01-10,purple\r\n';
    // A 2–3, blank 4, B 5–7, blank 8 and 9, C 10–11, D 12.
    expect(lines(text)).toEqual([2, 5, 10, 12]);
  });

  it('counts lines, not bytes or characters: letters of two, three and four UTF-8 bytes before a break', () => {
    const text = 'id,title,date,status\r\nA,"æøå €\r\n😀",2020-01-10,purple\r\nB,"ø",2020-01-10,purple\r\nC,c,2020-01-10,purple';
    expect(lines(text)).toEqual([2, 4, 5]);
  });

  it('names the line of a bad quote after a CRLF cell as the line it is on', () => {
    const text = 'id,title,date\r\nA,"two\r\nlines",2020-01-10\r\nB,x"y,2020-01-10\r\n';
    let reason = '';
    try {
      importCsv(text, { name: 'x.csv' });
    } catch (error) {
      if (!(error instanceof UnreadableInput)) throw error;
      reason = renderMessage(error.reason);
    }
    expect(reason).toMatch(/^line 4, field 2 has a quote inside a field/);
  });
});

describe('lineCounter, skipLineBreaks', () => {
  it('counts a CRLF, a lone CR and a lone LF as one break each, at byte offsets asked in order', () => {
    const bytes = Buffer.from('a\r\nb\rc\nd\n\re\r\n\r\nf', 'utf8');
    const lineAt = lineCounter(bytes);
    // a 0, b 3, c 5, d 7, (blank) 9, e 10, (blank) 13, f 15.
    expect([0, 2, 3, 5, 7, 9, 10, 15, 99].map(lineAt)).toEqual([1, 2, 2, 3, 4, 5, 6, 8, 8]);
    expect(lineAt(0)).toBe(8);
    expect(lineCounter(Buffer.from('\n\n'))(1)).toBe(2);
  });

  it('skips the line breaks of blank lines, and nothing else', () => {
    const bytes = Buffer.from('a\r\n\r\n\nb', 'utf8');
    expect([skipLineBreaks(bytes, 1), skipLineBreaks(bytes, 0), skipLineBreaks(bytes, 6), skipLineBreaks(Buffer.from('\r\n'), 0)]).toEqual([6, 0, 6, 2]);
  });
});

describe('findQuoteProblem', () => {
  it.each([
    ['none', 'a,"b ""c"""\r\n"d\r\ne",f\r\n', undefined],
    ['unclosed, after a CRLF cell', 'a,"b\r\nc"\r\nd,"e\r\n', { kind: 'unclosed', line: 3, column: 3, field: 2 }],
    ['opening, after a CRLF cell', 'a,"b\r\nc"\r\nd,e"f\r\n', { kind: 'opening', line: 3, column: 4, field: 2 }],
    ['closing, on the second line of its own field', 'a;"b\r\nc"d\r\n', { kind: 'closing', line: 2, column: 3, field: 2 }],
    ['closing, after lone CRs', 'a\r"b\rc"x', { kind: 'closing', line: 3, column: 3, field: 1 }],
  ])('%s', (_, text, expected) => expect(findQuoteProblem(text, text.includes(';') ? ';' : ',')).toEqual(expected));
});

describe('milepel import of a CSV file with CRLF in a quoted cell', () => {
  it('reports the row after it at its own line, as the same file with LF (tester round 20 #1, crlf.csv and lf.csv)', async () => {
    const lf = 'id,title,date\nA,"two\nlines",2021-05-03\nB::x,B,2021-05-04\n';
    for (const text of [lf, lf.replace(/\n/g, '\r\n')]) {
      const r = await runCli(['import', 'x.csv', '--out', 'ws'], { files: { 'x.csv': text }, diskRoots: SCHEMA_ONLY });
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n')[0]).toBe('x.csv:4: approximated: "B::x" is not a milepel id (letters, digits, \'_\', \'.\', \'-\'); written as B-x');
    }
  });

  it('in a Norwegian sheet with a BOM and `;` (tester round 20 #1, k.csv): each finding at the line its row starts on', async () => {
    const text = '\uFEFFid;tittel;dato;etter\r\nP;"Første\r\nlinje";17.05.2021;\r\nQ;Q;2021-05-18;"P+2d"\r\nA::B;x;2021-05-19;Q\r\nbig;Big;2021-06-01;"A::B+99999999999d"\r\n';
    const r = await runCli(['import', 'k.csv', '--out', 'ws', '--locale', 'nb'], { files: { 'k.csv': text }, diskRoots: SCHEMA_ONLY });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 2).map((l) => l.replace(/: .*/, ''))).toEqual(['k.csv:5', 'k.csv:6']);
  });
});
