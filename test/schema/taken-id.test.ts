// Tester round 76 F4: a hint for an id definition offered the id spelt in ids' characters even when that id was
// defined already where it is one (`Styrø` as `Styroe` beside a body Styroe, `"MP1 "` as `MP1`), and the language
// server's quick fix wrote it: a duplicate id. The character is still named; a reference keeps its offer, unless it is
// written as a definition is (round 77 F6: meant-reference.test.ts).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const OTHER = `plan: {id: other, title: O}
milestones:
  - {id: Gaa, title: In another plan, date: 2024-03-04}
`;

const PLAN = `bodies:
  - {id: Styroe, name: S}
  - {id: Styrø, name: S2}
  - {id: Raad, name: R}
meetings:
  - {id: Moete1, body: Styroe, date: 2024-03-01}
  - {id: Møte1, body: Styroe, date: 2024-03-02}
plan: {id: nå, title: Nå, status_date: 2024-03-01}
milestones:
  - {id: MP1, title: One, date: 2024-03-04}
  - {id: "MP1 ", title: Two, date: 2024-03-05}
  - {id: "MP1\\u200b", title: Three, date: 2024-03-05}
  - {id: Udaatert, title: No day, date: 2024-02-30}
  - {id: Udåtert, title: Four, date: 2024-03-06}
  - {id: Gå, title: Five, date: 2024-03-06}
  - {id: Mø2, title: Six, date: 2024-03-06, after: ["MP1 "], require: [Råd]}
gates:
  - {id: G1, title: Gate, date: 2024-03-08, body: Styroe}
  - {id: "G1 ", title: Gate again, date: 2024-03-08, body: Styroe}
  - {id: MP1ø, title: Not taken, date: 2024-03-08, body: Styroe}
goals:
  - {id: Mål, title: Goal, area: A}
  - {id: Maal, title: Goal, area: A}
  - {id: "MP1\\u200b", title: A goal's id is no milestone's, area: A}
  - {id: "Maal\\u200b", title: Goal, area: A}
measures:
  - {id: T1, goal: Maal, title: Measure}
  - {id: "T1 ", goal: Maal, title: Measure again}
risks:
  - {id: R1, title: Risk, probability: 0.5, impact: 2d, milestones: [MP1]}
  - {id: "R1 ", title: Risk again, probability: 0.5, impact: 2d, milestones: [MP1]}
  - {id: "T1 ", title: A risk's id is no measure's, probability: 0.5, impact: 2d, milestones: [MP1]}
`;

async function hints(files: Record<string, string>): Promise<string[]> {
  const r = await runCli(['validate', 'ws', '--format', 'json'], { files, diskRoots: [] });
  return (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema').map((d) => d.hint ?? '');
}

const ID = 'cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-"';
const REF = 'cannot be part of a milestone reference: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-", with "/" after a plan id';
const UNSEEN = 'it holds characters that do not show, as text pasted from a word processor may: ';

describe('an id spelt in ids\' characters', () => {
  it('is not offered for a definition when its scope has it already', async () => {
    expect(await hints({ 'ws/p.yaml': PLAN, 'ws/other.yaml': OTHER })).toEqual([
      `"ø" ${ID}`, // body Styroe
      `"ø" ${ID}`, // meeting Moete1
      '"å" cannot be part of a plan id: a plan id uses a–z (not æ, ø, å), digits and "-": write "naa"',
      `" " ${ID}`, // milestone MP1
      `${UNSEEN}remove them; use letters, digits, ".", "_" and "-", starting with a letter, digit or "_" (e.g. MP3, RM5-T3.1)`,
      `"å" ${ID}`, // a milestone without a date
      `"å" ${ID}: write "Gaa"`, // only another plan has one
      `"ø" ${ID}: write "Moe2"`,
      `" " ${REF}`, // written as milestone "MP1 " is, it means that one, not MP1 (tester round 77 F6)
      `"å" ${ID}: write "Raad"`,
      `" " ${ID}`, // a gate
      `"ø" ${ID}: write "MP1oe"`,
      `"å" ${ID}`, // a goal
      `${UNSEEN}write MP1`, // a goal's id is no milestone's
      `${UNSEEN}remove them; use letters, digits, ".", "_" and "-", starting with a letter, digit or "_" (e.g. MP3, RM5-T3.1)`,
      `" " ${ID}`, // a measure
      `" " ${ID}`, // a risk
      `" " ${ID}: write "T1"`,
    ]);
  });

  it('is not offered for a plan id another plan has', async () => {
    const taken = await hints({ 'ws/a.yaml': 'plan: {id: naa, title: A}\n', 'ws/b.yaml': 'plan: {id: nå, title: B}\n' });
    expect(taken).toEqual(['"å" cannot be part of a plan id: a plan id uses a–z (not æ, ø, å), digits and "-"']);
  });
});

// Tester round 77 F3: a risk that a wrong impact or probability keeps out of the model is defined all the same, as
// duplicate-id finds it: its id is not offered to another risk.
describe('a risk left out of the model', () => {
  it('still has its id taken', async () => {
    const plan = [
      'plan: {id: p, title: T, status_date: 2019-09-01}',
      'milestones:',
      '  - {id: A, title: a, date: 2019-09-02}',
      'risks:',
      '  - {id: R1, title: r, probability: 0.5, impact: "x", milestones: [A]}',
      '  - {id: R2, title: r, probability: 7, impact: 1d, milestones: [A]}',
      '  - {id: "R\\u200b1", title: r, probability: 0.5, impact: 1d, milestones: [A]}',
      '  - {id: "R2\\u200b", title: r, probability: 0.5, impact: 1d, milestones: [A]}',
      '  - {id: "R3\\u200b", title: r, probability: 0.5, impact: 1d, milestones: [A]}',
      '',
    ].join('\n');
    const idHints = (await hints({ 'ws/p.yaml': plan })).filter((h) => h.startsWith(UNSEEN));
    expect(idHints).toEqual([
      `${UNSEEN}remove them; use letters, digits, ".", "_" and "-", starting with a letter, digit or "_" (e.g. MP3, RM5-T3.1)`,
      `${UNSEEN}remove them; use letters, digits, ".", "_" and "-", starting with a letter, digit or "_" (e.g. MP3, RM5-T3.1)`,
      `${UNSEEN}write R3`,
    ]);
  });
});

// Tester round 77 F13: two definitions that are no ids, `Møte` and `Moete\u200b`, were both offered Moete; following
// both hints (or a client's "fix all") gave a duplicate id. The first is offered it, the later not.
describe('an id offered to one definition', () => {
  it('is not offered to a later one of its scope', async () => {
    const plan = [
      'plan: {id: p, title: T}',
      'milestones:',
      '  - {id: Møte, title: a, date: 2020-01-13}',
      '  - {id: "Moete\\u200b", title: c, date: 2020-01-15}',
      'goals:',
      '  - {id: "Moete\\u200b", title: A goal is in another scope, area: A}',
      '',
    ].join('\n');
    expect(await hints({ 'ws/p.yaml': plan })).toEqual([
      `"ø" ${ID}: write "Moete"`,
      `${UNSEEN}remove them; use letters, digits, ".", "_" and "-", starting with a letter, digit or "_" (e.g. MP3, RM5-T3.1)`,
      `${UNSEEN}write Moete`,
    ]);
  });
});
