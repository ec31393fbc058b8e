// isProgram (src/cli/find-program.ts): what `milepel watch -- <name>` takes for a program, as spawn would find it.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isProgram } from '../../src/cli/find-program.js';

const dir = mkdtempSync(join(tmpdir(), 'milepel-find-program-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('isProgram', () => {
  writeFileSync(join(dir, 'tool'), '#!/bin/sh\n');
  chmodSync(join(dir, 'tool'), 0o755);
  writeFileSync(join(dir, 'notes'), 'not executable');
  chmodSync(join(dir, 'notes'), 0o644);
  mkdirSync(join(dir, 'folder'));
  chmodSync(join(dir, 'folder'), 0o755);

  it('finds an executable file on PATH, by its bare name, in any of PATH\'s directories', () => {
    expect(isProgram('tool', { PATH: ['/nonexistent', dir].join(delimiter) })).toBe(true);
    expect(isProgram(basename(process.execPath), { PATH: dirname(process.execPath) })).toBe(true);
  });

  it('takes a name with a slash as a path, and nothing else', () => {
    expect(isProgram(join(dir, 'tool'), {})).toBe(true);
    expect(isProgram(process.execPath, { PATH: '' })).toBe(true);
    expect(isProgram('tool', {})).toBe(false);
  });

  it('does not take a file that is not executable, a directory, a missing name or an empty one', () => {
    const env = { PATH: dir };
    expect([isProgram('notes', env), isProgram('folder', env), isProgram('valdate', env), isProgram('', env)]).toEqual([false, false, false, false]);
  });
});
