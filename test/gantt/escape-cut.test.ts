// A label shortened to the label column never ends inside an escape of a control or bidi character (tester round
// 113 F3: `B1 Bidi \u202…`, `X1 Esc \x1b[3…`, `red\…` at --width 44 and 60): the cut moves to the escape's start.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const files = {
  'ws/p.yaml': [
    'plan: {id: p, title: P, status_date: 2024-01-01}',
    'milestones:',
    '  - {id: B1, title: "Bidi \\u202e reversed text that runs on and on", date: 2024-03-01}',
    '  - {id: X1, title: "Esc \\e[31m red and then a long tail of words", date: 2024-06-03}',
    '  - {id: R1, title: "red\\u0007 bell at the start of a long title", date: 2024-09-02}',
  ].join('\n') + '\n',
};

describe('gantt labels cut at any width', () => {
  it('end before an escape, never inside one', async () => {
    for (let width = 40; width <= 90; width++) {
      const r = await runCli(['gantt', 'ws', '--width', String(width)], { files, diskRoots: [] });
      expect(r.code).toBe(0);
      for (const line of r.stdout.split('\n')) {
        expect(line, `--width ${width}`).not.toMatch(/\\(?:x[0-9a-f]?|u[0-9a-f]{0,3})…/);
        expect(line, `--width ${width}`).not.toMatch(/\\…/);
      }
    }
  });
});

// Tester round 113 F2: with --baseline the hollow mark sits at the baseline's date, and the legend called it the
// planned date: a board read B as planned for 20 April where the plan says 1 April.
describe('gantt --baseline legend', () => {
  it('names the baseline the hollow mark comes from; without one it is the planned date', async () => {
    const plan = 'plan: {id: p, title: P, status_date: 2024-01-01}\nmilestones:\n  - {id: B, title: B, date: 2024-04-01, forecast: 2024-05-02}\n';
    const files = { 'ws/p.yaml': plan, 'base/p.yaml': plan.replace('forecast: 2024-05-02', 'forecast: 2024-04-19') };
    const r = await runCli(['gantt', 'ws', '--baseline', 'base', '--width', '120'], { files, diskRoots: [] });
    expect(r.stdout).toContain('◇─ date in the baseline base, when different');
    expect(r.stdout).not.toContain('planned date, when different');
    const nb = await runCli(['gantt', 'ws', '--baseline', 'base', '--width', '120', '--locale', 'nb'], { files, diskRoots: [] });
    expect(nb.stdout).toContain('◇─ dato i referanseplanen base når den er endret');
    expect((await runCli(['gantt', 'ws', '--width', '120'], { files, diskRoots: [] })).stdout).toContain('◇─ planned date, when different');
  });
});
