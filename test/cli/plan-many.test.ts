// An unknown --plan in a workspace of 5,000 plans (tester round 24 F10): one readable line that names the nearest plan
// and the first ten, not a line of 34,000 characters; export --format mspdi without --plan likewise.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const files = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`ws/p${i}.yaml`, `plan: {id: p${i}, title: P}\nmilestones:\n  - {id: M, title: M, date: 2024-01-15}\n`]));

describe('--plan among 5,000 plans', () => {
  it('names the nearest plan and the first ten, then how many more', async () => {
    const r = await runCli(['critical-path', 'ws', '--plan', 'p17x'], { files });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milepel: --plan p17x: no such plan in the workspace; did you mean p17? (plans: p0, p1, p10, p100, p1000, p1001, p1002, p1003, p1004, p1005 and 4990 more)\n');
  });

  it('export --format mspdi without --plan lists the first ten of them, in Norwegian too', async () => {
    const en = await runCli(['export', 'ws', '--format', 'mspdi'], { files });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/the workspace has 5000: p0, p1, p10, p100, p1000, p1001, p1002, p1003, p1004, p1005 and 4990 more; choose one with --plan\n$/);
    const nb = await runCli(['export', 'ws', '--format', 'mspdi', '--locale', 'nb'], { files });
    expect(nb.stderr).toMatch(/og arbeidsområdet har 5000: p0, p1, p10, .* p1005 og 4990 til; velg én med --plan\n$/);
  });
});
