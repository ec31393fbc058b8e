// Tester round 33 F4: a board meeting on the milestone's or gate's own day, which the governance lead makes too late,
// was told four ways: validate "(on the same day)", meetings "nearest before … (on the same day)", explain and hover
// "nearest before:", and the gates report skipped it ("– (next NEHS@2025-10-16)", or a bare "–" when no meeting
// followed), so a director read NEHS as not meeting until October while it met on the decision day. Now every text
// says "on the same day" (nb "samme dag"), the gates report names that meeting, and a meeting one day earlier inside
// the lead is still "before". The JSON keeps nearest_before (the nearest on or before c): its fields are a contract.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { displayWidth } from '../../src/text/width.js';

// /work/break33/t8 (NEHS on 2025-06-12 and 2025-10-16, lead 2d, M1 and BP2 on 2025-06-12), with M2 and BP4 a day
// later (2025-06-13: the meeting is inside the lead but before them) and plan b's BP3 on the last meeting's day
// behind a 20d window (nothing after it, nothing before it in the window: the gates report showed a bare "–").
const FILES = {
  'ws/a.yaml': `bodies:
  - {id: NEHS, name: Nasjonalt e-helsestyre}
meetings:
  - {body: NEHS, date: 2025-06-12}
  - {body: NEHS, date: 2025-10-16}
plan:
  id: a
  title: A
  status_date: 2025-04-01
  governance: {require: [NEHS], lead: 2d}
milestones:
  - {id: M1, title: Milepæl, date: 2025-06-12, require: [NEHS]}
  - {id: M2, title: Dagen etter, date: 2025-06-13, require: [NEHS]}
gates:
  - {id: BP2, model: prosjektveiviseren, date: 2025-06-12, body: NEHS}
  - {id: BP4, model: prosjektveiviseren, date: 2025-06-13, body: NEHS}
`,
  'ws/b.yaml': `plan:
  id: b
  title: B
  governance: {window: 20d, lead: 2d}
gates:
  - {id: BP3, model: prosjektveiviseren, date: 2025-10-16, body: NEHS}
`,
};

const run = (...args: string[]): ReturnType<typeof runCli> => runCli([...args, 'ws'], { files: FILES, diskRoots: [] });

describe('a meeting on the milestone\'s or gate\'s own day, ruled out by the lead (tester round 33 F4)', () => {
  it('validate says "on the same day" (the wording the others now follow)', async () => {
    const en = await run('validate', '--format', 'json');
    const messages = (JSON.parse(en.stdout) as { diagnostics: { ref: string; message: string }[] }).diagnostics.map((d) => `${d.ref}: ${d.message}`);
    expect(messages).toContain('a/M1: no NEHS meeting before a/M1 (2025-06-12) with a lead of 2 working days (2d); nearest NEHS meetings: NEHS@2025-06-12 (on the same day), NEHS@2025-10-16 (126 days after)');
    expect(messages).toContain('a/BP2: NEHS does not meet before gate a/BP2 (2025-06-12) to decide it with a lead of 2 working days (2d); nearest NEHS meetings: NEHS@2025-06-12 (on the same day), NEHS@2025-10-16 (126 days after)');
  });

  it('meetings: "nearest … (on the same day)", not "nearest before"; a day earlier is still "nearest before"', async () => {
    const en = await run('meetings', '--width', '200');
    expect(en.stdout).toContain([
      'Missing meetings',
      '  M1 NEHS: nearest NEHS@2025-06-12 (on the same day); nearest after NEHS@2025-10-16 (126 days after)',
      '  M2 NEHS: nearest before NEHS@2025-06-12 (1 day before); nearest after NEHS@2025-10-16 (125 days after)',
      '',
    ].join('\n'));
    const nb = await run('meetings', '--width', '200', '--locale', 'nb');
    expect(nb.stdout).toContain([
      'Manglende møter',
      '  M1 NEHS: nærmeste NEHS@2025-06-12 (samme dag); nærmeste etter NEHS@2025-10-16 (126 dager etter)',
      '  M2 NEHS: nærmeste før NEHS@2025-06-12 (1 dag før); nærmeste etter NEHS@2025-10-16 (125 dager etter)',
      '',
    ].join('\n'));
  });

  it('meetings --format json keeps nearest_before (on or before the milestone) for the same-day meeting: the field names are a contract (SPEC §8)', async () => {
    const r = await run('meetings', '--format', 'json');
    const m1 = (JSON.parse(r.stdout) as { milestones: { ref: string; bodies: unknown[] }[] }).milestones.find((m) => m.ref === 'a/M1');
    expect(m1?.bodies).toEqual([{ body: 'NEHS', ok: false, meeting: null, nearest_before: 'NEHS@2025-06-12', nearest_after: 'NEHS@2025-10-16' }]);
  });

  it('gates names the same-day meeting instead of only the next one (or a bare "–"), within 80 columns', async () => {
    const en = await run('gates', '--width', '80');
    expect(en.stdout).toBe([
      'Gate   Date        Margin  Status',
      'a/BP2  2025-06-12          NO MEETING',
      '  Beslutte oppstart av planleggingsfasen',
      '  Model: prosjektveiviseren  Body: NEHS',
      '  Meeting: – (NEHS@2025-06-12 on the same day, inside the lead)',
      'a/BP4  2025-06-13          NO MEETING',
      '  Beslutte oppstart av avslutningsfasen',
      '  Model: prosjektveiviseren  Body: NEHS  Meeting: – (next NEHS@2025-10-16)',
      'b/BP3  2025-10-16          NO MEETING',
      '  Beslutte oppstart av gjennomføringsfasen',
      '  Model: prosjektveiviseren  Body: NEHS',
      '  Meeting: – (NEHS@2025-10-16 on the same day, inside the lead)',
      '',
    ].join('\n'));
    const nb = await run('gates', '--width', '80', '--locale', 'nb');
    expect(nb.stdout).toBe([
      'Punkt  Dato        Margin  Status',
      'a/BP2  12.06.2025          INGEN MØTE',
      '  Beslutte oppstart av planleggingsfasen',
      '  Modell: prosjektveiviseren  Organ: NEHS',
      '  Møte: – (NEHS@2025-06-12 samme dag, innenfor ledetiden)',
      'a/BP4  13.06.2025          INGEN MØTE',
      '  Beslutte oppstart av avslutningsfasen',
      '  Modell: prosjektveiviseren  Organ: NEHS  Møte: – (neste NEHS@2025-10-16)',
      'b/BP3  16.10.2025          INGEN MØTE',
      '  Beslutte oppstart av gjennomføringsfasen',
      '  Modell: prosjektveiviseren  Organ: NEHS',
      '  Møte: – (NEHS@2025-10-16 samme dag, innenfor ledetiden)',
      '',
    ].join('\n'));
    for (const line of `${en.stdout}${nb.stdout}`.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('gates in a wide table: the cell as it stands in its column', async () => {
    const r = await run('gates', '--width', '200');
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(/^a\/BP2 +Beslutte oppstart av planleggingsfasen +prosjektveiviseren +2025-06-12 +NEHS +– \(NEHS@2025-06-12 on the same day, inside the lead\) +NO MEETING$/);
    expect(lines[3]).toMatch(/^b\/BP3 +.* +2025-10-16 +NEHS +– \(NEHS@2025-10-16 on the same day, inside the lead\) +NO MEETING$/);
  });

  it('explain does not call the same-day meeting "before"; a day earlier it still does', async () => {
    const last = async (ref: string, locale: string): Promise<string> => (await run('explain', ref, '--width', '200', '--locale', locale)).stdout.trimEnd().split('\n').at(-1)!;
    expect(await last('a/M1', 'en')).toBe('  ✗ no NEHS meeting (nearest on the same day: NEHS@2025-06-12, after: NEHS@2025-10-16)');
    expect(await last('a/BP2', 'en')).toBe('  ✗ no NEHS meeting (nearest on the same day: NEHS@2025-06-12, after: NEHS@2025-10-16)');
    // The meeting before the day is named too (tester round 101 F1), far outside the 20d window as it is.
    expect(await last('b/BP3', 'en')).toBe('  ✗ no NEHS meeting (nearest before: NEHS@2025-06-12, on the same day: NEHS@2025-10-16)');
    expect(await last('a/M2', 'en')).toBe('  ✗ no NEHS meeting (nearest before: NEHS@2025-06-12, after: NEHS@2025-10-16)');
    expect(await last('a/M1', 'nb')).toBe('  ✗ ikke noe NEHS-møte (nærmeste samme dag: NEHS@2025-06-12, etter: NEHS@2025-10-16)');
    expect(await last('a/BP2', 'nb')).toBe('  ✗ ikke noe NEHS-møte (nærmeste samme dag: NEHS@2025-06-12, etter: NEHS@2025-10-16)');
    expect(await last('b/BP3', 'nb')).toBe('  ✗ ikke noe NEHS-møte (nærmeste før: NEHS@2025-06-12, samme dag: NEHS@2025-10-16)');
    expect(await last('a/BP4', 'nb')).toBe('  ✗ ikke noe NEHS-møte (nærmeste før: NEHS@2025-06-12, etter: NEHS@2025-10-16)');
  });
});

// Tester round 101 F1: NEHS met on 2024-05-10, a day short of the 10ed window, and on the milestone's day, inside
// its 1ed lead. Every text named only the meeting on the day ("nearest NEHS meetings: NEHS@2024-05-21 (on the same
// day)"), as if the board had not met before; SPEC §4.2 names "the nearest B meeting before and after c".
describe('the meeting before the day, beside one on the day (tester round 101 F1)', () => {
  const files = {
    'ws/p.yaml': `bodies: [{id: NEHS, name: Nasjonalt e-helsestyre}]
meetings: [{body: NEHS, date: 2024-05-10}, {body: NEHS, date: 2024-05-21}]
plan: {id: gov2, title: Gov2, governance: {require: [NEHS], window: 10ed, lead: 1ed}}
milestones: [{id: M3, title: M3, date: 2024-05-21}]
gates: [{id: G, title: G, model: prosjektveiviseren, date: 2024-05-21, body: NEHS}]
`,
  };
  const on = (...args: string[]): ReturnType<typeof runCli> => runCli([...args, 'ws', '--today', '2024-05-01'], { files, diskRoots: [] });

  it('is named by validate, meetings and explain, in both locales', async () => {
    const en = await on('validate', '--format', 'json');
    const messages = (JSON.parse(en.stdout) as { diagnostics: { message: string }[] }).diagnostics.map((d) => d.message);
    expect(messages.filter((m) => m.endsWith('nearest NEHS meetings: NEHS@2024-05-10 (11 days before), NEHS@2024-05-21 (on the same day)'))).toHaveLength(2);
    const nb = await on('validate', '--format', 'json', '--locale', 'nb');
    expect(nb.stdout).toContain('NEHS@2024-05-10 (11 dager før), NEHS@2024-05-21 (samme dag)');
    expect((await on('meetings', '--width', '200')).stdout).toContain('  M3 NEHS: nearest before NEHS@2024-05-10 (11 days before); nearest NEHS@2024-05-21 (on the same day)\n');
    expect((await on('explain', 'gov2/M3')).stdout).toContain('✗ no NEHS meeting (nearest before: NEHS@2024-05-10, on the same day: NEHS@2024-05-21)');
  });

  it('keeps the JSON fields as they were: nearest_before is the nearest on or before the day', async () => {
    const json = JSON.parse((await on('meetings', '--format', 'json')).stdout) as { milestones: { bodies: { nearest_before: string; nearest_after: string | null }[] }[] };
    expect(json.milestones[0]!.bodies[0]).toMatchObject({ nearest_before: 'NEHS@2024-05-21', nearest_after: null });
  });
});
