// Tester round 98 F12: the reports (gates, critical-path, meetings, roadmap, slippage, gantt, …) wrote their structural
// findings on stderr unwrapped with `--width 80` (lines of 92–130 columns), where `validate --width 80` wrapped the same
// findings. They wrap as validate's do, summary line too; without --width every line stays whole, as validate's.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { displayWidth } from '../../src/text/width.js';

const PLAN = `plan: {id: p, title: P, status_date: 2019-06-19}
milestones:
  - {id: T1, title: one, date: 2019-07-01}
  - {id: T5, title: five, date: 2019-08-01, after: [T3_does_not_exist_with_a_long_name]}
`;
const files = { 'ws/p.yaml': PLAN };
const widest = (text: string): number => Math.max(...text.split('\n').map((l) => displayWidth(l)));

describe('a report\'s findings on stderr with --width', () => {
  for (const command of ['gates', 'critical-path', 'meetings', 'roadmap', 'slippage', 'gantt']) {
    for (const locale of ['en', 'nb']) {
      it(`${command} (${locale}) wraps them to the width, as validate does`, async () => {
        const r = await runCli([command, 'ws', '--width', '60', '--locale', locale, '--today', '2019-06-19'], { files, diskRoots: [] });
        expect(r.stderr).toContain('T3_does_not_exist_with_a_long_name');
        expect(widest(r.stderr)).toBeLessThanOrEqual(60);
        const validate = await runCli(['validate', 'ws', '--width', '60', '--locale', locale, '--today', '2019-06-19'], { files, diskRoots: [] });
        // The finding's lines are validate's (its summary line says the warnings were not checked).
        expect(validate.stdout).toContain(r.stderr.slice(0, r.stderr.indexOf('\n\n')));
      });
    }
  }

  it('keeps each line whole without --width', async () => {
    const r = await runCli(['gates', 'ws', '--locale', 'en', '--today', '2019-06-19'], { files, diskRoots: [] });
    expect(r.stderr).toMatch(/^ws\/p\.yaml:4:\d+: error: p\/T5 refers to milestone "T3_does_not_exist_with_a_long_name", which does not exist \[unknown-reference\]$/m);
  });
});
