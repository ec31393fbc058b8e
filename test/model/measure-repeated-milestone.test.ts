// A measure's `milestones` naming one milestone twice, written otherwise (`X` and `p/X`): merged without a word before,
// as a risk's was (risk-repeated-milestone.test.ts). Now a schema finding at the later entry, paired with the first
// entry naming the same ref, which is left out: the measure contributes to the milestone once.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';

const TEXT = `plan: {id: p, title: P}
milestones:
  - {id: X, title: X, date: 2026-06-12}
  - {id: Y, title: Y, date: 2026-06-19}
  - {id: __proto__, title: P, date: 2026-06-12}
goals:
  - {id: G, title: G}
measures:
  - {id: T1, goal: G, title: T, milestones: [X, Y, p/X]}
  - {id: T2, goal: G, title: T, milestones: [p/X, X, p/X, "X"]}
  - {id: T3, goal: G, title: T, milestones: [Ghost, p/Ghost, q/Ghost, 'Ghost']}
  - {id: T4, goal: G, title: T, milestones: [hasOwnProperty, hasOwnProperty, __proto__, p/__proto__, constructor, constructor]}
`;

describe('a measure naming a milestone twice', () => {
  const analysis = analyze([{ file: 'p.yaml', text: TEXT }], { clockToday: 20400 });
  const found = analysis.diagnostics.filter((d) => d.rule === 'schema' || d.rule === 'unknown-reference')
    .map((d) => `${d.line}:${d.column} ${d.rule} ${d.ref} ${renderMessage(d.message, 'en')}`);
  const linked = (): string[][] => analysis.workspace.measures.map((m) => m.milestones.map((v) => analysis.workspace.milestones[v]!.id));

  it('written otherwise is a schema finding at the later entry, naming both', () => {
    expect(found.filter((f) => f.startsWith('9:'))).toEqual([
      '9:52 schema p/T1 milestones of measure T1 lists the same milestone twice: "X" (milestones[0]) and "p/X" (milestones[2])',
    ]);
    const d = analysis.diagnostics.find((x) => x.rule === 'schema' && x.line === 9)!;
    expect(renderMessage(d.message, 'nb')).toBe('milestones i tiltak T1 har samme milepæl to ganger: "X" (milestones[0]) og "p/X" (milestones[2])');
  });

  it('pairs each later entry with the first entry naming the same ref: written alike or otherwise, as parsed', () => {
    expect(found.filter((f) => f.startsWith('10:'))).toEqual([
      '10:51 schema p/T2 milestones of measure T2 lists the same milestone twice: "p/X" (milestones[0]) and "X" (milestones[1])',
      '10:54 schema p/T2 milestones of measure T2 lists "p/X" twice (milestones[0] and milestones[2])',
      '10:59 schema p/T2 milestones of measure T2 lists the same milestone twice: "p/X" (milestones[0]) and "X" (milestones[3])',
    ]);
  });

  it('reports a ref that names nothing unknown once, at its first entry, and the later entries as its repeats', () => {
    expect(found.filter((f) => f.startsWith('11:'))).toEqual([
      '11:46 unknown-reference p/T3 p/T3 refers to milestone "Ghost", which does not exist',
      '11:53 schema p/T3 milestones of measure T3 lists the same milestone twice: "Ghost" (milestones[0]) and "p/Ghost" (milestones[1])',
      '11:62 unknown-reference p/T3 p/T3 refers to milestone "q/Ghost", which does not exist: there is no plan "q" in the workspace',
      '11:71 schema p/T3 milestones of measure T3 lists "Ghost" twice (milestones[0] and milestones[3])',
    ]);
  });

  it('takes ids named like object properties as any other id', () => {
    expect(found.filter((f) => f.startsWith('12:')).map((f) => f.replace(/ (p\/T4 refers|milestones of).*/, ''))).toEqual([
      '12:46 unknown-reference p/T4',
      '12:62 schema p/T4',
      '12:89 schema p/T4',
      '12:102 unknown-reference p/T4',
      '12:115 schema p/T4',
    ]);
  });

  it('links the measure to each milestone once', () => {
    expect(linked()).toEqual([['X', 'Y'], ['X'], [], ['__proto__']]);
  });
});
