// A risk or measure defined twice: the second definition is a duplicate-id finding and left out of the model, but its
// own references are still checked (SPEC §4.1: one run shows every finding the other rules can still make). Tester
// round 49 F3: a second R1's repeated entry, and its unknown milestone, went unreported until the first R1 was renamed.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { renderMessage } from '../../src/messages/index.js';

const TEXT = `plan: {id: p, title: P, status_date: 2026-06-01}
milestones:
  - {id: A, title: A, date: 2026-07-01}
  - {id: B, title: B, date: 2026-07-02}
goals:
  - {id: G, title: Goal}
measures:
  - {id: T1, goal: G, title: T, responsible: KS, milestones: [A, A]}
  - {id: T1, goal: Gx, title: T, responsible: KS, milestones: [B, B, Zed]}
risks:
  - {id: R1, title: Risk, probability: 0.3, impact: 5d, milestones: [A, A]}
  - {id: R1, title: Risk, probability: 0.3, impact: 5d, milestones: [B, B, Qq]}
`;

describe('a risk or measure defined twice', () => {
  const analysis = analyze([{ file: 'p.yaml', text: TEXT }], { clockToday: 20600 });
  const found = analysis.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${renderMessage(d.message, 'en')}`);

  it('has its second definition reported, and that definition\'s references checked all the same', () => {
    expect(found).toEqual([
      '8:66 schema milestones of measure T1 lists "A" twice (milestones[0] and milestones[1])',
      '9:10 duplicate-id measure p/T1 is defined twice: the first definition is in p.yaml',
      '9:20 unknown-reference p/T1 refers to goal "Gx", which does not exist',
      '9:67 schema milestones of measure T1 lists "B" twice (milestones[0] and milestones[1])',
      '9:70 unknown-reference p/T1 refers to milestone "Zed", which does not exist',
      '11:73 schema milestones of risk R1 lists "A" twice (milestones[0] and milestones[1])',
      '12:10 duplicate-id risk p/R1 is defined twice: the first definition is in p.yaml',
      '12:73 schema milestones of risk R1 lists "B" twice (milestones[0] and milestones[1])',
      '12:76 unknown-reference p/R1 refers to milestone "Qq", which does not exist',
    ]);
  });

  it('keeps only the first definition in the model, with its own milestones', () => {
    const ws = analysis.workspace;
    expect(ws.risks?.map((r) => [r.ref, r.milestones.map((v) => ws.milestones[v]!.id)])).toEqual([['p/R1', ['A']]]);
    expect(ws.measures.map((m) => [m.ref, m.goal, m.milestones.map((v) => ws.milestones[v]!.id)])).toEqual([['p/T1', 'G', ['A']]]);
  });
});
