// negative-float's hint offers only what can still gain days (tester round 17 #6): an open milestone pushed by a
// driving chain that starts at a done milestone is not told to pull in "its predecessors", but what after the done
// one can be shortened; a done milestone names every successor that needs more time (its deadline too), the first
// three and a count, most binding first. The schedule's numbers (SPEC §5) stay as they were: only the hints change.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

interface Finding { readonly rule: string; readonly ref: string; readonly message: string; readonly hint: string }

/** The negative-float findings of a workspace of one plan file, by ref: [message, hint]. */
async function floatFindings(milestones: string, locale: 'en' | 'nb' = 'en', extra = ''): Promise<Record<string, readonly [string, string]>> {
  const plan = `plan: {id: p, title: P, status_date: 2026-12-31}\n${extra}milestones:\n${milestones}`;
  const r = await runCli(['validate', 'ws', '--format', 'json', '--today', '2026-12-31', '--locale', locale], { files: { 'ws/p.yaml': plan }, diskRoots: [] });
  const all = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.filter((d) => d.rule === 'negative-float');
  return Object.fromEntries(all.map((d) => [d.ref, [d.message, d.hint] as const]));
}

// D achieved on Tuesday 2026-03-10; every milestone below is pushed by it directly.
const ALL_DONE = [
  '  - {id: D, title: D, date: 2026-03-10, actual: 2026-03-10}',
  '  - {id: M, title: M, date: 2026-03-12, duration: 2d, deadline: 2026-03-17, after: [{id: D, lag: 5d}]}',
  '  - {id: Z, title: Z, date: 2026-03-09, deadline: 2026-03-09, after: [D]}',
  '  - {id: L, title: L, date: 2026-03-05, deadline: 2026-03-05, after: [{id: D, lag: -2d}]}',
  '  - {id: GZ, title: GZ, date: 2026-03-09, deadline: 2026-03-09, after: [G]}',
].join('\n') + '\n';
const GATE = 'bodies: [{id: PS, name: PS}]\ngates:\n  - {id: G, title: G, date: 2026-03-10, body: PS, decided: 2026-03-10}\n';

describe('negative-float on a milestone whose driving chain is all done', () => {
  it('offers its own duration and lag after the done driver, never its predecessors', async () => {
    const en = await floatFindings(ALL_DONE, 'en', GATE);
    // The numbers are SPEC §5's, as before.
    expect(en['p/M']![0]).toBe('p/M has float -2: projected 2026-03-19, pushed by p/D, but its deadline is 2026-03-17 (2 working days late)');
    expect(en['p/M']![1]).toBe('gain 2 working days after p/D, which drives M and was achieved on 2026-03-10: shorten M\'s duration or the lag from p/D to M, or move its deadline; `milepel explain p/M` shows its driving chain');
    expect(en['p/L']![1]).toBe('gain 1 working day after p/D, which drives L and was achieved on 2026-03-10: lengthen the lead from p/D to L, or move its deadline; `milepel explain p/L` shows its driving chain');
    // Nothing between the done driver and Z: only its deadline can move.
    expect(en['p/Z']![1]).toBe('p/D, which drives Z, was achieved on 2026-03-10, and no lag or duration after it can be shortened: move its deadline; `milepel explain p/Z` shows its driving chain');
    expect(en['p/GZ']![1]).toBe('p/G, which drives GZ, was decided on 2026-03-10, and no lag or duration after it can be shortened: move its deadline; `milepel explain p/GZ` shows its driving chain');
    for (const [ref, [, hint]] of Object.entries(en)) if (ref !== 'p/D' && ref !== 'p/G') expect(hint, ref).not.toMatch(/predecessors/);
  });

  it('says the same in Norwegian', async () => {
    const nb = await floatFindings(ALL_DONE, 'nb', GATE);
    expect(nb['p/M']![1]).toBe('hent inn 2 arbeidsdager etter p/D, som driver M og ble nådd 10.03.2026: forkort varigheten til M eller etterslepet fra p/D til M, eller flytt fristen; `milepel explain p/M` viser den drivende kjeden');
    expect(nb['p/L']![1]).toBe('hent inn 1 arbeidsdag etter p/D, som driver L og ble nådd 10.03.2026: forleng overlappen fra p/D til L, eller flytt fristen; `milepel explain p/L` viser den drivende kjeden');
    expect(nb['p/Z']![1]).toBe('p/D, som driver Z, ble nådd 10.03.2026, og ingen etterslep eller varighet etter den kan forkortes: flytt fristen; `milepel explain p/Z` viser den drivende kjeden');
    expect(nb['p/GZ']![1]).toBe('p/G, som driver GZ, ble besluttet 10.03.2026, og ingen etterslep eller varighet etter den kan forkortes: flytt fristen; `milepel explain p/GZ` viser den drivende kjeden');
  });
});

describe('negative-float on a milestone whose driving chain is partly done', () => {
  // D (done) → A (3d lag) → B: B's chain starts at D, and only the lag after it can give days.
  const PARTLY = [
    '  - {id: D, title: D, date: 2026-03-10, actual: 2026-03-10}',
    '  - {id: A, title: A, date: 2026-03-10, after: [{id: D, lag: 3d}]}',
    '  - {id: B, title: B, date: 2026-03-10, deadline: 2026-03-12, after: [A]}',
    // An open chain: O, on its own date, can still be moved; the wording stays.
    '  - {id: O, title: O, date: 2026-03-20}',
    '  - {id: Q, title: Q, date: 2026-03-10, deadline: 2026-03-18, after: [O]}',
  ].join('\n') + '\n';

  it('names what after the done milestone can still gain days, and keeps "its predecessors" for an open chain', async () => {
    const en = await floatFindings(PARTLY);
    expect(en['p/B']![0]).toBe('p/B has float -1: projected 2026-03-13, pushed by p/A, but its deadline is 2026-03-12 (1 working day late)');
    expect(en['p/B']![1]).toBe('gain 1 working day after p/D, which starts B\'s driving chain and was achieved on 2026-03-10: shorten the lag from p/D to p/A, or move its deadline; `milepel explain p/B` shows its driving chain');
    expect(en['p/A']![1]).toBe('gain 1 working day after p/D, which drives A and was achieved on 2026-03-10: shorten the lag from p/D to A, or give p/B more time (its deadline, its successors or the lag); `milepel explain p/A` shows its driving chain');
    expect(en['p/Q']![1]).toBe('gain 2 working days on Q or its predecessors, or move its deadline; `milepel explain p/Q` shows its driving chain');
    const nb = await floatFindings(PARTLY, 'nb');
    expect(nb['p/B']![1]).toBe('hent inn 1 arbeidsdag etter p/D, som starter den drivende kjeden til B og ble nådd 10.03.2026: forkort etterslepet fra p/D til p/A, eller flytt fristen; `milepel explain p/B` viser den drivende kjeden');
    expect(nb['p/Q']![1]).toBe('hent inn 2 arbeidsdager på Q eller forgjengerne, eller flytt fristen; `milepel explain p/Q` viser den drivende kjeden');
  });

  it('names the first three ways to gain days, walking back from the milestone, and counts the rest', async () => {
    // Six: C's duration, the lag B → C, B's duration, the lag A → B, A's duration, the lag D → A.
    const long = [
      '  - {id: D, title: D, date: 2026-03-10, actual: 2026-03-10}',
      '  - {id: A, title: A, date: 2026-03-10, duration: 1d, after: [{id: D, lag: 2d}]}',
      '  - {id: B, title: B, date: 2026-03-10, duration: 1d, after: [{id: A, lag: 2d}]}',
      '  - {id: C, title: C, date: 2026-03-10, duration: 1d, deadline: 2026-03-18, after: [{id: B, lag: 1d}]}',
    ].join('\n') + '\n';
    const en = await floatFindings(long);
    expect(en['p/C']![0]).toBe('p/C has float -2: projected 2026-03-20, pushed by p/B, but its deadline is 2026-03-18 (2 working days late)');
    expect(en['p/C']![1]).toBe('gain 2 working days after p/D, which starts C\'s driving chain and was achieved on 2026-03-10: shorten C\'s duration, the lag from p/B to C or p/B\'s duration (and 3 more on the chain), or move its deadline; `milepel explain p/C` shows its driving chain');
    const nb = await floatFindings(long, 'nb');
    expect(nb['p/C']![1]).toBe('hent inn 2 arbeidsdager etter p/D, som starter den drivende kjeden til C og ble nådd 10.03.2026: forkort varigheten til C, etterslepet fra p/B til C eller varigheten til p/B (og 3 til i kjeden), eller flytt fristen; `milepel explain p/C` viser den drivende kjeden');
  });
});

describe('negative-float on a done milestone late for several successors', () => {
  // D achieved Tuesday 2026-03-10; each S needs it by its deadline minus its lag.
  const succ = (id: string, lag: string, deadline = '2026-03-13'): string => `  - {id: ${id}, title: ${id}, date: 2026-03-10, deadline: ${deadline}, after: [{id: D, lag: ${lag}}]}\n`;

  it('names both successors that need more time, the binding one first, and not one that has room', async () => {
    // S1 needs D by 2026-03-06, S2 by 2026-03-09; S3 (1d) by 2026-03-12, after D's actual.
    const ms = '  - {id: D, title: D, date: 2026-03-10, actual: 2026-03-10}\n' + succ('S2', '4d') + succ('S3', '1d') + succ('S1', '5d');
    const en = await floatFindings(ms);
    expect(en['p/D']![0]).toBe('p/D has float -2: projected 2026-03-10, but successor p/S1 (FS +5d) needs it by 2026-03-06 (2 working days late)');
    expect(en['p/D']![1]).toBe('D was achieved on 2026-03-10, so no days can be gained on it: give p/S1 and p/S2 more time (their deadlines, their successors or the lags)');
    const nb = await floatFindings(ms, 'nb');
    expect(nb['p/D']![1]).toBe('D ble nådd 10.03.2026, så ingen dager kan hentes inn på den: gi p/S1 og p/S2 mer tid (fristene, etterfølgerne eller etterslepene)');
  });

  it('leaves a done successor out of those to give more time (tester round 19 #9)', async () => {
    // S2, achieved 2026-03-16 past its deadline 2026-03-13, needs D by 2026-03-09 too, but cannot be given time.
    const ms = '  - {id: D, title: D, date: 2026-03-10, actual: 2026-03-10}\n' + succ('S1', '5d') + '  - {id: S2, title: S2, date: 2026-03-16, actual: 2026-03-16, deadline: 2026-03-13, after: [{id: D, lag: 4d}]}\n' + succ('S3', '6d');
    const en = await floatFindings(ms);
    expect(en['p/D']![1]).toBe('D was achieved on 2026-03-10, so no days can be gained on it: give p/S3 and p/S1 more time (their deadlines, their successors or the lags)');
    expect(en['p/D']![1]).not.toContain('p/S2');
  });

  it('names three of many, most binding first and ties by ref, counts the others, and its own deadline too', async () => {
    // Needed by: S5 2026-03-05; S1, S4 2026-03-06; S2, S3 2026-03-09; and D's own deadline 2026-03-09.
    const ms = '  - {id: D, title: D, date: 2026-03-10, actual: 2026-03-10, deadline: 2026-03-09}\n' + succ('S3', '4d') + succ('S4', '5d') + succ('S2', '4d') + succ('S5', '6d') + succ('S1', '5d');
    const en = await floatFindings(ms);
    expect(en['p/D']![0]).toBe('p/D has float -3: projected 2026-03-10, but successor p/S5 (FS +6d) needs it by 2026-03-05 (3 working days late)');
    expect(en['p/D']![1]).toBe('D was achieved on 2026-03-10, so no days can be gained on it: move its deadline and give p/S5, p/S1, p/S4 and 2 other successors more time (their deadlines, their successors or the lags)');
    const nb = await floatFindings(ms, 'nb');
    expect(nb['p/D']![1]).toBe('D ble nådd 10.03.2026, så ingen dager kan hentes inn på den: flytt fristen og gi p/S5, p/S1, p/S4 og 2 andre etterfølgere mer tid (fristene, etterfølgerne eller etterslepene)');
  });

  it('keeps the one-constraint wording when only the binding successor needs time', async () => {
    const ms = '  - {id: D, title: D, date: 2026-03-10, actual: 2026-03-10}\n' + succ('S1', '5d') + succ('S3', '1d');
    expect((await floatFindings(ms))['p/D']![1]).toBe('D was achieved on 2026-03-10, so no days can be gained on it: give p/S1 more time (its deadline, its successors or the lag)');
  });
});

// Tester round 19 #9: a done successor cannot be given more time (its actual is fixed), and the predecessors of a
// milestone held by its own date cannot gain it a day when they are all done: the hint offers what can still move.
async function planFindings(plan: string, locale: 'en' | 'nb'): Promise<Record<string, string>> {
  const r = await runCli(['validate', 'ws', '--format', 'json', '--locale', locale], { files: { 'ws/a.yaml': plan }, diskRoots: [] });
  const all = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.filter((d) => d.rule === 'negative-float');
  return Object.fromEntries(all.map((d) => [d.ref, d.hint]));
}

describe('negative-float on a milestone late for a done successor', () => {
  // The tester's plan, D2's deadline (its actual day) making D2 what A is late for; B's and E's done successors too.
  const plan = [
    'plan: {id: a, title: A, status_date: 2024-02-21}',
    'bodies: [{id: PS, name: PS}]',
    'meetings: [{body: PS, date: 2024-02-19}]',
    'gates: [{id: G, title: Gate, date: 2024-02-01, decided: 2024-02-20, body: PS}]',
    'milestones:',
    '  - {id: A, title: A, date: 2024-02-01, after: [{id: G, lag: 2d}], deadline: 2024-02-21}',
    '  - {id: D2, title: D2, date: 2024-02-01, actual: 2024-02-20, deadline: 2024-02-20, after: [A]}',
    '  - {id: B, title: B, date: 2024-02-01, after: [G]}',
    '  - {id: D3, title: D3, date: 2024-02-01, actual: 2024-02-20, deadline: 2024-02-19, after: [B]}',
    '  - {id: E, title: E, date: 2024-02-01, actual: 2024-02-20}',
    '  - {id: D4, title: D4, date: 2024-02-01, actual: 2024-02-20, deadline: 2024-02-19, after: [E]}',
  ].join('\n') + '\n';

  it('says the done successor cannot be given more time, and offers only the late milestone\'s side', async () => {
    const en = await planFindings(plan, 'en');
    expect(en['a/A']).toBe('gain 2 working days after a/G, which drives A and was decided on 2024-02-20: shorten the lag from a/G to A; a/D2, which A is late for, was achieved on 2024-02-20 and cannot be given more time; `milepel explain a/A` shows its driving chain');
    expect(en['a/B']).toBe('a/G, which drives B, was decided on 2024-02-20, and no lag or duration after it can be shortened, and a/D3, which B is late for, was achieved on 2024-02-20 and cannot be given more time either: only the link from B to a/D3 can change; `milepel explain a/B` shows its driving chain');
    expect(en['a/E']).toBe('E was achieved on 2024-02-20, so no days can be gained on it, and a/D4, which it is late for, was achieved on 2024-02-20 and cannot be given more time either: only the link from E to a/D4 can change');
    for (const hint of Object.values(en)) expect(hint).not.toMatch(/give a\/D\d more time/);
    const nb = await planFindings(plan, 'nb');
    expect(nb['a/A']).toBe('hent inn 2 arbeidsdager etter a/G, som driver A og ble besluttet 20.02.2024: forkort etterslepet fra a/G til A; a/D2, som A er for sen til, ble nådd 20.02.2024 og kan ikke få mer tid; `milepel explain a/A` viser den drivende kjeden');
    expect(nb['a/B']).toBe('a/G, som driver B, ble besluttet 20.02.2024, og ingen etterslep eller varighet etter den kan forkortes, og a/D3, som B er for sen til, ble nådd 20.02.2024 og kan heller ikke få mer tid: bare koblingen fra B til a/D3 kan endres; `milepel explain a/B` viser den drivende kjeden');
    expect(nb['a/E']).toBe('E ble nådd 20.02.2024, så ingen dager kan hentes inn på den, og a/D4, som den er for sen til, ble nådd 20.02.2024 og kan heller ikke få mer tid: bare koblingen fra E til a/D4 kan endres');
  });
});

describe('negative-float on a milestone held by its own date whose predecessors are all done', () => {
  const plan = [
    'plan: {id: a, title: A, status_date: 2024-02-21}',
    'milestones:',
    '  - {id: D, title: D, date: 2024-02-01, actual: 2024-02-20}',
    // D allows S5 2024-02-27: its date gains 1 day, the lag the rest.
    '  - {id: S5, title: S5, date: 2024-02-28, deadline: 2024-02-21, after: [{id: D, lag: 1w}]}',
    // D allows S6 2024-02-21: its forecast alone is enough.
    '  - {id: S6, title: S6, date: 2024-02-20, forecast: 2024-02-23, deadline: 2024-02-22, after: [{id: D, lag: 1d}]}',
    // SS adds S7's own duration after the lag.
    '  - {id: S7, title: S7, date: 2024-02-28, duration: 2d, deadline: 2024-02-21, after: [{id: D, type: SS, lag: 1d}]}',
  ].join('\n') + '\n';

  it('offers its own date, then the lag and duration after the done predecessor, never "its predecessors"', async () => {
    const en = await planFindings(plan, 'en');
    expect(en['a/S5']).toBe('gain 5 working days on S5, whose predecessors are all done: move its date earlier (to 2024-02-27 at the earliest) and shorten the lag from a/D to S5, or move its deadline; `milepel explain a/S5` shows its driving chain');
    expect(en['a/S6']).toBe('gain 1 working day on S6, whose predecessors are all done: move its forecast earlier (to 2024-02-21 at the earliest), or move its deadline; `milepel explain a/S6` shows its driving chain');
    expect(en['a/S7']).toBe('gain 5 working days on S7, whose predecessors are all done: move its date earlier (to 2024-02-23 at the earliest) and shorten S7\'s duration or the lag from a/D to S7, or move its deadline; `milepel explain a/S7` shows its driving chain');
    const nb = await planFindings(plan, 'nb');
    expect(nb['a/S5']).toBe('hent inn 5 arbeidsdager på S5, der alle forgjengerne er ferdige: flytt den planlagte datoen tidligere (tidligst til 27.02.2024) og forkort etterslepet fra a/D til S5, eller flytt fristen; `milepel explain a/S5` viser den drivende kjeden');
    expect(nb['a/S6']).toBe('hent inn 1 arbeidsdag på S6, der alle forgjengerne er ferdige: flytt prognosen tidligere (tidligst til 21.02.2024), eller flytt fristen; `milepel explain a/S6` viser den drivende kjeden');
    expect(nb['a/S7']).toBe('hent inn 5 arbeidsdager på S7, der alle forgjengerne er ferdige: flytt den planlagte datoen tidligere (tidligst til 23.02.2024) og forkort varigheten til S7 eller etterslepet fra a/D til S7, eller flytt fristen; `milepel explain a/S7` viser den drivende kjeden');
  });
});
