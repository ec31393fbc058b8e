// A failed run on one `milepel:` line: commander's parse errors and usage errors in the run's locale (exit 2), any
// other error as an internal one with the version and where to report it (exit 3).
import { CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import type { Io } from './io.js';
import { msg, msg0, renderMessage, type Locale, type Message } from '../messages/index.js';
import { UsageError } from './usage-error.js';
import { escapeControl } from '../report/safe-text.js';
import { FORMATS } from './formats.js';

const ISSUES_URL = 'https://github.com/milepel/milepel/issues';

/**
 * The message for option `name` (commander's flags, `--format <format>`) given without its value in `command`: for
 * `--format`, the command's formats, which its help would list among much else (tester round 60 F7); otherwise what to
 * write and which help shows it.
 */
export function missingOptionValue(name: string, command: string | null): Message {
  const formats = command !== null && /(?:^|, )--format\b/.test(name) ? (FORMATS as Readonly<Record<string, readonly string[]>>)[command] : undefined;
  return formats !== undefined ? msg('cli.format.missing', { name, command: command!, allowed: formats }) : msg('cli.option-missing-argument', { name, command });
}

/** Prints what went wrong on one `milepel:` line; `command` is the command being run (null before one is known). */
export function handleError(io: Io, error: unknown, locale: Locale, command: string | null = null): number {
  if (error instanceof CommanderError) {
    // `milepel` without a command: commander "displays" help on the (silenced) error stream and exits 1.
    if (error.code === 'commander.help' && error.exitCode !== 0) {
      io.stderr(`milepel: ${renderMessage(msg0('cli.no-command'), locale)}\n`);
      return 2;
    }
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    io.stderr(`milepel: ${escapeControl(describeCommanderError(error, locale, command))}\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    // Messages echo arguments and paths: escaped here once more, so no raw control character reaches the terminal.
    io.stderr(`milepel: ${escapeControl(error.textIn(locale))}
`);
    return 2;
  }
  const detail = escapeControl(error instanceof Error ? error.message : String(error));
  io.stderr(`milepel: ${renderMessage(msg('cli.internal-error', { detail, version: pkg.version, url: ISSUES_URL, debug: Boolean(io.env['MILEPEL_DEBUG']) }), locale)}\n`);
  if (io.env['MILEPEL_DEBUG'] && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return 3;
}

/**
 * Commander's parse error in the run's locale, on one line: the kinds users meet (an unknown option or
 * command, with commander's "Did you mean" suggestion; a missing argument or value; extra arguments)
 * as messages, anything else in commander's own English. An unknown option without a suggestion points to the help of
 * `command` (null: milepel's own), which lists the options there are.
 */
function describeCommanderError(error: CommanderError, locale: Locale, command: string | null): string {
  const text = error.message.replace(/^error: /, '');
  const name = /'([^']*)'/.exec(text)?.[1] ?? '';
  const suggestion = /\(Did you mean (.+?)\?\)/.exec(text)?.[1] ?? null;
  const counts = /Expected (\d+) arguments? but got (\d+)/.exec(text);
  const message =
    error.code === 'commander.unknownOption' ? msg('cli.unknown-option', { name, suggestion, command })
    : error.code === 'commander.unknownCommand' ? msg('cli.unknown-command', { name, suggestion })
    : error.code === 'commander.missingArgument' ? msg('cli.missing-argument', { name, command })
    : error.code === 'commander.optionMissingArgument' ? missingOptionValue(name, command)
    : error.code === 'commander.excessArguments' && counts !== null ? msg('cli.excess-arguments', { command: name, expected: Number(counts[1]), got: Number(counts[2]) })
    : undefined;
  // Commander puts its "(Did you mean …?)" suggestion on a line of its own.
  return message !== undefined ? renderMessage(message, locale) : text.split('\n').join(' ');
}
