// Reports and exports show only the workspace's structural errors (SPEC §7, cli/workspace.ts reportExitCode): they
// analyse with the structural rules only (issue #18: the other rules made 35,000 findings at 100,000 milestones that
// nothing read; risk still ran them all until session 29). Every report command here must leave the other rules
// unasked; validate, the control, asks them all.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STRUCTURAL_RULES } from '../../src/analyze-texts.js';
import { RULES } from '../../src/rules/index.js';
import { runCli } from '../helpers/fake-io.js';

const REPORTS: readonly (readonly string[])[] = [
  ['critical-path', 'plans'], ['slippage', 'plans'], ['meetings', 'plans'], ['gantt', 'plans'], ['roadmap', 'plans'],
  ['gates', 'plans'], ['health', 'plans'], ['explain', 'akson/MP9', 'plans'], ['export', 'plans', '--format', 'json'],
  ['risk', 'plans', '--iterations', '20', '--jobs', '1'],
];

/** Spies on the check of every rule that is not structural; returns the ids of those that ran. */
function spyOnOtherRules(): () => string[] {
  const spies = RULES.filter((r) => !STRUCTURAL_RULES.has(r.id)).map((r) => [r.id, vi.spyOn(r, 'check')] as const);
  return () => spies.filter(([, spy]) => spy.mock.calls.length > 0).map(([id]) => id);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('report commands run the structural rules only', () => {
  for (const argv of REPORTS) {
    it(argv.join(' '), async () => {
      const ran = spyOnOtherRules();
      const r = await runCli(argv);
      expect(r.code, r.stderr).toBeLessThanOrEqual(1);
      expect(ran()).toEqual([]);
    });
  }

  it('validate, the control, runs the others too', async () => {
    const ran = spyOnOtherRules();
    await runCli(['validate', 'plans']);
    expect(ran().length).toBe(RULES.length - RULES.filter((r) => STRUCTURAL_RULES.has(r.id)).length);
  });
});
