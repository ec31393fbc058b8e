// health text at a narrow --width (a tester's findings): the title line is wrapped, not cut, so its status date stays;
// a plan whose checks are all off has no rows, so nothing of its table is "not shown", and it asks for no width.
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/width.js';
import { runCli } from '../helpers/fake-io.js';

const OFF = '{logic: off, leads: off, lags: off, hard-dates: off, high-float: off, negative-float: off, invalid-dates: off, missed: off, critical-path-test: off, cpli: off, bei: off}';
const files = {
  'ws/a.yaml': `plan: {id: a, title: Kort, health: ${OFF}, status_date: 2019-09-01}\nmilestones:\n  - {id: M1, title: t, date: 2019-10-01}\n`,
};

describe('health at --width 40', () => {
  it('wraps the title with its status date, and a plan without checks has no "Not shown" line', async () => {
    const r = await runCli(['health', 'ws', '--width', '40'], { files, diskRoots: [] });
    expect(r.stdout).toBe('Schedule health: a (Kort), status date\n  2019-09-01\n    Check  Value  Threshold\n  0 of 0 checks pass\n');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });

  it('names the width the other plans need, not one the empty plan would', async () => {
    const two = { ...files, 'ws/b.yaml': 'plan: {id: b, title: B, status_date: 2019-09-01}\nmilestones:\n  - {id: M1, title: t, date: 2019-10-01}\n' };
    const r = await runCli(['health', 'ws', '--width', '40'], { files: two, diskRoots: [] });
    expect(r.stdout.match(/Not shown in 40 columns/g)).toHaveLength(1);
  });
});
