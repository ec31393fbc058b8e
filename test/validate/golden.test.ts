// Golden files for `validate` on the shipped plans in every --format (text without colour, JSON, github, junit,
// sarif), compared byte for byte through test/helpers/golden.ts.
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, runCli } from '../helpers/fake-io.js';
import { expectGolden } from '../helpers/golden.js';

const CASES: readonly { readonly golden: string; readonly argv: readonly string[] }[] = [
  { golden: 'validate-shipped.txt', argv: ['validate', '--no-color'] },
  { golden: 'validate-shipped.json', argv: ['validate', '--format', 'json'] },
  { golden: 'validate-shipped-github.txt', argv: ['validate', '--format', 'github', '--today', '2019-09-01'] },
  { golden: 'validate-shipped-junit.xml', argv: ['validate', '--format', 'junit', '--today', '2019-09-01'] },
  { golden: 'validate-shipped.sarif', argv: ['validate', '--format', 'sarif', '--today', '2019-09-01'] },
];

describe('validate on the shipped plans, against golden files', () => {
  for (const { golden, argv } of CASES) {
    it(`${argv.join(' ')} → test/golden/${golden}`, async () => {
      // The checkout's own path is machine-dependent: SARIF's originalUriBaseIds names it, the golden file a stand-in.
      const r = await runCli(argv, { env: { LANG: 'en_GB.UTF-8', GITHUB_WORKSPACE: REPO_ROOT } });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(argv.includes('github') ? 'milepel: 2 errors, 16 warnings in 3 files\n' : '');
      expectGolden(golden, r.stdout.replaceAll(`${pathToFileURL(REPO_ROOT).href}/`, 'file:///checkout/'));
    });
  }
});
