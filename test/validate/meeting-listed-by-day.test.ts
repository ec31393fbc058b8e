// Tester round 80 F8: a meeting on a non-working day that a milestone lists as `<body>@<date>` (SPEC §1.3) is listed
// by a day it is no longer on once moved as its hint said, an unknown-reference error. The hint says the list changes
// too; one listed by its id, or not listed, is told nothing more.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const GOV = 'bodies:\n  - {id: PS, name: p}\n  - {id: KR, name: k}\nmeetings:\n  - {body: PS, date: 2019-08-17}\n  - {id: KR1, body: KR, date: 2019-08-18}\n  - {id: KR2, body: KR, date: 2019-08-25}\n  - {body: PS, date: 2019-08-24}\n';
const PLAN = 'plan: {id: p, title: P, status_date: 2019-06-01}\nmilestones:\n  - {id: A, title: a, date: 2019-09-10, meetings: [PS@2019-08-17, KR@2019-08-18, KR2]}\n';

async function hints(locale: 'en' | 'nb'): Promise<string[]> {
  const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-08-01', '--locale', locale], { files: { 'ws/g.yaml': GOV, 'ws/p.yaml': PLAN }, diskRoots: [] });
  return (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'non-working-day').map((d) => d.hint ?? '');
}

describe('a meeting on a non-working day listed by its day', () => {
  it('is told that the milestones listing it so must list the new day', async () => {
    expect(await hints('en')).toEqual([
      'check the date; the nearest working days are 2019-08-16 and 2019-08-19; a milestone that lists it as PS@2019-08-17 must list it by its new date too',
      // KR1 has an id, which names it on any day; by a day, it could become another KR meeting (tester round 81 F1).
      'check the date; the nearest working days are 2019-08-16 and 2019-08-19; a milestone that lists it as KR@2019-08-18 must list it by its id, KR1, instead',
      'check the date; the nearest working days are 2019-08-23 and 2019-08-26',
      'check the date; the nearest working days are 2019-08-23 and 2019-08-26',
    ]);
    expect(await hints('nb')).toEqual([
      'sjekk datoen; de nærmeste arbeidsdagene er 16.08.2019 og 19.08.2019; en milepæl som viser til møtet som PS@2019-08-17, må vise til den nye datoen også',
      'sjekk datoen; de nærmeste arbeidsdagene er 16.08.2019 og 19.08.2019; en milepæl som viser til møtet som KR@2019-08-18, må vise til id-en KR1 i stedet',
      'sjekk datoen; de nærmeste arbeidsdagene er 23.08.2019 og 26.08.2019',
      'sjekk datoen; de nærmeste arbeidsdagene er 23.08.2019 og 26.08.2019',
    ]);
  });
});
