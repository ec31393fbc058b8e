// The commands of the command tree (program.ts) that take none of the report options: the language server, watch,
// schema, init and import.
import type { Command } from 'commander';
import type { Locale } from '../messages/index.js';
import type { Io } from './io.js';
import { examples } from './help-locale.js';

/** What the command definitions share: the io, where the exit code goes, the run's arguments and locale, and which
 * commands to define (see commandOf). */
export interface CommandSetup {
  readonly io: Io;
  readonly setCode: (code: number) => void;
  readonly argv: readonly string[];
  readonly locale: Locale;
  readonly has: (name: string) => boolean;
}

/** Defines lsp, watch, schema, init and import on `program`, those of them that `has` names, in that order. */
export function addToolCommands(program: Command, { io, setCode, argv, locale, has }: CommandSetup): void {
  if (has('lsp')) {
    program.command('lsp').description('language server on stdio for editors: diagnostics as you type, hover, completion, definitions, quick fixes')
      .option('--stdio', 'talk over stdin and stdout (the default and only transport; accepted for editors that pass it)')
      .option('--locale <locale>', 'language of messages: nb or en, unless the editor asks for one (default: from LC_ALL, LC_MESSAGES or LANG)')
      .addHelpText('after', examples(locale, 'milepel lsp   started by the editor (see editors/vscode, README)'))
      .action(async (options: { locale?: string }) => setCode(await (await import('./commands/lsp.js')).runLsp(io, options.locale)));
  }

  // Its arguments are read from argv: commander does not keep where `--` was.
  if (has('watch')) {
    // Its one option is listed for the help; splitWatchArgs reads it (and refuses any other before `--`).
    program.command('watch').argument('[paths...]', 'plan files or directories to watch (default: ./plans)').allowUnknownOption()
      .usage('[options] [paths...] [-- <command> <args...>]')
      .description('re-run validate, or the command after --, whenever a plan file changes; Ctrl-C stops')
      .option('--locale <locale>', 'language of its own lines, passed on to a milepel command after -- that names none: nb or en (default: that command\'s --locale, else from LC_ALL, LC_MESSAGES or LANG)')
      .addHelpText('after', examples(locale, 'milepel watch', 'milepel watch plans -- critical-path plans --today 2019-09-01', 'milepel watch plans -- make report'))
      .action(async () => setCode(await (await import('./commands/watch.js')).runWatch(io, argv)));
  }

  if (has('schema')) {
    program.command('schema').description('print the JSON Schema of a plan file')
      .option('--locale <locale>', 'accepted as every command accepts it; the schema is in English')
      .addHelpText('after', examples(locale, 'milepel schema > schemas/plan.schema.json   for editors without the package', 'milepel schema | jq \'.properties | keys\''))
      .action(async (options: { locale?: string }) => setCode((await import('./commands/schema.js')).runSchema(io, options.locale)));
  }

  if (has('init')) {
    program.command('init').argument('[dir]', 'directory to create (default: ./plans)').description('write an example workspace; never overwrites')
      .option('--locale <locale>', 'language of messages: nb or en (default: from LC_ALL, LC_MESSAGES or LANG)')
      .addHelpText('after', examples(locale, 'milepel init                 ./plans with a plan, a board and its meetings', 'milepel init my-programme/plans && milepel validate my-programme/plans'))
      .action(async (dir: string | undefined, options: { locale?: string }) => setCode((await import('./commands/init.js')).runInit(io, dir, options.locale)));
  }

  if (has('import')) {
    program.command('import').argument('<file>', 'a P6 .xer, MS Project .xml, .csv or .xlsx file')
      .description('import a schedule from Primavera P6, MS Project, CSV or Excel into plan files; never overwrites')
      .option('--out <dir>', 'directory to write the plan files into (default: ./plans)')
      .option('--plan-id <id>', 'id of the imported plan (default: from the project\'s name)')
      .option('--from <format>', 'input format: xer, mspdi, csv or xlsx (default: from the extension or the content)')
      .option('--locale <locale>', 'language of the findings and summary on stderr: nb or en (default: from LC_ALL, LC_MESSAGES or LANG)')
      .addHelpText('after', examples(locale, 'milepel import programme.xer --out plans', 'milepel import plan.xml --plan-id akson', 'milepel import milepæler.csv --from csv'))
      .action(async (file: string, options: { out?: string; planId?: string; from?: string; locale?: string }) => setCode(await (await import('./commands/import.js')).runImport(io, file, options)));
  }
}
