// Tester round 77 F12: "did you mean" offered a body whose id is no id (`Rådet`) to a reference written `Raadet`, and
// the quick fix wrote it: a schema error whose own fix wrote `Raadet` back. A milestone in the same case got no guess.
// An id that is no id is never a guess; a reference that is such a definition's id spelt in ids' characters is told
// to rename the definition, whose place is a related note.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const PLAN = `plan: {id: p, title: T}
bodies:
  - {id: Rådet, name: r}
meetings:
  - {body: Raadet, date: 2020-01-10}
milestones:
  - {id: Møte, title: a, date: 2020-01-13}
  - {id: X, title: x, date: 2020-01-14, after: [Moete], require: [Raadet, Radet], meetings: ["Rå det@2020-01-10"]}
`;

interface Found { rule: string; line: number; hint?: string; related?: { line: number; message: string }[] }

async function found(locale: string): Promise<Found[]> {
  const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-01-01', '--locale', locale], { files: { 'ws/p.yaml': PLAN } });
  return (JSON.parse(r.stdout) as { diagnostics: Found[] }).diagnostics.filter((d) => d.rule !== 'schema' || d.line === 8);
}

describe('a reference to a definition whose id is no id', () => {
  it('is told to rename the definition, and is never guessed an id that is no id', async () => {
    const body = { line: 3, message: 'body "Rådet" is defined here' };
    const milestone = { line: 7, message: 'milestone "Møte" is defined here' };
    expect((await found('en')).map((d) => ({ rule: d.rule, line: d.line, hint: d.hint, related: d.related?.map((r) => ({ line: r.line, message: r.message })) }))).toEqual([
      { rule: 'unknown-reference', line: 5, hint: 'body "Rådet" is meant, whose id is not an id: write its id as "Raadet" where it is defined', related: [body] },
      { rule: 'unknown-reference', line: 8, hint: 'milestone "Møte" is meant, whose id is not an id: write its id as "Moete" where it is defined', related: [milestone] },
      { rule: 'unknown-reference', line: 8, hint: 'body "Rådet" is meant, whose id is not an id: write its id as "Raadet" where it is defined', related: [body] },
      { rule: 'unknown-reference', line: 8, hint: 'name a body defined under bodies:', related: [] }, // Rådet is no guess
      { rule: 'schema', line: 8, hint: 'a body id has only letters (A–Z, a–z), digits, ".", "_" and "-", starting with a letter, digit or "_": "Rå det" is not one', related: [] }, // nor its meeting
    ]);
  });

  it('is told so in Norwegian', async () => {
    const nb = await found('nb');
    expect(nb[0]?.hint).toBe('organet "Rådet" er ment, og id-en der er ikke en id: skriv id-en som "Raadet" der den er definert');
    expect(nb[0]?.related?.[0]?.message).toBe('organet "Rådet" er definert her');
  });
});

// Tester round 78 F6: an `after` entry that is its own milestone's id spelt in ids' characters was told to rename the
// definition, and renamed, the milestone came after itself (a dependency cycle). It is the milestone itself, as
// `after: ["C\u200b"]` on C is told: the entry is what to remove.
describe('an after entry naming its own milestone, whose id is no id', () => {
  it('is told to remove the entry, not to rename the definition', async () => {
    const plan = 'plan: {id: p, title: T}\nmilestones:\n  - {id: "C\\u200b", title: c, date: 2019-09-04, after: [C, Moete]}\n  - {id: Møte, title: m, date: 2019-09-02, after: [Moete]}\n';
    const hints = async (locale: string): Promise<(string | undefined)[]> => {
      const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-01-01', '--locale', locale], { files: { 'ws/p.yaml': plan } });
      return (JSON.parse(r.stdout) as { diagnostics: Found[] }).diagnostics.filter((d) => d.rule === 'unknown-reference').map((d) => d.hint);
    };
    expect(await hints('en')).toEqual([
      'milestone "C\\u200b" is meant, the milestone itself, which cannot come after itself: remove this entry',
      'milestone "Møte" is meant, whose id is not an id: write its id as "Moete" where it is defined', // another milestone
      'milestone "Møte" is meant, the milestone itself, which cannot come after itself: remove this entry',
    ]);
    expect((await hints('nb'))[0]).toBe('milepælen "C\\u200b" er ment, altså milepælen selv, som ikke kan komme etter seg selv: fjern denne oppføringen');
  });
});

// Tester round 78 F14: a gate's ready.milestone, a goal (of a measure or a milestone) and a meeting named by its id got
// the generic hint where after, require and the other fields pointed at the definition to rename.
describe('every kind of reference to a definition whose id is no id', () => {
  it('is told to rename the definition, with a note where it is', async () => {
    const plan = `plan: {id: p, title: T}
bodies:
  - {id: PS, name: r}
meetings:
  - {id: Møtet, body: PS, date: 2020-01-10}
milestones:
  - {id: Møte, title: a, date: 2020-01-13, goal: Maal1}
  - {id: X, title: x, date: 2020-01-20, meetings: [Moetet]}
goals:
  - {id: Mål1, title: g}
measures:
  - {id: T1, goal: Maal1, title: t, responsible: x}
gates:
  - {id: G, title: g, body: PS, date: 2020-02-03, ready: {milestone: Moete}}
`;
    const run = async (locale: string): Promise<Found[]> => {
      const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-01-01', '--locale', locale], { files: { 'ws/p.yaml': plan } });
      return (JSON.parse(r.stdout) as { diagnostics: Found[] }).diagnostics.filter((d) => d.rule === 'unknown-reference');
    };
    const rename = (kind: string, id: string, spelt: string): string => `${kind} "${id}" is meant, whose id is not an id: write its id as "${spelt}" where it is defined`;
    expect((await run('en')).map((d) => ({ line: d.line, hint: d.hint, related: d.related?.map((r) => `${r.line}: ${r.message}`) }))).toEqual([
      { line: 7, hint: rename('goal', 'Mål1', 'Maal1'), related: ['10: goal "Mål1" is defined here'] },
      { line: 8, hint: rename('meeting', 'Møtet', 'Moetet'), related: ['5: meeting "Møtet" is defined here'] },
      { line: 12, hint: rename('goal', 'Mål1', 'Maal1'), related: ['10: goal "Mål1" is defined here'] },
      { line: 14, hint: rename('milestone', 'Møte', 'Moete'), related: ['7: milestone "Møte" is defined here'] },
    ]);
    expect((await run('nb')).map((d) => d.hint?.slice(0, d.hint.indexOf(' er ment')))).toEqual(['resultatmålet "Mål1"', 'møtet "Møtet"', 'resultatmålet "Mål1"', 'milepælen "Møte"']);
  });
});
