// The one-command bundle (dist/validate.cjs, scripts/build.mjs): bin/milepel.js runs it for `milepel validate …`, it
// answers every validate command line as the whole CLI's bundle does (plan files the fast reader declines included,
// read by the yaml library from dist/vendor/, and files with schema errors, listed by the validator in
// dist/vendor/validate-plan.cjs and explained by the schema in dist/vendor/plan-schema.cjs), and a dist/ without it still
// runs validate.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { REPO_ROOT } from '../helpers/fake-io.js';

const BIN = builtCli();
const DIST = join(dirname(BIN), '..', 'dist');
/** A message of the yaml library's composer (yaml/dist/compose/composer.js), which only a bundle holding the library has. */
const YAML_COMPOSER = 'Unsupported token ';
const tmp = mkdtempSync(join(tmpdir(), 'milepel-command-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ENV = { PATH: process.env['PATH'] ?? '', TZ: 'UTC', LANG: 'C' };

interface Run { code: number | null; stdout: string; stderr: string }

/** `milepel <args>` through bin/milepel.js beside `dist`'s copy, in the repository. */
function viaBin(bin: string, args: readonly string[]): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: ENV });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `milepel <args>` run by the bundle `<name>.cjs` of the built dist/ (as bin/milepel.js would, exit code and all). */
function viaBundle(name: string, args: readonly string[]): Run {
  const loader = JSON.stringify(join(dirname(BIN), 'load-bundle.cjs'));
  const script = `require(${loader}).loadBundle(${JSON.stringify(DIST)}, ${JSON.stringify(name)}).run(${JSON.stringify(args)}).then((c) => { process.exitCode = c; });`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: REPO_ROOT, encoding: 'utf8', env: ENV });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Validate command lines of every kind: findings in each format, help, usage errors, a missing path, an option's value. */
const COMMAND_LINES: readonly (readonly string[])[] = [
  ['validate', 'plans', '--today', '2026-01-15'],
  ['validate', 'plans', '--today', '2026-01-15', '--format', 'json'],
  ['validate', 'plans', '--today', '2026-01-15', '--format', 'sarif'],
  ['validate', 'plans', '--today', '2026-01-15', '--format', 'github', '--strict'],
  ['validate', 'plans', '--today', '2026-01-15', '--locale', 'nb', '--plan', 'akson', '--width', '60'],
  ['validate', 'test/fixtures/err'],
  ['validate', 'test/fixtures/err/schema', '--format', 'json', '--locale', 'nb'],
  ['validate', '--help'],
  ['validate', '-h', '--locale', 'nb'],
  ['validate', '--frmat', 'json'],
  ['validate', '--format', 'gantt'],
  ['validate', '--today'],
  ['validate', 'does-not-exist'],
  ['validate', '--version'],
];

describe('the validate bundle', () => {
  it('is built, with its own code cache, and smaller than the whole CLI', () => {
    expect(existsSync(join(DIST, 'validate.cjs'))).toBe(true);
    expect(existsSync(join(DIST, 'validate.cjs.v8cache'))).toBe(true);
    expect(statSync(join(DIST, 'validate.cjs')).size).toBeLessThan(0.8 * statSync(join(DIST, 'milepel.cjs')).size);
  });

  it('leaves the yaml library to dist/vendor/yaml.cjs, which the whole CLI holds itself', () => {
    // The plan files the fast reader declines (test/fixtures/err has such) are read through it: see the next test.
    // The bundles' local names are shortened, so the library is found by a message of its composer (YAML_COMPOSER).
    expect(readFileSync(join(DIST, 'validate.cjs'), 'latin1')).not.toContain(YAML_COMPOSER);
    expect(readFileSync(join(DIST, 'milepel.cjs'), 'latin1')).toContain(YAML_COMPOSER);
    expect(readFileSync(join(DIST, 'vendor', 'yaml.cjs'), 'latin1')).toContain(YAML_COMPOSER);
    expect(existsSync(join(DIST, 'vendor', 'yaml.cjs'))).toBe(true);
  });

  it('leaves the validator that lists every schema error to dist/vendor/validate-plan.cjs, loaded for an invalid file', () => {
    // Found by what each holds, the bundles' local names being shortened: only the validator that lists every error
    // writes ajv's messages; the first-error validator, which answers valid files, stays (its schema paths).
    const listsEvery = 'must NOT have additional properties';
    const firstError = 'schemaPath:"#/properties/milestones/items/required"';
    expect(readFileSync(join(DIST, 'validate.cjs'), 'latin1')).not.toContain(listsEvery);
    expect(readFileSync(join(DIST, 'validate.cjs'), 'latin1')).toContain(firstError);
    expect(readFileSync(join(DIST, 'vendor', 'validate-plan.cjs'), 'latin1')).toContain(listsEvery);
  });

  it('leaves the plan schema as written to dist/vendor/plan-schema.cjs, loaded to explain a schema problem', () => {
    // Its descriptions are the hints of schema findings; each bundle loads the file on the first such finding (the
    // whole CLI's holds the schema still for the language server's completions).
    // The schema's title, which the Norwegian descriptions (English text beside each translation) do not hold.
    const title = 'title:"milepel plan file"';
    for (const name of ['validate', 'set']) expect(readFileSync(join(DIST, `${name}.cjs`), 'latin1').includes(title), name).toBe(false);
    expect(readFileSync(join(DIST, 'vendor', 'plan-schema.cjs'), 'latin1').includes(title)).toBe(true);
    const run = viaBin(BIN, ['validate', 'test/fixtures/err/schema', '--today', '2026-01-15']);
    expect(run.stdout).toContain('= hint: add title: …; human-readable name of the plan, shown in reports');
  });

  it.each(COMMAND_LINES.map((args) => [args.join(' ')]))('answers `milepel %s` as the whole CLI does', (line) => {
    const args = line.split(' ');
    const whole = viaBundle('milepel', args);
    expect(whole.stdout + whole.stderr).not.toBe('');
    expect(viaBundle('validate', args)).toEqual(whole);
    expect(viaBin(BIN, args)).toEqual(whole);
  });

  it('is what bin/milepel.js runs for validate, and only for validate', () => {
    const copy = join(tmp, 'marked');
    cpSync(join(dirname(BIN), '..'), copy, { recursive: true });
    // A validate bundle that answers 42 whatever it is asked: only `milepel validate` may reach it.
    writeFileSync(join(copy, 'dist', 'validate.cjs'), '(function (exports, require, module, __filename, __dirname) { module.exports.run = async () => 42;\n});', 'latin1');
    rmSync(join(copy, 'dist', 'validate.cjs.v8cache'));
    const bin = join(copy, 'bin', 'milepel.js');
    expect(viaBin(bin, ['validate', 'plans']).code).toBe(42);
    expect(viaBin(bin, ['critical-path', 'plans', '--today', '2019-09-01']).code).toBe(0);
    expect(viaBin(bin, ['help', 'validate']).code).toBe(0);
  });

  it('a dist/ without it (built before it existed) runs validate with the whole CLI', () => {
    const copy = join(tmp, 'without');
    cpSync(join(dirname(BIN), '..'), copy, { recursive: true });
    rmSync(join(copy, 'dist', 'validate.cjs'));
    rmSync(join(copy, 'dist', 'validate.cjs.v8cache'));
    const args = ['validate', 'plans', '--today', '2026-01-15', '--format', 'json'];
    expect(viaBin(join(copy, 'bin', 'milepel.js'), args)).toEqual(viaBin(BIN, args));
  });
});
