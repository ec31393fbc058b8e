// Arithmetic near 0001-01-01 reaches days before it (a lead of 3 working days before a milestone on 0001-01-01):
// messages, hints and explain said `0000-12-21` and advised a meeting between 0000-12-27 and 0000-12-27, a date no
// plan can hold (tester round 24 F7). Such a date is said as one before 0001-01-01, and an interval that ends before
// it as one where no day can qualify.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const files = {
  'ws/gov.yaml': 'bodies: [{id: NEHS, name: Board}]\nmeetings:\n  - {body: NEHS, date: 0001-01-01}\n',
  'ws/x.yaml': `plan: {id: x, title: X, status_date: 0001-01-01, governance: {require: [NEHS], window: 5ed, lead: 3d}}
milestones:
  - {id: LO, title: Low, date: 0001-01-01}
gates:
  - {id: G0, title: G, date: 0001-01-01, body: NEHS, ready: {milestone: LO, lead: 5d}}
`,
};

describe('dates before 0001-01-01 in messages', () => {
  it.each(['text', 'json', 'github', 'sarif'])('are never written as year 0 (%s)', async (format) => {
    const r = await runCli(['validate', 'ws', '--format', format], { files });
    expect(r.stdout + r.stderr).not.toMatch(/0000-\d\d-\d\d/);
  });

  it('say that no day can qualify, and that the gate must be reached by a day before 0001-01-01; in Norwegian too', async () => {
    const en = await runCli(['validate', 'ws'], { files });
    expect(en.stdout).toContain('hold a NEHS meeting — no day can qualify: the interval ends before 0001-01-01');
    expect(en.stdout).toContain('it must be reached by a day before 0001-01-01');
    const nb = await runCli(['validate', 'ws', '--locale', 'nb'], { files });
    expect(nb.stdout).toContain('ingen dag kan gjelde: intervallet slutter før 01.01.0001');
    expect(nb.stdout).not.toMatch(/\.0000\b/);
    const explain = await runCli(['explain', 'x/LO', 'ws'], { files });
    expect(explain.stdout).toContain('Meetings: no day can qualify: the interval ends before 0001-01-01');
  });
});
