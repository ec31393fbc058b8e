// A gate without a date is no schedule node (SPEC §1.7) but exists: the commands that take a ref lead to it and say
// what it is, however it is named (a tester's findings on test/gates/fixtures/undated, copied from their workspace).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const WS = 'test/gates/fixtures/undated';

describe('an undated gate named with a case slip', () => {
  it('is the nearest ref explain and risk name, first, and naming it then says why it has no dates', async () => {
    for (const ref of ['bp1', 'a/bp1']) {
      const explain = await runCli(['explain', ref, WS]);
      expect(explain.code).toBe(2);
      expect(explain.stderr).toBe(`milepel: "${ref}": no such milestone or gate in the workspace; nearest: a/BP1, a/BP2, a/BP3\n`);
      const risk = await runCli(['risk', WS, '--iterations', '10', '--milestone', ref]);
      expect(risk.code).toBe(2);
      expect(risk.stderr).toMatch(/; nearest: a\/BP1, a\/BP2, a\/BP3\n$/);
    }
    const named = await runCli(['explain', 'a/BP1', WS]);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/^milepel: a\/BP1 is a gate with neither a date nor a decided date that exists /);
  });
});

describe('set on a gate', () => {
  it('refuses a gate without a usable date as it refuses a dated one, exit 2 (SPEC §7), not blaming its schema error', async () => {
    for (const ref of ['a/BP1', 'BP1', 'a/BP2', 'a/BP3', 'BP3', 'a/BP4']) {
      const r = await runCli(['set', ref, WS, '--forecast', '2019-07-01']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`milepel: "${ref}" is a gate (decision point), not a milestone: set edits milestones; write the gate's decided: date in its file (nothing written)\n`);
      expect(r.io.written.size).toBe(0);
    }
  });
});
