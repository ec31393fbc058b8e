// `milepel health` counts links, not `after` entries: an entry that repeats an earlier one's link (the same
// predecessor and link type, tester round 43) is one relationship, left out of the schedule, so the lags and leads
// checks count it once; a link of another type between the same two milestones is a link of its own.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const PLAN = `plan: {id: h, title: Repeated links, status_date: 2026-01-02}
milestones:
  - {id: D1, title: D1, date: 2026-01-05}
  - {id: B, title: B, date: 2026-03-30, after: [D1, {id: D1, lag: 50d}]}
  - {id: C, title: C, date: 2026-03-30, after: [{id: D1, lag: -2d}, h/D1, {id: h/D1, lag: -1d}]}
  - {id: E, title: E, date: 2026-03-30, after: [D1, {id: D1, type: SS, lag: 50d}]}
`;

interface Check { id: string; count: number; of: number; refs: string[] }

describe('health with a repeated after entry', () => {
  it('counts each link once in the lags and leads checks; links of two types between the same pair count two', async () => {
    const r = await runCli(['health', 'ws/h.yaml', '--format', 'json'], { files: { 'ws/h.yaml': PLAN } });
    const checks = (JSON.parse(r.stdout) as { plans: { checks: Check[] }[] }).plans[0]!.checks;
    const check = (id: string): Check => checks.find((c) => c.id === id)!;
    // Links: D1 → B (0d), D1 → C (-2d), D1 → E FS (0d) and SS (50d).
    expect(check('lags')).toMatchObject({ count: 1, of: 4, refs: ['h/E'] });
    expect(check('leads')).toMatchObject({ count: 1, of: 4, refs: ['h/C'] });
    // The repetitions are schema errors, which make the report exit 1 (SPEC §7).
    expect(r.code).toBe(1);
    expect(r.stderr.match(/\[schema\]/g)).toHaveLength(3);
  });
});
