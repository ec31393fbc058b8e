// `milepel watch [paths…] [-- <command> <args>]` (SPEC §14): re-runs validate (or the command) whenever a plan file
// changes, clearing the screen on a terminal; Ctrl-C ends it (exit 0). It watches the directories that hold the plan
// files (fs.watch, not recursive: Node's recursive watch on Linux watches each file, i.e. its inode, and loses a file
// replaced by rename), and on any event, once a burst is over, compares the plan files with what they were: a run for
// each change of a plan file (written, replaced, created, deleted, renamed into place), none for other files.
import type * as ChildProcesses from 'node:child_process';
import { builtinModule } from '../builtin-module.js';
import { watch, type FSWatcher } from 'node:fs';
import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { findPlanFiles } from '../load.js';
import { msg, renderMessage, type Message } from '../../messages/index.js';
import { decideLocale } from '../options.js';
import { lastOptionValue } from '../args.js';
import { samePlanFiles, scanWatched, type WatchedState } from '../watched-plans.js';
import { checkCommand, OWN_COMMANDS, splitWatchArgs, withWatchedPaths } from './watch-args.js';

/** Changes closer together than this are one change (editors write a file in several steps). */
const DEBOUNCE_MS = 150;
/** A burst of events longer than this (a file outside the plans written all the time) is looked at anyway. */
const MAX_BURST_MS = 1000;

export async function runWatch(io: Io, argv: readonly string[]): Promise<number> {
  const args = splitWatchArgs(argv);
  if (args.command.length > 0) checkCommand(args.command[0]!, io);
  io.exitOnClosedOutput?.();
  // Its lines speak as the user asked: watch's --locale, else the --locale of the milepel command it runs, else LANG.
  const ownCommand = args.command.length === 0 || OWN_COMMANDS.includes(args.command[0]!);
  const locale = decideLocale(args.locale ?? (ownCommand ? lastOptionValue(args.command, '--locale') : undefined), io);
  const say = (message: Message): void => io.stderr(`milepel watch: ${renderMessage(message, locale)}\n`);
  const watched = args.paths.length > 0 ? args.paths : ['plans'];
  // The same exit 2 as validate for a missing path or no plan files; a file whose name is not UTF-8 is a plan file
  // found (validate reports it), not nothing found.
  findPlanFiles(io, watched, [], undefined, []);
  const given = args.command.length > 0 ? await withWatchedPaths(io, args.command, args.paths) : ['validate', ...watched];
  // watch's --locale goes to a milepel command that names none (placed first: the command's own would win anyway).
  const command = args.locale !== undefined && ownCommand && lastOptionValue(given, '--locale') === undefined ? [given[0]!, '--locale', args.locale, ...given.slice(1)] : given;
  let running = false;
  let again = false;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  /** Ends the watch with an exit code (set once the watchers are made). */
  let end: (code: number) => void = () => {};
  let isFirstRun = true;
  /** The program being run (a command after `--` that is not milepel's own), until it exits. */
  let child: ChildProcesses.ChildProcess | undefined;

  const runOnce = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      if (io.stdoutIsTTY) io.stdout('\x1b[2J\x1b[3J\x1b[H');
      const code = await runCommand(io, command, say, (c) => {
        child = c;
      });
      child = undefined;
      if (stopping) break;
      // A milepel command whose first run is refused (exit 2: an unknown option, a bad --today) would be refused on
      // every change: no edit of a plan can fix its command line, so the watch ends with it. The command's own
      // `milepel:` line is the one line of that exit 2 (SPEC §7; tester round 18 #8: watch added one of its own).
      if (isFirstRun && code === 2 && OWN_COMMANDS.includes(command[0]!)) {
        end(2);
        break;
      }
      isFirstRun = false;
      say(msg('cli.watch.ran', { command: command.join(' '), code, watched }));
    } while (again);
    running = false;
  };
  /** Directories watched, by path, with the device and inode watched there. */
  const watchers = new Map<string, { readonly id: string; readonly watcher: FSWatcher }>();
  /** Watches each directory of `state` (again if it was replaced), and no longer those it lost. */
  const watchDirs = (state: WatchedState): void => {
    for (const [dir, entry] of watchers) {
      if (state.dirs.get(dir) === entry.id) continue;
      entry.watcher.close();
      watchers.delete(dir);
    }
    for (const [dir, id] of state.dirs) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, () => changed());
        watcher.on('error', (error) => {
          say(msg('cli.watch.lost', { dir: resolve(dir), reason: error.message }));
          watcher.close();
          if (watchers.get(dir)?.watcher === watcher) watchers.delete(dir);
        });
        watchers.set(dir, { id, watcher });
      } catch (error) {
        // Gone since it was found (its parent's events bring the next look); any other failure is said.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') say(msg('cli.watch.lost', { dir: resolve(dir), reason: (error as Error).message }));
      }
    }
  };
  /** The plan files when last looked at (a run follows each look that finds them changed). */
  let seen: WatchedState;
  /** Start of the burst of events being waited out, if any. */
  let burstStart: number | undefined;
  /** After a burst: a run if a plan file is not what it was (any other file written is no reason for one). */
  const look = (): void => {
    timer = undefined;
    burstStart = undefined;
    if (stopping) return;
    const state = scanWatched(watched);
    watchDirs(state);
    if (samePlanFiles(state, seen)) return;
    seen = state;
    void runOnce();
  };
  const changed = (): void => {
    if (stopping) return;
    const now = Date.now();
    burstStart ??= now;
    clearTimeout(timer);
    timer = setTimeout(look, Math.max(0, Math.min(DEBOUNCE_MS, burstStart + MAX_BURST_MS - now)));
  };
  // Watched first, then looked at: a change while the watchers are made is not missed (the first run sees it).
  watchDirs(scanWatched(watched));
  seen = scanWatched(watched);
  watchDirs(seen);

  // Ctrl-C is awaited from the start: a signal during the first run stops the watch as well. A program still running
  // gets the same signal (as from a terminal, where Ctrl-C reaches the whole process group) and is waited for, so a
  // command that never ends neither keeps the watch alive nor outlives it; a second signal ends the watch at once.
  const stopped = new Promise<number>((done) => {
    const close = (): void => {
      stopping = true;
      clearTimeout(timer);
      for (const { watcher } of watchers.values()) watcher.close();
      watchers.clear();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    };
    end = (code) => {
      close();
      done(code);
    };
    const stop = (signal: NodeJS.Signals): void => {
      close();
      const program = child;
      if (program === undefined || program.exitCode !== null || program.signalCode !== null) {
        done(0);
        return;
      }
      program.once('exit', () => done(0));
      program.kill(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await Promise.race([runOnce(), stopped]);
  return stopped;
}

/**
 * A milepel command runs in this process; anything else is spawned (no shell) with the terminal passed through, and
 * handed to `started` until it exits.
 */
async function runCommand(io: Io, command: readonly string[], say: (message: Message) => void, started: (child: ChildProcesses.ChildProcess) => void): Promise<number> {
  if (OWN_COMMANDS.includes(command[0]!)) return (await import('../main.js')).run(command, io);
  return new Promise<number>((done) => {
    const child = builtinModule<typeof ChildProcesses>('node:child_process').spawn(command[0]!, command.slice(1), { stdio: 'inherit' });
    started(child);
    child.on('error', (error) => {
      say(msg('cli.watch.cannot-run', { command: command[0]!, reason: error.message }));
      done(127);
    });
    child.on('exit', (code, signal) => done(code ?? (signal !== null ? 128 : 1)));
  });
}
