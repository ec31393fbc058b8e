// Words a Norwegian planner would write (issue #12): no "Milepæltrendanalyse", no "forfalt" in the BEI line, no
// "over tiden" in the Gantt key; and a bad --format says which formats there are, in the locale of the run.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

describe('Norwegian wording', () => {
  it('slippage --trend: "Trendanalyse for milepæler" and a BEI line with "planlagt til og med"', async () => {
    const r = await runCli(['slippage', 'test/fixtures/wide-titles', '--trend', '--locale', 'nb', '--width', '120']);
    expect(r.stdout).toContain('Trendanalyse for milepæler: rapportdato ↓, prognose →');
    expect(r.stdout).toMatch(/BEI \d,\d\d \(\d+ nådd \/ \d+ planlagt til og med 01\.10\.2019\)/);
    expect(r.stdout).not.toMatch(/Milepæltrend|forfalt/);
    const none = await runCli(['slippage', 'test/fixtures/wide-titles', '--today', '2019-01-01', '--locale', 'nb']);
    expect(none.stdout).toContain('BEI – (ingen milepæler planlagt til og med 01.01.2019)');
  });

  it('gantt: the late mark is "forsinket (etter frist eller negativ slakk)"', async () => {
    const r = await runCli(['gantt', 'plans', '--today', '2019-09-01', '--locale', 'nb', '--width', '120']);
    expect(r.stdout).toContain('forsinket (etter frist eller negativ slakk)');
    expect(r.stdout).not.toContain('over tiden');
  });

  it('an unknown --format names the formats, in English and in Norwegian', async () => {
    const en = await runCli(['validate', 'plans', '--format', 'xml']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe("milepel: --format xml: validate has no format xml; use one of text, json, github, junit, sarif, gitlab\n");
    const nb = await runCli(['validate', 'plans', '--format', 'xml', '--locale', 'nb']);
    expect(nb.code).toBe(2);
    expect(nb.stderr).toBe("milepel: --format xml: validate har ikke formatet xml; bruk en av text, json, github, junit, sarif, gitlab\n");
  });
});
