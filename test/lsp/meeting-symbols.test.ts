// The language server names meetings as the model does (SPEC §1.3, §4.1): an id the schema leaves out (not an id,
// not text) is no name, the meeting is `<body>@<date>`; a milestone's `meetings` entry the schema rejects is no
// reference. Until tester round 53 F6, definition of `B@2026-02-04` went to another meeting whose rejected id read so,
// `B@2026-02-18` (a meeting with `id: 17`) had none, and `"bad id"` was a symbol to navigate.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/analyze.js';
import { fileSymbols } from '../../src/lsp/symbols.js';

const TEXT = `plan: {id: p, title: P, status_date: 2026-01-01, governance: {require: [B]}}
bodies:
  - {id: B, name: Board}
meetings:
  - {body: B, date: 2026-02-04, id: "bad id"}
  - {body: B, date: 2026-02-04}
  - {body: B, date: 2026-02-11, id: "B@2026-02-04"}
  - {body: B, date: 2026-02-18, id: 17}
  - {body: B, date: 2026-02-25, id: B-4}
milestones:
  - {id: A, title: T, date: 2026-02-06, meetings: ["bad id", B@2026-02-04, B-4]}
`;

describe('meeting symbols', () => {
  const symbols = fileSymbols(parsePlanText('p.yaml', TEXT)).filter((s) => s.key.startsWith('mt:'));

  it('define each meeting by the name the model gives it, at that name', () => {
    expect(symbols.filter((s) => s.isDefinition).map((s) => `${s.key} ${s.line}:${s.column} ${s.path.join('.')}`)).toEqual([
      'mt:B@2026-02-04 5:21 meetings.0.date',
      'mt:B@2026-02-04 6:21 meetings.1.date',
      'mt:B@2026-02-11 7:21 meetings.2.date',
      'mt:B@2026-02-18 8:21 meetings.3.date',
      'mt:B-4 9:37 meetings.4.id',
    ]);
  });

  it('reference only what the schema takes as a meeting reference', () => {
    expect(symbols.filter((s) => !s.isDefinition).map((s) => s.key)).toEqual(['mt:B@2026-02-04', 'mt:B-4']);
  });
});
