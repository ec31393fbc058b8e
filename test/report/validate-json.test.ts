// Tests for formatJson: SPEC §8 shape, fixed key order, exact data for hostile text.

import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/validate/json.js';
import { diag, HOSTILE, makeResult, PLAIN, workspace } from './validate-fixtures.js';

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

  it('keeps hostile text exact after parsing but writes no raw control or bidi character', () => {
    const text = `${HOSTILE}\u202e\u0085\u2028`;
    const out = formatJson(makeResult(['a.yaml'], [diag({ file: 'a.yaml', line: 1, column: 1, message: text, hint: text })]), PLAIN);
    expect(out).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect([...out].every((ch) => ch === '\n' || ch >= ' ')).toBe(true);
    const parsed = JSON.parse(out) as { diagnostics: { message: string; hint: string }[] };
    expect(parsed.diagnostics[0]?.message).toBe(text);
    expect(parsed.diagnostics[0]?.hint).toBe(text);
  });
});
