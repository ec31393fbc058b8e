// Golden files for `milepel slippage` on the shipped plans at --today 2019-09-01 (test/helpers/golden.ts).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { expectGolden } from '../helpers/golden.js';

const CASES: readonly { name: string; args: readonly string[] }[] = [
  { name: 'slippage.txt', args: [] },
  { name: 'slippage.json', args: ['--format', 'json'] },
  { name: 'slippage.csv', args: ['--format', 'csv'] },
  { name: 'slippage-trend.txt', args: ['--trend', '--plan', 'akson'] },
];

describe('slippage golden files (shipped plans, --today 2019-09-01)', () => {
  for (const { name, args } of CASES) {
    it(name, async () => {
      const r = await runCli(['slippage', 'plans', '--today', '2019-09-01', ...args]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expectGolden(name, r.stdout);
    });
  }
});
