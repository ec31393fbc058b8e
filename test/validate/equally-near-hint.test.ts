// An unknown reference with several ids as near as its suggestion names them all (tester round 94 F7: `T3` was told
// "did you mean "T1"?" though T2 and T4 are one letter from it too; SPEC §14 "naming the nearest ids, as everywhere").
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const PLAN = `plan: {id: tidsbruk, title: Tidsbruk}
milestones:
  - {id: T1, title: En, date: 2019-09-02}
  - {id: T2, title: To, date: 2019-09-09, after: [T4]}
  - {id: T4, title: Fire, date: 2019-09-30, after: [T3]}
  - {id: T5, title: Fem, date: 2019-10-07, after: [T2, T3]}
`;

async function hints(files: Record<string, string>, locale = 'en'): Promise<string[]> {
  const r = await runCli(['validate', 'ws', '--today', '2019-08-01', '--format', 'json', '--locale', locale], { files, diskRoots: [] });
  return (JSON.parse(r.stdout).diagnostics as { rule: string; hint: string }[]).filter((d) => d.rule === 'unknown-reference').map((d) => d.hint);
}

describe('did you mean, with the ids as near', () => {
  it('names each id as near, never the holder itself, one its list names, or one that would close a cycle', async () => {
    // T4: T1, T2 and T5 are one letter from T3, but T2 and T5 come after T4 already (cycles). T5: T2 is listed, T5 is
    // itself, T1 and T4 are left.
    expect(await hints({ 'ws/p.yaml': PLAN })).toEqual(['did you mean "T1"?', 'did you mean "T1" or "T4"?']);
  });

  it('in Norwegian', async () => {
    expect(await hints({ 'ws/p.yaml': PLAN }, 'nb')).toEqual(['mente du "T1"?', 'mente du "T1" eller "T4"?']);
  });

  it('names four and counts the rest', async () => {
    const ids = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'];
    const plan = `plan: {id: p, title: P}\nmilestones:\n${ids.map((id) => `  - {id: ${id}, title: m, date: 2019-09-02}\n`).join('')}  - {id: B, title: m, date: 2019-09-09, after: [A9]}\n`;
    expect(await hints({ 'ws/p.yaml': plan })).toEqual(['did you mean "A1", "A2", "A3" or "A4"? (2 more as near)']);
    expect(await hints({ 'ws/p.yaml': plan }, 'nb')).toEqual(['mente du "A1", "A2", "A3" eller "A4"? (2 til like nære)']);
  });

  it('names a body and the bodies as near (KS: PS and KR)', async () => {
    const gov = 'bodies: [{id: PS, name: Prosjektstyret}, {id: KR, name: KommIT-rådet}, {id: NEHS, name: Nasjonalt e-helsestyre}]\n';
    const plan = 'plan: {id: p, title: P, governance: {require: [KS]}}\nmilestones: [{id: M1, title: m, date: 2019-09-02}]\n';
    expect(await hints({ 'ws/g.yaml': gov, 'ws/p.yaml': plan })).toEqual(['did you mean "PS" or "KR"?']);
  });

  it('keeps one suggestion where it is the only one that near', async () => {
    const plan = 'plan: {id: p, title: P}\nmilestones:\n  - {id: START, title: m, date: 2019-09-02}\n  - {id: STOP, title: m, date: 2019-09-09, after: [STRAT]}\n';
    expect(await hints({ 'ws/p.yaml': plan })).toEqual(['did you mean "START"?']);
  });
});

describe('set on a ref that is not there', () => {
  it('names no gate, which set refuses (tester round 97 F8)', async () => {
    const plan = 'plan: {id: p, title: P}\nmilestones:\n  - {id: K1, title: m, date: 2019-09-02}\ngates:\n  - {id: K2, title: g, date: 2019-09-20}\n';
    const r = await runCli(['set', 'p/K3', '--forecast', '2019-09-10', 'ws', '--today', '2019-08-01'], { files: { 'ws/p.yaml': plan }, diskRoots: [] });
    expect(r.stderr).toBe('milepel: "p/K3": no such milestone in ws/p.yaml; did you mean p/K1? (nothing written)\n');
  });

  it('names every ref as near', async () => {
    const r = await runCli(['set', 'tidsbruk/T9', '--forecast', '2019-09-10', 'ws', '--today', '2019-08-01'], { files: { 'ws/p.yaml': PLAN }, diskRoots: [] });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milepel: "tidsbruk/T9": no such milestone in ws/p.yaml; did you mean tidsbruk/T1, tidsbruk/T2, tidsbruk/T4 or tidsbruk/T5? (nothing written)\n');
  });
});

// Tester round 97: what the ties leave out and take in.
describe('did you mean, the ids as near: which count', () => {
  const gov = 'bodies: [{id: PS1, name: En}, {id: PS2, name: To}, {id: PS4, name: Fire}]\n';

  it('never an entry its list names already: require, a measure\'s or a risk\'s milestones (F1)', async () => {
    const plan = `plan: {id: p, title: P}
milestones:
  - {id: M1, title: m, date: 2019-09-02}
  - {id: M2, title: m, date: 2019-09-02}
  - {id: M4, title: m, date: 2019-09-02, require: [PS2, PS3]}
goals:
  - {id: G, title: g}
measures:
  - {id: T, goal: G, title: t, milestones: [M2, M3]}
risks:
  - {id: R, title: r, probability: 0.5, impact: 2d, milestones: [M3, M1]}
`;
    expect(await hints({ 'ws/g.yaml': gov, 'ws/p.yaml': plan })).toEqual(['did you mean "PS1" or "PS4"?', 'did you mean "M1" or "M4"?', 'did you mean "M2" or "M4"?']);
  });

  it('the others as near when the first would close a cycle, whatever the order of the file (F2)', async () => {
    const plan = (first: string, second: string): string => `plan: {id: p, title: P}\nmilestones:\n${first}${second}  - {id: T4, title: m, date: 2019-09-02}\n  - {id: X, title: m, date: 2019-09-09, after: [T3]}\n`;
    const t1 = '  - {id: T1, title: m, date: 2019-09-16, after: [X]}\n';
    const t2 = '  - {id: T2, title: m, date: 2019-09-02}\n';
    expect(await hints({ 'ws/p.yaml': plan(t1, t2) })).toEqual(['did you mean "T2" or "T4"?']);
    expect(await hints({ 'ws/p.yaml': plan(t2, t1) })).toEqual(['did you mean "T2" or "T4"?']);
  });

  it('no gate for a readiness milestone; milestones without a date, and ids in other letters, are as near (F3, F4, F5)', async () => {
    const plan = `plan: {id: p, title: P}
milestones:
  - {id: M1, title: m, date: 2019-09-02}
  - {id: M4, title: m}
  - {id: mp1, title: m, date: 2019-09-02}
  - {id: MP1, title: m, date: 2019-09-02}
  - {id: Z, title: m, date: 2019-09-09, after: [Mp1]}
gates:
  - {id: M5, title: g, date: 2019-09-20, body: PS1, ready: {milestone: M3}}
`;
    expect(await hints({ 'ws/g.yaml': gov, 'ws/p.yaml': plan })).toEqual(['did you mean "mp1" or "MP1"?', 'did you mean "M1" or "M4"?']);
  });

  it('a plan that is not there: every plan\'s id as near (F6)', async () => {
    const plan = (id: string, more = ''): string => `plan: {id: ${id}, title: P}\nmilestones:\n  - {id: A1, title: m, date: 2019-09-02${more}}\n`;
    expect(await hints({ 'ws/q.yaml': plan('q'), 'ws/rr.yaml': plan('rr'), 'ws/p.yaml': plan('p', ', after: [r/A1]') })).toEqual(['did you mean "q/A1" or "rr/A1"?']);
  });
});

// Tester round 98 F1: an id that would close a cycle was counted in "(N more as near)", or took one of the four places.
describe('did you mean: a cycle one neither named nor counted', () => {
  it('names the same four and count whatever the file\'s order', async () => {
    const rows = ['X1', 'X2', 'X3', 'X4', 'X5'].map((id) => `  - {id: ${id}, title: m, date: 2019-09-02}\n`);
    const x6 = '  - {id: X6, title: m, date: 2019-09-20, after: [X7]}\n';
    const x7 = '  - {id: X7, title: m, date: 2019-09-09, after: [X9]}\n';
    const plan = (body: string[]): string => `plan: {id: q, title: Q}\nmilestones:\n${body.join('')}`;
    for (const order of [[...rows, x6, x7], [x6, ...rows, x7]]) {
      expect(await hints({ 'ws/q.yaml': plan(order) })).toEqual(['did you mean "X1", "X2", "X3" or "X4"? (1 more as near)']);
    }
  });
});
