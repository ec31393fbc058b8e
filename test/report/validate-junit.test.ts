// Tests for formatJunit: suites per file, failures for errors, output for warnings, unique names, XML escaping.

import { describe, expect, it } from 'vitest';
import { escapeXml, formatJunit } from '../../src/report/validate/junit.js';
import { diag, makeResult, PLAIN, workspace } from './validate-fixtures.js';

describe('escapeXml', () => {
  it('escapes markup characters and shows characters XML forbids escaped', () => {
    expect(escapeXml(`<script>&"'`)).toBe('&lt;script&gt;&amp;&quot;&apos;');
    expect(escapeXml('a\x1bb\x00c\ufffe\ud800')).toBe('a\\x1bb\\x00c\\ufffe\\ud800');
  });
});

describe('formatJunit', () => {
  it('writes a suite per file, failures for errors, system-out for warnings, valid for clean files', () => {
    const result = makeResult(
      ['a.yaml', 'b.yaml'],
      [
        diag({ file: 'a.yaml', line: 3, column: 5, ref: 'p/M1', message: 'late', hint: 'move it' }),
        diag({
          file: 'a.yaml',
          line: 4,
          column: 1,
          rule: 'unassigned',
          severity: 'warning',
          message: 'no one',
          related: [{ file: 'b.yaml', line: 1, column: 2, message: 'see' }],
        }),
      ],
    );
    expect(formatJunit(result, PLAIN)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="milepel" tests="3" failures="1">
  <testsuite name="a.yaml" tests="2" failures="1">
    <testcase classname="a.yaml" name="schema p/M1 line 3:5">
      <failure type="schema" message="late">late
at a.yaml:3:5
hint: move it</failure>
    </testcase>
    <testcase classname="a.yaml" name="unassigned - line 4:1">
      <system-out>no one
at a.yaml:4:1
note: b.yaml:1:2: see</system-out>
    </testcase>
  </testsuite>
  <testsuite name="b.yaml" tests="1" failures="0">
    <testcase classname="b.yaml" name="valid"/>
  </testsuite>
</testsuites>
`);
  });

  it('words place, notes and hint in the run\'s locale, as the text report does (--locale nb: i, merknad, tips)', () => {
    const finding = diag({ file: 'a.yaml', line: 3, column: 5, message: 'late', hint: 'move it', related: [{ file: 'b.yaml', line: 1, column: 2, message: 'see' }] });
    const out = formatJunit(makeResult(['a.yaml'], [finding]), { ...PLAIN, locale: 'nb' });
    // The place was `at a.yaml:3:5` between Norwegian lines until tester round 20 #4.
    expect(out).toMatch(/\ni a\.yaml:3:5\nmerknad: b\.yaml:1:2: [^\n]*\ntips: [^\n]*<\/failure>/);
    expect(out).toContain('<testcase classname="a.yaml" name="schema - line 3:5">\n      <failure type="schema" message="');
  });

  it('carries at most 10 notes, then how many more, as GitHub and GitLab do', () => {
    const related = Array.from({ length: 13 }, (_, i) => ({ file: 'c.yaml', line: i + 1, column: 3, message: `edge ${i + 1}` }));
    const out = formatJunit(makeResult(['c.yaml'], [diag({ file: 'c.yaml', line: 1, column: 1, message: 'cycle', related })]), PLAIN);
    expect(out.match(/^note: c\.yaml:/gm)).toHaveLength(10);
    expect(out).toContain('note: c.yaml:10:3: edge 10\nnote: and 3 more notes (the text report lists them)</failure>');
  });

  it('makes test case names unique inside a suite', () => {
    const same = (message: string) => diag({ file: 'a.yaml', line: 7, column: 3, ref: 'p/M1', message });
    const result = makeResult(['a.yaml', 'b.yaml'], [same('one'), same('two'), same('three'), diag({ file: 'b.yaml', line: 7, column: 3, ref: 'p/M1' })]);
    const names = [...formatJunit(result, PLAIN).matchAll(/<testcase [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual(['schema p/M1 line 7:3', 'schema p/M1 line 7:3 #2', 'schema p/M1 line 7:3 #3', 'schema p/M1 line 7:3']);
  });

  it('escapes hostile text and never writes a character XML 1.0 forbids', () => {
    const out = formatJunit(workspace(), PLAIN);
    expect(out).toContain(
      '<failure type="schema" message="title \\x1b[31mred\\x1b[0m\\nnext % a:b, &lt;script&gt; &amp; &quot;q&quot;">',
    );
    expect(out).not.toContain('<script>');
    expect(out).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/); // eslint-disable-line no-control-regex
    expect(out).not.toMatch(/[\ud800-\udfff]/u);
    // Every & starts an entity.
    expect(out.replaceAll(/&(amp|lt|gt|quot|apos);/g, '')).not.toContain('&');
  });

  it('counts tests and failures over all suites', () => {
    expect(formatJunit(workspace(), PLAIN)).toContain('<testsuites name="milepel" tests="4" failures="2">');
    expect(formatJunit(makeResult([], []), PLAIN)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="milepel" tests="0" failures="0">\n</testsuites>\n',
    );
  });

  it('keeps a diagnostic whose file is not in the file list', () => {
    const out = formatJunit(makeResult(['a.yaml'], [diag({ file: 'other.yaml', line: 1, column: 1 })]), PLAIN);
    expect(out).toContain('<testsuite name="other.yaml" tests="1" failures="1">');
  });
});
