// Golden files for `milepel risk` (SPEC §11) at a fixed --seed and --iterations (test/helpers/golden.ts): text in en
// and nb with --milestone (histogram and S-curve) and JSON, on the shipped plans (no estimates: every distribution is
// the deterministic date) and on the risk fixture (three-point estimates, PERT, risk events: real spreads and drivers).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { expectGolden } from '../helpers/golden.js';

const RUN = ['--seed', '7', '--iterations', '2000', '--width', '100'];

const CASES: readonly { readonly golden: string; readonly args: readonly string[] }[] = [
  { golden: 'risk-shipped.json', args: ['plans', '--today', '2019-09-01', '--format', 'json'] },
  { golden: 'risk-shipped-en.txt', args: ['plans', '--today', '2019-09-01', '--locale', 'en', '--milestone', 'akson/MP9'] },
  { golden: 'risk-shipped-nb.txt', args: ['plans', '--today', '2019-09-01', '--locale', 'nb', '--milestone', 'akson/MP9'] },
  { golden: 'risk-fixture.json', args: ['test/fixtures/valid/risk', '--format', 'json'] },
  { golden: 'risk-fixture-en.txt', args: ['test/fixtures/valid/risk', '--locale', 'en', '--milestone', 'D'] },
  { golden: 'risk-fixture-nb.txt', args: ['test/fixtures/valid/risk', '--locale', 'nb', '--milestone', 'D'] },
];

describe(`milepel risk ${RUN.join(' ')}`, () => {
  for (const c of CASES) {
    it(`${c.args.join(' ')} → test/golden/${c.golden}`, async () => {
      for (const jobs of ['1', '2']) {
        const r = await runCli(['risk', ...c.args, ...RUN, '--jobs', jobs]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expectGolden(c.golden, r.stdout);
      }
    }, 60_000);
  }
});

describe('milepel risk --milestone within --width', () => {
  it('keeps every line of the distribution, the S-curve and the percentiles within 40 to 120 columns, en and nb', async () => {
    const { displayWidth } = await import('../../src/report/table.js');
    for (const width of [40, 52, 64, 80, 100, 120]) {
      for (const locale of ['en', 'nb']) {
        const r = await runCli(['risk', 'test/fixtures/valid/risk', '--milestone', 'D', '--seed', '7', '--iterations', '300', '--width', String(width), '--locale', locale]);
        expect(r.code).toBe(0);
        for (const line of r.stdout.split('\n')) expect(displayWidth(line), `${width} ${locale}: ${line}`).toBeLessThanOrEqual(width);
        expect(r.stdout).toMatch(/P10 [^]*?(?:mean|snitt) [\d.-]{10}\n/);
      }
    }
  }, 60_000);
});

// SPEC §14: an unknown ref exits 2 naming the nearest ids, as everywhere (a tester's finding: risk named none).
describe('milepel risk --milestone with an unknown ref', () => {
  it('exits 2 with one line naming the nearest refs, en and nb', async () => {
    const en = await runCli(['risk', 'plans', '--today', '2019-09-01', '--iterations', '10', '--milestone', 'akson/MP99']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('milepel: --milestone akson/MP99: no such milestone in the workspace (write plan/ID, e.g. akson/MP9); nearest: akson/MP9, akson/MP1, akson/MP2\n');
    const nb = await runCli(['risk', 'plans', '--today', '2019-09-01', '--iterations', '10', '--locale', 'nb', '--milestone', 'akson/MP99']);
    expect(nb.stderr).toMatch(/^milepel: --milestone akson\/MP99: arbeidsområdet har ingen slik milepæl .*; nærmeste: akson\/MP9, akson\/MP1, akson\/MP2\n$/);
  });
});

describe('milepel risk with one iteration', () => {
  it('says "1 iteration" in text and HTML, en and nb (a tester\'s finding: "1 iterations")', async () => {
    const text = await runCli(['risk', 'plans', '--today', '2019-09-01', '--iterations', '1']);
    expect(text.stdout).toMatch(/^Schedule risk: 1 iteration, seed/);
    const nb = await runCli(['risk', 'plans', '--today', '2019-09-01', '--iterations', '1', '--locale', 'nb']);
    expect(nb.stdout).toMatch(/^Usikkerhetsanalyse: 1 iterasjon, frø/);
    const html = await runCli(['risk', 'plans', '--today', '2019-09-01', '--iterations', '1', '--format', 'html']);
    expect(html.stdout).toContain('<p>1 iteration, seed');
  });
});
