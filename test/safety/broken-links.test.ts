// Symbolic links in a plans folder, end to end on real directories with the built CLI (tester round 18):
// - a link named *.yaml that leads to nothing or round in a loop is a plan file that cannot be read: exit 2, one
//   `milepel:` line naming the link and where it points (SPEC §4 and §7), never a warning while CI passed (#3);
// - a link whose name is not UTF-8 is what it leads to: to a directory, an `encoding` error like such a directory
//   (it used to be passed over without a word). init and import: test/safety/write-through-links.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';

const BIN = builtCli();
const PLAN = 'plan:\n  id: v\n  title: V\n';
const GOOD = 'plan: {id: good, title: Good}\nmilestones:\n  - {id: A, title: A, date: 2019-09-02}\n';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'milepel-links-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(args: readonly string[], lang = 'C'): { code: number | null; out: string; err: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: lang, LC_ALL: '', LC_MESSAGES: '' };
  delete env['GITHUB_STEP_SUMMARY'];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const DANGLING = 'v/dangling.yaml: cannot read this plan file: it is a symbolic link to /nonexistent-milepel-target, which does not exist; remove it or point it at a plan file';
const LOOP = 'v/l1.yaml: cannot read this plan file: it is a symbolic link loop (it points at l2.yaml, which leads back to it: ELOOP); remove it or point it at a plan file';

describe('a link named *.yaml that leads to nothing or round in a loop, found while walking (tester round 18 #3)', () => {
  beforeEach(() => {
    mkdirSync(join(dir, 'v'));
    writeFileSync(join(dir, 'v', 'p.yaml'), PLAN);
  });

  it('a dangling link: exit 2 in every format, one line naming the link and its target, nothing on stdout', () => {
    symlinkSync('/nonexistent-milepel-target', join(dir, 'v', 'dangling.yaml'));
    for (const format of ['text', 'github', 'json', 'sarif']) {
      expect(run(['validate', 'v', '--format', format]), format).toEqual({ code: 2, out: '', err: `milepel: ${DANGLING}\n` });
    }
    // A report too: the plans cannot all be read.
    expect(run(['critical-path', 'v', '--today', '2019-09-01'])).toEqual({ code: 2, out: '', err: `milepel: ${DANGLING}\n` });
    expect(run(['validate', 'v'], 'nb_NO.UTF-8').err).toBe('milepel: v/dangling.yaml: kan ikke lese denne planfilen: den er en symbolsk lenke til /nonexistent-milepel-target, som ikke finnes; fjern den, eller la den peke på en planfil\n');
  });

  // Tester round 19 #7: c1.yaml → c2 → c3 → /gone said "a link to c2, which does not exist", though c2 exists.
  it('a chain of links to nothing names what its last link points at, which is what does not exist', () => {
    symlinkSync('c2', join(dir, 'v', 'c1.yaml'));
    symlinkSync('c3', join(dir, 'v', 'c2'));
    symlinkSync('/nonexistent-milepel-end', join(dir, 'v', 'c3'));
    expect(run(['validate', 'v'])).toEqual({ code: 2, out: '', err: 'milepel: v/c1.yaml: cannot read this plan file: it is a symbolic link to c2, a link whose chain ends at /nonexistent-milepel-end, which does not exist; remove it or point it at a plan file\n' });
    expect(run(['validate', 'v'], 'nb_NO.UTF-8').err).toBe('milepel: v/c1.yaml: kan ikke lese denne planfilen: den er en symbolsk lenke til c2, en lenke der kjeden ender i /nonexistent-milepel-end, som ikke finnes; fjern den, eller la den peke på en planfil\n');
  });

  it('a loop of two links: exit 2 naming the first by path and where it points; with a dangling one too, the count', () => {
    symlinkSync('l2.yaml', join(dir, 'v', 'l1.yaml'));
    symlinkSync('l1.yaml', join(dir, 'v', 'l2.yaml'));
    expect(run(['validate', 'v', '--format', 'github'])).toEqual({ code: 2, out: '', err: `milepel: ${LOOP} (and 1 more such link)\n` });
    expect(run(['validate', 'v'], 'nb_NO.UTF-8').err).toBe('milepel: v/l1.yaml: kan ikke lese denne planfilen: den er en løkke av symbolske lenker (den peker på l2.yaml, som fører tilbake til den: ELOOP); fjern den, eller la den peke på en planfil (og 1 lenke til av samme slag)\n');
    symlinkSync('/nonexistent-milepel-target', join(dir, 'v', 'dangling.yaml'));
    expect(run(['validate', 'v'])).toEqual({ code: 2, out: '', err: `milepel: ${DANGLING} (and 2 more such links)\n` });
  });

  it('the same from a --baseline folder: exit 2, the link named', () => {
    mkdirSync(join(dir, 'base'));
    symlinkSync('gone.yaml', join(dir, 'base', 'gone.yaml'));
    writeFileSync(join(dir, 'base', 'p.yaml'), PLAN);
    const r = run(['slippage', 'v', '--baseline', 'base', '--today', '2019-09-01']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^milepel: .*base\/gone\.yaml: cannot read this plan file: it is a symbolic link loop \(it points at gone\.yaml, which leads back to it: ELOOP\); remove it or point it at a plan file\n$/);
  });

  it('what stays as it was: a link named otherwise is no plan file, a link to a directory already walked is a warning', () => {
    symlinkSync('/nonexistent-milepel-target', join(dir, 'v', 'notes.txt'));
    symlinkSync('/nonexistent-milepel-target', join(dir, 'v', 'sub'));
    symlinkSync('.', join(dir, 'v', 'again'));
    expect(run(['validate', 'v'])).toEqual({ code: 0, out: '✔ 1 file checked, no problems\n', err: 'milepel: warning: v/again: skipped: a symbolic link to a directory already read (a loop)\n' });
  });
});

// Tester round 21 #11: named on the command line, such a link was "no such file or directory" (`ls` lists it, so the
// user looked for a typo) where a loop, or the same link found while walking, was named with where it points.
describe('a link that leads to nothing or round in a loop, named on the command line (tester round 21 #11)', () => {
  beforeEach(() => mkdirSync(join(dir, 'v')));

  it('named *.yaml: what walking it says, in validate, a report and set, in English and Norwegian', () => {
    symlinkSync('/nonexistent-milepel-target', join(dir, 'v', 'dangling.yaml'));
    for (const args of [['validate', 'v/dangling.yaml'], ['critical-path', 'v/dangling.yaml', '--today', '2019-09-01'], ['set', 'v/A', '--forecast', '2019-10-01', 'v/dangling.yaml']]) {
      expect(run(args), args[0]).toEqual({ code: 2, out: '', err: `milepel: ${DANGLING}\n` });
    }
    expect(run(['validate', 'v/dangling.yaml'], 'nb_NO.UTF-8').err).toBe('milepel: v/dangling.yaml: kan ikke lese denne planfilen: den er en symbolsk lenke til /nonexistent-milepel-target, som ikke finnes; fjern den, eller la den peke på en planfil\n');
    // Named with a plan beside it: the link is refused all the same, before anything is read.
    writeFileSync(join(dir, 'v', 'p.yaml'), GOOD);
    expect(run(['validate', 'v/p.yaml', 'v/dangling.yaml'])).toEqual({ code: 2, out: '', err: `milepel: ${DANGLING}\n` });
  });

  it('a chain to nothing names what its last link points at; a loop of two names where the first points', () => {
    symlinkSync('c2', join(dir, 'v', 'c1.yaml'));
    symlinkSync('/nonexistent-milepel-end', join(dir, 'v', 'c2'));
    expect(run(['validate', 'v/c1.yaml'])).toEqual({ code: 2, out: '', err: 'milepel: v/c1.yaml: cannot read this plan file: it is a symbolic link to c2, a link whose chain ends at /nonexistent-milepel-end, which does not exist; remove it or point it at a plan file\n' });
    symlinkSync('l2.yaml', join(dir, 'v', 'l1.yaml'));
    symlinkSync('l1.yaml', join(dir, 'v', 'l2.yaml'));
    expect(run(['validate', 'v/l1.yaml'])).toEqual({ code: 2, out: '', err: `milepel: ${LOOP}\n` });
  });

  it('named otherwise (a linked plans directory): where it points, and to point it at plan files', () => {
    symlinkSync('/nonexistent-milepel-target', join(dir, 'plans'));
    const en = 'milepel: plans: cannot be read: it is a symbolic link to /nonexistent-milepel-target, which does not exist; remove it or point it at a plan file or a directory of plan files\n';
    expect(run(['validate', 'plans'])).toEqual({ code: 2, out: '', err: en });
    // ./plans, read when no path is given, likewise.
    expect(run(['validate'])).toEqual({ code: 2, out: '', err: en });
    expect(run(['validate', 'plans'], 'nb_NO.UTF-8').err).toBe('milepel: plans: kan ikke leses: den er en symbolsk lenke til /nonexistent-milepel-target, som ikke finnes; fjern den, eller la den peke på en planfil eller en mappe med planfiler\n');
    symlinkSync('loop', join(dir, 'loop'));
    expect(run(['validate', 'loop'])).toEqual({ code: 2, out: '', err: 'milepel: loop: cannot be read: it is a symbolic link loop (it points at loop, which leads back to it: ELOOP); remove it or point it at a plan file or a directory of plan files\n' });
  });

  it('a name that is not UTF-8 is looked at by its bytes', () => {
    symlinkSync('/nonexistent-milepel-target', latin1('v/d', '.yaml'));
    const r = spawnSync('/bin/sh', ['-c', `exec "$0" "$1" validate "$(printf 'v/d\\346.yaml')"`, process.execPath, BIN], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '' } });
    expect({ code: r.status, out: r.stdout, err: r.stderr }).toEqual({ code: 2, out: '', err: 'milepel: v/d\\xe6.yaml: cannot read this plan file: it is a symbolic link to /nonexistent-milepel-target, which does not exist; remove it or point it at a plan file\n' });
  });

  it('what stays as it was: a path that is not there at all is "no such file or directory"', () => {
    expect(run(['validate', 'v/absent.yaml'])).toEqual({ code: 2, out: '', err: 'milepel: v/absent.yaml: no such file or directory\n' });
  });
});

/** `name` with a Latin-1 byte (not UTF-8), as a path under `dir`. */
const latin1 = (...parts: string[]): Buffer => Buffer.concat([Buffer.from(`${dir}/${parts[0]!}`), Buffer.from([0xe6]), Buffer.from(parts[1] ?? '')]);

describe('a link whose name is not UTF-8 (tester round 18, finding B)', () => {
  it('to a directory: an encoding error naming it a directory, as the directory itself would be (it was passed over silently)', () => {
    mkdirSync(join(dir, 'v'));
    writeFileSync(join(dir, 'v', 'p.yaml'), GOOD);
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere', 'hidden.yaml'), GOOD);
    symlinkSync(join(dir, 'elsewhere'), latin1('v/m', 'ler'));
    const r = run(['validate', 'v', '--format', 'json', '--today', '2019-09-01']);
    expect([r.code, r.err]).toEqual([1, '']);
    const json = JSON.parse(r.out) as { diagnostics: { rule: string; file: string; line: number; column: number; message: string }[] };
    expect(json.diagnostics.map((d) => [d.rule, d.file, d.line, d.column, d.message])).toEqual([
      ['encoding', 'v/m\\xe6ler', 1, 1, 'the directory name is not valid UTF-8, so the plan files in it are not read and nothing in them is checked; rename it'],
    ]);
  });

  it('to a plan file: an encoding error for a file; to the folder walked: the loop warning; to nothing, named *.yaml: exit 2', () => {
    mkdirSync(join(dir, 'v'));
    writeFileSync(join(dir, 'v', 'p.yaml'), GOOD);
    writeFileSync(join(dir, 'target.yaml.txt'), GOOD);
    symlinkSync(join(dir, 'target.yaml.txt'), latin1('v/f', '.yaml'));
    symlinkSync('.', latin1('v/back'));
    const r = run(['validate', 'v', '--format', 'json', '--today', '2019-09-01']);
    expect([r.code, r.err]).toEqual([1, 'milepel: warning: v/back\\xe6: skipped: a symbolic link to a directory already read (a loop)\n']);
    const json = JSON.parse(r.out) as { diagnostics: { rule: string; file: string; message: string }[] };
    expect(json.diagnostics.map((d) => [d.rule, d.file, d.message])).toEqual([['encoding', 'v/f\\xe6.yaml', 'the file name is not valid UTF-8, so the file is not read and nothing in it is checked; rename it']]);
    symlinkSync('/nonexistent-milepel-target', latin1('v/d', '.yaml'));
    expect(run(['validate', 'v'])).toEqual({ code: 2, out: '', err: 'milepel: v/d\\xe6.yaml: cannot read this plan file: it is a symbolic link to /nonexistent-milepel-target, which does not exist; remove it or point it at a plan file\n' });
  });
});
