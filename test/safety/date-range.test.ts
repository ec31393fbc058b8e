// Computed dates outside 0001–9999 (issue #11): rule date-range, and no output ever carries a malformed date.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const DIR = 'test/fixtures/err/date-range';
const MALFORMED = /\b\d{5,}-\d\d-\d\d\b|DTSTART[^:\n]*:\d{9,}|"-\d{4}-|\b0000-\d\d-\d\d\b/;

describe('lags near the schema limits', () => {
  for (const args of [['critical-path', '--format', 'json'], ['critical-path'], ['slippage', '--format', 'json'], ['slippage', '--format', 'csv'], ['export', '--format', 'json'], ['export', '--format', 'ics'], ['export', '--format', 'mermaid'], ['export', '--format', 'html'], ['gantt'], ['meetings', '--format', 'json']]) {
    it(`${args.join(' ')}: exit 1 with the date-range error on stderr, and no malformed date anywhere`, async () => {
      const r = await runCli([args[0]!, DIR, ...args.slice(1), '--today', '2019-06-03']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('[date-range]');
      expect(r.stdout).not.toMatch(MALFORMED);
      expect(r.stderr).not.toMatch(MALFORMED);
    });
  }

  it('critical-path JSON holds the dates at the bounds', async () => {
    const r = await runCli(['critical-path', DIR, '--format', 'json', '--today', '2019-06-03']);
    const json = JSON.parse(r.stdout) as { milestones: { ref: string; projected: string; latest: string }[] };
    const byRef = new Map(json.milestones.map((m) => [m.ref, m]));
    expect(byRef.get('far/B')?.projected).toBe('9999-12-31');
    expect(byRef.get('far/C')?.latest).toBe('0001-01-01');
  });
});
