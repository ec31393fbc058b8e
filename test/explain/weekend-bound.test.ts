// explain names the bound a latest date was undone from when the successor shows another date (tester round 59 F4):
// A + 18ed = B on Friday 23 January 2026; D's deadline Friday 30 January less its 5d leaves B the latest finish Sunday
// 25 January, which B shows as Friday 23 (its last working day, the same float: SPEC §5's note in docs/spec.md). A's
// latest is 25 January less 18 calendar days, Wednesday 7 January: "latest 2026-01-07: successor p/B (FS +18ed)" beside
// B's shown 2026-01-23 did not add up by hand (23 less 18 days is 5 January).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const PLAN = `plan: {id: p, title: P, status_date: 2026-01-05, calendar: {holidays: none}}
milestones:
  - {id: A, title: Start, date: 2026-01-05}
  - {id: B, title: Branch, date: 2026-01-19, after: [{id: A, lag: 18ed}]}
  - {id: D, title: End, date: 2026-01-19, deadline: 2026-01-30, duration: 5d, after: [B]}
`;

describe('explain of a latest date undone from a successor that shows its last working day', () => {
  it('names the day the successor may finish by and the date it shows, in English and Norwegian', async () => {
    const en = await runCli(['explain', 'p/A', 'ws', '--width', '200'], { files: { 'ws/p.yaml': PLAN } });
    expect(en.stdout).toContain('  latest 2026-01-07: successor p/B (FS +18ed), which may finish as late as 2026-01-25 (shown as 2026-01-23, its last working day)\n');
    expect(en.stdout).toContain('  float 2 working days\n');
    const nb = await runCli(['explain', 'p/A', 'ws', '--width', '200', '--locale', 'nb'], { files: { 'ws/p.yaml': PLAN } });
    expect(nb.stdout).toContain('etterfølgeren p/B (FS +18ed), som senest kan bli ferdig 25.01.2026 (vist som 23.01.2026, siste arbeidsdag)');
  });

  it('says nothing more when the successor shows the day it may finish by', async () => {
    const r = await runCli(['explain', 'p/B', 'ws', '--width', '200'], { files: { 'ws/p.yaml': PLAN } });
    expect(r.stdout).toMatch(/ {2}latest 2026-01-23: successor p\/D \(FS\)\n/);
  });
});
