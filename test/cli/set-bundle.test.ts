// The set command's bundle (dist/set.cjs, scripts/build.mjs): bin/milepel.js runs it for `milepel set …`, its code
// cache was written by a set run (the edit's functions are compiled already), and it answers every set command line
// as the whole CLI's bundle does: the same output, exit code and written file.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { REPO_ROOT } from '../helpers/fake-io.js';

const BIN = builtCli();
const DIST = join(dirname(BIN), '..', 'dist');
const tmp = mkdtempSync(join(tmpdir(), 'milepel-set-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ENV = { PATH: process.env['PATH'] ?? '', TZ: 'UTC', LANG: 'C' };

interface Run { code: number | null; stdout: string; stderr: string; files: Record<string, string> }

let runs = 0;

/** `milepel <args> plans` in a folder of its own holding a fresh copy of plans/, by the process arguments `command`
 * makes of milepel's, and the files it left there. */
function onCopy(command: (args: readonly string[]) => string[], args: readonly string[]): Run {
  const cwd = join(tmp, `run-${++runs}`);
  cpSync(join(REPO_ROOT, 'plans'), join(cwd, 'plans'), { recursive: true });
  const r = spawnSync(process.execPath, command([...args, 'plans']), { cwd, encoding: 'utf8', env: ENV });
  const files = Object.fromEntries(readdirSync(join(cwd, 'plans')).sort().map((f) => [f, readFileSync(join(cwd, 'plans', f), 'utf8')]));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, files };
}

/** Runs the bundle `<name>.cjs` of the built dist/ as bin/milepel.js would. */
const viaBundle = (name: string) => (args: readonly string[]): string[] => {
  const loader = JSON.stringify(join(dirname(BIN), 'load-bundle.cjs'));
  return ['-e', `require(${loader}).loadBundle(${JSON.stringify(DIST)}, ${JSON.stringify(name)}).run(${JSON.stringify(args)}).then((c) => { process.exitCode = c; });`];
};

/** Runs bin/milepel.js. */
const viaBin = (bin: string) => (args: readonly string[]): string[] => [bin, ...args];

/** Set command lines of every kind: a change that introduces findings, one that changes nothing, refusals, usage errors, help. */
const COMMAND_LINES: readonly (readonly string[])[] = [
  ['set', 'akson/MP2', '--forecast', '2031-06-02', '--today', '2026-01-15'],
  ['set', 'akson/MP5', '--forecast', '2027-01-01', '--status', 'red', '--today', '2026-01-15', '--locale', 'nb'],
  ['set', 'felles-grunnmur/RM1', '--actual', '2025-01-01', '--strict'],
  ['set', 'akson/MP9', '--status', 'red'],
  ['set', 'akson/NOPE', '--forecast', '2026-01-01'],
  ['set', 'akson/MP2', '--forecast', 'soon'],
  ['set', 'akson/MP2'],
  ['set', '--help'],
];

describe('the set bundle', () => {
  it('is built with its own code cache, and holds the yaml library (set edits YAML text)', () => {
    expect(existsSync(join(DIST, 'set.cjs'))).toBe(true);
    expect(existsSync(join(DIST, 'set.cjs.v8cache'))).toBe(true);
    // The bundle's local names are shortened: the library is found by a message of its composer.
    expect(readFileSync(join(DIST, 'set.cjs'), 'latin1')).toContain('Unsupported token ');
  });

  it.each(COMMAND_LINES.map((args) => [args.join(' ')]))('answers `milepel %s` as the whole CLI does', (line) => {
    const args = line.split(' ');
    const whole = onCopy(viaBundle('milepel'), args);
    expect(whole.stdout + whole.stderr).not.toBe('');
    expect(onCopy(viaBundle('set'), args)).toEqual(whole);
    expect(onCopy(viaBin(BIN), args)).toEqual(whole);
  });

  it('is what bin/milepel.js runs for set, and only for set', () => {
    const copy = join(tmp, 'marked');
    cpSync(join(dirname(BIN), '..'), copy, { recursive: true });
    // A set bundle that answers 42 whatever it is asked: only `milepel set` may reach it.
    writeFileSync(join(copy, 'dist', 'set.cjs'), '(function (exports, require, module, __filename, __dirname) { module.exports.run = async () => 42;\n});', 'latin1');
    rmSync(join(copy, 'dist', 'set.cjs.v8cache'));
    const bin = join(copy, 'bin', 'milepel.js');
    expect(onCopy(viaBin(bin), ['set', 'akson/MP9', '--status', 'red']).code).toBe(42);
    expect(onCopy(viaBin(bin), ['snapshot', '--today', '2026-01-15']).code).toBe(0);
    expect(onCopy(viaBin(bin), ['help', 'set']).code).toBe(0);
  });
});
