// Tester round 77 F1: the findings a report writes to stderr were coloured when stdout was a terminal, so
// `critical-path 2>log` wrote escapes into the log and `critical-path | jq` showed them uncoloured on the terminal;
// `set` and `snapshot` coloured theirs only with --color. Each stream is now coloured when it is a terminal, as git and
// cargo do; --color, --no-color, NO_COLOR and FORCE_COLOR decide both.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const ESC = '\x1b[';
const files = { 'ws/p.yaml': 'plan: {id: p, title: T}\nmilestones:\n  - {id: A, title: a, date: 2019-09-02, after: [X]}\n' };

describe('the findings a report writes to stderr', () => {
  it.each([
    ['a terminal on stderr, a pipe on stdout', { stderrIsTTY: true, isTTY: false }, [], true],
    ['a terminal on stdout, a file on stderr', { stderrIsTTY: false, isTTY: true }, [], false],
    ['a terminal on both, --no-color', { stderrIsTTY: true, isTTY: true }, ['--no-color'], false],
    ['neither a terminal, --color', { stderrIsTTY: false, isTTY: false }, ['--color'], true],
  ] as const)('are coloured as stderr decides: %s', async (_name, tty, flags, coloured) => {
    const r = await runCli(['critical-path', 'ws', '--today', '2019-06-01', ...flags], { files, ...tty });
    expect(r.stderr).toContain('refers to milestone "X"');
    expect(r.stderr.includes(ESC)).toBe(coloured);
  });

  it('follow NO_COLOR and FORCE_COLOR on a terminal', async () => {
    expect((await runCli(['critical-path', 'ws', '--today', '2019-06-01'], { files, stderrIsTTY: true, env: { NO_COLOR: '1' } })).stderr).not.toContain(ESC);
    expect((await runCli(['critical-path', 'ws', '--today', '2019-06-01'], { files, env: { FORCE_COLOR: '1' } })).stderr).toContain(ESC);
  });
});

describe('the findings an edit writes to stderr', () => {
  const edit = { 'ws/p.yaml': 'plan: {id: p, title: T}\nmilestones:\n  - {id: A, title: a, date: 2019-09-02}\n  - {id: B, title: b, date: 2019-09-10, after: [A]}\n' };
  it('are coloured on a terminal, as a report\'s are', async () => {
    for (const [stderrIsTTY, coloured] of [[true, true], [false, false]] as const) {
      const r = await runCli(['set', 'p/A', '--forecast', '2019-09-20', 'ws', '--today', '2019-06-01'], { files: edit, stderrIsTTY });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('dependency-order');
      expect(r.stderr.includes(ESC)).toBe(coloured);
    }
  });
});
