// Tester round 78 F12: the spelling the id hint has for pasted text (round 77 F7: a word processor's non-breaking
// hyphen, fullwidth digits, a character of no width) applied to a date and to both parts of a meeting reference. A
// date `2020‑01‑20` (U+2011) got only the form's hint; `Styrø@2020-01-1\u200b0`, `Styrø@２０２０-01-10` and the meeting id
// `Møte1` beside a meeting Moete1 got no value to write.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { parseLenientDay } from '../../src/calendar/lenient-day.js';
import { formatDay } from '../../src/calendar/day.js';

const PLAN = `plan: {id: p, title: T}
bodies:
  - {id: Styroe, name: s}
meetings:
  - {body: Styroe, date: 2020-01-10, id: Moete1}
milestones:
  - id: X
    title: x
    date: "2020\\u201101\\u201120"
    meetings: ["Styrø@2020-01-1\\u200b0"]
  - id: Y
    title: y
    date: 2020-01-21
    meetings: ["Styrø@\\uff12\\uff10\\uff12\\uff10-01-10"]
  - id: Z
    title: z
    date: 2020-01-22
    forecast: "\\uff12\\uff12.01.2020"
    meetings: ["Møte1"]
`;

async function hints(locale: string): Promise<string[]> {
  const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-01-01', '--locale', locale], { files: { 'ws/p.yaml': PLAN } });
  return (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema').map((d) => d.hint ?? '');
}

const BODY = 'a body id has only letters (A–Z, a–z), digits, ".", "_" and "-", starting with a letter, digit or "_": "Styrø" is not one';

describe('a date or a meeting reference written with a word processor\'s or an input method\'s signs', () => {
  it('is offered as the field takes it', async () => {
    const en = await hints('en');
    // The day hint's words for the value as written are its own (how it quotes it): here, the day it offers.
    expect(en.map((h) => /^write (\S+) for /.exec(h)?.[1] ?? h)).toEqual([
      '2020-01-20',
      `${BODY}: write "Styroe@2020-01-10"`,
      `${BODY}: write "Styroe@2020-01-10"`,
      '2020-01-22', // fullwidth digits in DD.MM.YYYY
      '"ø" cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-": write "Moete1"',
    ]);
    expect((await hints('nb'))[4]).toBe('"ø" kan ikke stå i en id: id-er bruker A–Z, a–z (ikke æ, ø, å), sifre, ".", "_" og "-": skriv "Moete1"');
  });

  it('is read as a day for a hint, however its signs are written', () => {
    const day = (text: string): string | undefined => {
      const d = parseLenientDay(text);
      return d === undefined ? undefined : formatDay(d);
    };
    expect(['2020\u201101\u201120', '2020\u201001\u201320', '\uff12\uff10\uff12\uff10-01-20', '20\u200b20-01-20', '20\uff0e01\uff0e2020', '2020-1-20'].map(day)).toEqual(Array(6).fill('2020-01-20'));
    expect(['2020\u201401\u201420', '2020-02-30', '2020 01 20'].map(day)).toEqual([undefined, undefined, undefined]);
  });
});
