// One-line refusals say what is wrong in the user's terms (tester's findings): an empty file name is a missing
// argument, not " does not exist"; --jobs has no upper bound worth naming.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

describe('refusal wording', () => {
  it("import '' names the missing argument", async () => {
    const r = await runCli(['import', '']);
    expect([r.code, r.stderr]).toEqual([2, "milepel: missing required argument 'file'\n"]);
  });

  it('--jobs 0 asks for a whole number of 1 or more; --iterations 0 still names its range', async () => {
    const jobs = await runCli(['risk', 'plans', '--jobs', '0']);
    expect([jobs.code, jobs.stderr]).toEqual([2, 'milepel: --jobs "0" is not a valid value: use a whole number of 1 or more\n']);
    const iterations = await runCli(['risk', 'plans', '--iterations', '0']);
    expect(iterations.stderr).toBe('milepel: --iterations "0" is not a valid value: use a whole number from 1 to 10000000\n');
  });
});
