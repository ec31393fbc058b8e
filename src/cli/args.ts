// The command line before commander reads it: which command a run names, options written before the command moved
// after it, and what the arguments say about the run's output (its locale for an error line, JSON or GitHub format
// on stdout). Pure functions of the arguments (and LANG for the locale); src/cli/main.ts runs commander on the result.
import type { Command } from 'commander';
import type { Io } from './io.js';
import { decideLocale } from './options.js';
import { msg, type Locale } from '../messages/index.js';
import { UsageError } from './usage-error.js';
import { quoteText } from '../text/quote.js';

/** The commands, in the order of the general help (a test keeps this list and buildProgram's tree in step). */
export const COMMAND_NAMES: readonly string[] = ['validate', 'critical-path', 'meetings', 'gantt', 'roadmap', 'slippage', 'gates', 'health', 'explain', 'set', 'snapshot', 'export', 'risk', 'lsp', 'watch', 'schema', 'init', 'import'];

/**
 * The command a run names in its first argument, whose definition is all commander needs: setting up all 18
 * commands (options, help texts) was ~2 ms of a 13 ms `validate` on the shipped plans. Commander dispatches on the
 * first argument alone, and a command's help, errors and suggestions read only that command and the program's own
 * options. Anything else (no command, an option first, `help`, a misspelt command) gets the whole tree.
 */
export function commandOf(args: readonly string[]): string | undefined {
  const first = args[0];
  return first !== undefined && COMMAND_NAMES.includes(first) ? first : undefined;
}

/**
 * Every option of `cmd` that takes a value, given twice with different values, is refused (exit 2) rather than the
 * last one taken without a word, as commander would: `validate --plan a --plan b` checked plan b alone and exited 0
 * with errors in plan a (tester round 73 F1); `slippage --baseline nosuch --baseline plans` dropped the first; `set
 * --forecast` twice: which date did the user mean? The same value twice is that value. Listens to commander's own
 * `option:<name>` events, after its handler, counting what the command line gave (a default is not given: `--format`
 * has one), and refuses just before the action runs: `--help` and the errors commander finds while reading the line
 * (an unknown option, a missing value) come first, as for any other wrong value (tester round 74 F3). The values are
 * quoted: `--plan "" --plan akson` said "given twice,  and akson" (round 75 F5). The message counts every time the option
 * was given and lists each value once, in order: `--plan a --plan a --plan b` is "given 3 times, "a" and "b"" (round 76
 * F8: it said "given twice").
 */
export function refuseRepeatedValues(cmd: Command): void {
  // An edit says that it wrote nothing.
  const id = cmd.name() === 'set' || cmd.name() === 'snapshot' ? 'cli.set.twice' : 'cli.option.twice';
  const given: { flag: string; times: number; values: string[] }[] = [];
  for (const option of cmd.options) {
    if (!option.required && !option.optional) continue;
    const seen = { flag: option.long ?? option.flags, times: 0, values: [] as string[] };
    given.push(seen);
    cmd.on(`option:${option.name()}`, (value: unknown) => {
      if (typeof value !== 'string') return;
      seen.times++;
      if (!seen.values.includes(value)) seen.values.push(value);
    });
  }
  cmd.hook('preAction', () => {
    // The first option, in the command's own order, given with two values or more.
    const repeated = given.find((g) => g.values.length > 1);
    if (repeated !== undefined) throw new UsageError(msg(id, { flag: repeated.flag, times: repeated.times, values: repeated.values.map(quoteText) }));
  });
}

/** The common options (SPEC §7) that take a value, as commander names them, and those that do not. */
const VALUE_OPTIONS: ReadonlyMap<string, string> = new Map([['--today', '--today <date>'], ['--format', '--format <format>'], ['--plan', '--plan <id>'], ['--locale', '--locale <locale>'], ['--width', '--width <columns>']]);
const FLAG_OPTIONS: ReadonlySet<string> = new Set(['--color', '--no-color', '--strict']);

/**
 * `milepel --locale nb validate plans`: options written before the command, as git and npm users write them, moved
 * to just after it, where commander reads a command's options (SPEC §7 writes them after the command; both orders
 * now mean the same, and an unknown or incomplete option is reported as it is after the command). `milepel --locale
 * nb help gantt` is `milepel gantt --locale nb --help`. Common options and no command is "no command given", as a
 * bare `milepel` is; common options and a misspelt command, "unknown command". Left for commander: `-V`, an unknown
 * option before a word that is no command (it may be its value). `watch` reads what follows it itself. `--` after the
 * options ends them (`milepel --locale en -- validate`). A common option whose value is missing, at the end or
 * before the command (`milepel --today validate plans`: "validate" is no date), is a UsageError ("option '--today
 * <date>' argument missing"), as it is after the command; a command name is its value only when another command
 * follows (`--plan validate critical-path`).
 */
export function commandFirst(args: readonly string[]): readonly string[] {
  let i = 0;
  let onlyCommon = true;
  // The leading options that are not common ones, and the common ones (with their values): when commander is left to
  // answer, it reads the first ones first and calls the first of them unknown, where the line as written made it call
  // the common `--locale` before them unknown (a tester's finding). The common ones stay: --locale speaks the help.
  const uncommon: string[] = [];
  const common: string[] = [];
  while (i < args.length && args[i]!.startsWith('-') && args[i] !== '--') {
    const arg = args[i]!;
    const name = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    if (name === '-V' || name === '--version') return args;
    const valueName = name === arg ? VALUE_OPTIONS.get(name) : undefined;
    if (valueName !== undefined && isMissingValue(args, i + 1)) throw new UsageError(msg('cli.option-missing-argument', { name: valueName }));
    if (!VALUE_OPTIONS.has(name) && !FLAG_OPTIONS.has(name)) {
      onlyCommon = false;
      uncommon.push(arg);
    } else {
      common.push(arg);
      if (valueName !== undefined) common.push(args[i + 1]!);
    }
    i += valueName !== undefined ? 2 : 1;
  }
  if (i === 0) return args;
  const leading = args.slice(0, i);
  // `--` ends the options: the word after it is the command (POSIX, guideline 10).
  const rest = args[i] === '--' && onlyCommon ? args.slice(i + 1) : args.slice(i);
  const command = rest[0];
  if (command === undefined) return onlyCommon ? [] : [...uncommon, ...common];
  i = args.length - rest.length;
  if (command === 'help') {
    const topic = args[i + 1];
    if (topic === undefined) return ['--help', ...leading];
    // An unknown topic is answered as an unknown command ("Did you mean validate?"), as helpTopicArgs does.
    return COMMAND_NAMES.includes(topic) ? [topic, ...leading, '--help', ...args.slice(i + 2)] : [topic, ...leading];
  }
  // watch reads its own arguments (splitWatchArgs): `--locale` is the one option it takes, before or after its name.
  if (command === 'watch') return [command, ...leading, ...args.slice(i + 1)];
  // A misspelt command after common options: commander names the command, not the first option.
  return COMMAND_NAMES.includes(command) || onlyCommon ? [command, ...leading, ...args.slice(i + 1)] : [...uncommon, ...common, ...rest];
}

/**
 * Whether a common option before the command has no value at `at`: nothing follows, an option follows, or a command
 * name follows that is not itself followed by a command (then that name is the command, not the value).
 */
function isMissingValue(args: readonly string[], at: number): boolean {
  const next = args[at];
  if (next === undefined || next.startsWith('-')) return true;
  const isCommand = (word: string | undefined): boolean => word !== undefined && (COMMAND_NAMES.includes(word) || word === 'help');
  return isCommand(next) && !isCommand(args[at + 1]);
}

/**
 * The locale of the run for its error line: the last `--locale` before any `--` when it names one (the one commander
 * takes, so an error speaks the language the run would have), else LANG / LC_ALL.
 */
export function localeOfRun(argv: readonly string[], io: Io): Locale {
  const flag = lastOptionValue(argv, '--locale');
  try {
    return decideLocale(flag, io);
  } catch {
    return decideLocale(undefined, io);
  }
}

/** The formats whose stdout is JSON made by milepel's JSON writers (JSON.stringify, report/json-stream.ts). */
const JSON_FORMATS: ReadonlySet<string> = new Set(['json', 'sarif', 'gitlab']);

/**
 * Whether stdout will be one command's JSON: the last `--format` before any `--` names a JSON format, and the
 * command is not `watch` (which prints its own lines). Every line of that JSON starts with indentation and then a
 * quote, a bracket, a digit or a literal, since strings escape their line breaks: no line can start with `::`, so
 * guardWorkflowCommands would only scan it (about 1 s for the 363 MB of the 1,000,000-long chain's critical-path).
 */
export function isJsonOutput(args: readonly string[]): boolean {
  if (args[0] === 'watch') return false;
  const format = lastOptionValue(args, '--format');
  return format !== undefined && JSON_FORMATS.has(format);
}

/**
 * The value of the last `name value` or `name=value` before any `--`, as commander takes a repeated option (the last
 * wins), or undefined when it is not given.
 */
export function lastOptionValue(args: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    const arg = args[i]!;
    if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
    else if (arg === name) value = args[i + 1];
  }
  return value;
}

export function isGithubFormat(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--format=github' || (a === '--format' && argv[i + 1] === 'github'));
}
