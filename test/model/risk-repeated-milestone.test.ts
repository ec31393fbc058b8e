// A risk event's `milestones` naming one milestone twice, written otherwise (`X` and `p/X`; written alike the JSON
// schema finds it): merged without a word before (tester round 44 F8). Now a schema finding at the later entry, which
// is left out: the event delays the milestone once.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';

const TEXT = `plan: {id: p, title: P}
milestones:
  - {id: X, title: X, date: 2026-06-12}
  - {id: Y, title: Y, date: 2026-06-19}
risks:
  - {id: R1, title: R, probability: 0.5, impact: 2d, milestones: [X, Y, p/X]}
  - {id: R2, title: S, probability: 0.5, impact: 2d, milestones: [X, X]}
`;

describe('a risk event naming a milestone twice', () => {
  const analysis = analyze([{ file: 'p.yaml', text: TEXT }], { clockToday: 20400 });
  const schema = analysis.diagnostics.filter((d) => d.rule === 'schema');

  it('written otherwise is a schema finding at the later entry, naming both; written alike the schema says so', () => {
    expect(schema.map((d) => `${d.line}:${d.column} ${d.ref} ${renderMessage(d.message, 'en')}`)).toEqual([
      '6:73 p/R1 milestones of risk R1 lists the same milestone twice: "X" (entry 1) and "p/X" (entry 3)',
      '7:70 null milestones of risk R2 lists "X" twice (entries 1 and 2)',
    ]);
    expect(renderMessage(schema[0]!.message, 'nb')).toBe('milestones i risiko R1 har samme milepæl to ganger: "X" (oppføring 1) og "p/X" (oppføring 3)');
  });

  it('delays the milestone once', () => {
    const milestones = (analysis.workspace.risks ?? []).map((r) => r.milestones.map((v) => analysis.workspace.milestones[v]!.id));
    expect(milestones).toEqual([['X', 'Y'], ['X']]);
  });
});
