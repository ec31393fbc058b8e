// Tester round 78 F4: the hint for a meeting on a non-working day named the nearest working days, and moved to one on
// which its body met already, a meeting without an id was defined twice. It names the nearest days its body is free,
// within a working week on each side, and says so.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

// PS meets every working day from Monday 5 August to Friday 16 August 2019; on Saturday 10 August too, without an id.
const busy = ['05', '06', '07', '08', '09', '12', '13', '14', '15', '16'].map((d) => `  - {body: PS, date: 2019-08-${d}}`).join('\n');
const GOV = `bodies:\n  - {id: PS, name: p}\n  - {id: KR, name: k}\nmeetings:\n${busy}\n  - {body: PS, date: 2019-08-10}\n  - {body: KR, date: 2019-08-11}\n  - {body: KR, date: 2019-08-12}\n`;

async function hints(locale: 'en' | 'nb'): Promise<string[]> {
  const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-08-01', '--locale', locale], { files: { 'ws/g.yaml': GOV }, diskRoots: [] });
  return (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'non-working-day').map((d) => d.hint ?? '');
}

describe('a meeting on a non-working day', () => {
  it('is told the nearest working days its body has no meeting on', async () => {
    expect(await hints('en')).toEqual([
      'check the date; PS has a meeting on each of the five working days before it and after it',
      'check the date; the nearest working days on which KR has no meeting are 2019-08-09 and 2019-08-13',
    ]);
    expect(await hints('nb')).toEqual([
      'sjekk datoen; PS har et møte hver av de fem arbeidsdagene før og etter den',
      'sjekk datoen; de nærmeste arbeidsdagene uten et møte i KR er 09.08.2019 og 13.08.2019',
    ]);
  });
});
