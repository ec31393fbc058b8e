// A risk event that no iteration lets move its milestone (tester round 43): the milestone is held at its actual,
// forecast or date, later than the impact on its duration could reach. The report says so, rather than showing a
// 40 % risk of up to 20 days beside P50 = P85 = the forecast without a word.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const PLAN = `plan: {id: infra, title: Infra, status_date: 2026-09-01}
milestones:
  - {id: I1, title: Design, date: 2026-05-29, actual: 2026-05-28}
  - {id: I2, title: Identity, date: 2026-09-30, forecast: 2026-10-02, after: [I1]}
  - {id: I3, title: Go live, date: 2026-10-05, after: [I2]}
  - {id: I4, title: Done, date: 2026-05-29, actual: 2026-05-29}
risks:
  - {id: R1, title: Supplier delay, probability: 0.4, impact: 5d..10d..20d, milestones: [I2]}
  - {id: R2, title: Test delay, probability: 0.4, impact: 5d..10d..20d, milestones: [I3]}
  - {id: R3, title: Late sign-off, probability: 0.5, impact: 1d..2d..3d, milestones: [I4, I2]}
`;

async function risk(...args: string[]): Promise<string> {
  const r = await runCli(['risk', 'ws', '--iterations', '500', ...args], { files: { 'ws/infra.yaml': PLAN } });
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('risk events that moved none of their milestones', () => {
  it('are named under their plan in the order of its table, with what holds the milestone; one that moved its milestone is not', async () => {
    const text = await risk('--width', '200');
    const notes = text.split('\n').filter((line) => line.includes('never moved'));
    expect(notes).toEqual([
      '  infra/R1 (Supplier delay) never moved infra/I2: its forecast, 2026-10-02, holds it in every iteration',
      '  infra/R3 (Late sign-off) never moved infra/I2: its forecast, 2026-10-02, holds it in every iteration',
      '  infra/R3 (Late sign-off) never moved infra/I4: its actual date, 2026-05-29, holds it in every iteration',
    ]);
    // R2 moves I3 (its date is 3 working days after I2's forecast, its impact up to 20): no note, and P85 is later.
    expect(text).not.toContain('R2 (Test delay) never moved');
    expect(text).toMatch(/I3 +Go live +2026-10-05 +\S+ +(?!2026-10-05)\d{4}-\d\d-\d\d/);
  });

  it('are only those that struck: an event that never occurred says nothing of the date (tester round 44 F1)', async () => {
    const rare = PLAN.replace('{id: R1, title: Supplier delay, probability: 0.4,', '{id: R1, title: Supplier delay, probability: 0.00005,');
    const r = await runCli(['risk', 'ws', '--iterations', '500', '--width', '200'], { files: { 'ws/infra.yaml': rare } });
    expect(r.stdout).not.toContain('R1 (Supplier delay) never moved');
    expect(r.stdout).toContain('R3 (Late sign-off) never moved infra/I2');
    // A milestone without predecessors is always delayed by an event that strikes (SPEC §11): never "held".
    const alone = `plan: {id: p, title: P, status_date: 2026-09-01}\nmilestones:\n  - {id: A, title: A, date: 2026-10-01}\nrisks:\n  - {id: R, title: R, probability: 0.5, impact: 1d..2d..3d, milestones: [A]}\n`;
    for (const seed of ['1', '2', '3', '4', '5']) {
      const one = await runCli(['risk', 'ws', '--iterations', '1', '--seed', seed], { files: { 'ws/p.yaml': alone } });
      expect(one.stdout, seed).not.toContain('never moved');
    }
  });

  it('show a period as written, with its day', async () => {
    const period = PLAN.replace('forecast: 2026-10-02', 'forecast: 2026-Q4');
    const r = await runCli(['risk', 'ws', '--iterations', '200', '--width', '200'], { files: { 'ws/infra.yaml': period } });
    expect(r.stdout).toContain('  infra/R1 (Supplier delay) never moved infra/I2: its forecast, 2026-Q4 (2026-12-31), holds it in every iteration');
  });

  it('are said in Norwegian and shown in the HTML page', async () => {
    expect(await risk('--locale', 'nb', '--width', '200')).toContain('  infra/R1 (Supplier delay) flyttet aldri infra/I2: prognosen 02.10.2026 holder den der i hver iterasjon');
    expect(await risk('--format', 'html')).toContain('<p class="note">infra/R1 (Supplier delay) never moved infra/I2: its forecast, 2026-10-02, holds it in every iteration</p>');
  });
});
