// The bundle's V8 code cache (bin/load-bundle.cjs, written by scripts/build.mjs): the built CLI takes it, and a cache
// that does not fit (corrupt, or from another bundle) costs only speed: the output is the same bytes.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { REPO_ROOT } from '../helpers/fake-io.js';

const BIN = builtCli();
const tmp = mkdtempSync(join(tmpdir(), 'milepel-code-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Loads the bundle beside `bin` in a fresh process and reports whether V8 took the saved code. */
function codeCacheUsed(bin: string): boolean {
  const loader = join(dirname(bin), 'load-bundle.cjs');
  const script = `process.stdout.write(String(require(${JSON.stringify(loader)}).loadBundle(${JSON.stringify(join(dirname(bin), '..', 'dist'))}).codeCacheUsed))`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
  expect(r.stderr).toBe('');
  return r.stdout === 'true';
}

function validate(bin: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, 'validate', 'plans', '--format', 'json', '--today', '2026-01-15'], {
    cwd: REPO_ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', LANG: 'C' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('V8 code cache of the bundle', () => {
  it('is read into the buffer that held the bundle when it fits, else into a buffer of its own, whole either way', () => {
    const { readInto } = createRequire(import.meta.url)('../../bin/load-bundle.cjs') as {
      readInto: (file: string, buffer?: Buffer) => { buffer: Buffer; length: number };
    };
    const small = join(tmp, 'small.bin');
    const large = join(tmp, 'large.bin');
    writeFileSync(small, Buffer.from('cache'));
    writeFileSync(large, Buffer.alloc(300_000, 'bundle '));
    const first = readInto(large);
    expect(first.buffer.subarray(0, first.length).equals(readFileSync(large))).toBe(true);
    const reused = readInto(small, first.buffer);
    expect(reused.buffer).toBe(first.buffer);
    expect(reused.buffer.subarray(0, reused.length).toString()).toBe('cache');
    const grown = readInto(large, Buffer.alloc(10));
    expect(grown.buffer.subarray(0, grown.length).equals(readFileSync(large))).toBe(true);
  });

  it('the build writes one and a run of the CLI takes it', () => {
    expect(existsSync(join(dirname(BIN), '..', 'dist', 'milepel.cjs.v8cache'))).toBe(true);
    expect(codeCacheUsed(BIN)).toBe(true);
  });

  it('a cache that does not fit is rejected and the CLI prints the same bytes', () => {
    const copy = join(tmp, 'copy');
    cpSync(join(dirname(BIN), '..'), copy, { recursive: true });
    const bin = join(copy, 'bin', 'milepel.js');
    writeFileSync(join(copy, 'dist', 'milepel.cjs.v8cache'), Buffer.alloc(4096, 7));
    expect(codeCacheUsed(bin)).toBe(false);
    const expected = validate(BIN);
    expect(expected.code).toBe(1);
    expect(validate(bin)).toEqual(expected);
    rmSync(join(copy, 'dist', 'milepel.cjs.v8cache'));
    expect(codeCacheUsed(bin)).toBe(false);
    expect(validate(bin)).toEqual(expected);
  });
  it('the bundle is written wrapped in its CommonJS function, and a bundle built before that still runs', () => {
    const bundle = readFileSync(join(dirname(BIN), '..', 'dist', 'milepel.cjs'), 'latin1');
    expect(bundle.startsWith('(function (exports, require, module, __filename, __dirname) { ')).toBe(true);
    expect(bundle.endsWith('\n});')).toBe(true);
    const copy = join(tmp, 'unwrapped');
    cpSync(join(dirname(BIN), '..'), copy, { recursive: true });
    const bin = join(copy, 'bin', 'milepel.js');
    const head = '(function (exports, require, module, __filename, __dirname) { ';
    writeFileSync(join(copy, 'dist', 'milepel.cjs'), bundle.slice(head.length, -'\n});'.length), 'latin1');
    rmSync(join(copy, 'dist', 'milepel.cjs.v8cache'));
    expect(validate(bin)).toEqual(validate(BIN));
  });
});
