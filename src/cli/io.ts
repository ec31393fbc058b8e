// The only door to the outside world: files, streams, environment, terminal and clock.
import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createFileAtomic, replaceFileAtomic } from './atomic-write.js';

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
  /** The file's bytes, for formats that are not UTF-8 text (XER in Windows-1252, XLSX). */
  readonly readBytes: (path: string) => Uint8Array;
  readonly stat: (path: string) => { isDirectory: boolean; isFile: boolean; size: number } | undefined;
  readonly readDir: (path: string) => readonly { name: string; isDirectory: boolean; isFile: boolean }[];
  readonly exists: (path: string) => boolean;
  readonly writeText: (path: string, text: string) => void;
  /** Creates a new file atomically (whole or not at all); throws EEXIST when the path exists. */
  readonly createText: (path: string, text: string) => void;
  readonly makeDir: (path: string) => void;
  /** Atomically replaces an existing file whose text is still `expected` (keeps its mode); 'changed' and nothing written otherwise. */
  readonly replaceText: (path: string, text: string, expected: string) => 'replaced' | 'changed';
  /** Appends text to a file, creating it (GitHub's step summary is appended to by every step). */
  readonly appendText: (path: string, text: string) => void;
  /** Writes binary output (an xlsx workbook) to stdout. */
  readonly stdoutBytes: (bytes: Uint8Array) => void;
  /** The working directory, absolute. */
  readonly cwd: () => string;
}

export function nodeIo(): Io {
  // A reader that goes away (`milepel … | head`) is not an error of ours: stop quietly, as `yes | head` does.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && stream === process.stdout) process.stderr.write(`milepel: cannot write the output (${error.code ?? error.message})\n`);
      process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
    });
  }
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    today: () => {
      const now = new Date();
      const pad = (n: number): string => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
    readText: (path) => readFileSync(path, 'utf8'),
    readBytes: (path) => readFileSync(path),
    stat: (path) => {
      try {
        const s = statSync(path);
        return { isDirectory: s.isDirectory(), isFile: s.isFile(), size: s.size };
      } catch {
        return undefined;
      }
    },
    readDir: (path) => readdirSync(path, { withFileTypes: true }).map((d) => ({ name: d.name, isDirectory: d.isDirectory(), isFile: d.isFile() })),
    exists: (path) => existsSync(path),
    writeText: (path, text) => writeFileSync(path, text, { flag: 'wx' }),
    createText: (path, text) => createFileAtomic(path, text),
    makeDir: (path) => void mkdirSync(path, { recursive: true }),
    replaceText: (path, text, expected) => replaceFileAtomic(path, text, expected),
    // One write call: the summary is either appended whole or (on an error before writing) not at all.
    appendText: (path, text) => appendFileSync(path, text, 'utf8'),
    stdoutBytes: (bytes) => void process.stdout.write(bytes),
    cwd: () => process.cwd(),
  };
}
