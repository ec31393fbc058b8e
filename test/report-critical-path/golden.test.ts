// Golden files of `milepel critical-path` on the shipped plans: text at width 80 and JSON, default and fixed status date.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { expectGolden } from '../helpers/golden.js';

const CASES: readonly { readonly golden: string; readonly args: readonly string[] }[] = [
  { golden: 'critical-path.txt', args: [] },
  { golden: 'critical-path.json', args: ['--format', 'json'] },
  { golden: 'critical-path-2019-09-01.txt', args: ['--today', '2019-09-01'] },
  { golden: 'critical-path-2019-09-01.json', args: ['--today', '2019-09-01', '--format', 'json'] },
  { golden: 'critical-path-akson-nb.txt', args: ['--today', '01.09.2019', '--plan', 'akson', '--locale', 'nb'] },
];

describe('critical-path on the shipped plans', () => {
  for (const c of CASES) {
    it(`${c.args.join(' ') || '(defaults)'} → test/golden/${c.golden}`, async () => {
      const r = await runCli(['critical-path', 'plans', '--width', '80', '--no-color', ...c.args]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expectGolden(c.golden, r.stdout);
    });
  }

  it('text fits 80 columns and carries no escape sequences', async () => {
    const r = await runCli(['critical-path', 'plans', '--width', '80', '--no-color']);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toContain('\x1b');
  });
});
