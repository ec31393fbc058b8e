// A --baseline whose plan file does not parse (tester round 111 F1): its milestones are compared with their planned
// dates, as those missing from the baseline are, so the report says so, lists the baseline's errors after it with
// their lines, and exits 1 as a report whose input has structural errors does (SPEC §7). It had exit 0 and a warning
// that named no line and sent the user to `validate <rev>:<path>`, which takes no revision.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const GOOD = 'plan: {id: p, title: P}\nmilestones:\n  - id: A\n    title: A\n    date: 2025-04-15\n    forecast: 2025-05-09\n';
const BROKEN = `${GOOD}  - id: Z\n    title: Z\n    date: 2025-06-02\n   bad: [unclosed\n`;
const files = { 'ws/p.yaml': GOOD, 'base/p.yaml': BROKEN };

describe('a --baseline with a structural error', () => {
  for (const command of [['slippage'], ['slippage', '--format', 'json'], ['gantt']]) {
    it(`${command.join(' ')}: the report, then the baseline's errors with their lines, exit 1`, async () => {
      const r = await runCli([...command, 'ws', '--baseline', 'base', '--today', '2025-04-22'], { files, diskRoots: [] });
      expect(r.code).toBe(1);
      expect(r.stdout).not.toBe('');
      expect(r.stderr).toMatch(/^milepel: warning: the baseline base has errors in base\/p\.yaml, listed after the report; milestones that could not be read there are compared with their planned dates/);
      expect(r.stderr).toContain('\nbase/p.yaml:10:1: error: ');
      expect(r.stderr).toContain('[yaml-syntax]');
    });
  }

  it('a baseline that reads: exit 0, nothing on stderr', async () => {
    const r = await runCli(['slippage', 'ws', '--baseline', 'ws', '--today', '2025-04-22'], { files, diskRoots: [] });
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});

// Tester round 111 F2: a governance file, or a file of no plan, as --baseline compared every milestone with its own
// planned date, exit 0, the report saying "against" it.
describe('a --baseline that holds no milestones', () => {
  it('is refused as a bad argument: exit 2, one line, nothing on stdout', async () => {
    const gov = { 'ws/p.yaml': GOOD, 'gov.yaml': 'bodies: [{id: NEHS, name: N}]\n', 'notes.yaml': 'x-notes: nothing\n' };
    for (const base of ['gov.yaml', 'notes.yaml']) {
      const r = await runCli(['slippage', 'ws', '--baseline', base, '--today', '2025-04-22'], { files: gov, diskRoots: [] });
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `milepel: --baseline ${base} holds no milestones, so every milestone would be compared with its own planned date: give the plans folder or a plan file at that revision\n`]);
    }
  });
});
