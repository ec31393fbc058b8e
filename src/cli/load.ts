// Finds the workspace's plan files (SPEC §1) and reads them; problems with paths are usage errors (exit 2).
import { posix } from 'node:path';
import type { SourceText } from '../analyze.js';
import type { Io } from './io.js';
import { describeFsError } from './fs-error.js';
import { UsageError } from './usage-error.js';

/** Larger workspaces are refused rather than run out of memory: parsing and analysis take about 18 bytes per byte of plain YAML. */
const MAX_WORKSPACE_BYTES = 128 * 1024 * 1024;
const PLAN_FILE = /\.ya?ml$/i;

export function findPlanFiles(io: Io, paths: readonly string[]): string[] {
  const args = paths.length > 0 ? paths : ['plans'];
  const found = new Set<string>();
  for (const arg of args) {
    const stat = io.stat(arg);
    if (!stat) throw new UsageError(`${arg}: no such file or directory${paths.length === 0 ? ' (with no path given, milepel reads ./plans; run `milepel init` to create it)' : ''}`);
    if (stat.isDirectory) for (const file of walk(io, arg)) found.add(file);
    else found.add(display(arg));
  }
  if (found.size === 0) throw new UsageError(`no plan files (*.yaml, *.yml) found in ${args.join(', ')}`);
  return [...found].sort();
}

function walk(io: Io, root: string): string[] {
  const files: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = io.readDir(dir);
    } catch (error) {
      throw new UsageError(`${display(dir)}: cannot read directory (${describeFsError(error)})`);
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = posix.join(dir, entry.name);
      if (entry.isDirectory) stack.push(path);
      else if (entry.isFile && PLAN_FILE.test(entry.name)) files.push(display(path));
    }
  }
  return files;
}

export function readPlanFiles(io: Io, files: readonly string[]): SourceText[] {
  let total = 0;
  for (const file of files) {
    const size = io.stat(file)?.size ?? 0;
    total += size;
    if (total <= MAX_WORKSPACE_BYTES) continue;
    const what = size > MAX_WORKSPACE_BYTES ? `${file}: ${megabytes(size)} is` : `the plan files up to ${file} are ${megabytes(total)},`;
    throw new UsageError(`${what} more than milepel reads at once (${megabytes(MAX_WORKSPACE_BYTES)}); split the plans, or validate them in parts`);
  }
  return files.map((file) => {
    try {
      return { file, text: stripBom(io.readText(file)) };
    } catch (error) {
      throw new UsageError(`${file}: cannot read file (${describeFsError(error)})`);
    }
  });
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1048576)} MB`;
}

function display(path: string): string {
  return posix.normalize(path.split('\\').join('/'));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

