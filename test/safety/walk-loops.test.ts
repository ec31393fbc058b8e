// Symbolic link loops and directories named like plan files (issue #11, SPEC §1 and §7): a loop is reported by name and
// kind, refused (exit 2) whether named on the command line or found while walking (a loop named *.yaml is a plan file
// that cannot be read: tester round 18 #3); a directory named *.yaml is walked like any other, named or found.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/node-io.js';
import { findPlanFiles } from '../../src/cli/load.js';
import { runCliOnDisk } from '../helpers/fake-io.js';
import type { Message } from '../../src/messages/index.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { builtCli } from '../helpers/built-cli.js';

const BIN = builtCli();
const GOOD = 'plan: {id: good, title: Good}\nmilestones:\n  - {id: A, title: A, date: 2019-09-02}\n';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'milepel-loops-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = runCliOnDisk;

function built(args: string[], lang = 'C'): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: lang } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** self.yaml → self.yaml, and ping.yaml → pong.yaml → ping.yaml. */
function makeLoops(): void {
  symlinkSync('self.yaml', join(dir, 'self.yaml'));
  symlinkSync('pong.yaml', join(dir, 'ping.yaml'));
  symlinkSync('ping.yaml', join(dir, 'pong.yaml'));
}

// Named on the command line, a loop named *.yaml is said as walking says it, with where it points (tester round 21
// #11); a loop on the way to the path named, which is no link itself, as the loop it is.
const loopLine = (path: string, target: string): string => `${path}: cannot read this plan file: it is a symbolic link loop (it points at ${target}, which leads back to it: ELOOP); remove it or point it at a plan file`;

describe('symbolic link loops', () => {
  it('found while walking: refused (exit 2), one line naming the first loop by path, where it points, and how many more', async () => {
    writeFileSync(join(dir, 'good.yaml'), GOOD);
    makeLoops();
    symlinkSync('nowhere.yaml', join(dir, 'dangling.yaml'));
    const notes: Message[] = [];
    expect(() => findPlanFiles(nodeIo(), [dir], notes)).toThrow(UsageError);
    expect(notes).toEqual([]);
    const r = built(['validate', dir, '--today', '2019-09-01']);
    expect(r).toEqual({ code: 2, out: '', err: `milepel: ${dir}/dangling.yaml: cannot read this plan file: it is a symbolic link to nowhere.yaml, which does not exist; remove it or point it at a plan file (and 3 more such links)\n` });
    rmSync(join(dir, 'dangling.yaml'));
    expect(built(['validate', dir, '--today', '2019-09-01'])).toEqual({ code: 2, out: '', err: `milepel: ${dir}/ping.yaml: cannot read this plan file: it is a symbolic link loop (it points at pong.yaml, which leads back to it: ELOOP); remove it or point it at a plan file (and 2 more such links)\n` });
  });

  it('named on the command line: refused with exit 2 and one line naming the path as a loop', async () => {
    makeLoops();
    for (const [name, target] of [['self.yaml', 'self.yaml'], ['ping.yaml', 'pong.yaml']] as const) {
      const path = join(dir, name);
      expect(() => findPlanFiles(nodeIo(), [path])).toThrow(UsageError);
      expect(await cli(['validate', path])).toEqual({ code: 2, out: '', err: `milepel: ${loopLine(path, target)}\n` });
      expect(built(['critical-path', path])).toEqual({ code: 2, out: '', err: `milepel: ${loopLine(path, target)}\n` });
    }
    const nb = built(['validate', join(dir, 'self.yaml')], 'nb_NO.UTF-8');
    expect(nb.err).toBe(`milepel: ${dir}/self.yaml: kan ikke lese denne planfilen: den er en løkke av symbolske lenker (den peker på self.yaml, som fører tilbake til den: ELOOP); fjern den, eller la den peke på en planfil\n`);
    // A loop on the way (a directory link to itself): the path named is no link, and is said to be a loop.
    symlinkSync('loopdir', join(dir, 'loopdir'));
    const inside = join(dir, 'loopdir', 'x.yaml');
    expect(built(['validate', inside])).toEqual({ code: 2, out: '', err: `milepel: ${inside}: is a symbolic link loop (ELOOP: the link leads back to itself); point it at a plan file or remove it\n` });
    expect(built(['validate', inside], 'nb_NO.UTF-8').err).toBe(`milepel: ${inside}: er en løkke av symbolske lenker (ELOOP: lenken fører tilbake til seg selv); la den peke på en planfil, eller fjern den\n`);
    const missing = join(dir, 'missing.yaml');
    expect(built(['validate', missing]).err).toBe(`milepel: ${missing}: no such file or directory\n`);
  });
});

describe('a directory named like a plan file', () => {
  // SPEC §1: the plan files found recursively in a directory named on the command line; its name is no reason to refuse
  // it (tester round 56 F4: exit 2, "is a directory, not a plan file").
  it('named on the command line: walked like any directory, with or without a slash', async () => {
    const folder = join(dir, 'folder.yaml');
    mkdirSync(folder);
    writeFileSync(join(folder, 'inside.yaml'), GOOD);
    const files = (r: { out: string }): string[] => (JSON.parse(r.out) as { files: string[] }).files;
    const args = (path: string): string[] => ['validate', path, '--format', 'json', '--today', '2019-09-01'];
    const inProcess = await cli(args(folder));
    expect(inProcess.code).toBe(0);
    expect(files(inProcess)).toEqual([`${folder}/inside.yaml`]);
    const whole = built(args(folder));
    expect(whole.code).toBe(0);
    expect(whole.err).toBe('');
    expect(files(whole)).toEqual([`${folder}/inside.yaml`]);
    const slash = built(args(`${folder}/`));
    expect(slash.code).toBe(0);
    expect(files(slash)).toEqual([`${folder}/inside.yaml`]);
  });

  // SPEC §1: plan files are found recursively; its name is no reason to leave one out (tester round 25 F4: it was
  // skipped with a warning and the run passed with a plan holding an error unchecked).
  it('found while walking: walked like any directory, its plan files checked, without a warning', () => {
    writeFileSync(join(dir, 'good.yaml'), GOOD);
    mkdirSync(join(dir, 'folder.yaml'));
    writeFileSync(join(dir, 'folder.yaml', 'inner.yaml'), 'plan:\n  id: inner\n  title: Inner\nmilestones:\n  - {id: X, title: X, date: 2026-02-30}\n');
    const r = built(['validate', dir, '--today', '2019-09-01']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toContain(`${dir}/folder.yaml/inner.yaml:5:29: error: 2026-02-30 does not exist`);
    expect(r.out).toContain('[invalid-date]');
  });
});
