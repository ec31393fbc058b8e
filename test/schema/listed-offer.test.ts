// Tester round 77 F5: a reference hint offered a value its list had already (`require: [PS, "P\u200bS"]` → PS) or, in a
// milestone's own `after`, the milestone itself; written (the language server's quick fix), it was a repeated entry
// or a dependency cycle. The hint says to remove the entry, and offers no value.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const Z = '\u200b';

const PLAN = `plan: {id: p, title: T, status_date: 2019-09-01}
bodies:
  - {id: PS, name: P}
  - {id: Styret, name: S}
meetings:
  - {body: PS, date: 2019-08-12}
milestones:
  - id: A
    title: a
    date: 2019-09-02
    after: ["A${Z}"]
    require: [PS, "P${Z}S", Styrét]
    meetings: [PS@2019-08-12, "PS@2019-08-1${Z}2"]
  - id: B
    title: b
    date: 2019-09-03
    after: [p/A, "A${Z}", {id: "C${Z}", type: SS}, C]
  - id: C
    title: c
    date: 2019-09-01
    after: [{id: "Ø", lag: 1d}, Oe]
risks:
  - {id: R1, title: r, probability: 0.5, impact: 1d, milestones: [A, "A${Z}"]}
goals:
  - {id: G1, title: g}
measures:
  - {id: T1, goal: G1, title: t, responsible: x, milestones: ["A${Z}", A]}
`;

async function hints(locale: string): Promise<string[]> {
  const r = await runCli(['validate', 'ws', '--format', 'json', '--locale', locale], { files: { 'ws/p.yaml': PLAN } });
  return (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema').map((d) => d.hint ?? '');
}

const UNSEEN = 'it holds characters that do not show, as text pasted from a word processor may: ';

describe('a reference hint\'s offer', () => {
  it('is no value its list has already, nor the milestone itself in its after', async () => {
    expect(await hints('en')).toEqual([
      'as meant, it is "A", the milestone itself, which cannot come after itself: remove this entry',
      'as meant, it is "PS", which require[0] names already: remove this entry',
      `"é" cannot be part of an id: ids use A–Z, a–z (not æ, ø, å), digits, ".", "_" and "-": write "Styret"`,
      'as meant, it is "PS@2019-08-12", which meetings[0] names already: remove this entry',
      'as meant, it is "A", which after[0] names already: remove this entry', // p/A is A
      `${UNSEEN}write C`, // another link type than C's
      'as meant, it is "Oe", which after[1] names already: remove this entry', // an object entry's id
      'as meant, it is "A", which milestones[0] names already: remove this entry',
      'as meant, it is "A", which milestones[1] names already: remove this entry', // an entry after it too
    ]);
  });

  it('is said so in Norwegian', async () => {
    const nb = await hints('nb');
    expect(nb[0]).toBe('slik den er ment, er den "A", milepælen selv, som ikke kan komme etter seg selv: fjern denne oppføringen');
    expect(nb[1]).toBe('slik den er ment, er den "PS", som require[0] alt nevner: fjern denne oppføringen');
  });

  // Tester round 78 F5: "entry 3" beside the message's `after[3]` meant `after[2]`; the other entry is named as the
  // message names this one, counted from 0.
  it('names the other entry as the message names this one', async () => {
    const text = `plan: {id: p, title: T, status_date: 2019-09-01}
milestones:
  - {id: A, title: a, date: 2019-09-02}
  - {id: B, title: b, date: 2019-09-02}
  - {id: C, title: c, date: 2019-09-04, after: ["p/A${Z}", A, "p/B", "B${Z}"]}
`;
    const r = await runCli(['validate', 'ws'], { files: { 'ws/p.yaml': text } });
    expect(r.stdout.split('\n').filter((l) => /: error: |= hint: /.test(l))).toEqual([
      'ws/p.yaml:5:49: error: after[0] of milestone C is "p/A\\u200b", which is not a milestone reference [schema]',
      '   = hint: as meant, it is "p/A", which after[1] names already: remove this entry',
      'ws/p.yaml:5:67: error: after[3] of milestone C is "B\\u200b", which is not a milestone reference [schema]',
      '   = hint: as meant, it is "B", which after[2] names already: remove this entry',
    ]);
  });

  // Tester round 78 F1: a milestone that comes after this one already was offered, and written, the two waited on each
  // other (a cycle through another milestone). One before it, or after it only through others, is offered.
  it('is no milestone that comes after this one already', async () => {
    const text = `plan: {id: p, title: T}
milestones:
  - {id: A, title: a, date: 2020-01-13, after: ["B${Z}", "C${Z}", "D${Z}"]}
  - {id: B, title: b, date: 2020-01-14, after: [A]}
  - {id: C, title: c, date: 2020-01-10}
  - {id: D, title: d, date: 2020-01-20, after: [B]}
  - {id: E, title: e, date: 2020-01-21, after: ["D${Z}"]}
`;
    const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-09-01'], { files: { 'ws/p.yaml': text } });
    const hints = (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema').map((d) => d.hint);
    const unseen = 'it holds characters that do not show, as text pasted from a word processor may: ';
    // Each is told why (tester round 87 F6: "remove them" was the fix that closes the cycle).
    const cycle = (id: string): string => `the nearest id, "${id}", comes after p/A already: naming it here would make a dependency cycle`;
    expect(hints).toEqual([cycle('B'), `${unseen}write C`, cycle('D'), `${unseen}write D`]);
  });

  // The check of round 78 F1 asked the schedule's graph only: a path through a milestone without a date, or one whose
  // date does not read, or through a gate's readiness (the milestone must come before the gate, SPEC §12) went unseen,
  // and the offer, written, closed a cycle dependency-cycle reports. It asks what unknown-reference asks now.
  it('is no milestone that comes after this one already through a milestone without a date or a gate\'s readiness', async () => {
    const text = `plan: {id: p, title: T}
bodies: [{id: NEHS, name: N}]
meetings: [{body: NEHS, date: 2020-01-07}]
milestones:
  - {id: A, title: a, date: 2020-01-13, after: ["B${Z}"]}
  - {id: B, title: b, date: 2020-01-14, after: [C]}
  - {id: C, title: c, after: [A]}
  - {id: D, title: d, date: 2020-01-13, after: ["E${Z}"]}
  - {id: E, title: e, date: 2020-01-14, after: [F]}
  - {id: F, title: f, date: 2020-02-30, after: [D]}
  - {id: H, title: h, date: 2020-01-13, after: ["J${Z}", "K${Z}"]}
  - {id: H1, title: h, date: 2020-01-14, after: [H]}
  - {id: J, title: j, date: 2020-01-20, after: [G]}
  - {id: K, title: k, date: 2020-01-20}
  - {id: M17, title: m, date: 2020-01-13, after: [P/l6]}
  - {id: L6, title: l, after: [M17]}
gates:
  - {id: G, title: g, date: 2020-01-16, body: NEHS, ready: {milestone: H1, lead: 2d}}
`;
    const nbUnseen = 'verdien har tegn som ikke vises, slik tekst limt inn fra en tekstbehandler kan ha: ';
    const en = (id: string, holder: string): string => `the nearest id, "${id}", comes after ${holder} already: naming it here would make a dependency cycle`;
    const nb = (id: string, holder: string): string => `den nærmeste id-en, "${id}", kommer allerede etter ${holder}: å nevne den her ville gi en avhengighetssyklus`;
    for (const [locale, said, k] of [['en', en, `${UNSEEN}write K`], ['nb', nb, `${nbUnseen}skriv K`]] as const) {
      const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-09-01', '--locale', locale], { files: { 'ws/p.yaml': text } });
      // Lines 7 and 16: the missing dates of C and L6.
      const found = (JSON.parse(r.stdout) as { diagnostics: { rule: string; line: number; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema' && d.line !== 7 && d.line !== 16).map((d) => [d.line, d.hint]);
      // A, through C without a date; D, through F whose date does not read; H, through gate G (K is no cycle); M17, its
      // plan id's case, through L6 without a date.
      expect(found).toEqual([[5, said('B', 'p/A')], [8, said('E', 'p/D')], [11, said('J', 'p/H')], [11, k], [15, said('p/L6', 'p/M17')]]);
    }
  });

  // Tester round 78 F2: two entries that both read as one value were both offered it; following both hints (or a
  // client's fix-all) repeated the entry. The first keeps its offer; another link type is another entry.
  it('is made to the first of two entries that are offered one value', async () => {
    const Y = '\u200c';
    const text = `plan: {id: p, title: T}
bodies:
  - {id: PS, name: P}
milestones:
  - {id: A, title: a, date: 2020-01-13}
  - id: B
    title: b
    date: 2020-01-14
    after: ["A${Z}", "p/A${Y}", {id: "A${Y}", type: SS}, "A${Z}${Y}"]
    require: ["P${Z}S", "PS${Z}"]
risks:
  - {id: R1, title: r, probability: 0.5, impact: 1d, milestones: ["p/A${Z}", "A${Y}"]}
`;
    const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-09-01'], { files: { 'ws/p.yaml': text, 'ws/q.yaml': text.replace('id: p,', 'id: q,').replaceAll('p/A', 'q/A').replace('bodies:\n  - {id: PS, name: P}\n', '') } });
    const hints = (JSON.parse(r.stdout) as { diagnostics: { rule: string; file: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema' && d.file.endsWith('p.yaml')).map((d) => d.hint);
    // Each first entry names the value only as it was offered it (tester round 83 F10: "names already" pointed at it).
    const listed = (written: string, entry: string): string => `as meant, it is "${written}", which ${entry} is meant as already: remove this entry`;
    expect(hints).toEqual([
      `${UNSEEN}write A`,
      listed('p/A', 'after[0]'), // p/A is A in plan p
      `${UNSEEN}write A`, // another link type
      listed('A', 'after[0]'),
      `${UNSEEN}write PS`,
      listed('PS', 'require[0]'),
      `${UNSEEN}write p/A`,
      listed('A', 'milestones[0]'),
    ]);
    // Each file's lists are its own: q's entries are offered as p's are.
    const q = (JSON.parse(r.stdout) as { diagnostics: { rule: string; file: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema' && d.file.endsWith('q.yaml')).map((d) => d.hint);
    expect(q).toEqual(hints.map((h) => h?.replace('p/A', 'q/A')));
  });

  // Tester round 78 F16: a meetings entry was offered PS@2019-08-12 beside M1, that meeting's id (and the other way
  // round); written, the repeat rule found the meeting twice. Meetings are compared as the repeat rule finds them.
  it('is no meeting another entry of its list names, by its id or <body>@<date>', async () => {
    const gov = 'bodies:\n  - {id: PS, name: P}\nmeetings:\n  - {id: M1, body: PS, date: 2019-08-12}\n  - {body: PS, date: 2019-08-13}\n';
    const text = `plan: {id: p, title: T}
milestones:
  - {id: A, title: a, date: 2019-09-20, meetings: [M1, "PS@2019-08-1${Z}2", "PS@2019-08-1${Z}3"]}
  - {id: B, title: b, date: 2019-09-20, meetings: [PS@2019-08-12, "M${Z}1"]}
  - {id: C, title: c, date: 2019-09-20, meetings: ["M${Z}1", "PS@2019-08-1${Z}2"]}
`;
    const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-09-01'], { files: { 'ws/g.yaml': gov, 'ws/p.yaml': text } });
    const hints = (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema').map((d) => d.hint);
    expect(hints).toEqual([
      'as meant, it is "PS@2019-08-12", which meetings[0] names already: remove this entry',
      `${UNSEEN}write PS@2019-08-13`, // another meeting
      'as meant, it is "M1", which meetings[0] names already: remove this entry',
      `${UNSEEN}write M1`,
      'as meant, it is "PS@2019-08-12", which meetings[0] is meant as already: remove this entry', // entry 1's offer, entry 0's meeting
    ]);
  });

  // Tester round 80 F9: a meeting reference's date written another way (`12.08.2019`, word-processor dashes,
  // fullwidth digits) was told to "write the date as YYYY-MM-DD: PS@2019-08-12" beside an entry naming that meeting,
  // by its id too; written, a repeated entry. The date's hint goes through the same check.
  it('is no meeting another entry names when its date is written another way', async () => {
    const gov = 'bodies:\n  - {id: PS, name: P}\nmeetings:\n  - {id: M1, body: PS, date: 2019-08-12}\n  - {body: PS, date: 2019-08-13}\n';
    const text = `plan: {id: p, title: T}
milestones:
  - {id: A, title: a, date: 2019-09-20, meetings: ["PS@12.08.2019", PS@2019-08-12]}
  - {id: B, title: b, date: 2019-09-20, meetings: [M1, "PS@2019\u201108\u201112"]}
  - {id: C, title: c, date: 2019-09-20, meetings: ["PS@2019-08-1${Z}3", "PS@\uff12\uff10\uff11\uff19-08-13", "PS@13.08.2019"]}
`;
    for (const [locale, listed, meant] of [
      ['en', (m: string, i: number) => `as meant, it is "${m}", which meetings[${i}] names already: remove this entry`, (m: string, i: number) => `as meant, it is "${m}", which meetings[${i}] is meant as already: remove this entry`],
      ['nb', (m: string, i: number) => `slik den er ment, er den "${m}", som meetings[${i}] alt nevner: fjern denne oppføringen`, (m: string, i: number) => `slik den er ment, er den "${m}", som meetings[${i}] alt er ment som: fjern denne oppføringen`],
    ] as const) {
      const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2019-09-01', '--locale', locale], { files: { 'ws/g.yaml': gov, 'ws/p.yaml': text } });
      const hints = (JSON.parse(r.stdout) as { diagnostics: { rule: string; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema').map((d) => d.hint);
      // A: the later entry names it; B: the meeting's id does; C: the first entry keeps its offer, which it names only as
      // meant (tester round 83 F10).
      expect(hints).toEqual([listed('PS@2019-08-12', 1), listed('PS@2019-08-12', 0), expect.stringMatching(/PS@2019-08-13$/), meant('PS@2019-08-13', 0), meant('PS@2019-08-13', 0)]);
    }
  });
});

// Tester round 82 F6: the colon hint on a glued id (`"id:MP5"`, `{id:MP5}`) and the quote hint on a number (`5`) offer
// what their fixes write; written beside an entry naming the same, or in milestone "5" itself, that was a repeated
// link or a cycle. They are checked as any offer is.
describe('the colon and quote hints in a list of references', () => {
  const text = `plan: {id: q, title: Q, status_date: 2026-01-05}
milestones:
  - {id: MP5, title: Five, date: 2026-02-02}
  - {id: A8, title: Eight, date: 2026-03-02, after: [MP5, "id:MP5"]}
  - {id: A9, title: Nine, date: 2026-03-02, after: [MP5, {id:MP5}]}
  - {id: "5", title: Five again, date: 2026-03-02, after: [5]}
  - {id: J1, title: J, date: 2026-03-09, after: [5, "5"]}
  - {id: J2, title: J, date: 2026-03-09, after: [MP5, "id:A8", 6]}
  - id:Q: 1
    title: No id
    date: 2026-03-09
  - id:Q2 title: Both
    date: 2026-03-09
  - {id: J3, title: J, date: 2026-03-09, after: [{lag:2d id:A8}, {lag:2d id:J3}]}
`;
  it('say to remove an entry whose fix would repeat a link or name the milestone itself', async () => {
    const r = await runCli(['validate', 'ws', '--format', 'json'], { files: { 'ws/q.yaml': text } });
    const found = (JSON.parse(r.stdout) as { diagnostics: { rule: string; line: number; column: number; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema').map((d) => `${d.line}:${d.column} ${d.hint}`);
    expect(found).toEqual([
      '4:59 as meant, it is "MP5", which after[0] names already: remove this entry',
      // No second finding "add id: …" for the same mistake: the space after the colon gives the mapping its id.
      '5:59 as meant, it is "MP5", which after[0] names already: remove this entry',
      '6:60 as meant, it is "5", the milestone itself, which cannot come after itself: remove this entry',
      '7:50 as meant, it is "5", which after[1] names already: remove this entry',
      // Naming what no other entry names, each keeps its own hint.
      '8:55 put a space after the colon: id: A8',
      '8:64 YAML reads the value as 6: put it in quotes to keep it as text, as written',
      // A glued key with a value of its own gets no colon hint: the missing id is still told (tester round 89 F2).
      '9:5 add id: …; milestone id, unique in the plan. Other plans refer to it as `<plan-id>/<id>`',
      expect.stringMatching(/^9:5 did you mean "id"\?/),
      // Two glued pairs on one line, each to its own line: that gives both id and title (tester round 90 F2).
      '12:5 write each key on a line of its own, with a space after its colon: id: Q2, then title: Both',
      // Glued pairs in braces without a comma: one key to YAML, no value (tester round 90 F2: "did you mean lag" and
      // "add id"). The pairs as meant, and the id they give checked as any offer: J3 would come after itself.
      '14:51 put a space after each colon and a comma between the pairs: lag: 2d, id: A8',
      '14:67 as meant, it is "J3", the milestone itself, which cannot come after itself: remove this entry',
    ]);
  });
});

// Tester round 87: the colon and quote hints' fixes are offers like any other. F1: one that would close a cycle is
// told so, not offered; F2: a glued id beside a lag or type of its own is no repeat to remove (its link differs, or
// its lag is to keep); F3: two entries whose fixes name one milestone, the second is told the first is meant as it;
// F5: a number whose text YAML does not keep (0x5) is not taken for the decimal it reads as, but for its text.
describe('the colon and quote hints, checked as offers', () => {
  const text = `plan: {id: p, title: Q, status_date: 2026-01-05}
milestones:
  - {id: MP5, title: Five, date: 2026-02-02}
  - {id: A, title: a, date: 2026-05-05, after: ["id:B"]}
  - {id: B, title: b, date: 2026-05-06, after: [A]}
  - {id: "5", title: c, date: 2026-05-07, after: [C]}
  - {id: C, title: c, date: 2026-05-08, after: [5]}
  - {id: G1, title: g, date: 2026-05-08, after: [MP5, {id:MP5, type:SS}]}
  - {id: G2, title: g, date: 2026-05-08, after: [MP5, {id:MP5, lag: 2d}]}
  - {id: T1, title: t, date: 2026-05-08, after: ["id:MP5", "id:MP5"]}
  - {id: T2, title: t, date: 2026-05-08, after: ["MP5\u200b", "id:MP5"]}
  - {id: "0x5", title: h, date: 2026-05-08, after: ["5", 0x5]}
  - {id: D, title: d, date: 2026-05-05, after: [{id:E, lag: 2d}]}
  - {id: E, title: e, date: 2026-05-06, after: [D]}
`;
  it('are told when their fix would close a cycle, repeat another entry\'s fix, or keep what the entry holds', async () => {
    const r = await runCli(['validate', 'ws', '--format', 'json'], { files: { 'ws/p.yaml': text } });
    const found = (JSON.parse(r.stdout) as { diagnostics: { rule: string; line: number; column: number; hint?: string }[] }).diagnostics.filter((d) => d.rule === 'schema' && d.hint !== undefined ).map((d) => `${d.line}:${d.column} ${d.hint}`);
    expect(found).toEqual([
      '4:49 the nearest id, "B", comes after p/A already: naming it here would make a dependency cycle',
      '7:49 the nearest id, "5", comes after p/C already: naming it here would make a dependency cycle',
      '8:56 put a space after the colon: id: MP5',
      '8:64 put a space after the colon: type: SS',
      '9:56 put a space after the colon: id: MP5',
      '10:50 put a space after the colon: id: MP5',
      '10:60 as meant, it is "MP5", which after[0] is meant as already: remove this entry',
      '11:50 it holds characters that do not show, as text pasted from a word processor may: write MP5',
      '11:58 as meant, it is "MP5", which after[0] is meant as already: remove this entry',
      // Quoted, 0x5 keeps its text: the milestone itself (tester round 88 N3), never "5" (round 87 F5).
      '12:58 as meant, it is "0x5", the milestone itself, which cannot come after itself: remove this entry',
      // With a lag of its own, still checked for a cycle (tester round 88 N1).
      '13:50 the nearest id, "E", comes after p/D already: naming it here would make a dependency cycle',
    ]);
  });
});

