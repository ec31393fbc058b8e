// Tester round 71 F1: files are in the order of their normalised paths, whatever spelling they were given in: that
// order decides which of two definitions is the first, so `./b.yaml` must not come before `a.yaml`.
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/fake-io.js';

const files = {
  'ws/a.yaml': 'plan: {id: p, title: From A, status_date: 2019-09-02}\nmilestones:\n  - {id: M1, title: a-one, date: 2019-09-10}\n',
  'ws/b.yaml': 'plan: {id: p, title: From B, status_date: 2019-09-02}\nmilestones:\n  - {id: M1, title: b-one, date: 2019-09-20}\n',
};

describe('files named in any spelling', () => {
  it('keep the order of their normalised paths: the same first definition, shown as given', async () => {
    // An absolute path too (tester round 72 F3).
    for (const args of [['ws/b.yaml', 'ws/a.yaml'], ['./ws/b.yaml', 'ws/a.yaml'], ['ws/../ws/b.yaml', './ws/a.yaml'], [`${REPO_ROOT}/ws/b.yaml`, 'ws/a.yaml']]) {
      const r = await runCli(['validate', ...args], { files });
      expect(r.stdout).toContain(`${args[0]}:1:12: error: plan p is defined twice: the first definition is in ${args[1]} [duplicate-id]`);
      const cp = await runCli(['critical-path', ...args, '--format', 'json'], { files });
      expect((JSON.parse(cp.stdout) as { milestones: { ref: string; projected: string }[] }).milestones.find((m) => m.ref === 'p/M1')?.projected).toBe('2019-09-10');
    }
  });
});
