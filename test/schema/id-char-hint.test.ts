// Tester round 73 F2: an id with æ, ø or å (letters, to a Norwegian user), a space or "/" is told which character
// ids do not have, and the id spelt in theirs when one reads so; the form's hint stays for what is wrong otherwise.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const PLAN = `plan: {id: nå, title: Nå, status_date: 2024-03-01}
milestones:
  - {id: Milepæl1, title: Første, date: 2024-03-04}
  - {id: M2, title: Andre, date: 2024-03-05, after: [Milepæl1, "MP1 ", "MP1 MP2", other/Straße]}
  - {id: "MP/2", title: Tredje, date: 2024-03-06}
  - {id: -M4, title: Fjerde, date: 2024-03-07}
  - {id: "Me\u0301", title: Femte, date: 2024-03-08}
  - {id: "MP12\uFE0F", title: Sjette, date: 2024-03-09}
  - {id: Mål, title: Sjuende, date: 2024-03-10}
  - {id: "Ma\u030Al2", title: Åttende, date: 2024-03-11}
  - {id: "M\\U000E0100", title: Niende, date: 2024-03-12}
  - {id: "M\u2063N", title: Tiende, date: 2024-03-13}
  - {id: MP1, title: Ellevte, date: 2024-03-01}
`;
// A reference is offered only a value that names something (tester round 78 F17): other/Strasse is one.
const OTHER = 'plan: {id: other, title: O}\nmilestones:\n  - {id: Strasse, title: S, date: 2024-03-01}\n';

async function hints(locale: 'en' | 'nb'): Promise<string[]> {
  const r = await runCli(['validate', 'ws', '--format', 'json', '--locale', locale], { files: { 'ws/p.yaml': PLAN, 'ws/q.yaml': OTHER }, diskRoots: [] });
  return (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema').map((d) => d.hint ?? '');
}

describe('an id with a character ids do not have', () => {
  it('is told the character and the id spelt in theirs', async () => {
    expect(await hints('en')).toEqual([
      '"å" cannot be part of a plan id: a plan id uses a–z (not æ, ø, å), digits and "-": write "naa"',
      '"æ" cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-": write "Milepael1"',
      '"æ" cannot be part of a milestone reference: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-", with "/" after a plan id: write "Milepael1"',
      // White space around a reference is dropped; one inside it makes no reference (tester round 74 F1: "MP1-MP2").
      '" " cannot be part of a milestone reference: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-", with "/" after a plan id: write "MP1"',
      '" " cannot be part of a milestone reference: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-", with "/" after a plan id',
      // ß as ss (tester round 77 F7).
      '"ß" cannot be part of a milestone reference: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-", with "/" after a plan id: write "other/Strasse"',
      '"/" cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-"',
      // Every character allowed, the first one not: the form's own hint.
      'use letters, digits, ".", "_" and "-", starting with a letter, digit or "_" (e.g. MP3, RM5-T3.1)',
      // A mark that combines with the character before it is shown as its escape: alone it shows as nothing, and with
      // that character it named an allowed one (rounds 74 F2, 75 F2: the accent alone, "2️" for a digit).
      '"\\u0301" cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-": write "Me"',
      '"\\ufe0f" cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-": write "MP12"',
      // å composed or as a and its ring: the same id offered (round 75 F3).
      '"å" cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-": write "Maal"',
      '"\\u030a" cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-": write "Maal2"',
      // Past U+FFFF in braces; a format character escaped too (round 76 F7: "\ue0100" read as another, `""`).
      '"\\u{e0100}" cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-": write "M"',
      '"\\u2063" cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-"',
    ]);
  });

  // Tester round 77 F7: what a word processor or an input method writes for the letters, digits and hyphen of an id.
  it('spells fullwidth forms, a word processor\'s hyphens and dashes, capitals and a zero-width space as an id has them', async () => {
    const plan = `plan: {id: p, title: P, status_date: 2024-03-01}
milestones:
  - {id: "\uff2d\uff30\uff11", title: a, date: 2024-03-04}
  - {id: "A\u2010B", title: b, date: 2024-03-04}
  - {id: "C\u2011D\u2013E\u2212F", title: c, date: 2024-03-04}
  - {id: ÆRØ, title: d, date: 2024-03-04}
  - {id: MØTE-Å1, title: e, date: 2024-03-04}
  - {id: "å\u200b", title: f, date: 2024-03-04}
`;
    const r = await runCli(['validate', 'ws', '--format', 'json'], { files: { 'ws/p.yaml': plan }, diskRoots: [] });
    const written = (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema').map((d) => /write "([^"]*)"$/.exec(d.hint ?? '')?.[1]);
    expect(written).toEqual(['MP1', 'A-B', 'C-D-E-F', 'AEROE', 'MOETE-AA1', 'aa']);
  });

  // Tester round 78 F11: a character that looks like an ASCII one was quoted raw, `"K" cannot be part of an id: … write
  // "KK1"`; its code point is named, and a Cyrillic or Greek letter drawn as a Latin one is spelt as that letter in a
  // value with Latin letters (a paste), not in a word all of another script.
  it('names the code point of a character that looks like an ASCII one', async () => {
    const plan = `plan: {id: p, title: P, status_date: 2024-03-01}
milestones:
  - {id: "K\u212a1", title: a, date: 2024-03-04}
  - {id: "\u0410B1", title: b, date: 2024-03-04}
  - {id: "M\u0391\u03bf", title: c, date: 2024-03-04}
  - {id: "\u0422\u0415\u0421\u0422", title: d, date: 2024-03-04}
  - {id: "A\u2011B", title: e, date: 2024-03-04}
`;
    const run = async (locale: string): Promise<string[]> => {
      const r = await runCli(['validate', 'ws', '--format', 'json', '--locale', locale], { files: { 'ws/p.yaml': plan }, diskRoots: [] });
      return (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema').map((d) => d.hint ?? '');
    };
    const rest = 'cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-"';
    expect(await run('en')).toEqual([
      `"\u212a" (U+212A) ${rest}: write "KK1"`,
      `"\u0410" (U+0410, a Cyrillic letter) ${rest}: write "AB1"`,
      `"\u0391" (U+0391, a Greek letter) ${rest}: write "MAo"`,
      `"\u0422" (U+0422, a Cyrillic letter) ${rest}`,
      `"\u2011" (U+2011) ${rest}: write "A-B"`,
    ]);
    expect((await run('nb'))[1]).toBe('"\u0410" (U+0410, en kyrillisk bokstav) kan ikke stå i en id: id-er bruker A–Z, a–z (ikke æ, ø, å), sifre, ".", "_" og "-": skriv "AB1"');
  });

  it('in Norwegian', async () => {
    const nb = await hints('nb');
    expect(nb[1]).toBe('"æ" kan ikke stå i en id: id-er bruker A–Z, a–z (ikke æ, ø, å), sifre, ".", "_" og "-": skriv "Milepael1"');
    expect(nb[3]).toBe('" " kan ikke stå i en referanse til en milepæl: id-er bruker A–Z, a–z (ikke æ, ø, å), sifre, ".", "_" og "-", med "/" etter en plan-id: skriv "MP1"');
  });
});
