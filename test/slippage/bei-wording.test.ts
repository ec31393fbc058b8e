// The BEI line says SPEC §6's ratio as it is counted: actuals by T over baselines by T. Early finishes make the first
// larger than the second, and "3 of 2 due … achieved" was false (tester round 9 #5).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const PLAN = `plan: {id: c, title: C, status_date: 2026-03-16}
milestones:
  - {id: A, title: A, date: 2026-03-02, actual: 2026-03-02}
  - {id: B, title: B, date: 2026-03-05}
  - {id: C, title: C, date: 2026-05-04, actual: 2026-03-12}
  - {id: D, title: D, date: 2026-05-05, actual: 2026-03-13}
`;

describe('slippage BEI line', () => {
  it('names the achieved and the due apart, in English and Norwegian', async () => {
    const en = await runCli(['slippage', 'ws', '--width', '160'], { files: { 'ws/c.yaml': PLAN } });
    expect(en.stdout).toContain('· BEI 1.50 (3 achieved / 2 due by 2026-03-16)\n');
    const nb = await runCli(['slippage', 'ws', '--width', '160', '--locale', 'nb'], { files: { 'ws/c.yaml': PLAN } });
    expect(nb.stdout).toContain('· BEI 1,50 (3 nådd / 2 planlagt til og med 16.03.2026)\n');
  });
});
