// A mapping key that is a mapping or a list (`{id: A}: 1`), and a null key (`~: 1`): a finding at the key, and no
// Node warning from the yaml library on stderr (a tester's finding, session 13: "(node:15594) Warning: Keys with
// collection values will be stringified…", with the process id in it, and the finding at 1:1).
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const warnings: string[] = [];
const onWarning = (w: Error): void => void warnings.push(w.message);

describe('keys that are no names', () => {
  afterEach(() => {
    process.off('warning', onWarning);
    warnings.length = 0;
  });

  const cases: [string, string, RegExp][] = [
    ['a flow mapping as a key', 'plan: {id: p, title: P}\nmilestones:\n  - {id: A}: 1\n', /^ws\/p\.yaml:3:5: error: a key is a mapping or a list: a key in a plan is a single name .*\[yaml-syntax\]$/m],
    ['a flow list as a key, the last line', 'plan: {id: p, title: P}\nmilestones:\n  - id: B\n    title: B\n    date: 2024-01-02\n[a, b]: 1\n', /^ws\/p\.yaml:6:1: error: a key is a mapping or a list/m],
    // ~ is null: the data names it "", as the yaml library does; the finding is at the key, not at 1:1.
    ['a null key (full parser: an anchor elsewhere)', 'plan: {id: p, title: P}\n~: 1\nx-a: &a 1\n', /^ws\/p\.yaml:2:1: error: unknown key "" in the file \[schema\]$/m],
  ];
  for (const [name, text, expected] of cases) {
    it(name, async () => {
      process.on('warning', onWarning);
      const r = await runCli(['validate', 'ws', '--today', '2024-01-01'], { files: { 'ws/p.yaml': text } });
      // Warnings are emitted on a later turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(expected);
      expect(warnings).toEqual([]);
    });
  }
});
