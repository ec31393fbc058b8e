// `milepel explain` (SPEC §14): hand-computed chains, holidays crossed, binding latest dates and meetings, plus the
// shipped plans' goldens and the exit codes.
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { runCli } from '../helpers/fake-io.js';
import { displayWidth } from '../../src/text/width.js';
import { CHAIN_FILES, EXTREMES_FILES } from './fixture.js';

async function explainJson(ref: string, extra: readonly string[] = []): Promise<Record<string, unknown>> {
  const r = await runCli(['explain', ref, 'ws', '--format', 'json', ...extra], { files: CHAIN_FILES });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('milepel explain: hand-computed', () => {
  it('follows the driving chain over Easter, 1 May and the closed days to the deadline', async () => {
    const j = await explainJson('p/C');
    // A 2019-04-15 (Mon) →FS+2d, 3d→ B1: 5 working days after Mon 15 skipping Maundy Thursday 18, Good Friday 19 and
    // Easter Monday 22 = Thu 25; →FF+5d→ C: Fri 26, Mon 29, Tue 30, (1 May, closed 2–3 May) Mon 6, Tue 7.
    expect(j).toMatchObject({
      ref: 'p/C', kind: 'milestone', current: '2019-04-17', current_from: 'date', projected: '2019-05-07', latest: '2019-05-15', float: 6, critical: false, driver: 'p/B1',
      chain: [
        { ref: 'p/A', projected: '2019-04-15', lag: null, type: null, duration: '0d' },
        { ref: 'p/B1', projected: '2019-04-25', lag: '2d', type: 'FS', duration: '3d' },
        { ref: 'p/C', projected: '2019-05-07', lag: '5d', type: 'FF', duration: '0d' },
      ],
      latest_from: { kind: 'deadline', ref: null, date: '2019-05-15' },
    });
    expect(j['non_working_days']).toEqual([
      { date: '2019-04-18', name: 'Maundy Thursday' },
      { date: '2019-04-19', name: 'Good Friday' },
      { date: '2019-04-22', name: 'Easter Monday' },
      { date: '2019-05-01', name: 'Labour Day' },
      { date: '2019-05-02', name: 'a closed day (2019-05-02..2019-05-03)' },
      { date: '2019-05-03', name: 'a closed day (2019-05-02..2019-05-03)' },
    ]);
    // §4.2 on c(C) = 2019-04-17 with a 20-day window: [2019-03-20, 2019-04-17]; the listed B meeting serves B.
    expect(j['governance']).toEqual({ from: '2019-03-20', to: '2019-04-17', ok: true });
    expect(j['meetings']).toEqual([
      { body: 'B', meeting: 'B@2019-04-10', date: '2019-04-10', required: true, listed: true, status: 'admissible', ok: true, nearest_before: null, nearest_after: null },
    ]);
  });

  it('names the successor that binds a latest date, with its link', async () => {
    // l(B1) = sub(l(C) 2019-05-15, 5d) = Wed 8 May; l(A) = sub(l(B1), 3d + 2d) over the closed days = Fri 26 April.
    expect(await explainJson('B1')).toMatchObject({ projected: '2019-04-25', latest: '2019-05-08', float: 6, driver: 'p/A', latest_from: { kind: 'successor', ref: 'p/C', type: 'FF', lag: '5d', date: '2019-05-08' } });
    expect(await explainJson('p/A')).toMatchObject({ projected: '2019-04-15', latest: '2019-04-26', float: 6, driver: null, chain: [{ ref: 'p/A' }], non_working_days: [], latest_from: { kind: 'successor', ref: 'p/B1', type: 'FS', lag: '2d' } });
  });

  it('reports a missing body with its nearest meetings and a listed meeting that comes too late', async () => {
    const j = await explainJson('p/D');
    // sub(Fri 2019-03-01, 20d): Thu 28 Feb back to Fri 1 Feb (20 working days).
    expect(j['governance']).toEqual({ from: '2019-02-01', to: '2019-03-01', ok: false });
    expect(j['meetings']).toEqual([
      { body: 'B', meeting: null, date: null, required: true, listed: false, status: 'missing', ok: false, nearest_before: null, nearest_after: 'B@2019-04-10' },
      { body: 'B', meeting: 'B@2019-05-20', date: '2019-05-20', required: true, listed: true, status: 'too-late', ok: false, nearest_before: null, nearest_after: null },
    ]);
    // D has no successor or deadline: the plan's end, set by C (2019-05-07), the latest projected date of p.
    expect(j['latest_from']).toEqual({ kind: 'plan-end', ref: 'p/C', date: '2019-05-07' });
  });

  it('takes plan.finish for an end milestone without a deadline', async () => {
    const j = await explainJson('q/E');
    expect(j).toMatchObject({ latest: '2019-12-20', latest_from: { kind: 'plan-finish', ref: null, date: '2019-12-20' }, meetings: [], governance: null });
  });

  it('lists no holiday where the chain counts calendar days: an elapsed lag or duration crosses nothing', async () => {
    // Easter 2019: Maundy Thursday 18 April, Good Friday 19, Easter Monday 22; 1 May. A is on Tue 16 April.
    const files = {
      'el/e.yaml': [
        'plan: {id: e, title: E, status_date: 2019-04-01}',
        'milestones:',
        '  - {id: A, title: A, date: 2019-04-16}',
        // 16 + 10 calendar days = Fri 26 April: Easter lies inside, but moved nothing.
        '  - {id: B, title: B, date: 2019-04-01, after: [{id: A, lag: 10ed}]}',
        '  - {id: C, title: C, date: 2019-04-01, after: [A], duration: 10ed}',
        // 16 + 2ed = Thu 18 (a holiday, landed on, not crossed); add 3d: 19 and 22 skipped, 23, 24, Thu 25 April.
        '  - {id: D, title: D, date: 2019-04-01, after: [{id: A, lag: 2ed}], duration: 3d}',
        // add(16, 3d): 17, (18, 19, 22 skipped) 23, 24; then 10 calendar days: Sat 4 May, over 1 May uncounted.
        '  - {id: F, title: F, date: 2019-04-01, after: [{id: A, lag: 3d}], duration: 10ed}',
        '',
      ].join('\n'),
    };
    const crossed = async (ref: string): Promise<unknown> => {
      const r = await runCli(['explain', ref, 'el', '--format', 'json'], { files });
      expect(r.stderr).toBe('');
      const j = JSON.parse(r.stdout) as Record<string, unknown>;
      return [j['projected'], (j['non_working_days'] as { date: string }[]).map((d) => d.date)];
    };
    expect(await crossed('e/B')).toEqual(['2019-04-26', []]);
    expect(await crossed('e/C')).toEqual(['2019-04-26', []]);
    expect(await crossed('e/D')).toEqual(['2019-04-25', ['2019-04-19', '2019-04-22']]);
    expect(await crossed('e/F')).toEqual(['2019-05-04', ['2019-04-18', '2019-04-19', '2019-04-22']]);
  });

  it('writes the text in English and Norwegian, holidays by name', async () => {
    const en = await runCli(['explain', 'p/C', 'ws'], { files: CHAIN_FILES });
    expect(en.stdout).toContain('projected 2019-05-07: pushed by p/B1 past its planned date 2019-04-17');
    expect(en.stdout).toContain('  p/B1  2019-04-25  FS +2d after p/A, duration 3d');
    expect(en.stdout).toContain('  2019-04-19  Good Friday');
    expect(en.stdout).toContain('latest 2019-05-15: its deadline 2019-05-15');
    const nb = await runCli(['explain', 'p/C', 'ws', '--locale', 'nb'], { files: CHAIN_FILES });
    expect(nb.stdout).toContain('beregnet 07.05.2019: skjøvet av p/B1 forbi sin planlagte dato 17.04.2019');
    expect(nb.stdout).toContain('  19.04.2019  langfredag');
    expect(nb.stdout).toContain('Fridager som krysses (6)');
  });

  it('lines the driving chain\'s dates up in one column, however long its refs (tester round 67 F3)', async () => {
    const files = { 'ws/x.yaml': 'plan: {id: x, title: X, status_date: 2019-09-02}\nmilestones:\n  - {id: A, title: a, date: 2019-09-02}\n  - {id: Approval-by-the-board, title: b, date: 2019-09-03, after: [A], duration: 3d}\n  - {id: C, title: c, date: 2019-09-04, after: [Approval-by-the-board], duration: 2d}\n' };
    const chain = (stdout: string): string[] => stdout.split('\n\n')[1]!.split('\n').slice(1);
    expect(chain((await runCli(['explain', 'x/C', 'ws'], { files })).stdout)).toEqual([
      '  x/A                      2019-09-02  held by its planned date',
      '  x/Approval-by-the-board  2019-09-05  FS after x/A, duration 3d',
      '  x/C                      2019-09-09  FS after x/Approval-by-the-board, duration 2d',
    ]);
    expect(chain((await runCli(['explain', 'x/C', 'ws', '--locale', 'nb'], { files })).stdout)[0]).toBe('  x/A                      02.09.2019  holdt av sin planlagte dato');
    // A ref wider than a third of the width is not padded to: x/C's date stays on its line (tester round 68 F4).
    const long = { 'ws/x.yaml': files['ws/x.yaml'].replaceAll('Approval-by-the-board', 'Approval-by-the-board-of-the-regional-health-authority') };
    const narrow = chain((await runCli(['explain', 'x/C', 'ws', '--width', '80'], { files: long })).stdout);
    expect(narrow[narrow.length - 2]).toBe('  x/C  2019-09-09  FS after');
    for (const line of narrow) expect(line).toBe(line.trimEnd());
  });
});

// A tester's finding: a long title made the heading one line far wider than the terminal.
describe('milepel explain at a width', () => {
  const title = 'Sentralt styringsdokument for felles kommunal journalløsning (数字健康 ✅) er oversendt Helse- og omsorgsdepartementet';
  const files = { 'ws/p.yaml': `plan: {id: p, title: P, status_date: 2019-09-01}\nmilestones:\n  - {id: LONG, title: "${title}", date: 2019-09-27}\n  - {id: W, title: "${'x'.repeat(130)}", date: 2019-09-27}\n` };

  it.each([['en', 'Milestone'], ['nb', 'Milepæl']])('wraps the heading at spaces under --width 80 (%s), every line within 80 columns', async (locale, word) => {
    const r = await runCli(['explain', 'p/LONG', 'ws', '--width', '80', '--locale', locale], { files });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    // The heading's words, all of them, on its first line and an indented continuation.
    const heading = lines.slice(0, lines.findIndex((l, i) => i > 0 && !l.startsWith('    ')));
    expect(heading.length).toBeGreaterThan(1);
    expect(heading.map((l) => l.trim()).join(' ')).toBe(`${word} p/LONG — ${title}`);
  });

  // A word wider than the line is cut into lines that fit, every character kept (tester round 100 F11: it was cut
  // off with an ellipsis here and overflowed elsewhere).
  it('breaks a word wider than the line over lines that fit, and leaves lines that fit alone', async () => {
    const r = await runCli(['explain', 'p/W', 'ws', '--width', '60'], { files });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Milestone p/W —');
    expect(lines.slice(1, 4)).toEqual([`    ${'x'.repeat(56)}`, `    ${'x'.repeat(56)}`, `    ${'x'.repeat(18)}`]);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    const wide = await runCli(['explain', 'p/W', 'ws', '--width', '200'], { files });
    expect(wide.stdout.split('\n')[0]).toBe(`Milestone p/W — ${'x'.repeat(130)}`);
  });
});

describe('milepel explain: shipped plans and exit codes', () => {
  it.each([
    { golden: 'explain-mp9.txt', args: ['akson/MP9'] },
    { golden: 'explain-mp2-nb.txt', args: ['MP2', '--locale', 'nb'] },
    { golden: 'explain-ssd-hod.json', args: ['akson/SSD-HOD', '--format', 'json'] },
    { golden: 'explain-rm3-m2.json', args: ['felles-grunnmur/RM3-M2', '--format', 'json'] },
  ])('$golden', async ({ golden, args }) => {
    const r = await runCli(['explain', ...args, 'plans']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectGolden(golden, r.stdout);
  });

  it('says what a ref names when it is a goal, measure, meeting, body or plan, and which milestones to ask about (a tester got akson\'s milestones for a goal)', async () => {
    const said = async (ref: string, locale = 'en'): Promise<string> => {
      const r = await runCli(['explain', ref, 'plans', '--locale', locale]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      return r.stderr;
    };
    const tail = 'not a milestone or gate: explain tells why a milestone or gate has its dates';
    expect(await said('RM1')).toBe(`milepel: felles-grunnmur/RM1 is a goal, ${tail}; its milestones: felles-grunnmur/RM1-M1\n`);
    expect(await said('NEHS@2019-06-19')).toBe(`milepel: NEHS@2019-06-19 is a meeting, ${tail}; the milestones that list it: akson/MP1\n`);
    expect(await said('NEHS')).toBe(`milepel: NEHS is a governance body, ${tail}; the milestones that require it: akson/MP1, akson/MP2, akson/MP3, akson/MP4, akson/MP5\n`);
    // A meeting with an id of its own, named as milestones list it (body@date).
    const files = { 'ws/a.yaml': 'bodies: [{id: PS, name: PS}]\nmeetings:\n  - {id: PS-1, body: PS, date: 2019-09-10}\nplan: {id: pa, title: A}\nmilestones:\n  - {id: M1, title: M, date: 2019-09-20, meetings: [PS@2019-09-10]}\n' };
    const own = await runCli(['explain', 'PS@2019-09-10', 'ws'], { files });
    expect(own.stderr).toBe(`milepel: PS-1 is a meeting, ${tail}; the milestones that list it: pa/M1\n`);
    expect(await said('felles-grunnmur/RM1-T3')).toBe(`milepel: felles-grunnmur/RM1-T3 is a measure, ${tail}\n`);
    expect(await said('akson')).toBe(`milepel: akson is a plan, ${tail}; its milestones: akson/MP1, akson/MP2, akson/MP3, akson/MP4, akson/MP5\n`);
    expect(await said('RM1', 'nb')).toBe('milepel: felles-grunnmur/RM1 er et mål, ikke en milepæl eller et beslutningspunkt: explain forklarer hvorfor en milepæl eller et beslutningspunkt har sine datoer; milepælene: felles-grunnmur/RM1-M1\n');
  });

  it('exits 2 naming the nearest refs for an unknown ref, and the plans for an ambiguous id', async () => {
    const r = await runCli(['explain', 'akson/MP10', 'plans']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('milepel: "akson/MP10": no such milestone or gate in the workspace; nearest: akson/MP1, akson/MP2, akson/MP3\n');
    const twice = { 'ws/a.yaml': 'plan: {id: a, title: A}\nmilestones: [{id: X, title: X, date: 2019-09-02}]\n', 'ws/b.yaml': 'plan: {id: b, title: B}\nmilestones: [{id: X, title: X, date: 2019-09-02}]\n' };
    const amb = await runCli(['explain', 'X', 'ws'], { files: twice });
    expect(amb.code).toBe(2);
    expect(amb.stderr).toBe('milepel: X names milestones in several plans (a/X, b/X); write plan/ID\n');
  });

  it('names first the ref that validate and set suggest: a renamed id that extends the one asked for (a tester\'s finding)', async () => {
    const files = {
      'ws/a.yaml': 'bodies: [{id: PS, name: P}]\nmeetings: [{body: PS, date: 2019-05-22}]\nplan: {id: a, title: A}\nmilestones:\n  - {id: MP1, title: t, date: 2019-06-28}\ngates:\n  - {id: BP4, title: g, date: 2019-07-01, body: PS}\n',
      'ws/b.yaml': 'plan: {id: b, title: B}\nmilestones:\n  - {id: MP4x, title: t, date: 2019-07-01}\n',
      'ws/c.yaml': 'plan: {id: c, title: C}\nmilestones:\n  - {id: MP4-revised, title: t, date: 2019-07-01}\n  - {id: M10, title: t, date: 2019-07-01}\n',
    };
    const r = await runCli(['explain', 'c/MP4', 'ws'], { files });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milepel: "c/MP4": no such milestone or gate in the workspace; nearest: c/MP4-revised, a/BP4, a/MP1\n');
    const risk = await runCli(['risk', 'ws', '--milestone', 'c/MP4'], { files });
    expect(risk.stderr).toMatch(/; nearest: c\/MP4-revised, a\/BP4, a\/MP1\n$/);
  });

  it('exits 2 saying why for a gate without a date, which exists but is not scheduled', async () => {
    const files = { 'ws/a.yaml': 'bodies: [{id: NEHS, name: N}]\nplan: {id: a, title: A}\nmilestones: [{id: M, title: M, date: 2020-03-10}]\ngates: [{id: G2, body: NEHS}]\n' };
    for (const ref of ['a/G2', 'G2']) {
      const r = await runCli(['explain', ref, 'ws'], { files });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('milepel: a/G2 is a gate with neither a date nor a decided date that exists (milepel validate shows one that does not): it is not scheduled, so it has no dates to explain; give it a date (its planned decision)\n');
    }
  });

  it('still explains in a workspace with a structural error, and exits 1 with it on stderr', async () => {
    const files = { 'ws/a.yaml': 'plan: {id: a, title: A}\nmilestones:\n  - {id: X, title: X, date: 2019-09-02, after: [Y]}\n' };
    const r = await runCli(['explain', 'a/X', 'ws', '--format', 'json'], { files });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).projected).toBe('2019-09-02');
    expect(r.stderr).toContain('[unknown-reference]');
  });
});

describe('a latest date left out of range (date-range) is still explained by what set it', () => {
  it('far/C: the successor far/D with its lag, not "the end of plan far" (its held date matched nothing)', async () => {
    const r = await runCli(['explain', 'far/C', 'test/fixtures/err/date-range', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { latest_from: unknown }).latest_from).toEqual({ kind: 'successor', ref: 'far/D', date: null, type: 'FS', lag: '99999w' });
  });
});

// A tester's finding: p/A's latest date is the end of plan p, set by p/E at 10000-02-04 (left out), but explain named
// p/B, whose projected date 9999-12-31 is the day every date past the range is held at.
describe('the end of a plan set by a projected date left out of range (date-range)', () => {
  const explain = async (ref: string, extra: readonly string[], files = EXTREMES_FILES): Promise<string> => {
    const r = await runCli(['explain', ref, 'ws', ...extra], { files });
    expect(r.stderr).toContain('[date-range]');
    return r.stdout;
  };

  it('names p/E, not p/B held on 9999-12-31, in JSON with the shape of SPEC §14', async () => {
    const j = JSON.parse(await explain('p/A', ['--format', 'json'])) as Record<string, unknown>;
    expect(j).toMatchObject({ projected: '9999-11-30', latest: null, float: null });
    expect(j['latest_from']).toEqual({ kind: 'plan-end', ref: 'p/E', date: null });
  });

  it('says in text that its projected date is outside the range, in English and Norwegian', async () => {
    // A line too long for the width goes on indented by six.
    const one = (text: string): string => text.replace(/\n {6}/g, ' ');
    expect(one(await explain('p/A', []))).toContain('latest –: the end of plan p, set by p/E, whose projected date is outside the dates milepel can write (date-range); no successor, deadline or plan.finish\n');
    expect(one(await explain('p/A', ['--locale', 'nb']))).toContain('senest –: slutten av planen p, satt av p/E, som har beregnet dato utenfor datoene milepel kan skrive (date-range); ingen etterfølger, frist eller plan.finish\n');
  });

  it('of two milestones past the range, names the one farther out, not the first by ref', async () => {
    // p/E is 7 days past 9999-12-31, p/F 35: both are held at 9999-12-31, and the plan ends at p/F.
    const yaml = EXTREMES_FILES['ws/p.yaml']!.replace('after: [{id: B, lag: 5ew}]', 'after: [{id: B, lag: 1ew}]') + '  - id: F\n    title: f\n    date: 2024-03-04\n    after: [{id: B, lag: 5ew}]\n';
    const j = JSON.parse(await explain('p/A', ['--format', 'json'], { 'ws/p.yaml': yaml })) as Record<string, unknown>;
    expect(j['latest_from']).toEqual({ kind: 'plan-end', ref: 'p/F', date: null });
  });

  it('says nothing of the range for a plan end in range', async () => {
    const r = await runCli(['explain', 'p/D', 'ws'], { files: CHAIN_FILES });
    expect(r.stdout.replace(/\n {6}/g, ' ')).toContain('the end of plan p, set by p/C; no successor, deadline or plan.finish\n');
  });
});

// Tester round 97 F9: explain named three of four refs as near as each other, where set names all four.
describe('explain on an unknown ref with several as near', () => {
  it('names every one as near (up to four), then the next nearest up to three', async () => {
    const plan = 'plan: {id: g, title: G}\nmilestones:\n' + ['MP2', 'MP3', 'MP5', 'MP8', 'MX12'].map((id) => `  - {id: ${id}, title: m, date: 2019-09-02}\n`).join('');
    const four = await runCli(['explain', 'g/MP4', 'ws', '--today', '2019-08-01'], { files: { 'ws/g.yaml': plan }, diskRoots: [] });
    expect(four.stderr).toBe('milepel: "g/MP4": no such milestone or gate in the workspace; nearest: g/MP2, g/MP3, g/MP5, g/MP8\n');
  });

  it('counts those as near past four, as set and validate do (tester round 98 F11)', async () => {
    const plan = 'plan: {id: g, title: G}\nmilestones:\n' + ['MP1', 'MP2', 'MP3', 'MP5', 'MP6', 'MP8'].map((id) => `  - {id: ${id}, title: m, date: 2019-09-02}\n`).join('');
    const six = await runCli(['explain', 'g/MP4', 'ws', '--today', '2019-08-01'], { files: { 'ws/g.yaml': plan }, diskRoots: [] });
    expect(six.stderr).toBe('milepel: "g/MP4": no such milestone or gate in the workspace; nearest: g/MP1, g/MP2, g/MP3, g/MP5 (2 more as near)\n');
    const risk = await runCli(['risk', 'ws', '--milestone', 'g/MP4', '--today', '2019-08-01', '--locale', 'nb'], { files: { 'ws/g.yaml': plan }, diskRoots: [] });
    expect(risk.stderr).toBe('milepel: --milestone g/MP4: arbeidsområdet har ingen slik milepæl; nærmeste: g/MP1, g/MP2, g/MP3, g/MP5 (2 til like nære)\n');
  });
});

// Tester round 112 F4: `explain A2 --plan infra` explained app/A2, and `explain I1 --plan data` called I1 ambiguous
// though data has none. --plan filters as everywhere (SPEC §7): a bare id is that plan's, another plan's ref refused.
describe('milepel explain --plan', () => {
  const files = {
    'ws/a.yaml': 'plan: {id: a, title: A}\nmilestones:\n  - {id: X, title: X, date: 2024-01-10}\n  - {id: S, title: S, date: 2024-01-12}\n',
    'ws/b.yaml': 'plan: {id: b, title: B}\nmilestones:\n  - {id: S, title: S, date: 2024-02-12}\n  - {id: Y, title: Y, date: 2024-02-10}\n',
  };
  const explain = (...args: string[]) => runCli(['explain', ...args, 'ws', '--format', 'json', '--today', '2024-01-01'], { files, diskRoots: [] });
  it('explains the plan\'s own milestone for a bare id, even where another plan has one of that id', async () => {
    const s = await explain('S', '--plan', 'b');
    expect(s.code).toBe(0);
    expect((JSON.parse(s.stdout) as { ref: string }).ref).toBe('b/S');
  });
  it('refuses a bare id the plan has not, and a ref into another plan, exit 2, one line', async () => {
    const x = await explain('X', '--plan', 'b');
    expect([x.code, x.stdout]).toEqual([2, '']);
    expect(x.stderr).toMatch(/^milepel: [^\n]*b\/X[^\n]*\n$/);
    const other = await explain('a/X', '--plan', 'b');
    expect([other.code, other.stderr]).toEqual([2, "milepel: a/X is not in plan b (--plan): write the milestone's id alone, or drop --plan\n"]);
  });
});
