// A milestone's `meetings` naming one meeting twice, written otherwise: a meeting with an `id` is also found by
// `<body>@<date>` when it is the only meeting of its body that day (SPEC §1.3), so `[NEHS-3, NEHS@2026-06-01]` names
// one meeting. It was kept twice without a word (the JSON schema's uniqueItems compares spellings). Now a schema
// finding at the later entry, paired with the first entry naming the same meeting, which is left out, as a risk's or
// measure's repeated milestone is (risk-repeated-milestone.test.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { MAIN_GROUP, PlanWorkspace } from '../../src/lsp/workspace.js';
import { renderMessage } from '../../src/messages/index.js';
import { analyzeSources } from '../../src/pipeline.js';

const TEXT = `plan: {id: p, title: P}
bodies:
  - {id: NEHS, name: N}
  - {id: __proto__, name: P}
meetings:
  - {id: NEHS-3, body: NEHS, date: 2026-06-01}
  - {body: NEHS, date: 2026-06-03}
  - {id: constructor, body: __proto__, date: 2026-06-02}
milestones:
  - {id: A, title: A, date: 2026-06-12, meetings: [NEHS-3, NEHS@2026-06-03, NEHS@2026-06-01]}
  - {id: B, title: B, date: 2026-06-12, meetings: [NEHS@2026-06-01, NEHS-3, NEHS@2026-06-01, "NEHS-3"]}
  - {id: C, title: C, date: 2026-06-12, meetings: [Ghost, Ghost, Ghost@2026-06-01]}
  - {id: D, title: D, date: 2026-06-12, meetings: [hasOwnProperty, hasOwnProperty, constructor, __proto__@2026-06-02]}
  - {id: E, title: E, date: 2026-13-12, meetings: [NEHS-3, NEHS@2026-06-01, Ghost, Ghost]}
`;

describe("a milestone's meetings naming one meeting twice", () => {
  const analysis = analyze([{ file: 'p.yaml', text: TEXT }], { clockToday: 20400 });
  const found = analysis.diagnostics.filter((d) => d.rule === 'schema' || d.rule === 'unknown-reference')
    .map((d) => `${d.line}:${d.column} ${d.rule} ${d.ref} ${renderMessage(d.message, 'en')}`);
  const linked = (id: string): string[] => analysis.workspace.milestones.find((m) => m.id === id)!.meetings.map((l) => (l.meeting < 0 ? `?${l.ref}` : analysis.workspace.meetings[l.meeting]!.ref));

  it('written otherwise (its id and <body>@<date>) is a schema finding at the later entry, naming both', () => {
    expect(found.filter((f) => f.startsWith('10:'))).toEqual([
      '10:77 schema p/A meetings of milestone A lists the same meeting twice: "NEHS-3" (meetings[0]) and "NEHS@2026-06-01" (meetings[2])',
    ]);
    const d = analysis.diagnostics.find((x) => x.rule === 'schema' && x.line === 10)!;
    expect(renderMessage(d.message, 'nb')).toBe('meetings i milepæl A har samme møte to ganger: "NEHS-3" (meetings[0]) og "NEHS@2026-06-01" (meetings[2])');
    expect(linked('A')).toEqual(['NEHS-3', 'NEHS@2026-06-03']);
  });

  it('pairs each later entry with the first entry naming the same meeting: written alike or otherwise, as parsed', () => {
    expect(found.filter((f) => f.startsWith('11:'))).toEqual([
      '11:69 schema p/B meetings of milestone B lists the same meeting twice: "NEHS@2026-06-01" (meetings[0]) and "NEHS-3" (meetings[1])',
      '11:77 schema p/B meetings of milestone B lists "NEHS@2026-06-01" twice (meetings[0] and meetings[2])',
      '11:94 schema p/B meetings of milestone B lists the same meeting twice: "NEHS@2026-06-01" (meetings[0]) and "NEHS-3" (meetings[3])',
    ]);
    expect(linked('B')).toEqual(['NEHS-3']);
  });

  it('reports a reference to nothing unknown once, at its first entry, and the later entries as its repeats', () => {
    expect(found.filter((f) => f.startsWith('12:')).map((f) => f.replace(/, which does not exist.*/, ''))).toEqual([
      '12:52 unknown-reference p/C p/C refers to meeting "Ghost"',
      '12:59 schema p/C meetings of milestone C lists "Ghost" twice (meetings[0] and meetings[1])',
      '12:66 unknown-reference p/C p/C refers to meeting "Ghost@2026-06-01"',
    ]);
    expect(linked('C')).toEqual(['?Ghost', '?Ghost@2026-06-01']);
  });

  it('takes ids named like object properties as any other id', () => {
    expect(found.filter((f) => f.startsWith('13:')).map((f) => f.replace(/ (p\/D refers|meetings of).*/, ''))).toEqual([
      '13:52 unknown-reference p/D',
      '13:68 schema p/D',
      '13:97 schema p/D',
    ]);
    expect(linked('D')).toEqual(['?hasOwnProperty', 'constructor']);
  });

  it('finds the repeats of a milestone without a usable date too', () => {
    expect(found.filter((f) => f.startsWith('14:')).map((f) => f.replace(/ (p\/E refers|meetings of).*/, ''))).toEqual([
      '14:60 schema p/E',
      '14:77 unknown-reference p/E',
      '14:84 schema p/E',
    ]);
  });
});

describe("a milestone's repeated meeting in the language server's incremental analysis", () => {
  // A kept file's milestone has its links resolved by an earlier build (model/fragments.ts): each build finds its
  // repeats again, and leaves them out again, as a fresh analysis does.
  const OTHER = 'plan: {id: a, title: A}\nmilestones:\n  - {id: M1, title: M, date: 2026-06-05}\n';
  const today = 20400;
  const ws = new PlanWorkspace(() => today);
  ws.today = today;
  ws.setText('file:///ws/a.yaml', 'a.yaml', MAIN_GROUP, OTHER, false);
  ws.setText('file:///ws/p.yaml', 'p.yaml', MAIN_GROUP, TEXT, false);
  const repeats = (): string[] => ws.analysis(MAIN_GROUP).diagnostics.filter((d) => d.rule === 'schema' && d.message.id !== 'schema.unique').map((d) => `${d.line}:${d.column}`);
  const expectFresh = (): void => {
    const got = ws.analysis(MAIN_GROUP);
    const fresh = analyzeSources(ws.files(MAIN_GROUP).map((f) => f.parsed), { today, clockToday: today });
    expect(got.diagnostics).toEqual(fresh.diagnostics);
    expect(got.workspace.milestones.map((m) => m.meetings)).toEqual(fresh.workspace.milestones.map((m) => m.meetings));
    expect(got.workspace.repeatedReferences).toEqual(fresh.workspace.repeatedReferences);
  };

  it('finds the same repeats after an edit elsewhere, with the indices unchanged or shifted', () => {
    const before = repeats();
    expect(before).toEqual(['10:77', '11:69', '11:94', '13:97', '14:60']);
    ws.setText('file:///ws/a.yaml', 'a.yaml', MAIN_GROUP, OTHER.replace('2026-06-05', '2026-06-04'), true);
    expectFresh();
    expect(repeats()).toEqual(before);
    ws.setText('file:///ws/a.yaml', 'a.yaml', MAIN_GROUP, `${OTHER}  - {id: M2, title: M, date: 2026-06-08}\n`, true);
    expectFresh();
    expect(repeats()).toEqual(before);
  });
});
