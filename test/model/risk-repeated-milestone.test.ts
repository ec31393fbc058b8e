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
      '6:73 p/R1 milestones of risk R1 lists the same milestone twice: "X" (milestones[0]) and "p/X" (milestones[2])',
      '7:70 p/R2 milestones of risk R2 lists "X" twice (milestones[0] and milestones[1])',
    ]);
    expect(renderMessage(schema[0]!.message, 'nb')).toBe('milestones i risiko R1 har samme milepæl to ganger: "X" (milestones[0]) og "p/X" (milestones[2])');
  });

  it('delays the milestone once', () => {
    const milestones = (analysis.workspace.risks ?? []).map((r) => r.milestones.map((v) => analysis.workspace.milestones[v]!.id));
    expect(milestones).toEqual([['X', 'Y'], ['X']]);
  });
});

describe('a risk event naming a milestone more than twice, or naming nothing twice (tester round 45 F7)', () => {
  const text = `plan: {id: p, title: P}
milestones:
  - {id: X, title: X, date: 2026-06-12}
  - {id: __proto__, title: P, date: 2026-06-12}
risks:
  - {id: R1, title: R, probability: 0.5, impact: 2d, milestones: [p/X, X, p/X, "X"]}
  - {id: R2, title: R, probability: 0.5, impact: 2d, milestones: [Ghost, p/Ghost, q/Ghost, 'Ghost']}
  - {id: R3, title: R, probability: 0.5, impact: 2d, milestones: [hasOwnProperty, hasOwnProperty, __proto__, p/__proto__, constructor, constructor]}
`;
  const analysis = analyze([{ file: 'p.yaml', text }], { clockToday: 20400 });
  const found = analysis.diagnostics.filter((d) => d.rule === 'schema' || d.rule === 'unknown-reference').map((d) => `${d.line}:${d.column} ${d.rule} ${renderMessage(d.message, 'en')}`);

  it('reports each later entry once, paired with the first entry naming the same ref: written alike or otherwise, as parsed', () => {
    expect(found.filter((f) => f.startsWith('6:'))).toEqual([
      '6:72 schema milestones of risk R1 lists the same milestone twice: "p/X" (milestones[0]) and "X" (milestones[1])',
      '6:75 schema milestones of risk R1 lists "p/X" twice (milestones[0] and milestones[2])',
      '6:80 schema milestones of risk R1 lists the same milestone twice: "p/X" (milestones[0]) and "X" (milestones[3])',
    ]);
  });

  it('reports a ref that names nothing unknown once, at its first entry, and the later entries as its repeats', () => {
    expect(found.filter((f) => f.startsWith('7:'))).toEqual([
      '7:67 unknown-reference p/R2 refers to milestone "Ghost", which does not exist',
      '7:74 schema milestones of risk R2 lists the same milestone twice: "Ghost" (milestones[0]) and "p/Ghost" (milestones[1])',
      '7:83 unknown-reference p/R2 refers to milestone "q/Ghost", which does not exist: there is no plan "q" in the workspace',
      '7:92 schema milestones of risk R2 lists "Ghost" twice (milestones[0] and milestones[3])',
    ]);
  });

  it('takes ids named like object properties as any other id (round 44 F8)', () => {
    expect(found.filter((f) => f.startsWith('8:')).map((f) => f.replace(/ (refers|lists).*/, ''))).toEqual([
      '8:67 unknown-reference p/R3',
      '8:83 schema milestones of risk R3',
      '8:110 schema milestones of risk R3',
      '8:123 unknown-reference p/R3',
      '8:136 schema milestones of risk R3',
    ]);
    const milestones = (analysis.workspace.risks ?? []).map((r) => r.milestones.map((v) => analysis.workspace.milestones[v]!.id));
    expect(milestones).toEqual([['X'], [], ['__proto__']]);
  });
});
