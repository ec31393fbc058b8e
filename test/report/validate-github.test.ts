// Tests for formatGithub: workflow command syntax, GitHub's escaping rules, hint and summary lines.

import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, githubFileProperty, githubSummaryLine } from '../../src/report/validate/github.js';
import { diag, makeResult, PLAIN, workspace } from './validate-fixtures.js';

describe('escapeData and escapeProperty', () => {
  it('escape like @actions/core', () => {
    expect(escapeData('100% a:b, c\r\nd')).toBe('100%25 a:b, c%0D%0Ad');
    expect(escapeProperty('100% a:b, c\r\nd')).toBe('100%25 a%3Ab%2C c%0D%0Ad');
    expect(escapeData('%0A')).toBe('%250A');
  });
});

describe('formatGithub', () => {
  it('writes one command per diagnostic, errors before warnings, each note (with its place) and the hint after encoded newlines, and nothing else (SPEC §8)', () => {
    expect(formatGithub(workspace(), PLAIN)).toBe(
      [
        '::error file=plans/akson.yaml,line=31,col=16,title=meeting-before-milestone::' +
          'listed meeting KR@2019-09-13 is 9 working days after akson/MP2 (2019-08-31)' +
          '%0Anote: plans/governance.yaml:12:9: KR@2019-09-13 is defined here' +
          '%0Ahint: move the meeting before 2019-08-31, or drop it from meetings',
        '::error file=plans/felles-grunnmur.yaml,line=7,col=13,title=schema::' +
          'title \\x1b[31mred\\x1b[0m\\nnext %25 a:b, <script> & "q"' +
          '%0Ahint: rename \\x1b[31mred\\x1b[0m\\nnext %25 a:b, <script> & "q"',
        // Errors first (GitHub shows only 10 of each kind per step), SPEC §15.
        '::warning file=plans/akson.yaml,line=40,col=15,title=overdue::' +
          'akson/MP3 is projected for 2019-10-04, before the status date 2019-10-07',
        '',
      ].join('\n'),
    );
  });

  it('escapes a note\'s place and text as the message, and labels it in the run\'s locale', () => {
    const related = [{ file: 'plans/b%,\n.yaml', line: 3, column: 49, message: 'b/X is after a/BP1 here\r\n::x' }];
    const result = makeResult(['plans/a.yaml'], [diag({ file: 'plans/a.yaml', line: 5, column: 5, message: 'gate BP1', related })]);
    expect(formatGithub(result, PLAIN).split('\n')[0]).toBe('::error file=plans/a.yaml,line=5,col=5,title=schema::gate BP1%0Anote: plans/b%25,\\n.yaml:3:49: b/X is after a/BP1 here\\r\\n::x');
    expect(formatGithub(result, { ...PLAIN, locale: 'nb' }).split('\n')[0]).toContain('%0Amerknad: plans/b%25');
  });

  it('carries at most 10 notes, then says how many more the text report lists', () => {
    const related = Array.from({ length: 12 }, (_, i) => ({ file: 'c.yaml', line: i + 1, column: 3, message: `edge ${i + 1}` }));
    const line = formatGithub(makeResult(['c.yaml'], [diag({ file: 'c.yaml', line: 1, column: 1, message: 'cycle', related })]), PLAIN).split('\n')[0]!;
    expect(line.split('%0A')).toEqual(['::error file=c.yaml,line=1,col=1,title=schema::cycle', ...related.slice(0, 10).map((r) => `note: c.yaml:${r.line}:3: ${r.message}`), 'note: and 2 more notes (the text report lists them)']);
  });

  it('escapes : , % CR LF in the file property and keeps every command on one line', () => {
    const file = 'plans/a,b:c%\r\n.yaml';
    const out = formatGithub(makeResult([file], [diag({ file, line: 2, column: 3, message: 'x\ny\rz' })]), PLAIN);
    expect(out).toBe(
      '::error file=plans/a%2Cb%3Ac%25%0D%0A.yaml,line=2,col=3,title=schema::x\\ny\\rz\n',
    );
    expect(out.split('\n')).toHaveLength(2);
  });

  it('writes the real path in file= (GitHub matches it to a file), the display form only in the message (tester round 16 #6)', () => {
    const file = 'plans/a\nb,c::d\u202e\u2028æ.yaml';
    const related = [{ file, line: 1, column: 1, message: 'here' }];
    const line = formatGithub(makeResult([file], [diag({ file, line: 5, column: 29, message: `in ${file}`, related })]), PLAIN).split('\n')[0]!;
    expect(line).toBe('::error file=plans/a%0Ab%2Cc%3A%3Ad\u202e\u2028æ.yaml,line=5,col=29,title=schema::in plans/a\\nb,c::d\\u202e\\u2028æ.yaml%0Anote: plans/a\\nb,c::d\\u202e\\u2028æ.yaml:1:1: here');
  });

  it('shows escaped in file= only what GitHub cannot carry and no output may hold raw: C0 and C1 controls but CR and LF, lone surrogates', () => {
    expect(githubFileProperty('a\tb\u001bc\u0085d\u007f.yaml')).toBe('a\\tb\\x1bc\\x85d\\x7f.yaml');
    expect(githubFileProperty('x\ud800y\udc00z\ud83d\ude00.yaml')).toBe('x\\ud800y\\udc00z\ud83d\ude00.yaml');
    expect(githubFileProperty('100%\r\n:,.yaml')).toBe('100%25%0D%0A%3A%2C.yaml');
  });

  // Tester round 110 F2: the count was a line of no workflow command on stdout; the CLI writes it to stderr.
  it('writes nothing for a clean workspace; the count is a line of its own, for stderr', () => {
    expect(formatGithub(makeResult(['a.yaml', 'b.yaml'], []), PLAIN)).toBe('');
    expect(githubSummaryLine(makeResult(['a.yaml', 'b.yaml'], []), 'en')).toBe('milepel: 2 files checked, no problems\n');
    expect(githubSummaryLine(workspace(), 'en')).toBe('milepel: 2 errors, 1 warning in 3 files\n');
  });
});
