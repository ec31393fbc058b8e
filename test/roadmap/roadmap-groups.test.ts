// The roadmap keeps every milestone of a roadmap plan (those without a goal in a group of their own), gives `date` as
// the planned date and marks a milestone that moved to another year, and puts an area's goals under one heading
// (tester round 10 #3, #4, #6).
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/width.js';
import { runCli } from '../helpers/fake-io.js';

const PLAN = `plan: {id: v, title: Veikart, status_date: 2020-03-02}
goals:
  - {id: RM1, title: Kjernejournal, area: Deling}
  - {id: RM2, title: Legemiddelliste, area: Legemidler}
  - {id: RM3, title: Mer deling, area: Deling}
milestones:
  - {id: RM1-M1, goal: RM1, title: Innsyn, date: 2019, actual: 2019-11-15, status: green, progress: 3/3}
  - {id: RM2-M1, goal: RM2, title: Utprøving, date: 2020-06-15, forecast: 2021-03-01, status: yellow, progress: 2/5}
  - {id: RM3-M1, goal: RM3, title: Utvidet, date: 2021-Q2}
  - {id: X1, title: Uten mål, date: 2021-09-30}
measures:
  - {id: RM2-T1, goal: RM2, title: Utprøving, responsible: Helse Vest, milestones: [RM2-M1, X1]}
`;

describe('roadmap groups and dates', () => {
  it('lists a milestone without a goal, counts it, and shows where a moved one was planned', async () => {
    const r = await runCli(['roadmap', 'ws', '--width', '100'], { files: { 'ws/v.yaml': PLAN } });
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('3 goals, 4 milestones, 1 measure (0 without a responsible party)');
    // One heading per area, the area's goals together in the order of its first goal.
    expect(lines.filter((l) => /^(Deling|Legemidler|Without a goal) /.test(l)).map((l) => l.split(' ')[0])).toEqual(['Deling', 'Legemidler', 'Without']);
    expect(lines.findIndex((l) => l.startsWith(' RM3 '))).toBeLessThan(lines.findIndex((l) => l.startsWith('Legemidler')));
    const heading = lines.find((l) => l.startsWith('Without a goal '))!;
    const x1 = lines.find((l) => l.includes('X1 Uten mål'))!;
    expect(x1.indexOf('◆')).toBe(heading.indexOf('2021'));
    const rm2 = lines.find((l) => l.includes('RM2-M1'))!;
    expect(rm2.slice(heading.indexOf('2021')).trimEnd()).toBe('yellow 2/5 (2020)');
    expect(r.stdout).toContain('(2020) planned in 2020, now in this year');
  });

  it('gives the planned date as date in JSON, the projected one beside it, and the goal-less milestones after the summary', async () => {
    const json = JSON.parse((await runCli(['roadmap', 'ws', '--format', 'json'], { files: { 'ws/v.yaml': PLAN } })).stdout);
    const rm2 = json.goals.find((g: { ref: string }) => g.ref === 'v/RM2').milestones[0];
    expect(rm2).toEqual({ ref: 'v/RM2-M1', title: 'Utprøving', date: '2020-06-15', year: 2021, status: 'yellow', progress: { started: 2, total: 5 }, projected: '2021-03-01' });
    const rm1 = json.goals.find((g: { ref: string }) => g.ref === 'v/RM1').milestones[0];
    expect(rm1).toMatchObject({ date: '2019-12-31', date_as_written: '2019', year: 2019, projected: '2019-11-15' });
    expect(json.goals.map((g: { ref: string }) => g.ref)).toEqual(['v/RM1', 'v/RM3', 'v/RM2']);
    expect(json.without_goal).toEqual([{ ref: 'v/X1', title: 'Uten mål', date: '2021-09-30', year: 2021, status: null, progress: null, projected: '2021-09-30' }]);
    expect(json.summary).toEqual({ goals: 3, milestones: 4, measures: 1, unassigned: 0 });
  });

  it('gives the responsible party the width short titles leave (tester round 10 #7)', async () => {
    const plan = `plan: {id: v, title: Veikart, status_date: 2020-01-10}
goals:
  - {id: RM1, title: Samhandling}
milestones:
  - {id: RM1-M1, goal: RM1, title: Første, date: 2020}
measures:
  - {id: RM1-T1, goal: RM1, title: Kort tiltak, responsible: "Direktoratet for e-helse, Norsk helsenett SF og KS"}
  - {id: RM1-T2, goal: RM1, title: Annet tiltak, responsible: "Helse Sør-Øst RHF, Helse Vest RHF, Helse Midt-Norge RHF og Helse Nord RHF"}
`;
    const r = await runCli(['roadmap', 'ws', '--width', '100'], { files: { 'ws/v.yaml': plan } });
    expect(r.stdout).toContain('  RM1-T1  Kort tiltak   Direktoratet for e-helse, Norsk helsenett SF og KS\n');
    expect(r.stdout).toContain('  RM1-T2  Annet tiltak  Helse Sør-Øst RHF, Helse Vest RHF, Helse Midt-Norge RHF og Helse Nord RHF\n');
  });

  it('draws a grid wider than the width in bands of years, every id whole and every cell shown (tester round 10 #2)', async () => {
    const rows = Array.from({ length: 17 }, (_, i) => `  - {id: M${2019 + i}, goal: G, title: Milepæl ${2019 + i}, date: ${2019 + i}, status: ${['green', 'yellow', 'red'][i % 3]}, progress: ${i % 4}/4}`);
    const plan = `plan: {id: lang, title: Langsiktig veikart, status_date: 2020-01-10}\ngoals:\n  - {id: G, title: Langt mål, area: Alt}\nmilestones:\n${rows.join('\n')}\n`;
    for (const width of [40, 60, 100]) {
      const r = await runCli(['roadmap', 'ws', '--width', String(width)], { files: { 'ws/v.yaml': plan } });
      const lines = r.stdout.split('\n');
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      // Each year heads exactly one band, and each milestone's status is in its year's column.
      for (let y = 2019; y <= 2035; y++) expect(lines.filter((l) => l.startsWith('Alt ') && new RegExp(` ${y}( |$)`).test(l))).toHaveLength(1);
      for (let i = 0; i < 17; i++) {
        const status = ['green', 'yellow', 'red'][i % 3];
        expect(lines.some((l) => l.startsWith(`   M${2019 + i} `) && l.includes(`${status} ${i % 4}/4`)), `M${2019 + i} at ${width}`).toBe(true);
      }
      expect(r.stdout).not.toMatch(/M20\d?…/);
      // A band lists only the milestones drawn in it: each milestone's row is printed once, not once per band.
      for (let i = 0; i < 17; i++) expect(lines.filter((l) => l.startsWith(`   M${2019 + i} `)), `M${2019 + i} at ${width}`).toHaveLength(1);
    }
  });

  it('leaves out of a band the goals, areas and plans with nothing drawn in it, and keeps a goal without milestones in the first', async () => {
    const years = Array.from({ length: 14 }, (_, i) => 2019 + i);
    const early = `plan: {id: a, title: Tidlig, status_date: 2020-01-10}\ngoals:\n  - {id: G1, title: Tidlig mål, area: Før}\n  - {id: G2, title: Tomt mål, area: Før}\n  - {id: G3, title: Sent mål, area: Etter}\nmilestones:\n`
      + `  - {id: E1, goal: G1, title: Tidlig, date: 2019, status: yellow, progress: 1/4}\n  - {id: L1, goal: G3, title: Sent, date: 2032, status: green, progress: 4/4}\n  - {id: U1, title: Uten mål, date: 2031, status: red, progress: 0/4}\n`;
    const late = `plan: {id: b, title: Sein plan, status_date: 2020-01-10}\ngoals:\n  - {id: H1, title: Mål, area: Alt}\nmilestones:\n`
      + years.map((y) => `  - {id: B${y}, goal: H1, title: B, date: ${y}, status: green, progress: 1/1}`).join('\n') + '\n';
    const r = await runCli(['roadmap', 'ws', '--width', '40'], { files: { 'ws/a.yaml': early, 'ws/b.yaml': late } });
    const bands = r.stdout.split('\n\n').filter((b) => b.startsWith('Tidlig (a)') || b.startsWith('Sein plan (b)')).length;
    expect(bands).toBeGreaterThan(2);
    const count = (text: string): number => r.stdout.split('\n').filter((l) => l.startsWith(text)).length;
    // G1 and its area in the band of 2019 only, G3 and "Etter" in the band of 2032, the empty goal once, in the first.
    expect([count(' G1 '), count(' G2 '), count(' G3 '), count('Før '), count('Etter ')]).toEqual([1, 1, 1, 1, 1]);
    expect(r.stdout.indexOf(' G2 ')).toBeLessThan(r.stdout.indexOf('Sein plan (b)'));
    // Plan a's heading once per band it has something in: 2019 (E1, the empty goal) and the bands of 2031 and 2032.
    expect(count('Without a goal ')).toBe(1);
    expect(count('   U1 ')).toBe(1);
    expect(count('Tidlig (a)')).toBeLessThanOrEqual(3);
    expect(count('Tidlig (a)')).toBeLessThan(bands);
    for (const y of years) expect(count(`   B${y} `)).toBe(1);
  });

  it('leaves a milestone past the years drawn out of every band, and says which they are (tester round 13 #6, round 18 #6)', async () => {
    const plan = `plan: {id: y, title: Y, status_date: 2026-01-05}\ngoals:\n  - {id: G, title: G}\nmilestones:\n`
      + `  - {id: A, title: A, date: 1950-06-01, goal: G, actual: 1950-06-01}\n  - {id: B, title: B, date: 2026-06-01, goal: G}\n`
      + `  - {id: C, title: C, date: 2100-06-01, goal: G}\n  - {id: D, title: D, date: 2200-06-01}\n`;
    // The bands drawn at 60 columns show 1950–1957 and 2020–2026 (A's and B's); the whole grid at 1000 every year up
    // to B's, the last within the hundred from 1950 (tester round 91 F1).
    for (const [width, drawn] of [[60, '1950–1957 and 2020–2026'], [1000, '1950–2026']] as const) {
      const r = await runCli(['roadmap', 'ws', '--width', String(width), '--today', '2026-01-05'], { files: { 'ws/y.yaml': plan } });
      const lines = r.stdout.split('\n');
      for (const id of ['A', 'B']) expect(lines.filter((l) => l.startsWith(`   ${id} ${id}`)), `${id} at ${width}`).toHaveLength(1);
      // C and D have no cell in any year drawn: the line after the grid names them, no row does (the first band
      // listed them, empty, under a "Without a goal" heading drawn for D alone).
      for (const id of ['C', 'D']) expect(lines.filter((l) => l.startsWith(`   ${id} ${id}`)), `${id} at ${width}`).toHaveLength(0);
      expect(lines.some((l) => l.startsWith('Without a goal'))).toBe(false);
      expect(r.stdout.replace(/\n {2}/g, ' ')).toContain(`\nOutside the years drawn (${drawn}): C (2100), D (2200).\n`);
    }
    const nb = await runCli(['roadmap', 'ws', '--width', '60', '--today', '2026-01-05', '--locale', 'nb'], { files: { 'ws/y.yaml': plan } });
    expect(nb.stdout).toContain('\nUtenfor årene som vises (1950–1957 og 2020–2026): C (2100),\n  D (2200).\n');
    // With two roadmap plans, references tell their milestones apart (tester round 14 #7).
    const two = await runCli(['roadmap', 'ws', '--width', '100', '--today', '2026-01-05'], { files: { 'ws/y.yaml': plan, 'ws/z.yaml': plan.replace('{id: y, title: Y,', '{id: z, title: Z,') } });
    expect(two.stdout).toContain('\nOutside the years drawn (1950–1962 and 2015–2026): y/C (2100), z/C (2100), y/D (2200), z/D (2200).\n');
  });

  it('gates --plan of a plan without gates says so of that plan (the workspace has one)', async () => {
    expect((await runCli(['gates', 'plans', '--plan', 'felles-grunnmur'])).stdout).toBe('No gates (decision points) in plan felles-grunnmur.\n');
    expect((await runCli(['gates', 'plans', '--plan', 'felles-grunnmur', '--locale', 'nb'])).stdout).toBe('Ingen beslutningspunkter i plan felles-grunnmur.\n');
  });
});

