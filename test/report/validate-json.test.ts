// Tests for formatJson: SPEC §8 shape, fixed key order, exact data for hostile text, messages with it shown escaped (SPEC §15).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, ValidateResult } from '../../src/diagnostics/types.js';
import { renderMessage, type Locale } from '../../src/messages/index.js';
import { formatJson, validateJsonChunks } from '../../src/report/validate/json.js';
import { escapeControl, stringifySafeJson } from '../../src/report/safe-text.js';
import { diag, HOSTILE, makeResult, PLAIN, workspace } from './validate-fixtures.js';

/**
 * The document as objects, written by JSON.stringify: what the text written part by part must be, byte for byte.
 * Messages are shown as text output shows them (control and bidi characters as visible escapes); data is exact.
 */
function reference(result: ValidateResult, locale: Locale): string {
  const say = (m: Diagnostic['message']): string => escapeControl(renderMessage(m, locale));
  const render = (d: Diagnostic): object => ({
    rule: d.rule, severity: d.severity, message: say(d.message), file: d.file, line: d.line, column: d.column, ref: d.ref,
    hint: d.hint === undefined ? null : say(d.hint),
    related: d.related.map((r) => ({ file: r.file, line: r.line, column: r.column, message: say(r.message) })),
  });
  return stringifySafeJson({ ok: result.summary.errors === 0, files: result.files, summary: result.summary, diagnostics: result.diagnostics.map(render) });
}

describe('formatJson', () => {
  it('writes the SPEC §8 document, pretty-printed with a trailing newline', () => {
    const result = makeResult(
      ['plans/akson.yaml'],
      [
        diag({
          file: 'plans/akson.yaml',
          line: 31,
          column: 16,
          rule: 'meeting-before-milestone',
          ref: 'akson/MP2',
          message: 'late',
          related: [{ file: 'plans/gov.yaml', line: 2, column: 5, message: 'here' }],
        }),
      ],
    );
    expect(formatJson(result, PLAIN)).toBe(`{
  "ok": false,
  "files": [
    "plans/akson.yaml"
  ],
  "summary": {
    "errors": 1,
    "warnings": 0
  },
  "diagnostics": [
    {
      "rule": "meeting-before-milestone",
      "severity": "error",
      "message": "late",
      "file": "plans/akson.yaml",
      "line": 31,
      "column": 16,
      "ref": "akson/MP2",
      "hint": null,
      "related": [
        {
          "file": "plans/gov.yaml",
          "line": 2,
          "column": 5,
          "message": "here"
        }
      ]
    }
  ]
}
`);
  });

  it('keeps the key order fixed', () => {
    const parsed = JSON.parse(formatJson(workspace(), PLAIN)) as {
      summary: object;
      diagnostics: { related: object[] }[];
    };
    expect(Object.keys(parsed)).toEqual(['ok', 'files', 'summary', 'diagnostics']);
    expect(Object.keys(parsed.summary)).toEqual(['errors', 'warnings']);
    for (const diagnostic of parsed.diagnostics) {
      expect(Object.keys(diagnostic)).toEqual([
        'rule',
        'severity',
        'message',
        'file',
        'line',
        'column',
        'ref',
        'hint',
        'related',
      ]);
    }
    expect(Object.keys(parsed.diagnostics[0]?.related[0] ?? {})).toEqual(['file', 'line', 'column', 'message']);
  });

  it('is ok with warnings only and when clean', () => {
    const warning = diag({ file: 'a.yaml', line: 1, column: 1, severity: 'warning' });
    expect(JSON.parse(formatJson(makeResult(['a.yaml'], [warning]), PLAIN))).toMatchObject({ ok: true });
    expect(formatJson(makeResult([], []), PLAIN)).toBe(
      '{\n  "ok": true,\n  "files": [],\n  "summary": {\n    "errors": 0,\n    "warnings": 0\n  },\n  "diagnostics": []\n}\n',
    );
  });

  it('keeps hostile data exact after parsing, shows it escaped in messages, and writes no raw control or bidi character', () => {
    const text = `${HOSTILE}\u202e\u0085\u2028`;
    const out = formatJson(makeResult([text], [diag({ file: text, ref: text, line: 1, column: 1, message: text, hint: text })]), PLAIN);
    expect(out).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect([...out].every((ch) => ch === '\n' || ch >= ' ')).toBe(true);
    const parsed = JSON.parse(out) as { diagnostics: { message: string; hint: string; file: string; ref: string }[] };
    expect(parsed.diagnostics[0]?.file).toBe(text);
    expect(parsed.diagnostics[0]?.ref).toBe(text);
    // A message is for people: decoded, it still holds no control character a terminal or a CI log would act on.
    expect(parsed.diagnostics[0]?.message).toBe(escapeControl(text));
    expect(parsed.diagnostics[0]?.hint).toBe(escapeControl(text));
    // eslint-disable-next-line no-control-regex
    expect(parsed.diagnostics[0]?.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
  });

  it('writes each diagnostic as JSON.stringify writes its object, whatever its texts, places and missing fields', () => {
    // The rule, severity and file texts are each made once per value and reused: hostile ones included.
    const text = fc.oneof(fc.constantFrom('', 'plain', HOSTILE, 'a"b\\c', '\u2028\u202e', '\ud800', 'æøå — ✓', '::error::x'), fc.string({ unit: 'binary', maxLength: 12 }));
    const file = fc.constantFrom('plans/a.yaml', 'plans/b.yaml', 'odd "name"\n.yaml', '\u202ert.yaml');
    const place = fc.oneof(fc.nat({ max: 200_000 }), fc.constantFrom(-0, NaN, Infinity));
    const related = fc.record({ file, line: place, column: place, message: text });
    const diagnostic = fc.record(
      {
        file, line: place, column: place, message: text, hint: text, related: fc.array(related, { maxLength: 3 }),
        rule: fc.constantFrom('schema', 'dependency-order', 'lead', 'health/logic') as fc.Arbitrary<Diagnostic['rule']>,
        severity: fc.constantFrom('error', 'warning') as fc.Arbitrary<Diagnostic['severity']>, ref: fc.option(text, { nil: null }),
      },
      { requiredKeys: ['file', 'line', 'column', 'message', 'related', 'rule', 'severity', 'ref'] },
    );
    fc.assert(
      fc.property(fc.array(diagnostic, { maxLength: 40 }), fc.constantFrom<Locale>('en', 'nb'), (list, locale) => {
        const result = makeResult(['plans/a.yaml'], list.map((d) => diag(d)));
        const options = { ...PLAIN, locale };
        expect(formatJson(result, options)).toBe(reference(result, locale));
      }),
      { numRuns: 150 },
    );
    expect(formatJson(workspace(), PLAIN)).toBe(reference(workspace(), 'en'));
  });

  it('hands out pieces that end at line ends, joining to the whole text, for thousands of findings', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      diag({ file: `plans/p${i % 3}.yaml`, line: i + 1, column: 3, ref: i % 2 === 0 ? null : `p/M${i}`, message: `m${i}`, ...(i % 5 === 0 ? { hint: 'h' } : {}), related: i % 7 === 0 ? [{ file: 'g.yaml', line: 1, column: 1, message: 'r' }] : [] }),
    );
    const result = makeResult(['plans/p0.yaml'], many);
    const pieces = [...validateJsonChunks(result, PLAIN)];
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
    expect(pieces.join('')).toBe(reference(result, 'en'));
  });
});
