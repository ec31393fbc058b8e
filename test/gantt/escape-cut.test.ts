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
