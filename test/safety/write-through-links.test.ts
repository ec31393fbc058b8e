// init and import --out write nothing outside the folder they are given, nor through a symbolic link to a directory in
// it (README; tester round 18 #5: `schemas` linked elsewhere got the schema written there, exit 0). Real directories,
// the built CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';

const BIN = builtCli();

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'milepel-write-links-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(args: readonly string[], lang = 'C'): { code: number | null; out: string; err: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: lang, LC_ALL: '', LC_MESSAGES: '' };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('init and import --out write nothing through a linked directory in the folder given (tester round 18 #5)', () => {
  // Tester round 19 #8: a link loop on the way was "ELOOP (ELOOP)", naming neither the link nor the fix.
  it('init: `schemas` a link round in a loop is refused with the same line, naming the link', () => {
    mkdirSync(join(dir, 't'));
    symlinkSync('loop', join(dir, 't', 'schemas'));
    symlinkSync('schemas', join(dir, 't', 'loop'));
    expect(run(['init', 't'])).toEqual({ code: 2, out: '', err: 'milepel: t/schemas is a symbolic link to loop: init writes nothing outside t, the folder it is given, nor through a link in it; remove the link, or make t/schemas a real directory; nothing written\n' });
    expect(readdirSync(join(dir, 't')).sort()).toEqual(['loop', 'schemas']);
  });

  it('init: `schemas` linked elsewhere is refused, exit 2, one line naming the link and its target, nothing written', () => {
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    mkdirSync(join(dir, 't'));
    symlinkSync(elsewhere, join(dir, 't', 'schemas'));
    const line = `milepel: t/schemas is a symbolic link to ${elsewhere}: init writes nothing outside t, the folder it is given, nor through a link in it; remove the link, or make t/schemas a real directory; nothing written\n`;
    expect(run(['init', 't'])).toEqual({ code: 2, out: '', err: line });
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readdirSync(join(dir, 't'))).toEqual(['schemas']);
    expect(run(['init', 't'], 'nb_NO.UTF-8').err).toBe(`milepel: t/schemas er en symbolsk lenke til ${elsewhere}: init skriver ingenting utenfor t, mappen den får, og heller ikke gjennom en lenke i den; fjern lenken, eller gjør t/schemas til en ekte mappe; ingenting er skrevet\n`);
    // A schema already there through the link is only read, not written: init goes on (nothing written through it).
    writeFileSync(join(elsewhere, 'plan.schema.json'), '{}\n');
    const kept = run(['init', 't']);
    expect(kept.code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual(['plan.schema.json']);
    expect(existsSync(join(dir, 't', 'example.yaml'))).toBe(true);
  });

  it('import --out: the same refusal before anything is written', () => {
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    mkdirSync(join(dir, 'o'));
    symlinkSync(elsewhere, join(dir, 'o', 'schemas'));
    writeFileSync(join(dir, 'a.csv'), 'id,title,date\nM1,First,2019-09-02\n');
    const r = run(['import', 'a.csv', '--out', 'o']);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toBe(`milepel: o/schemas is a symbolic link to ${elsewhere}: import writes nothing outside o, the folder it is given, nor through a link in it; remove the link, or make o/schemas a real directory; nothing written\n`);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readdirSync(join(dir, 'o'))).toEqual(['schemas']);
  });
});
