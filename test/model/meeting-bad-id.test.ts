// A meeting whose `id` is no id (SPEC §1: letters, digits, `_`, `.`, `-`): the schema finding leaves that id out
// (SPEC §4.1), and the meeting is `<body>@<date>` (SPEC §1.3) in the model, the reports and the hints, the name a
// milestone's `meetings` list can write. Until tester round 52 F1 the rejected text was its name everywhere, and a
// hint offered a meeting no `meetings` entry may name.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';

const TEXT = `plan: {id: m, title: M, status_date: 2024-01-01}
bodies: [{id: PS, name: P}]
meetings:
  - {body: PS, date: 2024-01-08, id: "PS møte 1"}
  - {body: PS, date: 2024-01-22, id: PS-2}
milestones:
  - {id: A, title: A, date: 2024-01-10, require: [PS], meetings: [PS@2024-01-08]}
  - {id: B, title: B, date: 2024-01-05, require: [PS]}
`;

describe('a meeting id of the wrong form', () => {
  const analysis = analyze([{ file: 'm.yaml', text: TEXT }], { clockToday: 19723 });
  const shown = analysis.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${renderMessage(d.message, 'en')} | ${d.hint === undefined ? '' : renderMessage(d.hint, 'en')}`);

  it('is left out: the meeting is <body>@<date>, and a milestone listing that name finds it', () => {
    expect(analysis.workspace.meetings.map((x) => x.ref)).toEqual(['PS@2024-01-08', 'PS-2']);
    const a = analysis.workspace.milestones.find((x) => x.id === 'A')!;
    expect(a.meetings.map((l) => analysis.workspace.meetings[l.meeting]?.ref)).toEqual(['PS@2024-01-08']);
  });

  it('the schema finding names the meeting so, and the hints name it as it can be written', () => {
    expect(shown).toContain('4:38 schema id of meeting PS@2024-01-08 is "PS møte 1", which is not an id | " " cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-"');
    expect(shown.join('\n')).not.toContain('PS møte 1 ');
    expect(shown.filter((s) => s.includes('meeting-before-milestone')).join('\n')).toMatch(/PS@2024-01-08/);
  });
});
