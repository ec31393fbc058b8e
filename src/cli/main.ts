// The command line: parses arguments with commander, runs a command, returns the exit code (never calls process.exit).
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { validateFormatNames } from '../report/validate/index.js';
import { runInit } from './commands/init.js';
import { runSchema } from './commands/schema.js';
import { runValidate } from './commands/validate.js';
import { nodeIo, type Io } from './io.js';
import type { CommonOptions } from './options.js';
import { UsageError } from './usage-error.js';

const ISSUES_URL = 'https://github.com/milepel/milepel/issues';

type Action = (paths: string[], options: CommonOptions & Record<string, unknown>) => number;

export async function run(argv: readonly string[], io: Io = nodeIo()): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    return handleError(io, error);
  }
}

function handleError(io: Io, error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    io.stderr(`milepel: ${error.message.replace(/^error: /, '').split('\n')[0]}\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    io.stderr(`milepel: ${error.message}\n`);
    return 2;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr(`milepel: internal error: ${detail}\nThis is a bug in milepel ${pkg.version}, not in your plan. Please report it at ${ISSUES_URL} with the command you ran${io.env['MILEPEL_DEBUG'] ? '' : ' (set MILEPEL_DEBUG=1 for the stack trace)'}.\n`);
  if (io.env['MILEPEL_DEBUG'] && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return 3;
}

function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command('milepel')
    .description('Milestone, dependency and governance planning for YAML plans.')
    .version(pkg.version, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: () => {}, outputError: () => {} });

  const common = (cmd: Command, formats: readonly string[]): Command =>
    cmd
      .argument('[paths...]', 'plan files or directories (default: ./plans)')
      .addOption(new Option('--format <format>', `output format: ${formats.join(', ')}`).default(formats[0]))
      .option('--today <date>', 'status date T, YYYY-MM-DD or DD.MM.YYYY (default: the latest status_date, else the system date)')
      .option('--plan <id>', 'report on one plan only (validation always covers the whole workspace)')
      .option('--color', 'colour the output (default: when stdout is a terminal and NO_COLOR is unset)')
      .option('--no-color', 'never colour the output')
      .option('--locale <locale>', 'language of text reports: nb or en (default: from LANG)')
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: () => {}, outputError: () => {} });
  const act = (action: Action) => (paths: string[], options: CommonOptions & Record<string, unknown>): void => setCode(action(paths, options));

  common(program.command('validate').description('check the plans against every rule; exit 1 on an error'), validateFormatNames)
    .option('--strict', 'treat warnings as errors')
    .addHelpText('after', '\nExamples:\n  milepel validate                       check ./plans\n  milepel validate plans/ --format github  annotations in GitHub Actions\n  milepel validate --strict --today 2019-09-01\n')
    .action(act((paths, options) => runValidate(io, paths, options, pkg.version)));

  program.command('schema').description('print the JSON Schema of a plan file').exitOverride()
    .action(() => setCode(runSchema(io)));

  program.command('init').argument('[dir]', 'directory to create (default: ./plans)').description('write an example workspace; never overwrites').exitOverride()
    .action((dir: string | undefined) => setCode(runInit(io, dir)));

  program.addHelpText('after', '\nExamples:\n  milepel init                 write an example workspace into ./plans\n  milepel validate             check every plan in ./plans\n  milepel critical-path --today 2019-09-01\n');
  return program;
}

export { UsageError };
