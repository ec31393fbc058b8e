// Tester round 78 F17: a reference was offered its value without the characters that do not show when that value named
// nothing (`after: ["ZZ\u200b"]` with no milestone ZZ, `q/A` with no plan q, `require: ["XY\u200b"]` with no body XY),
// and the quick fix turned the schema error into unknown-reference. A reference is offered only a value that names
// something: a milestone, gate, body or meeting, one the model left out, a definition whose id is no id that it spells,
// or a plan a file that does not parse may declare. A `<body>@<date>` reference names something when its body does.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const Z = '\u200b';

const GOV = `bodies:
  - {id: PS, name: P}
meetings:
  - {id: M1, body: PS, date: 2019-08-12}
  - {id: M2, body: PS, date: 2019-02-30}
`;

const PLAN = `plan: {id: p, title: T}
milestones:
  - {id: A, title: a, date: 2019-09-02}
  - {id: Møte, title: m, date: 2019-09-02}
  - id: B
    title: b
    date: 2019-09-20
    after: ["ZZ${Z}", "q/A${Z}", "A${Z}", "Moete${Z}", Møte9]
    require: ["XY${Z}", "P${Z}S"]
    meetings: ["M${Z}9", "M${Z}1", "M${Z}2", "PS@2019-08-1${Z}3", "XX@2019-08-1${Z}2"]
`;

const UNSEEN = 'it holds characters that do not show, as text pasted from a word processor may: ';
const REF = 'cannot be part of a milestone reference: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-", with "/" after a plan id';

async function hints(locale: string, more: Record<string, string> = {}, plan = PLAN): Promise<(string | undefined)[]> {
  const files = { 'ws/g.yaml': GOV, 'ws/p.yaml': plan, ...more };
  const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-01-01', '--locale', locale], { files, diskRoots: [] });
  return (JSON.parse(r.stdout) as { diagnostics: { rule: string; file: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema' && d.file.endsWith('p.yaml')).map((d) => d.hint);
}

describe('a reference hint', () => {
  it('offers no value that names nothing, and says what the value is without those characters', async () => {
    expect(await hints('en')).toEqual([
      `"ø" cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-": write "Moete"`, // Møte's id
      `${UNSEEN}remove them; without them it is "ZZ", which names no milestone`,
      `${UNSEEN}remove them; without them it is "q/A", which names no milestone`, // no plan q
      `${UNSEEN}write A`,
      `${UNSEEN}write Moete`, // Møte's id spelt out: unknown-reference then says to rename Møte
      `"ø" ${REF}`, // Moete9 names nothing
      `${UNSEEN}remove them; without them it is "XY", which names no body`,
      `${UNSEEN}write PS`,
      `${UNSEEN}remove them; without them it is "M9", which names no meeting`,
      `${UNSEEN}write M1`,
      `${UNSEEN}write M2`, // left out by its date, not unknown
      `${UNSEEN}write PS@2019-08-13`, // PS is a body; the day is the writer's
      `${UNSEEN}remove them; without them it is "XX@2019-08-12", which names no meeting`,
    ]);
  });

  it('offers a milestone of another plan while a file that does not parse may declare that plan', async () => {
    const files = { 'ws/r.yaml': 'plan: {id: r, title: R}\nmilestones: [\n' };
    const plan = `plan: {id: p, title: T}\nmilestones:\n  - {id: B, title: b, date: 2019-09-20, after: ["r/A${Z}"]}\n`;
    expect(await hints('en', {}, plan)).toEqual([`${UNSEEN}remove them; without them it is "r/A", which names no milestone`]);
    expect(await hints('en', files, plan)).toEqual([`${UNSEEN}write r/A`]);
  });

  it('says so in Norwegian', async () => {
    const nb = await hints('nb');
    expect(nb[1]).toBe('verdien har tegn som ikke vises, slik tekst limt inn fra en tekstbehandler kan ha: fjern dem; uten dem er den "ZZ", som ikke viser til noen milepæl');
    expect(nb[6]).toBe('verdien har tegn som ikke vises, slik tekst limt inn fra en tekstbehandler kan ha: fjern dem; uten dem er den "XY", som ikke viser til noe organ');
    expect(nb[8]).toBe('verdien har tegn som ikke vises, slik tekst limt inn fra en tekstbehandler kan ha: fjern dem; uten dem er den "M9", som ikke viser til noe møte');
  });
});
