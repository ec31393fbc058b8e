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
      '  infra/R3 (Late sign-off) never moved infra/I4: it is done (actual 2026-05-29)',
    ]);
    // R2 moves I3 (its date is 3 working days after I2's forecast, its impact up to 20): no note, and P85 is later.
    expect(text).not.toContain('R2 (Test delay) never moved');
    expect(text).toMatch(/I3 +Go live +2026-10-05 +\S+ +(?!2026-10-05)\d{4}-\d\d-\d\d/);
  });

  it('are said in Norwegian and shown in the HTML page', async () => {
    expect(await risk('--locale', 'nb', '--width', '200')).toContain('  infra/R1 (Supplier delay) flyttet aldri infra/I2: prognosen 02.10.2026 holder den der i hver iterasjon');
    expect(await risk('--format', 'html')).toContain('<p class="note">infra/R1 (Supplier delay) never moved infra/I2: its forecast, 2026-10-02, holds it in every iteration</p>');
  });
});
