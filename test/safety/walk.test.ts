// Workspace walking (issue #11): symbolic links followed with loop detection; FIFOs, devices, odd names never block or stop the run.
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliOnDisk } from '../helpers/fake-io.js';
import { builtCli } from '../helpers/built-cli.js';

const BIN = builtCli();

const GOOD = 'plan: {id: good, title: Good}\nmilestones:\n  - {id: A, title: A, date: 2019-09-02}\n';
const BROKEN = 'plan: {id: linked, title: Linked}\nmilestones:\n  - {id: A, title: A, date: 2019-02-30}\n';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'milepel-walk-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = runCliOnDisk;

describe('walking a workspace', () => {
  it('follows a symlinked plan file and a symlinked directory: a broken linked plan is reported', async () => {
    const ws = join(dir, 'ws');
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(ws);
    mkdirSync(elsewhere);
    writeFileSync(join(ws, 'good.yaml'), GOOD);
    writeFileSync(join(elsewhere, 'linked.yaml'), BROKEN);
    symlinkSync(join(elsewhere, 'linked.yaml'), join(ws, 'linked.yaml'));
    symlinkSync(elsewhere, join(ws, 'more'));
    const r = await cli(['validate', ws, '--format', 'json', '--today', '2019-09-01']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { files: string[]; diagnostics: { rule: string; file: string }[] };
    // more/linked.yaml is the file linked.yaml links to: read once, under the name the walk reached first.
    expect(json.files).toEqual([`${ws}/good.yaml`, `${ws}/linked.yaml`]);
    expect(json.diagnostics.map((d) => d.rule)).toContain('invalid-date');
    expect(json.diagnostics.map((d) => d.rule)).not.toContain('duplicate-id');
  });

  it('reads a file once however it is reached: a directory named twice, through a link, a hard link', async () => {
    const ws = join(dir, 'ws');
    mkdirSync(ws);
    writeFileSync(join(ws, 'good.yaml'), GOOD);
    symlinkSync(ws, join(dir, 'link'));
    linkSync(join(ws, 'good.yaml'), join(dir, 'hard.yaml'));
    for (const args of [[ws, `${ws}/`], [ws, join(dir, 'link')], [join(ws, 'good.yaml'), join(dir, 'link', 'good.yaml')], [ws, join(dir, 'hard.yaml')]]) {
      const r = await cli(['validate', ...args, '--format', 'json', '--today', '2019-09-01']);
      expect(r.code, args.join(' ')).toBe(0);
      expect((JSON.parse(r.out) as { files: string[] }).files, args.join(' ')).toHaveLength(1);
    }
  });

  it('a directory symlinked to its parent is walked once, with one line about the loop', async () => {
    writeFileSync(join(dir, 'good.yaml'), GOOD);
    symlinkSync(dir, join(dir, 'loop'));
    const r = await cli(['validate', dir, '--today', '2019-09-01']);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`milepel: warning: ${dir}/loop: skipped: a symbolic link to a directory already read (a loop)\n`);
  });

  // A dangling link named *.yaml is no longer among them: it is refused (exit 2), test/safety/broken-links.test.ts.
  it('skips a FIFO named *.yaml with one line, walks a directory so named, and checks the rest', async () => {
    writeFileSync(join(dir, 'good.yaml'), GOOD);
    expect(spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status).toBe(0);
    mkdirSync(join(dir, 'folder.yaml'));
    const r = await cli(['validate', dir, '--today', '2019-09-01']);
    expect(r.code).toBe(0);
    expect(r.err.split('\n').filter(Boolean).sort()).toEqual([`milepel: warning: ${dir}/pipe.yaml: skipped: a FIFO (named pipe), not a plan file`]);
  });

  it('a FIFO or a device named on the command line is refused at once (exit 2), never read', async () => {
    const fifo = join(dir, 'pipe.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(await cli(['validate', fifo])).toEqual({ code: 2, out: '', err: `milepel: ${fifo}: is a FIFO (named pipe), not a plan file; give a .yaml file or a directory\n` });
    expect(await cli(['validate', '/dev/zero'])).toEqual({ code: 2, out: '', err: 'milepel: /dev/zero: is a character device, not a plan file; give a .yaml file or a directory\n' });
  });

  it('a file name that is not UTF-8 is an encoding error (not read) and the rest checked (test/safety/non-utf8-names.test.ts)', async () => {
    writeFileSync(join(dir, 'good.yaml'), GOOD);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/plan-`), Buffer.from([0xf8]), Buffer.from('.yaml')]), BROKEN);
    const r = await cli(['validate', dir, '--format', 'json', '--today', '2019-09-01']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const json = JSON.parse(r.out) as { files: string[]; diagnostics: { rule: string; file: string; line: number; column: number }[] };
    expect(json.files).toEqual([`${dir}/good.yaml`, `${dir}/plan-\\xf8.yaml`]);
    expect(json.diagnostics.map((d) => [d.rule, d.file, d.line, d.column])).toEqual([['encoding', `${dir}/plan-\\xf8.yaml`, 1, 1]]);
  });

  it('when everything was skipped, the refusal says what was (it used to say only that there were no plan files)', async () => {
    expect(spawnSync('mkfifo', [join(dir, 'x.yaml')]).status).toBe(0);
    let r = await cli(['validate', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`milepel: no plan files (*.yaml, *.yml) found in ${dir}: ${dir}/x.yaml: skipped: a FIFO (named pipe), not a plan file\n`);
    expect(spawnSync('mkfifo', [join(dir, 'y.yaml')]).status).toBe(0);
    r = await cli(['validate', dir]);
    expect(r.err).toMatch(/: skipped: .* \(and 1 more skipped\)\n$/);
  });

  it('a file or directory name that is not UTF-8, named on the command line, is read and shown escaped', () => {
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/plan-`), Buffer.from([0xf8]), Buffer.from('.yaml')]), BROKEN);
    const sub = Buffer.concat([Buffer.from(`${dir}/d`), Buffer.from([0xe9])]);
    mkdirSync(sub);
    writeFileSync(Buffer.concat([sub, Buffer.from('/good.yaml')]), GOOD);
    // Through a shell: Node's own spawn would encode the arguments as UTF-8; printf gives the raw bytes, as a user's shell does.
    const sh = (args: string): ReturnType<typeof spawnSync> => spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" ${args}`], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    const r = sh(`validate "$(printf '${dir}/plan-\\370.yaml')" "$(printf '${dir}/d\\351')" --format json --today 2019-09-01`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const json = JSON.parse(String(r.stdout)) as { files: string[]; diagnostics: { rule: string; file: string }[] };
    expect(json.files).toEqual([`${dir}/d\\xe9/good.yaml`, `${dir}/plan-\\xf8.yaml`]);
    expect(json.diagnostics.map((d) => [d.rule, d.file])).toEqual([['invalid-date', `${dir}/plan-\\xf8.yaml`]]);
    const missing = sh(`validate "$(printf '${dir}/other-\\370.yaml')"`);
    expect([missing.status, missing.stderr]).toEqual([2, `milepel: ${dir}/other-\\xf8.yaml: no such file or directory\n`]);
  });

  it('set never rewrites a file named by bytes that are not UTF-8: its escaped name is another file\'s (it wrote into that one)', () => {
    const bytesName = Buffer.concat([Buffer.from(`${dir}/m`), Buffer.from([0xe6]), Buffer.from('ler.yaml')]);
    const plan = 'plan:\n  id: p\n  title: T\nmilestones:\n  - {id: A, title: a, date: 2019-06-20}\n';
    writeFileSync(bytesName, plan);
    // A real file whose name is the escaped form, with the same bytes: `set` checked those bytes and wrote its edit there.
    writeFileSync(`${dir}/m\\xe6ler.yaml`, plan);
    const sh = (args: string): ReturnType<typeof spawnSync> => spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" ${args}`], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    const named = `"$(printf '${dir}/m\\346ler.yaml')"`;
    expect(sh(`validate ${named} --today 2019-06-19`).status).toBe(0);
    for (const command of ['set p/A --forecast 2019-06-24', 'snapshot']) {
      const r = sh(`${command} ${named} --today 2019-06-25`);
      expect(r.status, command).toBe(2);
      expect(r.stderr, command).toBe(`milepel: ${dir}/m\\xe6ler.yaml: a name in its path is not valid UTF-8 (the file's or a directory's): milepel reads a file by such a path when it is given on the command line, but does not rewrite it, since it cannot write by that name safely; rename it first; nothing written\n`);
    }
    // Tester round 17 #7: a directory with such a name, named, and a file with a good name in it: the same refusal,
    // which no longer blames the file's own name.
    const dirBytes = Buffer.concat([Buffer.from(`${dir}/sub`), Buffer.from([0xe6])]);
    mkdirSync(dirBytes);
    writeFileSync(Buffer.concat([dirBytes, Buffer.from('/b.yaml')]), plan.replace('id: p', 'id: q'));
    const inDir = sh(`set q/A --forecast 2019-06-24 "$(printf '${dir}/sub\\346')" --today 2019-06-25`);
    expect([inDir.status, inDir.stderr]).toEqual([2, `milepel: ${dir}/sub\\xe6/b.yaml: a name in its path is not valid UTF-8 (the file's or a directory's): milepel reads a file by such a path when it is given on the command line, but does not rewrite it, since it cannot write by that name safely; rename it first; nothing written\n`]);
    expect(readFileSync(`${dir}/m\\xe6ler.yaml`, 'utf8')).toBe(plan);
    expect(readFileSync(bytesName, 'utf8')).toBe(plan);
  });
});

describe('messages never carry raw control characters or start a workflow command', () => {
  it('an argument with an escape sequence is shown escaped', async () => {
    const r = await cli(['validate', `${dir}/a\u001b[31mb\u0085.yaml`]);
    expect(r.code).toBe(2);
    // Quoted, as a path that does not show as written is (tester round 78 F9).
    expect(r.err).toBe(`milepel: "${dir}/a\\x1b[31mb\\x85.yaml": no such file or directory\n`);
  });

  it('a path or plan text starting with :: is escaped with a zero-width space wherever a line would start with it', async () => {
    const ws = join(dir, '::error::x');
    mkdirSync(ws);
    writeFileSync(join(ws, 'p.yaml'), 'plan: {id: p, title: "::stop-commands::tok"}\nmilestones:\n  - {id: A, title: "  ::error::boom", date: 2019-09-02}\n');
    for (const args of [['validate', ws, '--today', '2019-09-01'], ['gantt', ws, '--today', '2019-09-01'], ['roadmap', ws], ['critical-path', ws], ['validate', '::warning::x']]) {
      const r = await cli(args);
      const lines = `${r.out}\n${r.err}`.split('\n');
      // eslint-disable-next-line no-control-regex -- colour codes before :: count as whitespace to the runner
      expect(lines.filter((l) => /^\s*(\u001b\[[0-9;]*m\s*)*::/.test(l)), args.join(' ')).toEqual([]);
    }
    const r = await cli(['validate', '::warning::x']);
    expect(r.err).toBe('milepel: ::warning::x: no such file or directory\n');
    const relative = await cli(['validate', '::warning::x', '--format', 'json']);
    expect(relative.err.startsWith('milepel: ')).toBe(true);
  });
});
