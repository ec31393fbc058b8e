// Golden files for `export --format ics` and `--format html` on the shipped plans at a fixed status date
// (test/helpers/golden.ts); the parsers and browsers in ics.test.ts and html.test.ts check what the bytes mean.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { expectGolden } from '../helpers/golden.js';

const CASES: readonly { readonly golden: string; readonly args: readonly string[] }[] = [
  { golden: 'export.ics', args: ['--format', 'ics'] },
  { golden: 'export-en.html', args: ['--format', 'html', '--locale', 'en'] },
  { golden: 'export-nb.html', args: ['--format', 'html', '--locale', 'nb'] },
];

describe('export on the shipped plans, --today 2019-09-01', () => {
  for (const c of CASES) {
    it(`${c.args.join(' ')} → test/golden/${c.golden}`, async () => {
      const r = await runCli(['export', 'plans', '--today', '2019-09-01', ...c.args]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expectGolden(c.golden, r.stdout);
    });
  }
});
