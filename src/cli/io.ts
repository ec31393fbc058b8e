// The only door to the outside world: files, streams, environment, terminal and clock.
import { closeSync, constants, fstatSync, fsync, openSync, readdirSync, readFileSync, rmdirSync, statSync, existsSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describeStat, lookAtPath } from './file-look.js';
import { promisify } from 'node:util';
import { msg, type Locale } from '../messages/index.js';
import { setInterruptLocale } from './cleanup.js';
import { describeFsError } from './fs-error.js';
import { readBytesBounded } from './read-bounded.js';
import { commitPrepared, writeNewFileAtomic, type CommitFailure } from './atomic-write.js';
import { discardPrepared, type FileReplacement, type Refusal } from './atomic-prepare.js';
import { prepareReplacementsTogether } from './atomic-prepare-together.js';
import { lockFiles, type EditLocks } from './edit-lock.js';
import { makeDirs } from './make-dir.js';
import { fdWriter, mayBeTerminal } from './std-write.js';
import { escapeNameBytes, isUtf8Bytes } from './name-bytes.js';
import { fsPath, readCmdline, recoverArgs, type ArgNames } from './raw-args.js';
import { shownMessage } from '../report/shown-message.js';

/** fsync on libuv's thread pool: replaceFiles flushes many files at once (atomic-prepare-together.ts). */
const fsyncAsync = promisify(fsync);

/** What a path is, after following symbolic links. */
export type FileKind = 'file' | 'directory' | 'FIFO (named pipe)' | 'character device' | 'block device' | 'socket' | 'other';

export interface FileStat {
  readonly isDirectory: boolean;
  readonly isFile: boolean;
  /** Bytes. */
  readonly size: number;
  readonly kind?: FileKind;
  /** Device and inode, for loop detection when walking through symbolic links; absent when unknown. */
  readonly id?: string;
}

export interface DirEntry {
  readonly name: string;
  readonly isDirectory: boolean;
  readonly isFile: boolean;
  /** A symbolic link (isDirectory and isFile are then false: stat the path to follow it). */
  readonly isSymlink?: boolean;
  /** False when the name's bytes are not UTF-8; `name` then shows them escaped (\xNN) and cannot be opened. */
  readonly isUtf8Name?: boolean;
  /** The name's bytes when they are not UTF-8: `name`, escaped, may be another entry's real name (a backslash is a character). */
  readonly nameBytes?: Uint8Array;
}

/** What a name in a directory is: what it leads to (links followed) or why nothing, and, for a link, where it points. */
export interface EntryLook {
  /** What it is after following links; absent when that fails. */
  readonly stat?: FileStat;
  /** Why `stat` is absent: ENOENT (a link to nothing), ELOOP (a link that leads back to itself), EACCES … */
  readonly failure?: string;
  /** Present when the name itself is a symbolic link: its target as written (bytes that are not UTF-8 shown \xNN). */
  readonly linkTarget?: string;
  /**
   * For a link to nothing whose target is itself a link (a chain): the target the chain's last link names, which is
   * what does not exist (tester round 19 #7: "a link to c2, which does not exist" where c2 was a link to /gone).
   */
  readonly missingEnd?: string;
}

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  /** Terminal width of stdout, or undefined when not a terminal. */
  readonly columns: number | undefined;
  /** The system date as YYYY-MM-DD in the local time zone (a calendar day, not an instant). */
  readonly today: () => string;
  readonly readText: (path: string) => string;
  /** Follows symbolic links; undefined when the path (or a link's target) does not exist. */
  readonly stat: (path: string) => FileStat | undefined;
  /**
   * Why `stat` found nothing: the errno code (ENOENT, ELOOP for a symbolic link that leads back to itself, EACCES …).
   * Absent: every failure counts as ENOENT.
   */
  readonly statFailure?: (path: string) => string | undefined;
  readonly readDir: (path: string) => readonly DirEntry[];
  /**
   * Looks at the name `name` in the directory `dir` (a DirEntry's), by `nameBytes` when given (a name that is not
   * UTF-8, which cannot be opened by its escaped text): a link is followed to learn whether it leads to a directory or a
   * file (walking), and where it points (a dangling link or loop is named with its target; init and import refuse to
   * write through a linked directory). Absent: callers fall back on stat and statFailure.
   */
  readonly lookAt?: (dir: string, name: string, nameBytes?: Uint8Array) => EntryLook;
  /**
   * lookAt of a path named on the command line, by the bytes it was given as (cli/raw-args.ts): a link named there that
   * leads nowhere or round in a loop is named with its target, as one found while walking is. Absent: statFailure alone.
   */
  readonly lookAtNamed?: (path: string) => EntryLook;
  /** At most `maxBytes + 1` bytes of a regular file, opened without blocking (a FIFO or device throws ENOTREG). */
  readonly readBytes: (path: string, maxBytes?: number) => Uint8Array;
  readonly exists: (path: string) => boolean;
  readonly writeText: (path: string, text: string) => void;
  /** Creates a new file atomically (whole or not at all); throws EEXIST when the path exists. */
  readonly createText: (path: string, text: string) => void;
  /** `mkdir -p`; pushes each directory it made onto `made` (outermost first), for a caller to undo (cli/new-files.ts). */
  readonly makeDir: (path: string, made?: string[]) => void;
  /** Removes a file this run created (undoing a write that cannot be completed); never follows into directories. */
  readonly removeFile: (path: string) => void;
  /** Removes an empty directory this run created; fails (ENOTEMPTY) when anything is in it. */
  readonly removeDir: (path: string) => void;
  /**
   * Takes the edit lock of each file (waiting for another milepel's turn, taking over one a dead run left); resolves to
   * the function that releases them, the files whose lock could not be made, and a warning per lock taken over.
   */
  readonly lockFiles: (paths: readonly string[]) => Promise<EditLocks>;
  /**
   * Replaces existing files whose bytes are still `expected`, all or none: every file is prepared
   * (temporary file with the original's owner, group and mode) before any is renamed, and renamed
   * files are restored when a later one fails. Symbolic links are followed.
   */
  readonly replaceFiles: (items: readonly FileReplacement[]) => Promise<ReplaceResult>;
  /** Appends text to a file, creating it (GitHub's step summary is appended to by every step). */
  readonly appendText: (path: string, text: string) => void;
  /**
   * From now on, a reader of stdout or stderr that goes away ends the process at once (`watch`); otherwise the rest of
   * the output is dropped and the command finishes with its own exit code. Absent in tests' Io.
   */
  readonly exitOnClosedOutput?: () => void;
  /** Writes binary output (an xlsx workbook) to stdout. */
  readonly stdoutBytes: (bytes: Uint8Array) => void;
  /** The working directory, absolute. */
  readonly cwd: () => string;
  /**
   * The user's arguments with each one whose bytes were not UTF-8 shown escaped (\xNN); reading, stat and walking
   * that name (or a path below it) then reach the real file. Absent: the arguments are used as they are.
   */
  readonly commandLine?: (argv: readonly string[]) => string[];
  /**
   * Whether `path` is, or lies below, an argument whose bytes were not UTF-8 (commandLine): it is read through those
   * bytes, but a write by `path` would go to another file, the one whose real name is the escaped form. Absent: never.
   */
  readonly isByteNamed?: (path: string) => boolean;
  /**
   * The run's locale, for the lines the process itself writes when standard output fails or a signal stops it
   * (SPEC §15: every text output); English until set.
   */
  readonly setLocale?: (locale: Locale) => void;
}

/** Without a limit of the caller's, reads stop here (1 GiB): nothing milepel reads is meant to be larger. */
const MAX_READ_BYTES = 1024 * 1024 * 1024;

export type ReplaceResult = { ok: true } | { ok: false; refusal: Refusal } | { ok: false; partial: CommitFailure };

/**
 * Test seam (documented in README's development notes): MILEPEL_TEST_EDIT_DELAY_MS makes set and
 * snapshot wait that long between preparing their files and renaming them, so tests can race two
 * runs or interrupt one at the worst moment. Without it there is no wait.
 */
function readEditDelay(): number {
  const ms = Number(process.env['MILEPEL_TEST_EDIT_DELAY_MS'] ?? 0);
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, 60_000) : 0;
}

export function nodeIo(): Io {
  // A reader that goes away (`milepel … | head`) is not an error of ours: the rest of the output is dropped quietly,
  // and the command finishes and exits with its own code, so `milepel validate | head` still fails on errors under
  // `set -o pipefail` (until 1 Dec 2026 it exited 0 at once, whatever it had found). `watch`, which would go on
  // without a reader for ever, exits at once instead (exitOnClosedOutput).
  const closed = { stdout: false, stderr: false };
  let exitOnClose = false;
  let locale: Locale = 'en';
  /** The files this run has written (set, snapshot, import, init): a failed report must not read as a refused write. */
  const wrote: string[] = [];
  const failure = (isStdout: boolean) => (failed: 'closed' | { readonly code: string }): void => {
    if (closed[isStdout ? 'stdout' : 'stderr']) return; // a destroyed stream's later errors
    if (failed === 'closed') {
      closed[isStdout ? 'stdout' : 'stderr'] = true;
      if (exitOnClose) process.exit(process.exitCode ?? 0);
      return;
    }
    if (isStdout) stderr(`milepel: ${shownMessage(msg('cli.output-failed', { reason: describeFsError(failed), code: failed.code, written: wrote }), locale)}\n`);
    process.exit(2);
  };
  // process.stdout and process.stderr are built on first use only (see std-write.ts).
  const guarded = (streamOf: () => NodeJS.WriteStream, onFailure: ReturnType<typeof failure>): (() => NodeJS.WriteStream) => {
    let hooked = false;
    return () => {
      const stream = streamOf();
      if (!hooked) stream.on('error', (error: NodeJS.ErrnoException) => onFailure(error.code === 'EPIPE' ? 'closed' : { code: error.code ?? error.message }));
      hooked = true;
      return stream;
    };
  };
  const writeStderr = fdWriter(2, guarded(() => process.stderr, failure(false)), failure(false));
  const writeStdout = fdWriter(1, guarded(() => process.stdout, failure(true)), failure(true));
  const stderr = (data: string | Uint8Array): void => void (closed.stderr || writeStderr(data));
  const stdout = (data: string | Uint8Array): void => void (closed.stdout || writeStdout(data));
  const terminal = mayBeTerminal(1) && process.stdout.isTTY === true;
  let names: ArgNames = new Map();
  const at = (path: string): string | Buffer => fsPath(names, path);
  const writeFile = (path: string, text: string): void => {
    writeNewFileAtomic(path, text);
    wrote.push(path);
  };
  return {
    setLocale(chosen) {
      locale = chosen;
      setInterruptLocale(chosen);
    },
    commandLine: (argv) => {
      // Only an argument that was not UTF-8 (Node decoded it with U+FFFD) needs the raw bytes: recoverArgs looks at
      // them for nothing else, so the other runs no longer open and read /proc/self/cmdline.
      const recovered = recoverArgs(argv, argv.some((a) => a.includes('\uFFFD')) ? readCmdline() : undefined);
      names = recovered.names;
      return recovered.argv;
    },
    isByteNamed: (path) => at(path) !== path,
    stdout,
    stderr,
    exitOnClosedOutput: () => {
      exitOnClose = true;
    },
    env: process.env,
    stdoutIsTTY: terminal,
    columns: terminal ? process.stdout.columns : undefined,
    today: () => {
      const now = new Date();
      const pad = (n: number): string => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
    readText: (path) => readFileSync(at(path), 'utf8'),
    readBytes: (path, maxBytes = MAX_READ_BYTES) => readBytesBounded(at(path), maxBytes),
    stat: (path) => {
      try {
        return describeStat(statSync(at(path)));
      } catch {
        return undefined;
      }
    },
    statFailure: (path) => {
      try {
        statSync(at(path));
        return undefined;
      } catch (error) {
        return (error as NodeJS.ErrnoException).code ?? 'ENOENT';
      }
    },
    readDir: (path) => readdirSync(at(path), { withFileTypes: true, encoding: 'buffer' }).map((d) => {
      const isUtf8Name = isUtf8Bytes(d.name);
      const entry = { name: isUtf8Name ? d.name.toString('utf8') : escapeNameBytes(d.name), isDirectory: d.isDirectory(), isFile: d.isFile(), isSymlink: d.isSymbolicLink(), isUtf8Name };
      return isUtf8Name ? entry : { ...entry, nameBytes: d.name };
    }),
    lookAt: (dir, name, nameBytes) => {
      const base = at(dir);
      const path = nameBytes === undefined && typeof base === 'string' ? join(base, name) : Buffer.concat([Buffer.from(base), Buffer.from('/'), Buffer.from(nameBytes ?? Buffer.from(name))]);
      return lookAtPath(path);
    },
    lookAtNamed: (path) => lookAtPath(at(path)),
    exists: (path) => existsSync(at(path)),
    writeText: writeFile,
    createText: writeFile,
    makeDir: (path, made) => makeDirs(path, made),
    removeFile: (path) => unlinkSync(path),
    removeDir: (path) => rmdirSync(path),
    lockFiles: (paths) => lockFiles(paths),
    replaceFiles: async (items) => {
      const prepared = await prepareReplacementsTogether(items, fsyncAsync);
      if (!prepared.ok) return prepared;
      const delay = readEditDelay();
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      try {
        const committed = commitPrepared(prepared.prepared);
        if (committed.ok) for (const item of items) wrote.push(item.path);
        return committed;
      } catch (error) {
        discardPrepared(prepared.prepared);
        throw error;
      }
    },
    // One write call: the summary is either appended whole or (on an error before writing) not at all.
    appendText: (path, text) => appendRegular(path, text),
    stdoutBytes: stdout,
    cwd: () => process.cwd(),
  };
}

/**
 * Appends to a regular file (created when missing) with one write call. Opened without blocking: a FIFO without a
 * reader fails at once (ENXIO), and anything that is not a regular file once open throws ENOTREG before a byte
 * is written.
 */
function appendRegular(path: string, text: string): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NONBLOCK ?? 0), 0o666);
  try {
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error(`${path}: not a regular file`), { code: 'ENOTREG' });
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
  } finally {
    closeSync(fd);
  }
}
