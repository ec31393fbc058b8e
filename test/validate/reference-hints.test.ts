// Hints for mistakes a spelling search cannot fix (testers' findings): a bare id of another plan's milestone, an id
// YAML reads as a number, a date written without its dashes.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const files = {
  'ws/p.yaml': `plan: {id: p, title: P}
milestones:
  - {id: 0x1F, title: m, date: 2026-03-02}
  - {id: M2, title: true, date: 20260105}
  - {id: M1, title: m, date: 2026-03-02, after: [RM1, Q9]}
risks:
  - {id: R1, title: r, probability: 0.5, impact: 5d, milestones: [RM1]}
`,
  'ws/q.yaml': 'plan: {id: q, title: Q}\nmilestones:\n  - {id: RM1, title: m, date: 2026-03-02}\n  - {id: Q10, title: m, date: 2026-03-02}\n',
};

describe('hints beyond spelling', () => {
  it('name the plan of a bare id another plan has, quote what YAML read as a number, and dash a compact date', async () => {
    const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json'], { files, diskRoots: [] });
    const found = (JSON.parse(r.stdout).diagnostics as { line: number; column: number; message: string; hint: string }[]).map((d) => [d.line, d.column, d.hint]);
    expect(found).toEqual([
      [3, 10, 'YAML reads the value as 31: put it in quotes to keep it as text, as written'],
      [4, 21, 'YAML reads the value as true: put it in quotes to keep it as text, as written'],
      [4, 33, 'a date is written YYYY-MM-DD: 2026-01-05'],
      [5, 50, 'did you mean "q/RM1"?'],
      [5, 55, 'write the id of a milestone of this plan, or plan-id/ID for another plan'],
      [7, 67, 'did you mean "q/RM1"?'],
    ]);
  });

  // Tester round 79 F1: `after: [100]` and `{id: 100, lag: 1d}` were "not a dependency: write a reference (MP2)",
  // which is what the user had written; require and goal already said "put it in quotes".
  it('quote a number or true/false YAML read in after, or as the id of an after mapping, at the value', async () => {
    const plan = 'plan: {id: p, title: T}\nmilestones:\n  - {id: "100", title: a, date: 2019-09-02}\n  - {id: B, title: b, date: 2019-09-03, after: [100, {id: 100, lag: 1d}, true]}\n';
    const r = await runCli(['validate', 'ws', '--today', '2019-01-01', '--format', 'json'], { files: { 'ws/p.yaml': plan }, diskRoots: [] });
    const found = (JSON.parse(r.stdout).diagnostics as { line: number; column: number; message: string; hint: string }[]).map((d) => `${d.line}:${d.column} ${d.message} | ${d.hint}`);
    expect(found).toEqual([
      '4:49 after[0] of milestone B must be text, not number 100 | YAML reads the value as 100: put it in quotes to keep it as text, as written',
      // Quoted, both would name "100" (tester round 87 F3).
      '4:59 after[1].id of milestone B must be text, not number 100 | as meant, it is "100", which after[0] is meant as already: remove this entry',
      '4:74 after[2] of milestone B must be text, not boolean true | YAML reads the value as true: put it in quotes to keep it as text, as written',
    ]);
  });

  it('names the first plan, in the order read, with that bare id, for the first bare ids asked and the later ones alike', async () => {
    // Five bare ids: the first three are each looked for by a pass over the refs, the rest in a map of all bare ids.
    // q/XRM1 and r/RM11 end as RM1 does or begin as it does, and are no such ref; r/RM1 comes after q/RM1.
    const refs = ['RM1', 'RM2', 'RM3', 'RM1', 'RM2'];
    const many = {
      'ws/a.yaml': `plan: {id: a, title: A}\nmilestones:\n${refs.map((r, i) => `  - {id: A${i}, title: m, date: 2026-03-02, after: [${r}]}\n`).join('')}`,
      'ws/q.yaml': 'plan: {id: q, title: Q}\nmilestones:\n  - {id: XRM1, title: m, date: 2026-03-02}\n  - {id: RM1, title: m, date: 2026-03-02}\n  - {id: RM3, title: m, date: 2026-03-02}\n',
      'ws/r.yaml': 'plan: {id: r, title: R}\nmilestones:\n  - {id: RM11, title: m, date: 2026-03-02}\n  - {id: RM2, title: m, date: 2026-03-02}\n  - {id: RM1, title: m, date: 2026-03-02}\n',
    };
    const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json'], { files: many, diskRoots: [] });
    const hints = (JSON.parse(r.stdout).diagnostics as { rule: string; hint: string }[]).filter((d) => d.rule === 'unknown-reference').map((d) => d.hint);
    expect(hints).toEqual(['q/RM1', 'r/RM2', 'q/RM3', 'q/RM1', 'r/RM2'].map((ref) => `did you mean "${ref}"?`));
  });

  it('suggests a plan its own bare id, and another plan its own, from the refs prepared once', async () => {
    // p and q each misspell one of their own ids; a qualified ref is misspelled too (the refs as written elsewhere).
    const two = {
      'ws/p.yaml': 'plan: {id: p, title: P}\nmilestones:\n  - {id: Alpha1, title: m, date: 2026-03-02}\n  - {id: B2, title: m, date: 2026-03-02, after: [Alhpa1, q/Gamma3x]}\n',
      'ws/q.yaml': 'plan: {id: q, title: Q}\nmilestones:\n  - {id: Gamma3, title: m, date: 2026-03-02}\n  - {id: D4, title: m, date: 2026-03-02, after: [gamma33]}\n',
    };
    const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json'], { files: two, diskRoots: [] });
    const hints = (JSON.parse(r.stdout).diagnostics as { rule: string; hint: string }[]).filter((d) => d.rule === 'unknown-reference').map((d) => d.hint);
    expect(hints).toEqual(['did you mean "Alpha1"?', 'did you mean "q/Gamma3"?', 'did you mean "Gamma3"?']);
  });

  it('in Norwegian too', async () => {
    const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--locale', 'nb'], { files, diskRoots: [] });
    expect(r.stdout).toContain('= tips: YAML leser verdien som 31: sett den i anførselstegn for å beholde den som tekst, slik den er skrevet');
    expect(r.stdout).toContain('= tips: en dato skrives ÅÅÅÅ-MM-DD: 2026-01-05');
  });
});

describe('a body named by its name', () => {
  it('suggests the body whose name it is, or begins with, for require, a meeting\'s body and a gate\'s body (a tester\'s KommIT for KR)', async () => {
    const ws = {
      'ws/g.yaml': 'bodies: [{id: KR, name: KommIT-rådet}, {id: PS, name: Prosjektstyret}]\nmeetings: [{body: prosjektstyret, date: 2026-03-02}]\n',
      'ws/p.yaml': 'plan: {id: p, title: P, governance: {require: [KommIT]}}\nmilestones: [{id: M1, title: m, date: 2026-03-10}]\ngates: [{id: G1, title: g, date: 2026-03-12, body: kommit}]\n',
    };
    const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json'], { files: ws, diskRoots: [] });
    const hints = (JSON.parse(r.stdout).diagnostics as { rule: string; message: string; hint: string }[]).filter((d) => d.rule === 'unknown-reference').map((d) => d.hint);
    expect(hints.sort()).toEqual(['did you mean "KR"?', 'did you mean "KR"?', 'did you mean "PS"?']);
  });
});

describe('a plan id written with capitals in a reference', () => {
  it('is shown in lower case, in a bare entry and in {id, lag}, en and nb (a tester\'s Akson/MP1)', async () => {
    const files = { 'ws/p.yaml': 'plan: {id: akson, title: A}\nmilestones:\n  - {id: MP1, title: m, date: 2026-03-02}\n  - {id: MP2, title: m, date: 2026-03-09, after: [Akson/MP1, {id: AKSON/MP1, lag: 2d}, Bad Ref]}\n' };
    const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json'], { files, diskRoots: [] });
    const hints = (JSON.parse(r.stdout).diagnostics as { hint: string }[]).map((d) => d.hint);
    // The second names what the first is offered: followed both, a repeated link (tester round 82 F5).
    // after[0] is Akson/MP1, which names akson/MP1 only as meant (tester round 83 F10).
    expect(hints.slice(0, 2)).toEqual(['plan ids are lower case: akson/MP1', 'as meant, it is "akson/MP1", which after[0] is meant as already: remove this entry']);
    expect(hints[2]).not.toContain('lower case');
    const nb = await runCli(['validate', 'ws', '--today', '2026-01-01', '--locale', 'nb'], { files, diskRoots: [] });
    expect(nb.stdout).toContain('= tips: plan-id-er skrives med små bokstaver: akson/MP1');
  });

  // Tester round 82 F5: the lower-case reference was offered unchecked: a link its list has, the milestone itself, or
  // a reference to nothing.
  it('is offered only when written it names another milestone than the list and the milestone itself do', async () => {
    const files = { 'ws/p.yaml': 'plan: {id: p, title: P}\nmilestones:\n  - {id: MP5, title: a, date: 2026-03-02}\n  - {id: M12, title: b, date: 2026-04-01, after: [MP5, P/MP5, P/M12, P/MX, P/mp5]}\n' };
    const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json'], { files, diskRoots: [] });
    const hints = (JSON.parse(r.stdout).diagnostics as { rule: string; hint: string }[]).filter((d) => d.rule === 'schema').map((d) => d.hint);
    const form = 'write ID for a milestone of this plan or plan-id/ID for another plan (e.g. akson/MP2)';
    // P/mp5 is p/MP5 in another case, which after[0] names (tester round 83 F11: it was the form hint).
    expect(hints).toEqual(['as meant, it is "p/MP5", which after[0] names already: remove this entry', 'as meant, it is "p/M12", the milestone itself, which cannot come after itself: remove this entry', form, 'as meant, it is "p/MP5", which after[0] names already: remove this entry']);
  });

  // Tester round 83 F11: `P/mp5` got the general form hint; the ref it means, in another case, is offered now, checked
  // as any offer: a link its list has, the milestone itself, a cycle; two refs in another case are neither offered.
  it('is offered as the ref the workspace has in another case', async () => {
    const plan = `plan: {id: p, title: P}
milestones:
  - {id: MP5, title: a, date: 2026-03-02}
  - {id: M12, title: b, date: 2026-04-01, after: [P/mp5]}
  - {id: M14, title: b, date: 2026-04-01, after: [P/m14]}
  - {id: M15, title: b, date: 2026-04-01, after: [P/mp5, Mp5]}
  - {id: L6, title: c, date: 2026-05-04, after: [M17]}
  - {id: M17, title: b, date: 2026-04-01, after: [P/l6]}
  - {id: M18, title: b, date: 2026-04-01, after: [{id: Q/aa, lag: 2d}, Q/Bb, Q/bb]}
`;
    const q = 'plan: {id: q, title: Q}\nmilestones:\n  - {id: AA, title: a, date: 2026-03-02}\n  - {id: Bb, title: a, date: 2026-03-02}\n  - {id: BB, title: a, date: 2026-03-02}\n';
    for (const [locale, expected] of [
      ['en', ['plan ids are lower case: p/MP5', 'as meant, it is "p/M14", the milestone itself, which cannot come after itself: remove this entry', 'plan ids are lower case: p/MP5', 'as meant, it is "MP5", which after[0] is meant as already: remove this entry', 'the nearest id, "p/L6", comes after p/M17 already: naming it here would make a dependency cycle', 'plan ids are lower case: q/AA', 'plan ids are lower case: q/Bb', 'write ID for a milestone of this plan or plan-id/ID for another plan (e.g. akson/MP2)']],
      ['nb', ['plan-id-er skrives med små bokstaver: p/MP5']],
    ] as const) {
      const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json', '--locale', locale], { files: { 'ws/p.yaml': plan, 'ws/q.yaml': q }, diskRoots: [] });
      const hints = (JSON.parse(r.stdout).diagnostics as { rule: string; hint: string }[]).filter((d) => d.rule === 'schema' || d.rule === 'unknown-reference').map((d) => d.hint);
      expect(hints.slice(0, expected.length)).toEqual(expected);
    }
  });
});

// Tester round 81 F7: `after: [MP5, mp5]` was told "did you mean MP5?": followed, a repeated link. Now the entry is
// that link written again (remove it, in English and Norwegian), and a distance match the list has gives the next.
describe('an unknown after reference whose nearest id its list links already', () => {
  // D: its first entry is unknown too, offered MP5: it names MP5 only as meant (tester round 83 F10).
  const plan = 'plan: {id: p, title: P}\nmilestones:\n  - {id: MP5, title: a, date: 2026-03-02}\n  - {id: MP7, title: a, date: 2026-03-02}\n  - {id: B, title: b, date: 2026-04-01, after: [MP5, mp5]}\n  - {id: C, title: c, date: 2026-04-01, after: [MP7, MP6]}\n  - {id: D, title: d, date: 2026-04-01, after: [mp5, Mp5]}\n';
  for (const [locale, hints] of [
    ['en', ['as meant, it is "MP5", which after[0] names already: remove this entry', 'did you mean "MP5"?', 'as meant, it is "MP5", which after[0] is meant as already: remove this entry']],
    ['nb', ['slik den er ment, er den "MP5", som after[0] alt nevner: fjern denne oppføringen', 'mente du "MP5"?', 'slik den er ment, er den "MP5", som after[0] alt er ment som: fjern denne oppføringen']],
  ] as const) {
    it(`is told to remove the entry, or offered the next nearest (${locale})`, async () => {
      const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json', '--locale', locale], { files: { 'ws/p.yaml': plan }, diskRoots: [] });
      const found = (JSON.parse(r.stdout).diagnostics as { line: number; column: number; hint: string }[]).map((d) => [d.line, d.column, d.hint]);
      expect(found).toEqual([[5, 54, hints[0]], [6, 54, hints[1]], [7, 49, hints[1]], [7, 54, hints[2]]]);
    });
  }
});

// Tester round 82 F2: the nearest id of an unknown `after` reference was offered (with a quick fix) when it already
// comes after the holder: written, a dependency cycle, in one plan, across plans, or through a gate's readiness.
describe('an unknown after reference whose nearest id comes after its milestone already', () => {
  it('is told so instead of "did you mean" (en, nb), in one plan, across plans and through a gate that waits for it', async () => {
    const files = {
      'ws/p.yaml': `plan: {id: p, title: P}
bodies: [{id: NEHS, name: N}]
meetings: [{body: NEHS, date: 2026-01-07}]
milestones:
  - {id: MP5, title: a, date: 2026-02-02, after: [M6]}
  - {id: M6, title: b, date: 2026-01-26, after: [mp5]}
  - {id: B10, title: c, date: 2026-03-02, after: [q/q10]}
  - {id: D4, title: d, date: 2026-02-02, after: [bp3]}
  - {id: M7, title: e, date: 2026-03-02, after: [mp5]}
gates:
  - {id: BP3, title: g, date: 2026-02-10, body: NEHS, ready: {milestone: D4, lead: 2d}}
`,
      'ws/q.yaml': 'plan: {id: q, title: Q}\nmilestones:\n  - {id: Q10, title: q, date: 2026-04-01, after: [p/B10]}\n',
    };
    for (const [locale, cycle, mean] of [
      ['en', (id: string, holder: string) => `the nearest id, "${id}", comes after ${holder} already: naming it here would make a dependency cycle`, 'did you mean "MP5"?'],
      ['nb', (id: string, holder: string) => `den nærmeste id-en, "${id}", kommer allerede etter ${holder}: å nevne den her ville gi en avhengighetssyklus`, 'mente du "MP5"?'],
    ] as const) {
      const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json', '--locale', locale], { files, diskRoots: [] });
      const found = (JSON.parse(r.stdout).diagnostics as { rule: string; line: number; hint: string }[]).filter((d) => d.rule === 'unknown-reference').map((d) => [d.line, d.hint]);
      expect(found).toEqual([[6, cycle('MP5', 'p/M6')], [7, cycle('q/Q10', 'p/B10')], [8, cycle('BP3', 'p/D4')], [9, mean]]);
    }
  });
});

// Tester round 83 F1: the cycle check shared one budget of searches; hundreds of misspellings in a large network used
// it up, and fixes that close a cycle were offered again.
describe('the cycle check of unknown after references in a large network', () => {
  it('answers every one: 300 misspelt references to later milestones of a 20,000-long chain, and a small cycle after them', async () => {
    const n = 20000;
    const lines = ['plan: {id: p, title: P}', 'milestones:'];
    for (let i = 0; i < n; i++) {
      const after = [...(i > 0 ? [`M${i - 1}`] : []), ...(i < 300 ? [`m${n - 1 - i}`] : [])];
      lines.push(`  - {id: M${i}, title: t, date: 2026-03-02${after.length > 0 ? `, after: [${after.join(', ')}]` : ''}}`);
    }
    lines.push('  - {id: Z0, title: z, date: 2026-03-02, after: [z2]}', '  - {id: Z1, title: z, date: 2026-03-02, after: [Z0]}', '  - {id: Z2, title: z, date: 2026-03-02, after: [Z1]}');
    const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json'], { files: { 'ws/p.yaml': `${lines.join('\n')}\n` }, diskRoots: [] });
    const hints = (JSON.parse(r.stdout).diagnostics as { rule: string; hint: string }[]).filter((d) => d.rule === 'unknown-reference').map((d) => d.hint);
    expect(hints).toHaveLength(301);
    expect(hints.filter((h) => h.includes('naming it here would make a dependency cycle'))).toHaveLength(301);
    expect(hints[300]).toBe('the nearest id, "Z2", comes after p/Z0 already: naming it here would make a dependency cycle');
  }, 60_000);
});

// Tester round 83 F6: `[P/MP5, mp5]` was offered p/MP5 (the schema's plan-id hint) and MP5 (did you mean): one link twice.
describe('an unknown after reference whose suggestion a schema hint offers another entry of its list', () => {
  it('is told to remove itself when only the case differs, and gets no suggestion otherwise', async () => {
    const files = { 'ws/p.yaml': 'plan: {id: p, title: P}\nmilestones:\n  - {id: MP5, title: a, date: 2026-03-02}\n  - {id: A, title: b, date: 2026-04-01, after: [P/MP5, mp5]}\n  - {id: C, title: b, date: 2026-04-01, after: [P/MP5, MP6]}\n' };
    const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json'], { files, diskRoots: [] });
    const hints = (JSON.parse(r.stdout).diagnostics as { rule: string; hint: string }[]).filter((d) => d.rule === 'unknown-reference').map((d) => d.hint);
    expect(hints).toEqual(['as meant, it is "MP5", which after[0] is meant as already: remove this entry', 'write the id of a milestone of this plan, or plan-id/ID for another plan']);
  });

  // Tester round 88 N2: the colon hint's offer (a glued `id:MP5`), before or after the reference, counts as one.
  it('is so beside a glued id, before it or after it', async () => {
    const files = { 'ws/p.yaml': 'plan: {id: p, title: P}\nmilestones:\n  - {id: MP5, title: a, date: 2026-03-02}\n  - {id: A, title: b, date: 2026-04-01, after: ["id:MP5", mp5]}\n  - {id: C, title: b, date: 2026-04-01, after: [mp5, "id:MP5"]}\n' };
    const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json'], { files, diskRoots: [] });
    const hints = (JSON.parse(r.stdout).diagnostics as { rule: string; hint: string }[]).filter((d) => d.rule === 'unknown-reference').map((d) => d.hint);
    expect(hints).toEqual(['as meant, it is "MP5", which after[0] is meant as already: remove this entry', 'as meant, it is "MP5", which after[1] is meant as already: remove this entry']);
  });
});

// Tester round 84 F1, F3: the cycle check passed over milestones without a date on the path, a suggestion without a
// date, and a path through a gate's readiness to the gate's successors.
describe('the cycle check of an unknown after reference, through milestones without a date and gates\' readiness', () => {
  it('says the suggestion comes after the milestone already', async () => {
    const files = {
      'ws/p.yaml': `plan: {id: p, title: P}
bodies: [{id: NEHS, name: N}]
meetings: [{body: NEHS, date: 2026-01-07}]
milestones:
  - {id: H, title: h, date: 2026-02-02, after: [s1]}
  - {id: U, title: u, after: [H]}
  - {id: S1, title: s, date: 2026-02-09, after: [U]}
  - {id: K6, title: k, date: 2026-02-02, after: [nd]}
  - {id: ND, title: n, after: [K6]}
  - {id: C0, title: c, date: 2026-02-02, after: [d1]}
  - {id: C1, title: c, date: 2026-02-02, after: [C0]}
  - {id: D0, title: c, date: 2026-02-02, after: [G]}
  - {id: D1, title: c, date: 2026-02-02, after: [D0]}
gates:
  - {id: G, title: g, date: 2026-02-20, body: NEHS, ready: {milestone: C1, lead: 2d}}
`,
    };
    const r = await runCli(['validate', 'ws', '--today', '2026-01-01', '--format', 'json'], { files, diskRoots: [] });
    const hints = (JSON.parse(r.stdout).diagnostics as { rule: string; ref: string; hint: string }[]).filter((d) => d.rule === 'unknown-reference').map((d) => [d.ref, d.hint]);
    const cycle = (id: string, holder: string): string => `the nearest id, "${id}", comes after ${holder} already: naming it here would make a dependency cycle`;
    expect(hints).toEqual([['p/H', cycle('S1', 'p/H')], ['p/K6', cycle('ND', 'p/K6')], ['p/C0', cycle('D1', 'p/C0')]]);
  });
});
