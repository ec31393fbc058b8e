// Common options before the command (`milepel --locale nb validate plans`), as git and npm users write them: the
// same run as with the options after the command (a tester's finding, session 12: it was exit 2, unknown option).
import { describe, expect, it } from 'vitest';
import { commandFirst } from '../../src/cli/args.js';
import { runCli } from '../helpers/fake-io.js';
import { TWO_MILESTONES } from '../helpers/two-milestones.js';

describe('commandFirst', () => {
  const cases: [string[], string[]][] = [
    [['--locale', 'nb', 'validate', 'plans'], ['validate', '--locale', 'nb', 'plans']],
    [['--today=2019-09-01', '--no-color', 'gantt', '--width', '80'], ['gantt', '--today=2019-09-01', '--no-color', '--width', '80']],
    [['--format', 'json', '--strict', 'validate'], ['validate', '--format', 'json', '--strict']],
    // Left for commander to answer: no option first, -V, an unknown option before a word that is no command.
    [['validate', '--locale', 'nb'], ['validate', '--locale', 'nb']],
    // watch reads what follows it itself (its --locale; any other option is refused there, test/watch).
    [['--locale', 'nb', 'watch', 'plans'], ['watch', '--locale', 'nb', 'plans']],
    [['--today', '2019-09-01', 'watch', 'plans'], ['watch', '--today', '2019-09-01', 'plans']],
    [['-V', 'validate'], ['-V', 'validate']],
    [['--bogus', 'x', 'validate'], ['--bogus', 'x', 'validate']],
    // What commander is left to answer loses the common options before it: it calls '--bogus' unknown, not the
    // '--locale' that milepel's commands all take (a tester's finding, session 23).
    [['--locale', 'nb', '--bogus'], ['--bogus', '--locale', 'nb']],
    [['--locale', 'nb', '--bogus', 'x'], ['--bogus', '--locale', 'nb', 'x']],
    // Moved too: an unknown option is then reported by the command (not the common option before it); a value
    // option followed by an option has no value; help and its topic; a misspelt command after common options.
    [['--locale', 'nb', '--bogus', 'validate'], ['validate', '--locale', 'nb', '--bogus']],
    // `--` ends the options; a command name is an option's value only when another command follows.
    [['--locale', 'en', '--', 'validate', 'plans'], ['validate', '--locale', 'en', 'plans']],
    [['--plan', 'validate', 'critical-path'], ['critical-path', '--plan', 'validate']],
    [['--help', 'validate'], ['validate', '--help']],
    [['--locale', 'nb', 'help', 'gantt'], ['gantt', '--locale', 'nb', '--help']],
    [['--locale', 'nb', 'help'], ['--help', '--locale', 'nb']],
    [['--locale', 'nb', 'valdate'], ['valdate', '--locale', 'nb']],
    // Only common options: no command (as a bare `milepel`); --help alone is the program's help.
    [['--today', '2019-09-01'], []],
    [['--help'], ['--help']],
  ];
  for (const [args, expected] of cases) it(args.join(' '), () => expect(commandFirst(args)).toEqual(expected));
  // A common option before the command without its value: commander's words, as after the command.
  const missing: [string[], RegExp][] = [
    [['--format', 'validate'], /option '--format <format>' argument missing/],
    [['--today', '--locale', 'nb', 'validate'], /option '--today <date>' argument missing/],
    [['--today', 'validate', 'plans'], /option '--today <date>' argument missing/],
    [['--locale'], /option '--locale <locale>' argument missing/],
  ];
  for (const [args, error] of missing) it(`${args.join(' ')}: ${error.source}`, () => expect(() => commandFirst(args)).toThrow(error));
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
  for (const [args, line] of [
    [['--locale', 'nb', '--bogus', 'validate', 'ws'], "milepel: ukjent valg '--bogus': `milepel validate --help` viser valgene\n"],
    [['--locale', 'nb', '--bogus'], "milepel: ukjent valg '--bogus': `milepel --help` viser valgene\n"],
    [['gantt', 'ws', '--bogus'], "milepel: unknown option '--bogus': `milepel gantt --help` lists the options\n"],
    [['--locale', 'nb', 'valdate', 'ws'], "milepel: ukjent kommando 'valdate' (mente du validate?)\n"],
    [['--no-color'], 'milepel: no command given: run `milepel --help` for the list of commands\n'],
    // A tester's findings (session 14): "unknown command 'ws'", "no command given", "Did you mean --lidate?".
    [['--today', 'validate', 'ws'], "milepel: option '--today <date>' argument missing\n"],
    [['--locale', 'nb', '--today'], "milepel: valget '--today <date>' trenger en verdi\n"],
    [['--locale', 'nb', '--', 'valdate', 'ws'], "milepel: ukjent kommando 'valdate' (mente du validate?)\n"],
    // lsp takes --locale (before the command too): a bad one is refused before the server starts.
    [['--locale', 'xx', 'lsp'], 'milepel: --locale xx is not supported: use nb or en\n'],
    [['--today', '01.09.0000', 'validate', 'ws'], 'milepel: --today 01.09.0000 does not exist: the years run from 0001 (there is no year 0)\n'],
    // A repeated --locale: the last one, which the run itself would speak (commander's rule), as for --format.
    [['--locale', 'en', 'validate', 'ws', '--locale', 'nb', '--bogus'], "milepel: ukjent valg '--bogus': `milepel validate --help` viser valgene\n"],
    [['--locale', 'nb', 'validate', 'ws', '--locale=en', '--today'], "milepel: option '--today <date>' argument missing: write its value after it; `milepel validate --help` shows what it takes\n"],
  ] as const) {
    it(`${args.join(' ')}: ${line.trim()}`, async () => {
      const r = await runCli([...args], { files });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(line);
    });
  }
  it('init and schema take --locale, before the command too', async () => {
    const init = await runCli(['--locale', 'nb', 'init', 'fresh']);
    expect(init.code).toBe(0);
    expect(init.stdout).toBe((await runCli(['init', 'fresh2', '--locale', 'nb'])).stdout.replaceAll('fresh2', 'fresh'));
    expect(init.stdout).not.toBe((await runCli(['init', 'fresh3', '--locale', 'en'])).stdout.replaceAll('fresh3', 'fresh'));
    expect((await runCli(['--locale', 'nb', 'schema'])).code).toBe(0);
    // One milepel does not speak is refused by schema too (tester round 26: exit 0, the schema printed).
    for (const argv of [['schema', '--locale', 'xx'], ['--locale', 'xx', 'schema']]) {
      const r = await runCli(argv);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'milepel: --locale xx is not supported: use nb or en\n']);
    }
  });
  it('an option the command does not have is still one milepel: line, exit 2', async () => {
    const r = await runCli(['--strict', 'gantt', 'ws'], { files });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^milepel: unknown option '--strict'/);
  });
});
