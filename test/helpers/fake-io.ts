// An in-memory Io for running the CLI in-process: virtual files over real repo files, captured output, fixed clock.
//
// Usage:
//   const r = await runCli(['validate', 'plans', '--format', 'json']);
//   expect(r.code).toBe(1); JSON.parse(r.stdout);
//   const io = fakeIo({ files: { 'ws/a.yaml': 'plan: …' }, unreadable: ['ws/a.yaml'] });
//
// Files: a path is looked up first in `files` (and in files written by the command), then on disk,
// relative paths resolved against the repository root, but only under `diskRoots` (default: the
// repository); nothing is ever written to disk: writeText/replaceText go to memory (see `written`). Directories exist when a virtual file lies below
// them or they exist on disk. `unreadable` paths stat as files but throw EACCES when read (chmod 000
// does not block root, so tests simulate it here).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.js';
import { nodeIo } from '../../src/cli/node-io.js';
import { run } from '../../src/cli/main.js';

/** The repository root (this file is test/helpers/fake-io.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface FakeIoOptions {
  /** Virtual files, path → text; they shadow files on disk. */
  readonly files?: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
  /** Virtual files given as bytes (XER in Windows-1252, XLSX); readText decodes them as UTF-8. */
  readonly binaryFiles?: Readonly<Record<string, Uint8Array>>;
  /** Paths that exist but cannot be read (EACCES). */
  readonly unreadable?: readonly string[];
  /** Absolute directories whose real files may be read; default [REPO_ROOT]; [] for a disk-free Io. */
  readonly diskRoots?: readonly string[];
  /** Environment; default {} (no NO_COLOR, no LANG: English, colour only from isTTY). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal; default false. */
  readonly isTTY?: boolean;
  /** Whether stderr is a terminal; default false. */
  readonly stderrIsTTY?: boolean;
  /** Terminal width when isTTY; default 100. */
  readonly columns?: number;
  /** The system date, YYYY-MM-DD; default 2019-09-01. */
  readonly today?: string;
  /** The working directory; default the repository root. */
  readonly cwd?: string;
  /** Paths appendText and createText refuse (EACCES), e.g. an unwritable step summary. */
  readonly unwritable?: readonly string[];
}

export interface FakeIo extends Io {
  /** Everything written to stdout / stderr so far. */
  readonly out: () => string;
  /** Binary stdout (stdoutBytes), concatenated. */
  readonly outBytes: () => Buffer;
  readonly err: () => string;
  /** Files the command wrote and kept (path as the command gave it → text). */
  readonly written: ReadonlyMap<string, string>;
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly io: FakeIo;
}

/** Runs `milepel <argv>` in-process on a fake Io. */
export async function runCli(argv: readonly string[], options: FakeIoOptions = {}): Promise<CliResult> {
  const io = fakeIo(options);
  const code = await run(argv, io);
  return { code, stdout: io.out(), stderr: io.err(), io };
}

/** Runs `milepel <argv>` in-process on the real file system (symlinks, FIFOs, permissions), capturing its output. */
export async function runCliOnDisk(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { ...nodeIo(), stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
  const code = await run(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

export function fakeIo(options: FakeIoOptions = {}): FakeIo {
  const virtual = new Map<string, string>();
  for (const [path, text] of options.files instanceof Map ? options.files : Object.entries(options.files ?? {})) virtual.set(norm(path), text);
  const virtualBytes = new Map<string, Uint8Array>();
  for (const [path, bytes] of Object.entries(options.binaryFiles ?? {})) {
    virtualBytes.set(norm(path), bytes);
    virtual.set(norm(path), new TextDecoder().decode(bytes));
  }
  const written = new Map<string, string>();
  const dirs = new Set<string>();
  const unreadable = new Set((options.unreadable ?? []).map(norm));
  const roots = options.diskRoots ?? [REPO_ROOT];
  const stdout: string[] = [];
  const stderr: string[] = [];
  const stdoutBinary: Buffer[] = [];
  const unwritable = new Set((options.unwritable ?? []).map(norm));

  /** The absolute disk path for `path`, or undefined when it lies outside every disk root. */
  const onDisk = (path: string): string | undefined => {
    const abs = isAbsolute(path) ? path : resolve(REPO_ROOT, path);
    return roots.some((root) => isInside(root, abs)) ? abs : undefined;
  };
  const diskStat = (path: string): { isDirectory: boolean; isFile: boolean; size: number } | undefined => {
    const abs = onDisk(path);
    if (abs === undefined) return undefined;
    try {
      const s = statSync(abs);
      return { isDirectory: s.isDirectory(), isFile: s.isFile(), size: s.size };
    } catch {
      return undefined;
    }
  };
  const isVirtualDir = (path: string): boolean => {
    const prefix = path === '.' ? '' : `${path}/`;
    return dirs.has(path) || [...virtual.keys()].some((f) => f.startsWith(prefix)) || [...unreadable].some((f) => f.startsWith(prefix));
  };
  const denied = (path: string): Error => Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });

  return {
    stdout: (text) => void stdout.push(text),
    stderr: (text) => void stderr.push(text),
    env: options.env ?? {},
    stdoutIsTTY: options.isTTY === true,
    stderrIsTTY: options.stderrIsTTY === true,
    columns: options.isTTY === true ? options.columns ?? 100 : undefined,
    today: () => options.today ?? '2019-09-01',
    readText: (path) => {
      const key = norm(path);
      if (unreadable.has(key)) throw denied(path);
      const text = virtual.get(key);
      if (text !== undefined) return text;
      const abs = onDisk(path);
      if (abs === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return readFileSync(abs, 'utf8');
    },
    // At most maxBytes + 1 bytes, like the real one.
    readBytes: (path, maxBytes = Number.MAX_SAFE_INTEGER - 1) => {
      const key = norm(path);
      if (unreadable.has(key)) throw denied(path);
      const bytes = virtualBytes.get(key);
      if (bytes !== undefined) return bytes.subarray(0, maxBytes + 1);
      const text = virtual.get(key);
      if (text !== undefined) return new TextEncoder().encode(text).subarray(0, maxBytes + 1);
      const abs = onDisk(path);
      if (abs === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return readFileSync(abs).subarray(0, maxBytes + 1);
    },
    stat: (path) => {
      const key = norm(path);
      const text = virtual.get(key);
      if (text !== undefined) return { isDirectory: false, isFile: true, size: Buffer.byteLength(text) };
      if (unreadable.has(key)) return { isDirectory: false, isFile: true, size: 0 };
      if (isVirtualDir(key)) return { isDirectory: true, isFile: false, size: 0 };
      return diskStat(path);
    },
    readDir: (path) => {
      const key = norm(path);
      const entries = new Map<string, { name: string; isDirectory: boolean; isFile: boolean }>();
      const abs = onDisk(path);
      if (abs !== undefined && diskStat(path)?.isDirectory === true) {
        for (const d of readdirSync(abs, { withFileTypes: true })) entries.set(d.name, { name: d.name, isDirectory: d.isDirectory(), isFile: d.isFile() });
      }
      const prefix = key === '.' ? '' : `${key}/`;
      for (const f of [...virtual.keys(), ...unreadable, ...dirs]) {
        if (!f.startsWith(prefix) || f === key) continue;
        const [name = '', ...rest] = f.slice(prefix.length).split('/');
        const isDirectory = rest.length > 0 || dirs.has(f);
        entries.set(name, { name, isDirectory, isFile: !isDirectory });
      }
      if (entries.size === 0 && !isVirtualDir(key) && diskStat(path)?.isDirectory !== true) {
        throw Object.assign(new Error(`ENOENT: no such directory, scandir '${path}'`), { code: 'ENOENT' });
      }
      return [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    exists: (path) => virtual.has(norm(path)) || unreadable.has(norm(path)) || isVirtualDir(norm(path)) || diskStat(path) !== undefined,
    writeText: (path, text) => {
      const key = norm(path);
      if (virtual.has(key) || diskStat(path) !== undefined) throw Object.assign(new Error(`EEXIST: file already exists, open '${path}'`), { code: 'EEXIST' });
      virtual.set(key, text);
      written.set(path, text);
    },
    createText: (path, text) => {
      const key = norm(path);
      if (virtual.has(key) || diskStat(path) !== undefined) throw Object.assign(new Error(`EEXIST: file already exists, open '${path}'`), { code: 'EEXIST' });
      if (unwritable.has(key)) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES', path });
      virtual.set(key, text);
      written.set(path, text);
    },
    makeDir: (path, made) => {
      const missing: string[] = [];
      for (let d = norm(path); d !== '.' && d !== '/' && !dirs.has(d) && !isVirtualDir(d) && diskStat(d)?.isDirectory !== true; d = posix.dirname(d)) missing.push(d);
      for (const d of missing.reverse()) {
        dirs.add(d);
        made?.push(d);
      }
    },
    removeFile: (path) => {
      if (!virtual.delete(norm(path))) throw Object.assign(new Error(`ENOENT: no such file, unlink '${path}'`), { code: 'ENOENT' });
      written.delete(path);
    },
    removeDir: (path) => {
      const key = norm(path);
      if ([...virtual.keys(), ...dirs].some((f) => f.startsWith(`${key}/`))) throw Object.assign(new Error(`ENOTEMPTY: directory not empty, rmdir '${path}'`), { code: 'ENOTEMPTY' });
      if (!dirs.delete(key)) throw Object.assign(new Error(`ENOENT: no such directory, rmdir '${path}'`), { code: 'ENOENT' });
    },
    lockFiles: () => Promise.resolve({ release: () => {}, notLocked: new Map(), notes: [] }),
    // All or none, like the real one: every file is checked before any is replaced.
    replaceFiles: (items) => {
      for (const item of items) {
        const key = norm(item.path);
        const abs = onDisk(item.path);
        const current = virtual.has(key) ? Buffer.from(virtual.get(key)!, 'utf8') : abs !== undefined && diskStat(item.path)?.isFile === true ? readFileSync(abs) : undefined;
        if (current === undefined || !current.equals(Buffer.from(item.expected))) return Promise.resolve({ ok: false as const, refusal: { kind: 'changed' as const, path: item.path } });
      }
      for (const item of items) {
        const text = Buffer.from(item.bytes).toString('utf8');
        virtual.set(norm(item.path), text);
        written.set(item.path, text);
      }
      return Promise.resolve({ ok: true as const });
    },
    appendText: (path, text) => {
      const key = norm(path);
      if (unwritable.has(key)) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES', path });
      const before = virtual.get(key) ?? '';
      virtual.set(key, before + text);
      written.set(path, before + text);
    },
    stdoutBytes: (bytes) => void stdoutBinary.push(Buffer.from(bytes)),
    cwd: () => options.cwd ?? REPO_ROOT,
    out: () => stdout.join(''),
    outBytes: () => Buffer.concat(stdoutBinary),
    err: () => stderr.join(''),
    written,
  };
}

function isInside(root: string, abs: string): boolean {
  const rel = relative(root, abs);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Normalised key for a path: forward slashes, no `./`, no trailing slash; absolute paths inside the repo become relative. */
function norm(path: string): string {
  const abs = isAbsolute(path) ? path : undefined;
  const rel = abs !== undefined && abs.startsWith(REPO_ROOT + sep) ? relative(REPO_ROOT, abs) : path;
  const n = posix.normalize(rel.split(sep).join('/')).replace(/\/$/, '');
  return n === '' ? '.' : n;
}

/** Reads a repository file (for expectations), path relative to the repository root. */
export function readRepoFile(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8');
}
