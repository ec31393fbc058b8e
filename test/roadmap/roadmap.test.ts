// `milepel roadmap`: golden text and JSON of the shipped plans, SPEC §8's shape, unassigned measures, hostile text.
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/table.js';
import { runCli } from '../helpers/fake-io.js';
import { CONTROL } from '../helpers/control.js';
import { expectGolden } from '../helpers/golden.js';

const HOSTILE = 'test/export/fixtures/hostile';

describe('roadmap of the shipped plans', () => {
  it.each([
    ['roadmap-100-en.txt', ['--width', '100', '--locale', 'en']],
    ['roadmap-100-nb.txt', ['--width', '100', '--locale', 'nb']],
    ['roadmap-80-nb.txt', ['--width', '80', '--locale', 'nb']],
  ])('%s', async (name, args) => {
    const r = await runCli(['roadmap', 'plans', ...args]);
    expect(r.stderr).toBe('');
    expectGolden(name, r.stdout);
    const width = Number(args[1]);
    for (const line of r.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
  });

  it('roadmap.json', async () => {
    const r = await runCli(['roadmap', 'plans', '--format', 'json']);
    expectGolden('roadmap.json', r.stdout);
  });

  it('JSON follows SPEC §8: years, goals with milestones and measures, the summary 7/20/25/13', async () => {
    const json = JSON.parse((await runCli(['roadmap', 'plans', '--format', 'json'])).stdout);
    expect(Object.keys(json)).toEqual(['years', 'goals', 'summary', 'without_goal', 'measures_without_goal']);
    expect(json.without_goal).toEqual([]);
    expect(json.measures_without_goal).toEqual([]);
    expect(json.years).toEqual([2019, 2020, 2021, 2022]);
    expect(json.summary).toEqual({ goals: 7, milestones: 20, measures: 25, unassigned: 13 });
    const rm3 = json.goals.find((g: { ref: string }) => g.ref === 'felles-grunnmur/RM3');
    expect(Object.keys(rm3)).toEqual(['ref', 'title', 'area', 'milestones', 'measures']);
    expect(rm3.area).toBe('Dokumentdeling');
    expect(rm3.milestones[0]).toEqual({
      ref: 'felles-grunnmur/RM3-M1', title: 'Felles krav og retningslinjer for dokumentdeling er publisert',
      date: '2019-12-31', date_as_written: '2019', year: 2019, status: 'yellow', progress: { started: 1, total: 4 }, projected: '2019-12-31',
    });
    expect(rm3.milestones[1]).toMatchObject({ ref: 'felles-grunnmur/RM3-M2', year: 2020, status: null, progress: null });
    expect(rm3.measures.find((t: { ref: string }) => t.ref === 'felles-grunnmur/RM3-T2')).toEqual({
      ref: 'felles-grunnmur/RM3-T2', title: 'Utprøving av felles modell for tilgangsstyring for dokumentdeling', responsible: null, unassigned: true,
    });
    expect(rm3.measures.find((t: { ref: string }) => t.ref === 'felles-grunnmur/RM3-T1')).toMatchObject({ responsible: 'Direktoratet', unassigned: false });
  });

  it('calls out the unassigned measures with a count and their ids', async () => {
    const r = await runCli(['roadmap', 'plans', '--width', '200', '--locale', 'nb']);
    expect(r.stdout).toContain('Uten ansvarlig (13 av 25): RM2-T2, RM3-T2, RM3-T3, RM3-T4, RM3-T5, RM3-T7, RM3-T8, RM3-T9, RM4-T5, RM5-T3.2, RM5-T4, RM5-T6, RM5-T8');
    expect(r.stdout.match(/! ingen ansvarlig/g)).toHaveLength(13);
  });

  it('puts status and progress in the year column under the area heading', async () => {
    const lines = (await runCli(['roadmap', 'plans', '--width', '120', '--locale', 'en'])).stdout.split('\n');
    const heading = lines.findIndex((l) => l.startsWith('Dokumentdeling '));
    expect(lines[heading]).toMatch(/ 2019 +2020 +2021 +2022$/);
    const m1 = lines.find((l) => l.includes('RM3-M1'))!;
    const m3 = lines.find((l) => l.includes('RM4-M3'))!;
    expect(m1.indexOf('yellow 1/4')).toBe(lines[heading]!.indexOf('2019'));
    expect(m3.indexOf('◆')).toBe(lines[heading]!.indexOf('2022'));
  });

  it('says so when no plan has goals', async () => {
    const r = await runCli(['roadmap', 'plans', '--plan', 'akson']);
    // About the plan asked for: the workspace has a roadmap (tester round 10 #9).
    expect(r.stdout).toBe('No roadmap: plan akson has no goals.\n');
    const json = JSON.parse((await runCli(['roadmap', 'plans', '--plan', 'akson', '--format', 'json'])).stdout);
    expect(json).toEqual({ years: [], goals: [], summary: { goals: 0, milestones: 0, measures: 0, unassigned: 0 }, without_goal: [], measures_without_goal: [] });
    const none = await runCli(['roadmap', 'plans/akson.yaml']);
    expect(none.stdout).toBe('No roadmap: no plan in the workspace has goals.\n');
  });
});

describe('roadmap years', () => {
  // The grid spans the roadmap plan's start and finish as well as its milestones: a roadmap to 2023 has 2023's column.
  it('run from the plan start to the plan finish when they lie beyond the milestones', async () => {
    const plan = (extra: string): string => `plan:\n  id: r\n  title: R\n${extra}goals:\n  - {id: G, title: G}\nmilestones:\n  - {id: M, title: M, date: 2020-06-30, goal: G}\n`;
    const years = async (extra: string): Promise<number[]> => JSON.parse((await runCli(['roadmap', 'ws', '--format', 'json'], { files: { 'ws/r.yaml': plan(extra) }, diskRoots: [] })).stdout).years;
    expect(await years('')).toEqual([2020]);
    expect(await years('  finish: 2023\n')).toEqual([2020, 2021, 2022, 2023]);
    expect(await years('  start: 2019-03-01\n  finish: 2021-Q2\n')).toEqual([2019, 2020, 2021]);
  });
});

describe('roadmap with hostile text', () => {
  it('escapes control characters in text and keeps every line inside the width', async () => {
    for (const width of [40, 80, 150]) {
      const r = await runCli(['roadmap', HOSTILE, '--width', String(width)]);
      expect(r.stdout).not.toMatch(CONTROL);
      for (const line of r.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    }
    const wide = (await runCli(['roadmap', HOSTILE, '--width', '150'])).stdout;
    expect(wide).toContain('\\x1b[41mRød bakgrunn\\x1b[0m');
    expect(wide).toContain('Område: "A" & B ny linje');
  });

  it('gives back the exact text in JSON', async () => {
    const json = JSON.parse((await runCli(['roadmap', HOSTILE, '--format', 'json'])).stdout);
    expect(json.goals[0].area).toBe('Område: "A" & B\nny linje');
    expect(json.goals[0].measures[0].responsible).toBe('\x1b[41mRød bakgrunn\x1b[0m');
    expect(json.goals[0].milestones[0]).toMatchObject({ date: '2020-12-31', year: 2020, status: 'red', progress: { started: 0, total: 2 } });
  });
});

// Tester rounds 112 F8 and 113 F1: measures whose goal does not exist (a schema error) were dropped from the roadmap,
// its count said 1 measure and 0 unassigned, and the text ended "Every measure has a responsible party."
describe('milepel roadmap with measures whose goal is missing', () => {
  const files = {
    'ws/r.yaml': 'plan: {id: rr, title: R, status_date: 2024-06-14}\ngoals:\n  - {id: G1, title: Goal one}\nmilestones:\n  - {id: M1, title: Ok, date: 2024, goal: G1}\nmeasures:\n  - {id: T1, goal: G1, title: Good, responsible: X}\n  - {id: T2, goal: GONE, title: Orphan unassigned, responsible: "?"}\n  - {id: T3, goal: GONE, title: Orphan owned, responsible: Y}\n',
  };
  it('lists them under "Without a goal" and counts them, the unassigned one named', async () => {
    const r = await runCli(['roadmap', 'ws', '--width', '100'], { files, diskRoots: [] });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Measures and responsible parties: 3 measures, 1 without a responsible party');
    expect(r.stdout).toMatch(/\nWithout a goal\n {2}T2 +Orphan unassigned +! no responsible party\n {2}T3 +Orphan owned +Y\n/);
    expect(r.stdout).toContain('Without a responsible party (1 of 3): T2');
    expect(r.stdout).not.toContain('Every measure has a responsible party');
    const json = JSON.parse((await runCli(['roadmap', 'ws', '--format', 'json'], { files, diskRoots: [] })).stdout);
    expect(json.summary).toMatchObject({ measures: 3, unassigned: 1 });
    expect(json.measures_without_goal).toEqual([
      { ref: 'rr/T2', title: 'Orphan unassigned', responsible: null, unassigned: true },
      { ref: 'rr/T3', title: 'Orphan owned', responsible: 'Y', unassigned: false },
    ]);
  });
});
