// SPEC §1.7: a gate's keys other than `model`, `decided`, `ready` and `baseline` are required: `id`, `title`, `date`,
// `body`. `title` may be left out where a built-in model names the gate (prosjektveiviseren/BP3 is given the model's
// title, src/gates/models.ts). Until 4 Dec 2026 only `id` was required, and a gate without body or date validated clean
// while `milepel gates` showed it as "NO BODY" or "not dated".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATE_MODELS } from '../../src/gates/models.js';
import { renderMessage } from '../../src/messages/index.js';
import { checkSchema } from '../../src/schema/check.js';
import { REPO_ROOT, runCli } from '../helpers/fake-io.js';

const plan = { id: 'p', title: 'P' };
const findings = (gate: Record<string, unknown>): string[][] =>
  checkSchema({ plan, gates: [gate] }).map((p) => [renderMessage(p.message), renderMessage(p.hint), renderMessage(p.message, 'nb'), renderMessage(p.hint, 'nb')]);

describe('a gate\'s required keys', () => {
  it('a gate with only an id misses title, date and body: each said once, with what the key holds, en and nb; the gate is kept', () => {
    const problems = checkSchema({ plan, gates: [{ id: 'G' }] });
    expect(problems.map((p) => [p.path, p.drop])).toEqual([[['gates', 0], undefined], [['gates', 0], undefined], [['gates', 0], undefined]]);
    const all = findings({ id: 'G' });
    const [title, date, body] = ['title', 'date', 'body'].map((key) => all.find((f) => f[0]!.endsWith(`"${key}"`)));
    expect(title).toEqual([
      'gate G is missing the required key "title"',
      expect.stringMatching(/^add title: …; what is decided\. Required unless a built-in `model` names the gate/),
      'beslutningspunkt G mangler den påkrevde nøkkelen "title"',
      expect.stringMatching(/^legg til title: …; hva som besluttes\. Påkrevd, med mindre en innebygd `model`/),
    ]);
    expect(date).toEqual([
      'gate G is missing the required key "date"',
      'add date: …; planned decision date: a day date or a period (YYYY, YYYY-Qn, YYYY-MM: its last day)',
      'beslutningspunkt G mangler den påkrevde nøkkelen "date"',
      'legg til date: …; planlagt beslutningsdato: en dato eller en periode (YYYY, YYYY-Qn, YYYY-MM: periodens siste dag)',
    ]);
    expect(body).toEqual([
      'gate G is missing the required key "body"',
      'add body: …; the body that decides: it must meet in the admissible interval before the gate (rule gate-decision, SPEC §12)',
      'beslutningspunkt G mangler den påkrevde nøkkelen "body"',
      'legg til body: …; styringsorganet som beslutter: det må ha møte i det gyldige intervallet før beslutningspunktet (regelen gate-decision, SPEC §12)',
    ]);
  });

  it('a decided gate still needs its planned date', () => {
    expect(findings({ id: 'G', title: 'g', decided: '2019-09-02', body: 'B' }).map((f) => f[0])).toEqual(['gate G is missing the required key "date"']);
  });

  it('takes a gate a built-in model names without a title, and no other', () => {
    const keys = { date: '2019-09-02', body: 'B' };
    for (const model of GATE_MODELS) {
      for (const step of model.steps) expect(findings({ id: step.id, model: model.id, ...keys }), `${model.id}/${step.id}`).toEqual([]);
    }
    const missing = ['gate BP3 is missing the required key "title"'];
    expect(findings({ id: 'BP6', model: 'prosjektveiviseren', ...keys }).map((f) => f[0])).toEqual(['gate BP6 is missing the required key "title"']);
    expect(findings({ id: 'BP3', model: 'statens-prosjektmodell', ...keys }).map((f) => f[0])).toEqual(missing);
    expect(findings({ id: 'BP3', model: 'own-model', ...keys }).map((f) => f[0])).toEqual(missing);
    expect(findings({ id: 'BP3', ...keys }).map((f) => f[0])).toEqual(missing);
    expect(findings({ id: 'BP3', title: 'Own title', model: 'prosjektveiviseren', ...keys })).toEqual([]);
  });

  it('the schema names exactly the built-in models\' gates (src/gates/models.ts)', () => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'plan.schema.json'), 'utf8'));
    const branches = schema.properties.gates.items.if.anyOf as { properties: { model: { const: string }; id: { enum: string[] } } }[];
    expect(branches.map((b) => [b.properties.model.const, b.properties.id.enum])).toEqual(GATE_MODELS.map((m) => [m.id, m.steps.map((s) => s.id)]));
  });

  it('validate points at the gate, and reports still list it (reports run on plans with errors)', async () => {
    const files = { 'ws/p.yaml': 'plan: {id: p, title: P}\nmilestones: [{id: M1, title: m, date: 2026-03-02}]\ngates:\n  - {id: G1, title: Undated and without body}\n' };
    const v = await runCli(['validate', 'ws', '--today', '2026-01-01'], { files, diskRoots: [] });
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('ws/p.yaml:4:5: error: gate G1 is missing the required key "body" [schema]');
    expect(v.stdout).toContain('ws/p.yaml:4:5: error: gate G1 is missing the required key "date" [schema]');
    expect(v.stdout).toContain('✖ 2 errors, 0 warnings in 1 file');
    const g = await runCli(['gates', 'ws', '--today', '2026-01-01', '--width', '120'], { files, diskRoots: [] });
    expect(g.code).toBe(1);
    expect(g.stdout).toMatch(/^p\/G1 +Undated and without body +not dated +NOT CHECKED$/m);
  });
});
