// watch's command line: its own arguments split from the command after `--`, that command checked and given the watched paths.
import { Command, CommanderError } from 'commander';
import { isPathName, isProgram } from '../find-program.js';
import type { Io } from '../io.js';
import { UsageError } from '../usage-error.js';
import { msg } from '../../messages/index.js';

/**
 * Commands of milepel that watch re-runs, in this process, as `milepel <command> <args>`: those that read the plans
 * and report (SPEC §14: "re-runs validate (or the given command)"). The others write plan files (set, snapshot,
 * init, import: a run would set off the next), never end (lsp, watch) or do not read the plans (schema).
 */
export const OWN_COMMANDS: readonly string[] = ['validate', 'critical-path', 'meetings', 'gantt', 'roadmap', 'slippage', 'gates', 'health', 'export', 'risk', 'explain'];
const NOT_WATCHED: ReadonlySet<string> = new Set(['set', 'snapshot', 'init', 'import', 'lsp', 'watch', 'schema']);

export interface WatchArgs {
  readonly paths: readonly string[];
  /** After `--`; empty = `validate <paths>`. */
  readonly command: readonly string[];
  /** watch's own `--locale` (before `--`), or undefined. */
  readonly locale?: string | undefined;
}

/**
 * Splits `watch`'s own arguments at `--` (commander would mix the two lists). Its one option is `--locale` (for its
 * own lines, and passed on to a milepel command that has none of its own); any other before `--` is refused.
 */
export function splitWatchArgs(argv: readonly string[]): WatchArgs {
  const rest = argv.slice(argv.indexOf('watch') + 1);
  const dash = rest.indexOf('--');
  const own = dash < 0 ? rest : rest.slice(0, dash);
  const paths: string[] = [];
  let locale: string | undefined;
  for (let i = 0; i < own.length; i++) {
    const arg = own[i]!;
    if (arg.startsWith('--locale=')) locale = arg.slice('--locale='.length);
    else if (arg === '--locale') {
      const value = own[i + 1];
      if (value === undefined || value.startsWith('-')) throw new UsageError(msg('cli.option-missing-argument', { name: '--locale <locale>' }));
      locale = value;
      i++;
    }
    else if (arg.startsWith('-')) throw new UsageError(msg('cli.watch.has-options', { option: arg }));
    else paths.push(arg);
  }
  return { paths, command: dash < 0 ? [] : rest.slice(dash + 1), locale };
}

/**
 * Refuses, before anything runs, a name after `--` that watch would not run as meant (exit 2): one of milepel's
 * commands that watch does not re-run, and a name that is neither a milepel command nor a program (a misspelt
 * `valdate` used to be spawned on every change and fail with 127), with commander's "Did you mean" among the
 * commands watch runs. Any other name is a program, run as `make report` is (milepel's choice where SPEC §14 says
 * "the given command": docs/spec.md).
 */
export function checkCommand(name: string, io: Io): void {
  if (OWN_COMMANDS.includes(name)) return;
  if (NOT_WATCHED.has(name)) throw new UsageError(msg('cli.watch.not-watchable', { command: name, allowed: OWN_COMMANDS }));
  if (!name.startsWith('-') && isProgram(name, io.env)) return;
  const isPath = isPathName(name);
  throw new UsageError(msg('cli.watch.unknown-command', { name, suggestion: isPath ? null : suggestCommand(name), isPath }));
}

/** Commander's suggestion for an unknown command among those watch runs, as `milepel valdate` gets one; null if none. */
function suggestCommand(name: string): string | null {
  if (name.startsWith('-')) return null;
  const probe = new Command('milepel').exitOverride().showSuggestionAfterError(true).helpCommand(false)
    .configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} });
  for (const command of OWN_COMMANDS) probe.command(command);
  try {
    probe.parse([name], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return /\(Did you mean (.+?)\?\)/.exec(error.message)?.[1] ?? null;
  }
  return null;
}

/**
 * The command after `--`, with the watched paths added when it is one of milepel's own and names no paths of its
 * own: `milepel watch other -- critical-path --today 2019-09-01` reports on other/, which it watches, not on ./plans,
 * the command's own default. A command that names paths, or a program, runs as written.
 */
export async function withWatchedPaths(io: Io, command: readonly string[], paths: readonly string[]): Promise<readonly string[]> {
  if (paths.length === 0 || !OWN_COMMANDS.includes(command[0]!)) return command;
  const program = (await import('../main.js')).buildProgram(io, () => undefined, command, command[0]);
  const own = program.commands.find((c) => c.name() === command[0]);
  if (own === undefined) return command;
  // Its operands past the required ones (explain's ref) are paths; options and their values are not. One that lacks a
  // required operand gets no paths, so that it says what it lacks: the watched path taken for explain's ref said
  // "plans: no such file or directory" (tester round 19 #11).
  const { operands } = own.parseOptions(command.slice(1));
  const required = own.registeredArguments.filter((a) => a.required).length;
  return operands.length !== required ? command : [...command, ...paths];
}
