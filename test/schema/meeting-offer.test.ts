// Tester round 77 F4: a meeting without an id is named `<body>@<date>`, and the hint for its body (`Styrø`, `P\u200bS`)
// or date (`2020-01-1\u200b0`) offered a value that named another meeting: written, a meeting defined twice.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const GOV = [
  'bodies:',
  '  - {id: Styroe, name: Styret 2}',
  '  - {id: PS, name: p}',
  'meetings:',
  '  - {body: Styrø, date: 2020-01-10}',
  '  - {body: Styroe, date: 2020-01-10}',
  '  - {body: Styrø, date: 2020-01-11}',
  '  - {body: PS, date: 2020-01-10}',
  '  - {body: PS, date: "2020-01-1\\u200b0"}',
  '  - {body: "P\\u200bS", date: 2020-01-10}',
  '  - {body: PS, date: "2020-01-1\\u200b2"}',
  '',
].join('\n');

const ID = 'cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-"';
const UNSEEN = 'it holds characters that do not show, as text pasted from a word processor may: ';

describe('a meeting\'s body or date', () => {
  it('is not offered a value that names another meeting', async () => {
    const r = await runCli(['validate', 'ws', '--format', 'json'], { files: { 'ws/g.yaml': GOV } });
    const found = (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema');
    expect(found.map((d) => d.hint)).toEqual([
      `"ø" ${ID}`, // Styroe@2020-01-10 is a meeting
      `"ø" ${ID}: write "Styroe"`, // no Styroe@2020-01-11
      `${UNSEEN}remove them; write the date as YYYY-MM-DD, e.g. 2019-09-27`, // PS@2020-01-10 is a meeting
      `${UNSEEN}remove them; use letters, digits, ".", "_" and "-", starting with a letter, digit or "_" (e.g. MP3, RM5-T3.1)`,
      `${UNSEEN}write 2020-01-12`,
    ]);
  });

  // Tester round 78 F3: each offer was checked against the meetings as written, not against the other offers, so two
  // meetings were both offered a value naming PS@2020-01-10, and following the hints defined it twice. The first keeps
  // its offer; a meeting whose body and date are both offered is named by the two together; one with an id is its id.
  it('is not offered a value that names a meeting another meeting is offered', async () => {
    const one = ['bodies:', '  - {id: PS, name: p}', '  - {id: Styroe, name: s}', 'meetings:',
      '  - {body: "P\\u200bS", date: 2020-01-10}',
      '  - {body: Styrø, date: 2020-01-10}',
      '  - {body: Styrø, date: "2020-01-1\\u200b1"}',
      '  - {id: M1, body: Styrø, date: 2020-01-10}',
      ''].join('\n');
    const two = ['meetings:',
      '  - {body: PS, date: "2020-01-1\\u200b0"}',
      '  - {body: Styrø, date: "2020-01-1\\u200b0"}',
      '  - {body: "Styr\\u00f8", date: "2020-01-1\\u200b1"}',
      ''].join('\n');
    const r = await runCli(['validate', 'ws', '--format', 'json'], { files: { 'ws/a.yaml': one, 'ws/b.yaml': two } });
    const found = (JSON.parse(r.stdout) as { diagnostics: { rule: string; message: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema');
    const date = `${UNSEEN}remove them; write the date as YYYY-MM-DD, e.g. 2019-09-27`;
    expect(found.map((d) => d.hint)).toEqual([
      `${UNSEEN}write PS`, // PS@2020-01-10
      `"ø" ${ID}: write "Styroe"`, // Styroe@2020-01-10
      `"ø" ${ID}: write "Styroe"`, // with the date's offer, Styroe@2020-01-11
      `${UNSEEN}write 2020-01-11`,
      `"ø" ${ID}: write "Styroe"`, // M1, whatever its body
      date, // PS@2020-01-10, offered in a.yaml
      `"ø" ${ID}`, // Styroe@2020-01-10, with the date's offer
      date,
      `"ø" ${ID}`, // Styroe@2020-01-11, offered in a.yaml
      date,
    ]);
  });
});
