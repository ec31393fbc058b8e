// Tests for formatText: exact layout, colour, escaping of hostile plan text, summary wording.

import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/report/validate/text.js';
import { COLOR, diag, makeResult, PLAIN, workspace } from './validate-fixtures.js';

describe('formatText', () => {
  it('prints compiler-style diagnostics with excerpt, notes, hint and summary', () => {
    expect(formatText(workspace(), PLAIN)).toBe(
      [
        'plans/akson.yaml:31:16: error: listed meeting KR@2019-09-13 is 9 working days after akson/MP2 (2019-08-31) [meeting-before-milestone]',
        '   31 |     meetings: [KR@2019-09-13, NEHS@2019-09-12]',
        '      |                ^~~~~~~~~~~~~',
        '   = note: plans/governance.yaml:12:9: KR@2019-09-13 is defined here',
        '   = hint: move the meeting before 2019-08-31, or drop it from meetings',
        '',
        'plans/akson.yaml:40:15: warning: akson/MP3 is projected for 2019-10-04, before the status date 2019-10-07 [overdue]',
        '   40 |     forecast: 2019-10-04 # slipped',
        '      |               ^~~~~~~~~~',
        '',
        'plans/felles-grunnmur.yaml:7:13: error: title \\x1b[31mred\\x1b[0m\\nnext % a:b, <script> & "q" [schema]',
        '    7 |   - title: "\\x1b[31mred\\x1b[0m, <x>"',
        '      |             ^~~~~~~~~~~~~~~~~~',
        '   = hint: rename \\x1b[31mred\\x1b[0m\\nnext % a:b, <script> & "q"',
        '',
        '✖ 2 errors, 1 warning in 3 files',
        '',
      ].join('\n'),
    );
  });

  it('colours severity, rule, gutter, marker and summary only when color is on', () => {
    const result = makeResult(
      ['a.yaml'],
      [diag({ file: 'a.yaml', line: 2, column: 4, rule: 'overdue', severity: 'warning', message: 'late', hint: 'hurry' })],
      new Map([['a.yaml', ['x', 'a: b']]]),
    );
    expect(formatText(result, PLAIN)).toBe(
      'a.yaml:2:4: warning: late [overdue]\n    2 | a: b\n      |    ^\n   = hint: hurry\n\n⚠ 0 errors, 1 warning in 1 file\n',
    );
    expect(formatText(result, COLOR)).toBe(
      '\x1b[1ma.yaml:2:4\x1b[22m: \x1b[33mwarning\x1b[39m: late \x1b[2m[overdue]\x1b[22m\n' +
        '\x1b[34m    2 | \x1b[39ma: b\n' +
        '\x1b[34m      | \x1b[39m   \x1b[33m^\x1b[39m\n' +
        '   \x1b[1m\x1b[36m= hint:\x1b[39m\x1b[22m hurry\n\n' +
        '\x1b[1m\x1b[33m⚠ 0 errors, 1 warning in 1 file\x1b[39m\x1b[22m\n',
    );
  });

  it('paints errors red and bold', () => {
    const result = makeResult(['a.yaml'], [diag({ file: 'a.yaml', line: 1, column: 1, message: 'bad' })]);
    expect(formatText(result, COLOR)).toBe(
      '\x1b[1ma.yaml:1:1\x1b[22m: \x1b[1m\x1b[31merror\x1b[39m\x1b[22m: bad \x1b[2m[schema]\x1b[22m\n\n' +
        '\x1b[1m\x1b[31m✖ 1 error, 0 warnings in 1 file\x1b[39m\x1b[22m\n',
    );
  });

  it('omits the excerpt when the source line is unknown', () => {
    const result = makeResult(['a.yaml'], [diag({ file: 'a.yaml', line: 9, column: 1, message: 'bad' })]);
    expect(formatText(result, PLAIN)).toBe('a.yaml:9:1: error: bad [schema]\n\n✖ 1 error, 0 warnings in 1 file\n');
  });

  it('escapes control characters in file names and related messages', () => {
    const result = makeResult(
      ['a\x1b.yaml'],
      [
        diag({
          file: 'a\x1b.yaml',
          line: 1,
          column: 1,
          message: 'm\u202e',
          related: [{ file: 'b\r.yaml', line: 2, column: 3, message: 'see\x07 \u2028here\u0085' }],
        }),
      ],
    );
    expect(formatText(result, PLAIN)).toBe(
      'a\\x1b.yaml:1:1: error: m\\u202e [schema]\n' +
        '   = note: b\\r.yaml:2:3: see\\x07 \\u2028here\\x85\n\n' +
        '✖ 1 error, 0 warnings in 1 file\n',
    );
  });

  it('with color off, writes no control byte other than line feeds, whatever the plan holds', () => {
    const nasty = 'x\x1b]0;title\x07\r\t\x00\x7f\u0085\u009b\u2028\u2029\u202a\u202e\u2066\u2069\ud800';
    const result = makeResult(
      ['a.yaml', nasty],
      [
        diag({
          file: nasty,
          line: 1,
          column: 4,
          message: nasty,
          hint: nasty,
          related: [{ file: nasty, line: 1, column: 1, message: nasty }],
        }),
        ...workspace().diagnostics,
        diag({ file: 'plans/akson.yaml', line: 2, column: 3, message: nasty }),
      ],
      new Map<string, readonly string[]>([
        [nasty, [`k: ${nasty}`]],
        ...workspace().files.map((file): [string, readonly string[]] => [file, ['    a', '\tb\x1bc']]),
      ]),
    );
    const out = formatText(result, PLAIN);
    for (const ch of out) {
      const cp = ch.codePointAt(0) ?? 0;
      expect(cp === 0x0a || (cp >= 0x20 && cp !== 0x7f && !(cp >= 0x80 && cp <= 0x9f))).toBe(true);
      expect(/[\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/u.test(ch)).toBe(false);
    }
    expect(Buffer.from(out, 'utf8').some((byte) => byte < 0x20 && byte !== 0x0a)).toBe(false);
    expect(out).toContain('    2 |     b\\x1bc\n      |      ^~~~~');

    // With colour on, the only escape sequences are the formatter's own SGR codes.
    const colored = formatText(result, COLOR);
    expect(colored.replaceAll(/\x1b\[\d+m/g, '')).toBe(out); // eslint-disable-line no-control-regex
  });
});

describe('formatText summary line', () => {
  const files = (n: number): string[] => Array.from({ length: n }, (_, i) => `p${i}.yaml`);
  const findings = (errors: number, warnings: number) => [
    ...Array.from({ length: errors }, () => diag({ file: 'p0.yaml', line: 1, column: 1 })),
    ...Array.from({ length: warnings }, () => diag({ file: 'p0.yaml', line: 1, column: 1, severity: 'warning' })),
  ];
  const summary = (n: number, errors: number, warnings: number): string =>
    formatText(makeResult(files(n), findings(errors, warnings)), PLAIN).split('\n').at(-2) ?? '';

  it('says the workspace is clean, with singular and plural', () => {
    expect(formatText(makeResult(files(3), []), PLAIN)).toBe('✔ 3 files checked, no problems\n');
    expect(formatText(makeResult(files(1), []), PLAIN)).toBe('✔ 1 file checked, no problems\n');
  });

  it('counts errors and warnings with the right plural forms', () => {
    expect(summary(1, 1, 0)).toBe('✖ 1 error, 0 warnings in 1 file');
    expect(summary(3, 3, 14)).toBe('✖ 3 errors, 14 warnings in 3 files');
    expect(summary(2, 2, 1)).toBe('✖ 2 errors, 1 warning in 2 files');
    expect(summary(3, 0, 2)).toBe('⚠ 0 errors, 2 warnings in 3 files');
    expect(summary(1, 0, 1)).toBe('⚠ 0 errors, 1 warning in 1 file');
  });
});

// Tester round 68 F5: the formatter gives the excerpt the lines above, with and without --width.
describe('formatText underlines by the lines above a finding', () => {
  const lines = ['milestones:', '  - id: MP9', '    after: [', '      MP1,', '      MP3, MP4', '    ]', '  - id: MP8', '    after:', '      - MP1,MP2]'];
  const result = makeResult(['p.yaml'], [diag({ file: 'p.yaml', line: 5, column: 7 }), diag({ file: 'p.yaml', line: 9, column: 9 })], new Map([['p.yaml', lines]]));
  for (const width of [Infinity, 80]) {
    it(`at --width ${width}`, () => {
      const out = formatText(result, { ...PLAIN, width }).split('\n');
      expect(out[out.indexOf('    5 |       MP3, MP4') + 1]).toBe('      |       ^~~');
      expect(out[out.indexOf('    9 |       - MP1,MP2]') + 1]).toBe('      |         ^~~~~~~~');
    });
  }
});
