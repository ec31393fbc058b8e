// SPEC §4: "Every diagnostic carries … the entity reference (`plan/ID`, a meeting reference, or none)". A `schema`
// finding inside a milestone, gate, risk, goal, measure or meeting names that entity as every other rule does; tester
// round 56 F3: every schema finding had `"ref": null`, so a CI script grouping findings by ref lost them.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

interface Finding { rule: string; line: number; ref: string | null }

async function schemaRefs(text: string): Promise<string[]> {
  const r = await runCli(['validate', 'ws', '--format', 'json'], { files: { 'ws/s.yaml': text } });
  const json = JSON.parse(r.stdout) as { diagnostics: Finding[] };
  // One line per place: an entry may have several problems (a gate here also lacks keys it needs).
  return [...new Set(json.diagnostics.filter((d) => d.rule === 'schema').map((d) => `${d.line} ${d.ref ?? '-'}`))];
}

describe('schema findings name the entity they are in', () => {
  it('plan/ID for milestones, gates, risks, goals and measures; the meeting reference for meetings', async () => {
    const text = `plan: {id: s, title: S, status_date: 2019-09-02, colour: red}
bodies:
  - {id: PS, name: Prosjektstyret, chair: x}
meetings:
  - {body: PS, date: 2019-09-10, room: 1}
  - {id: PS1, body: PS, date: 2019-09-20, room: 2}
milestones:
  - {id: A1, title: a, date: 2019-10-01, status: purple}
  - {id: "a b", title: b, date: 2019-10-02}
gates:
  - {id: G1, model: prosjektveiviseren, date: 2019-11-01, colour: red}
risks:
  - {id: R1, title: r, probability: 0, impact: 2d, milestones: [A1]}
goals:
  - {id: RM1, title: g, colour: red}
measures:
  - {id: T1, goal: RM1, title: t, colour: red}
`;
    expect(await schemaRefs(text)).toEqual([
      '1 -', // the plan header: no entity of §4's kinds
      '3 -', // a body: named by its id everywhere, no plan/ID
      '5 PS@2019-09-10',
      '6 PS1',
      '8 s/A1',
      '9 s/a b', // an id the schema rejects: the model keeps it, and every other rule names it so (tester round 58 F4)
      '11 s/G1',
      '13 s/R1',
      '15 s/RM1',
      '17 s/T1',
    ]);
  });
});
