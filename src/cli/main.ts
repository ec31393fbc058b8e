// The command line: parses arguments with commander, runs a command, returns the exit code (never calls process.exit).
import type { Io } from './io.js';
import { nodeIo } from './node-io.js';
import { UsageError } from './usage-error.js';
import { guardWorkflowCommands } from '../report/safe-text.js';
import { commandFirst, commandOf, isGithubFormat, isJsonOutput, localeOfRun } from './args.js';
import { buildProgram } from './program.js';
import { handleError, missingOptionValue } from './run-error.js';
import type { Command } from 'commander';

/** Runs milepel on `argv` (the arguments after the program's name) and returns the exit code. */
export async function run(argv: readonly string[], rawIo: Io = nodeIo()): Promise<number> {
  rawIo.setLocale?.(localeOfRun(argv, rawIo));
  // Arguments that were not UTF-8 (file names in Latin-1) are shown escaped and still name their files.
  let args: readonly string[];
  try {
    args = commandFirst(rawIo.commandLine?.(argv) ?? [...argv]);
  } catch (error) {
    return handleError(guardIo(rawIo, false), error, localeOfRun(argv, rawIo));
  }
  // No output line may start a GitHub workflow command (SPEC §15); validate --format github writes its own on purpose.
  const io = guardIo(rawIo, isGithubFormat(argv) || isJsonOutput(args));
  let code = 0;
  const program = buildProgram(io, (c) => (code = c), args, commandOf(args));
  try {
    const taken = optionValueTakenByOption(program, args);
    if (taken !== undefined) throw new UsageError(missingOptionValue(taken, commandOf(args) ?? null));
    await program.parseAsync(helpTopicArgs(program, args), { from: 'user' });
    return code;
  } catch (error) {
    return handleError(io, error, localeOfRun(argv, io), commandOf(args) ?? null);
  }
}

/**
 * The flags of a command's option whose required value is missing because the next word is another of its options:
 * commander takes `--out --plan-id x.csv` as the directory `--plan-id` (import wrote into it, exit 0), `health --plan
 * --format json` as plan `--format` and then the path `json` (tester round 60 F2). Undefined when none; the words after
 * `--` are operands. `watch` reads its own arguments.
 */
function optionValueTakenByOption(program: Command, args: readonly string[]): string | undefined {
  const command = program.commands.find((c) => c.name() === args[0]);
  if (command === undefined || args[0] === 'watch') return undefined;
  const names = new Set(command.options.flatMap((o) => [o.long, o.short].filter((n): n is string => n !== undefined)));
  const isOption = (word: string): boolean => names.has(word.includes('=') ? word.slice(0, word.indexOf('=')) : word);
  for (let i = 1; i < args.length - 1; i++) {
    const word = args[i]!;
    if (word === '--') return undefined;
    const option = command.options.find((o) => o.long === word || o.short === word);
    if (option === undefined || !option.required) continue;
    if (isOption(args[i + 1]!)) return option.flags;
    i++;
  }
  return undefined;
}

/**
 * `milepel help valdate`: commander answers an unknown help topic with the general help as an error. Parsed as
 * the bare command instead, it gets commander's "unknown command 'valdate' (Did you mean validate?)" and exit 2.
 */
function helpTopicArgs(program: Command, argv: readonly string[]): string[] {
  const topic = argv[0] === 'help' ? argv[1] : undefined;
  if (topic === undefined || topic.startsWith('-') || program.commands.some((c) => c.name() === topic || c.aliases().includes(topic))) return [...argv];
  return [topic];
}

/**
 * Both output streams through guardWorkflowCommands; stdout left as it is when `asWritten` (`--format github`, whose
 * lines are workflow commands, and JSON, which cannot hold one: isJsonOutput).
 */
function guardIo(io: Io, asWritten: boolean): Io {
  return { ...io, stdout: asWritten ? io.stdout : (text) => io.stdout(guardWorkflowCommands(text)), stderr: (text) => io.stderr(guardWorkflowCommands(text)) };
}

export { buildProgram, UsageError };
