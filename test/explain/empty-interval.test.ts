// A governance window no longer than the lead leaves §4.2's interval empty: explain and meetings say no day can
// qualify, as validate's hint does, instead of a range that ends before it starts (tester round 10 #8).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const FILES = {
  'ws/styring.yaml': `bodies:
  - {id: NEHS, name: Nasjonalt e-helsestyre}
meetings:
  - {body: NEHS, date: 2024-06-12}
  - {body: NEHS, date: 2024-06-13}
`,
  'ws/prog.yaml': `plan:
  id: prog
  title: Program
  status_date: 2024-05-01
  governance: {require: [NEHS], window: 2d, lead: 5ed}
milestones:
  - {id: M1, title: "empty interval", date: 2024-06-14}
`,
};

describe('an empty admissible interval', () => {
  it('explain says no day can qualify, in English and Norwegian', async () => {
    const en = await runCli(['explain', 'prog/M1', 'ws', '--width', '200'], { files: FILES });
    expect(en.stdout).toContain("Meetings: no day can qualify: the window's first day 2024-06-12 is after the lead's last 2024-06-09; make the governance window longer than the lead\n");
    expect(en.stdout).not.toContain('admissible between');
    const nb = await runCli(['explain', 'prog/M1', 'ws', '--width', '200', '--locale', 'nb'], { files: FILES });
    expect(nb.stdout).toContain('Møter: ingen dag kan gjelde: vinduets første dag 12.06.2024 er etter ledetidens siste 09.06.2024');
  });

  it('meetings does not offer the nearest meeting to list', async () => {
    const r = await runCli(['meetings', 'ws', '--width', '200'], { files: FILES });
    expect(r.stdout).toContain("  M1 NEHS: no day can qualify: the window's first day 2024-06-12 is after the lead's last 2024-06-09; make the governance window longer than the lead\n");
    expect(r.stdout).not.toContain('nearest before NEHS@2024-06-13');
  });
});
