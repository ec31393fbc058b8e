// Golden files for `validate` on the shipped plans (text without colour, JSON); compared byte for byte.
// UPDATE_GOLDEN=1 rewrites them; a normal run never does.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRepoFile, REPO_ROOT, runCli } from '../helpers/fake-io.js';

const CASES = [
  { golden: 'test/golden/validate-shipped.txt', argv: ['validate', '--no-color'] },
  { golden: 'test/golden/validate-shipped.json', argv: ['validate', '--format', 'json'] },
] as const;

describe('validate on the shipped plans, against golden files', () => {
  for (const { golden, argv } of CASES) {
    it(golden, async () => {
      const r = await runCli(argv, { env: { LANG: 'en_GB.UTF-8' } });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(join(REPO_ROOT, golden), r.stdout);
      expect(r.stdout).toBe(readRepoFile(golden));
    });
  }
});
