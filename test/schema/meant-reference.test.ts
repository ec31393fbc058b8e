// Tester round 77 F6: when body Styrø was not offered Styroe, a body Styroe being defined, the references written
// Styrø (require, a meeting's body, a meeting reference) were still offered Styroe, and after: [Møte1] was offered
// Moete1 beside a milestone Moete1: the quick fix silently named the other entity. A reference written exactly as a
// definition means that one; the taken spelling is not offered to it.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const PLAN = `plan: {id: p, title: T}
bodies:
  - {id: Styrø, name: Styret}
  - {id: Styroe, name: Styret for noe annet}
  - {id: Rød, name: Alone}
meetings:
  - {body: Styrø, date: 2020-01-10}
milestones:
  - {id: Møte1, title: a, date: 2020-01-13}
  - {id: Moete1, title: b, date: 2020-01-14}
  - {id: Gå, title: c, date: 2020-01-14}
  - {id: X, title: x, date: 2020-01-20, after: [Møte1, p/Møte1, Gå], require: [Styrø, Rød], meetings: [Styrø@2020-01-10]}
risks:
  - {id: R1, title: r, probability: 0.5, impact: 1d, milestones: [Møte1]}
`;

const ID = 'cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-"';
const REF = 'cannot be part of a milestone reference: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-", with "/" after a plan id';

describe('a reference written as a definition whose spelling is taken', () => {
  it('is not offered that spelling, which names another entity', async () => {
    const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-09-01'], { files: { 'ws/p.yaml': PLAN } });
    const found = (JSON.parse(r.stdout) as { diagnostics: { rule: string; message: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema');
    expect(found.map((d) => d.hint)).toEqual([
      `"ø" ${ID}`, // body Styrø
      `"ø" ${ID}: write "Roed"`, // body Rød: nothing has Roed
      `"ø" ${ID}`, // the meeting's body
      `"ø" ${ID}`, // milestone Møte1
      `"å" ${ID}: write "Gaa"`,
      `"ø" ${REF}`, // after: Møte1
      `"ø" ${REF}`, // after: p/Møte1
      `"å" ${REF}: write "Gaa"`, // the definition is offered Gaa too
      `"ø" ${ID}`, // require: Styrø
      `"ø" ${ID}: write "Roed"`,
      'a body id has only letters (A–Z, a–z), digits, ".", "_" and "-", starting with a letter, digit or "_": "Styrø" is not one',
      `"ø" ${REF}`, // a risk's milestones
    ]);
  });

  // Tester round 78 F13: a gate's readiness milestone written as the definition, and references with a character of
  // no width or a space around them (which the id-character hint drops), were still offered the other entity.
  it('is not offered it in a gate\'s ready.milestone, nor with a zero-width character or a space around it', async () => {
    const text = `plan: {id: p, title: T}
bodies:
  - {id: Styrø, name: Styret}
  - {id: Styroe, name: Annet}
meetings:
  - {body: Styroe, date: 2020-01-10}
milestones:
  - {id: Møte1, title: a, date: 2020-01-13}
  - {id: Moete1, title: b, date: 2020-01-14}
  - {id: X, title: x, date: 2020-01-20, after: ["Møte1\u200b", "p/Møte1 "], require: ["Styrø "]}
  - {id: Y, title: y, date: 2020-01-20, after: ["Gå\u200b"]}
  - {id: Gaa, title: g, date: 2020-01-10}
gates:
  - {id: G, title: g, body: Styroe, date: 2020-02-03, ready: {milestone: Møte1}}
`;
    const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-09-01'], { files: { 'ws/p.yaml': text } });
    const found = (JSON.parse(r.stdout) as { diagnostics: { rule: string; message: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema' && !d.message.startsWith('id of'));
    expect(found.map((d) => [d.message.slice(0, d.message.indexOf(' of ')), d.hint])).toEqual([
      ['after[0]', `"ø" ${REF}`],
      ['after[1]', `"ø" ${REF}`],
      ['require[0]', `"ø" ${ID}`],
      // Nothing is defined Gå, and Gaa is: the spelling is offered (one that names nothing is not: tester round 78 F17).
      ['after[0]', `"å" ${REF}: write "Gaa"`],
      ['ready.milestone', `"ø" ${REF}`],
    ]);
  });
});
