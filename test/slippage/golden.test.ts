// Golden files for `milepel slippage` on the shipped plans at --today 2019-09-01; UPDATE_GOLDEN=1 rewrites them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/fake-io.js';

const GOLDEN = join(REPO_ROOT, 'test', 'golden');

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
      const path = join(GOLDEN, name);
      if (process.env['UPDATE_GOLDEN'] === '1') {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(path, r.stdout);
      }
      expect(existsSync(path), `${name} is missing: run UPDATE_GOLDEN=1 npx vitest run test/slippage/golden.test.ts`).toBe(true);
      expect(r.stdout).toBe(readFileSync(path, 'utf8'));
    });
  }
});
