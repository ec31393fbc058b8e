// Common options before the command (`milepel --locale nb validate plans`), as git and npm users write them: the
// same run as with the options after the command (a tester's finding, session 12: it was exit 2, unknown option).
import { describe, expect, it } from 'vitest';
import { commandFirst } from '../../src/cli/main.js';
import { runCli } from '../helpers/fake-io.js';
import { TWO_MILESTONES } from '../helpers/two-milestones.js';

describe('commandFirst', () => {
  const cases: [string[], string[]][] = [
    [['--locale', 'nb', 'validate', 'plans'], ['validate', '--locale', 'nb', 'plans']],
    [['--today=2019-09-01', '--no-color', 'gantt', '--width', '80'], ['gantt', '--today=2019-09-01', '--no-color', '--width', '80']],
    [['--format', 'json', '--strict', 'validate'], ['validate', '--format', 'json', '--strict']],
    // Left for commander to answer: no option first, no command after them, an unknown option, help, watch.
    [['validate', '--locale', 'nb'], ['validate', '--locale', 'nb']],
    [['--locale', 'nb'], ['--locale', 'nb']],
    [['--format', 'validate'], ['--format', 'validate']],
    [['--frobnicate', 'validate'], ['--frobnicate', 'validate']],
    [['--locale', 'nb', 'valdate'], ['--locale', 'nb', 'valdate']],
    [['--help', 'validate'], ['--help', 'validate']],
    [['--today', '2019-09-01', 'watch', 'plans'], ['--today', '2019-09-01', 'watch', 'plans']],
  ];
  for (const [args, expected] of cases) it(args.join(' '), () => expect(commandFirst(args)).toEqual(expected));
});

describe('options before the command', () => {
  const files = { 'ws/w.yaml': TWO_MILESTONES };
  it('validate: the same output and exit code either way', async () => {
    const after = await runCli(['validate', 'ws', '--locale', 'nb', '--today', '2019-08-01', '--format', 'json'], { files });
    const before = await runCli(['--locale', 'nb', '--today', '2019-08-01', '--format', 'json', 'validate', 'ws'], { files });
    expect(before.stderr).toBe('');
    expect(before.code).toBe(after.code);
    expect(before.stdout).toBe(after.stdout);
    expect(before.stdout).toContain('"diagnostics"');
  });
  it('a report in Norwegian', async () => {
    const r = await runCli(['--locale', 'nb', 'critical-path', 'ws', '--today', '2019-08-01'], { files });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await runCli(['critical-path', 'ws', '--today', '2019-08-01', '--locale', 'nb'], { files })).stdout);
  });
  it('an option the command does not have is still one milepel: line, exit 2', async () => {
    const r = await runCli(['--strict', 'gantt', 'ws'], { files });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^milepel: unknown option '--strict'/);
  });
});
