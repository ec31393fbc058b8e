// Node's built-in modules a run does not use are not loaded (issue #18's start-up): node:tty with node:net and the
// streams (2–3 ms), node:child_process, node:crypto, node:os, and node:module with the ES module loader. A run into a
// pipe or a file never asks whether a stream is a terminal; only the run that hashes a large file, locks a file, asks
// git for a baseline or runs a command (`watch`) loads what it needs, when it needs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { builtinModule } from '../../src/cli/builtin-module.js';

const dir = mkdtempSync(join(tmpdir(), 'milepel-builtins-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const UNUSED = ['tty', 'net', 'stream', 'child_process', 'crypto', 'os', 'module'];

/** The built-in modules (`NativeModule x`) a CLI run loads after a CommonJS preload has noted what Node itself loaded. */
function loadedByRun(args: readonly string[], name: string): string[] {
  const out = join(dir, `${name}.json`);
  const preload = join(dir, 'note-modules.cjs');
  writeFileSync(preload, `const before = new Set(process.moduleLoadList);
process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)))));
`);
  const run = spawnSync(process.execPath, ['--require', preload, builtCli(), ...args], { encoding: 'utf8', cwd: dir });
  expect(run.stderr).not.toMatch(/Error|at /);
  expect(run.status, run.stderr).toBe(args[0] === 'set' ? 0 : 1);
  return (JSON.parse(readFileSync(out, 'utf8')) as string[]).filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
}

describe('built-in modules loaded by a run', () => {
  const plan = join(dir, 'plan.yaml');
  writeFileSync(plan, 'plan:\n  id: p\n  title: Plan\nmilestones:\n  - id: A\n    title: Start\n    date: 2026-01-05\n  - id: B\n    title: End\n    date: 2026-02-02\n    after: [A, NOPE]\n');

  it.each([
    ['validate', ['validate', plan, '--today', '2026-01-01']],
    ['critical-path', ['critical-path', plan, '--today', '2026-01-01', '--format', 'json']],
    ['gantt', ['gantt', plan, '--today', '2026-01-01']],
  ])('%s into a pipe loads none of tty, net, child_process, crypto, os or module', (name, args) => {
    const loaded = loadedByRun(args, name);
    expect(loaded).toContain('vm');
    expect(loaded.filter((m) => UNUSED.includes(m))).toEqual([]);
  });

  it('set loads node:os for its lock record (the host name), and nothing else of those', () => {
    const edited = join(dir, 'edited.yaml');
    writeFileSync(edited, readFileSync(plan, 'utf8').replace(', NOPE', ''));
    const loaded = loadedByRun(['set', 'A', '--status', 'green', edited, '--today', '2026-01-01'], 'set');
    expect(readFileSync(edited, 'utf8')).toContain('status: green');
    expect(loaded.filter((m) => UNUSED.includes(m))).toEqual(['os']);
  });
});

describe('builtinModule', () => {
  it('gives the module Node has under that name', async () => {
    expect(builtinModule<typeof import('node:os')>('node:os').hostname).toBe((await import('node:os')).hostname);
  });

  // Node 20.0–20.15 (package.json's engines allow them) have no process.getBuiltinModule: the CommonJS main module
  // (bin/milepel.js) loads it, and without one either the error says why.
  it('on a Node without process.getBuiltinModule, asks the main module, else says what is missing', async () => {
    const own = Object.getOwnPropertyDescriptor(process, 'getBuiltinModule');
    const main = Object.getOwnPropertyDescriptor(process, 'mainModule');
    const asked: string[] = [];
    try {
      Object.defineProperty(process, 'getBuiltinModule', { value: undefined, configurable: true, writable: true });
      Object.defineProperty(process, 'mainModule', { value: { require: (id: string) => (asked.push(id), { id }) }, configurable: true, writable: true });
      expect(builtinModule('node:crypto')).toEqual({ id: 'node:crypto' });
      expect(asked).toEqual(['node:crypto']);
      Object.defineProperty(process, 'mainModule', { value: undefined, configurable: true, writable: true });
      expect(() => builtinModule('node:os')).toThrow(/cannot load node:os: this Node has neither process.getBuiltinModule nor a CommonJS main module/);
    } finally {
      if (own !== undefined) Object.defineProperty(process, 'getBuiltinModule', own);
      if (main !== undefined) Object.defineProperty(process, 'mainModule', main);
      else delete (process as { mainModule?: unknown }).mainModule;
    }
    expect(builtinModule<typeof import('node:os')>('node:os').hostname).toBe((await import('node:os')).hostname);
  });
});
