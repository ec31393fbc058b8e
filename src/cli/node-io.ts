// The real Io (io.ts): Node's file system, standard streams, environment, terminal and clock.
import { fsync, readdirSync, readFileSync, rmdirSync, statSync, existsSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describeStat, lookAtPath } from './file-look.js';
import { promisify } from 'node:util';
import { msg, type Locale } from '../messages/index.js';
import { setInterruptLocale } from './cleanup.js';
import { describeFsError } from './fs-error.js';
import { readBytesBounded } from './read-bounded.js';
import { commitPrepared, writeNewFileAtomic } from './atomic-write.js';
import { removeOrphanTemps } from './dead-temps.js';
import { discardPrepared } from './atomic-prepare.js';
import { prepareReplacementsTogether } from './atomic-prepare-together.js';
import { lockFiles } from './edit-lock.js';
import { makeDirs } from './make-dir.js';
import { fdWriter, mayBeTerminal } from './std-write.js';
import { escapeNameBytes, isUtf8Bytes } from './name-bytes.js';
import { fsPath, readCmdline, recoverArgs, type ArgNames } from './raw-args.js';
import { shownMessage } from '../report/shown-message.js';
import { appendRegular } from './append-regular.js';
import type { Io } from './io.js';

/** fsync on libuv's thread pool: replaceFiles flushes many files at once (atomic-prepare-together.ts). */
const fsyncAsync = promisify(fsync);

/** Without a limit of the caller's, reads stop here (1 GiB): nothing milepel reads is meant to be larger. */
const MAX_READ_BYTES = 1024 * 1024 * 1024;

/**
 * Test seam (documented in README's development notes): MILEPEL_TEST_EDIT_DELAY_MS makes set and
 * snapshot wait that long between preparing their files and renaming them, so tests can race two
 * runs or interrupt one at the worst moment. Without it there is no wait.
 */
function readEditDelay(): number {
  const ms = Number(process.env['MILEPEL_TEST_EDIT_DELAY_MS'] ?? 0);
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, 60_000) : 0;
}

/**
 * The Io of this process: reads and writes go to the file system (a path given as non-UTF-8 bytes through those
 * bytes), output to file descriptors 1 and 2, `today` from the local clock. A reader of stdout that goes away is
 * dropped quietly (or ends the process, after exitOnClosedOutput); another output failure exits 2 with a message.
 */
/** The path of `name` in the directory at `base` (fsPath's: text, or bytes for a name given so), by `nameBytes` when given. */
function entryPath(base: string | Buffer, name: string, nameBytes: Uint8Array | undefined): string | Buffer {
  return nameBytes === undefined && typeof base === 'string' ? join(base, name) : Buffer.concat([Buffer.from(base), Buffer.from('/'), Buffer.from(nameBytes ?? Buffer.from(name))]);
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
  const listings = new Map<string, readonly string[]>();
  const writeFile = (path: string, text: string): void => {
    removeOrphanTemps(path, listings);
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
    // A pipe, file or /dev/null builds neither stream, nor loads node:tty (with node:net and the streams: 2-3 ms of a
    // 45 ms run): only a character device other than /dev/null, which is most likely a terminal, asks Node's stream.
    stderrIsTTY: mayBeTerminal(2) && process.stderr.isTTY === true,
    stderrColumns: () => process.stderr.columns,
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
    lookAt: (dir, name, nameBytes) => lookAtPath(entryPath(at(dir), name, nameBytes)),
    readBytesAt: (dir, name, nameBytes, maxBytes) => readBytesBounded(entryPath(at(dir), name, nameBytes), maxBytes),
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
