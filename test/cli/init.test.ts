// `milepel init`: writes only inside the folder it is given (`init .` writes no ../schemas/), quotes what YAML 1.1
// tools would misread, and says "exist" of two existing files, "exists" of one.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { runCli } from '../helpers/fake-io.js';
import { exampleFiles } from '../../src/cli/commands/init-template.js';

const { governance: GOVERNANCE_EXAMPLE, plan: PLAN_EXAMPLE } = exampleFiles('en');

const BIN = builtCli();
const tmp = mkdtempSync(join(tmpdir(), 'milepel-init-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function milepel(args: readonly string[], cwd: string, env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 30_000, env: { PATH: process.env['PATH'] ?? '', HOME: tmp, TZ: 'UTC', LANG: 'C', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('milepel init', () => {
  it('suggests `npx --no-install milepel` when npm exec ran it (a devDependency is no command on PATH; tester round 7 #5, round 12 #3)', () => {
    const here = join(tmp, 'npx');
    mkdirSync(here, { recursive: true });
    const r = milepel(['init'], here, { npm_command: 'exec' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.endsWith('\nNext: npx --no-install milepel validate plans\n')).toBe(true);
  });

  it('quotes a folder the shell would split in the command it suggests (a tester pasted `milepel validate ws 🚀/æøå`)', () => {
    const here = join(tmp, 'spaced');
    mkdirSync(here, { recursive: true });
    const r = milepel(['init', 'ws 🚀/æøå'], here);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith("\nNext: milepel validate 'ws 🚀/æøå'\n")).toBe(true);
  });

  it('says when it keeps a schema file that is not this version\'s, and not when it is (a tester\'s garbage schema passed unsaid)', () => {
    const here = join(tmp, 'kept');
    mkdirSync(join(here, 'plans', 'schemas'), { recursive: true });
    writeFileSync(join(here, 'plans', 'schemas', 'plan.schema.json'), 'garbage\n');
    const r = milepel(['init'], here);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('Wrote plans/governance.yaml, plans/example.yaml.\nKept plans/schemas/plan.schema.json, which was there and is not this version\'s schema: milepel schema > plans/schemas/plan.schema.json replaces it.\nNext: milepel validate plans\n');
    const same = join(tmp, 'same');
    mkdirSync(join(same, 'plans', 'schemas'), { recursive: true });
    writeFileSync(join(same, 'plans', 'schemas', 'plan.schema.json'), milepel(['schema'], same).stdout);
    expect(milepel(['init'], same).stdout).toBe('Wrote plans/governance.yaml, plans/example.yaml.\nNext: milepel validate plans\n');
  });

  it('init . writes the plans and the schema inside the current folder and nothing beside it', () => {
    const parent = join(tmp, 'parent');
    const here = join(parent, 'here');
    mkdirSync(here, { recursive: true });
    const r = milepel(['init', '.'], here);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(parent)).toEqual(['here']);
    expect(readdirSync(here).sort()).toEqual(['example.yaml', 'governance.yaml', 'schemas']);
    expect(existsSync(join(here, 'schemas', 'plan.schema.json'))).toBe(true);
    // The editor modeline points at the copy that was written.
    for (const f of ['example.yaml', 'governance.yaml']) expect(readFileSync(join(here, f), 'utf8')).toMatch(/^# yaml-language-server: \$schema=schemas\/plan\.schema\.json\n/);
    const v = milepel(['validate', '.', '--strict'], here);
    expect(v.code, v.stdout).toBe(0);
    // A new user's first reports exit 0 on the example, health's checks included (a tester found its float check
    // failing out of the box).
    for (const command of ['health', 'critical-path', 'meetings', 'slippage', 'roadmap', 'gates']) {
      const r = milepel([command, '.'], here);
      expect(r.code, `${command}: ${r.stdout}${r.stderr}`).toBe(0);
    }
  });

  it("init '' is refused with exit 2 and writes nothing (it used to write into the current folder)", () => {
    const here = join(tmp, 'empty-name');
    mkdirSync(here, { recursive: true });
    const r = milepel(['init', ''], here);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("milepel: init needs a directory, and '' names none: leave it out for ./plans, or write . for the current directory\n");
    expect(readdirSync(here)).toEqual([]);
  });

  it('two existing files: "already exist"; one: "already exists"; nothing written', () => {
    const both = join(tmp, 'both');
    mkdirSync(both);
    writeFileSync(join(both, 'governance.yaml'), 'bodies: []\n');
    writeFileSync(join(both, 'example.yaml'), 'x: 1\n');
    const two = milepel(['init', '.'], both);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/^milepel: governance\.yaml, example\.yaml already exist; init never overwrites/);
    const one = join(tmp, 'one');
    mkdirSync(one);
    writeFileSync(join(one, 'example.yaml'), 'x: 1\n');
    const single = milepel(['init', '.'], one);
    expect(single.code).toBe(2);
    expect(single.stderr).toMatch(/^milepel: example\.yaml already exists; init never overwrites/);
    expect(readdirSync(one)).toEqual(['example.yaml']);
  });

  // Tester round 26 F4: a folder holding an example one level down got a second one, and `validate` of it then
  // failed with 12 duplicate-id errors.
  it('a folder that already holds plan files at any depth: exit 2 naming them, nothing written; an empty one is filled', () => {
    const here = join(tmp, 'nested');
    mkdirSync(here);
    expect(milepel(['init', 'h0'], here).code).toBe(0);
    mkdirSync(join(here, 'h', 'x'), { recursive: true });
    for (const f of ['example.yaml', 'governance.yaml']) writeFileSync(join(here, 'h', 'x', f), readFileSync(join(here, 'h0', f)));
    writeFileSync(join(here, 'h', 'x', 'third.yaml'), 'plan: {id: t, title: T}\n');
    writeFileSync(join(here, 'h', 'x', 'fourth.yml'), 'plan: {id: f, title: F}\n');
    const r = milepel(['init', 'h'], here);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milepel: h already holds plan files (h/x/example.yaml, h/x/fourth.yml, h/x/governance.yaml and 1 more), which a validate of it would read beside the example; init writes a new workspace: choose an empty or new directory (milepel init <dir>)\n');
    expect(readdirSync(join(here, 'h'))).toEqual(['x']);
    // A link named like a plan file that leads nowhere counts: validate of the folder would refuse it (tester round 28 F6).
    mkdirSync(join(here, 'linked'));
    symlinkSync('nowhere.yaml', join(here, 'linked', 'broken.yaml'));
    const linked = milepel(['init', 'linked'], here);
    expect([linked.code, linked.stderr.split(' (')[0]]).toEqual([2, 'milepel: linked already holds plan files']);
    expect(linked.stderr).toContain('(linked/broken.yaml)');
    mkdirSync(join(here, 'empty'));
    writeFileSync(join(here, 'empty', 'notes.txt'), 'not a plan\n');
    expect(milepel(['init', 'empty'], here).code).toBe(0);
    expect(milepel(['validate', 'empty'], here).code).toBe(0);
  });

  // Tester round 92 F1: `init plans/sub` beside an example in ./plans, the folder validate reads by default, wrote a
  // second example there; validate then gave 12 duplicate-id errors.
  it('a folder inside one that holds plan files: exit 2 naming that one, nothing written; one beside it is filled', () => {
    const here = join(tmp, 'inside');
    mkdirSync(here);
    expect(milepel(['init'], here).code).toBe(0);
    for (const target of ['plans/sub', 'plans/a/b', join(here, 'plans', 'abs')]) {
      const r = milepel(['init', target], here);
      expect(r.code, target).toBe(2);
      expect(r.stderr).toBe(`milepel: ${target} is inside plans, which holds plan files (plans/example.yaml, plans/governance.yaml): a validate of plans would read the example beside them; init writes a new workspace: choose a directory outside it (milepel init <dir>)\n`);
    }
    expect(readdirSync(join(here, 'plans')).sort()).toEqual(['example.yaml', 'governance.yaml', 'schemas']);
    expect(milepel(['validate'], here).code).toBe(0);
    expect(milepel(['init', 'other/sub'], here).code).toBe(0);
    expect(milepel(['init', 'plans/sub', '--locale', 'nb'], here).stderr).toMatch(/^milepel: plans\/sub ligger i plans, som inneholder planfiler \(/);
  });

  // Tester round 106 F1: run inside a plans folder (`cd plans && milepel init`, `init new`, `init ../plans/p7`, an
  // absolute path), init wrote the example among the plans: validate went from 14 warnings to 2 errors and 44. The
  // current folder and those above it up to the repository's root are looked at for plan files directly in them. F2:
  // validate there was told to run init; `.` is the path.
  it('run inside a plans folder: exit 2 naming it, nothing written; validate is told to give `.`', () => {
    const repo = join(tmp, 'in-plans');
    mkdirSync(join(repo, '.git'), { recursive: true });
    writeFileSync(join(repo, 'README.yml'), 'title: not a plan\n');
    expect(milepel(['init'], repo).code).toBe(0);
    const plans = join(repo, 'plans');
    for (const target of [undefined, 'new', '../plans/p7', join(plans, 'deep', 'abs')]) {
      const r = milepel(target === undefined ? ['init'] : ['init', target], plans);
      expect(r.code, target).toBe(2);
      expect(r.stderr, target).toMatch(/is inside \., which holds plan files \(example\.yaml, governance\.yaml\)/);
    }
    expect(readdirSync(plans).sort()).toEqual(['example.yaml', 'governance.yaml', 'schemas']);
    // A repository's root with a YAML file that is no plan (a CI or compose file) does not count; above `.git` is not read.
    expect(milepel(['init', 'elsewhere'], repo).code).toBe(0);
    const validate = milepel(['validate'], plans);
    expect([validate.code, validate.stderr]).toEqual([2, 'milepel: plans: no such file or directory (with no path given, milepel reads ./plans; this folder holds plan files itself: give it as the path, `.`)\n']);
    expect(milepel(['validate', '.'], plans).code).toBe(0);
  });

  // Session 61: a stray plan file in /tmp refused every init below /tmp (the suite's own temporary folders, beside a
  // tester's files). Outside a repository only the current folder is judged; inside one, the folders up to its root.
  it('outside a repository, judges no folder above the target but the current one; inside one, up to its root', () => {
    const base = join(tmp, 'stray');
    mkdirSync(join(base, 'work'), { recursive: true });
    writeFileSync(join(base, 'stray.yaml'), 'plan: {id: s, title: S}\n');
    expect(milepel(['init', '../new-ws'], join(base, 'work')).code).toBe(0);
    expect(milepel(['init', join(base, 'abs-ws')], join(base, 'work')).code).toBe(0);
    mkdirSync(join(base, '.git'));
    const r = milepel(['init', '../in-repo'], join(base, 'work'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^milepel: \.\.\/in-repo is inside \.\., which holds plan files \(\.\.\/stray\.yaml\)/);
  });

  // The current folder is read for plan files directly in it: a FIFO named like one is passed over, never opened (a read
  // of it would wait for a writer for ever).
  it('passes over a FIFO named like a plan file in the current folder', () => {
    const here = join(tmp, 'fifo');
    mkdirSync(here);
    execFileSync('mkfifo', [join(here, 'pipe.yaml')]);
    const validate = milepel(['validate'], here);
    expect([validate.code, validate.stderr]).toEqual([2, 'milepel: plans: no such file or directory (with no path given, milepel reads ./plans; run `milepel init` to create it)\n']);
    expect(milepel(['init'], here).code).toBe(0);
  });

  // A tester's finding: with p/schemas a file, init said "cannot write … into p … (EEXIST)", exit 2, yet left
  // p/example.yaml and p/governance.yaml behind.
  it('a file where a directory is to be made: exit 2 naming it, and nothing written', () => {
    const here = join(tmp, 'in-the-way');
    mkdirSync(join(here, 'p'), { recursive: true });
    writeFileSync(join(here, 'p', 'schemas'), 'mine\n');
    const r = milepel(['init', 'p'], here);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milepel: cannot write the example workspace into p: p/schemas is a file where a directory is to be made (EEXIST); choose another directory (milepel init <dir>)\n');
    expect(readdirSync(join(here, 'p'))).toEqual(['schemas']);
    expect(readFileSync(join(here, 'p', 'schemas'), 'utf8')).toBe('mine\n');
    writeFileSync(join(here, 'q'), 'mine\n');
    const below = milepel(['init', 'q/ws'], here);
    expect(below.code).toBe(2);
    expect(below.stderr).toMatch(/^milepel: cannot write the example workspace into q\/ws: q is a file where a directory is to be made \(ENOTDIR\)/);
    expect(readdirSync(here).sort()).toEqual(['p', 'q']);
  });

  // A tester's finding: with p/schemas/plan.schema.json a directory, init wrote both plans, kept the directory as "not
  // this version's schema" and exited 0; with p/example.yaml a directory it said "already exists". Now: exit 2, one
  // line naming the directory and the fix, nothing written.
  it('a directory where a file is to be written: exit 2 naming it, and nothing written', () => {
    for (const dir of ['schemas/plan.schema.json', 'example.yaml']) {
      const here = mkdtempSync(join(tmp, 'directory-'));
      mkdirSync(join(here, 'p', dir), { recursive: true });
      const r = milepel(['init', 'p'], here);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`milepel: cannot write the example workspace into p: p/${dir} is a directory where a file is to be written; move it aside (EISDIR); choose another directory (milepel init <dir>)\n`);
      expect(readdirSync(join(here, 'p'))).toEqual([dir.split('/')[0]]);
      expect(readdirSync(join(here, 'p', dir))).toEqual([]);
    }
  });

  it('a symbolic link to nothing where a file is to be written: exit 2 naming it, the link kept, nothing written (a second tester round)', () => {
    const here = mkdtempSync(join(tmp, 'dangling-'));
    mkdirSync(join(here, 'p'));
    symlinkSync('/nonexistent-milepel-target', join(here, 'p', 'governance.yaml'));
    const r = milepel(['init', 'p'], here);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milepel: cannot write the example workspace into p: p/governance.yaml already exists (EEXIST); choose another directory (milepel init <dir>)\n');
    expect(readdirSync(join(here, 'p'))).toEqual(['governance.yaml']);
  });

  it('a write that fails after others: what this run wrote is removed, what was there is kept (exit 2)', async () => {
    const fresh = await runCli(['init', 'new/ws'], { unwritable: ['new/ws/example.yaml'] });
    expect(fresh.code).toBe(2);
    expect(fresh.stderr).toBe('milepel: cannot write the example workspace into new/ws: permission denied (EACCES); choose another directory (milepel init <dir>)\n');
    expect(fresh.io.written.size).toBe(0);
    expect(fresh.io.exists('new')).toBe(false);
    const kept = await runCli(['init', 'old'], { files: { 'old/notes.md': 'mine' }, unwritable: ['old/schemas/plan.schema.json'] });
    expect(kept.code).toBe(2);
    expect(kept.io.written.size).toBe(0);
    expect(kept.io.readText('old/notes.md')).toBe('mine');
    expect(kept.io.exists('old/schemas')).toBe(false);
  });

  it('no value of the examples turns into a boolean under YAML 1.1: holidays stays the string "NO"', () => {
    for (const text of [PLAN_EXAMPLE, GOVERNANCE_EXAMPLE]) {
      const stack: unknown[] = [parse(text, { version: '1.1' })];
      const booleans: unknown[] = [];
      while (stack.length > 0) {
        const v = stack.pop();
        if (typeof v === 'boolean') booleans.push(v);
        else if (v !== null && typeof v === 'object' && !(v instanceof Date)) for (const x of Object.values(v)) stack.push(x);
      }
      expect(booleans).toEqual([]);
    }
    expect((parse(PLAN_EXAMPLE, { version: '1.1' }) as { plan: { calendar: { holidays: unknown } } }).plan.calendar.holidays).toBe('NO');
  });

  it('--locale nb comments the example in Norwegian, with the same data and layout as the English one (a tester read English comments after asking for nb)', () => {
    const here = join(tmp, 'nb');
    mkdirSync(here, { recursive: true });
    const r = milepel(['init', 'ws', '--locale', 'nb'], here);
    expect(r.code, r.stderr).toBe(0);
    const plan = readFileSync(join(here, 'ws', 'example.yaml'), 'utf8');
    const governance = readFileSync(join(here, 'ws', 'governance.yaml'), 'utf8');
    expect(plan).toBe(exampleFiles('nb').plan);
    expect(governance).toBe(exampleFiles('nb').governance);
    expect(plan).toContain('# En eksempelplan. Kjør `milepel validate`');
    expect(plan).toContain('    forecast: 2026-06-19         # gjeldende prognose: en uke forsinket\n');
    expect(governance).toContain('# Et møte omtales som <organ>@<dato>');
    // Only the comments differ: the same data, line for line, as the English example.
    const code = (text: string): string[] => text.split('\n').map((line) => line.replace(/(^|\s+)#.*$/, ''));
    expect(code(plan)).toEqual(code(PLAN_EXAMPLE));
    expect(code(governance)).toEqual(code(GOVERNANCE_EXAMPLE));
    expect(parse(plan)).toEqual(parse(PLAN_EXAMPLE));
    const v = milepel(['validate', 'ws', '--strict'], here);
    expect(v.code, v.stdout).toBe(0);
    // The English example is the default, and under LANG=C.
    expect(milepel(['init', 'en'], here).code).toBe(0);
    expect(readFileSync(join(here, 'en', 'example.yaml'), 'utf8')).toBe(PLAN_EXAMPLE);
    expect(PLAN_EXAMPLE).toContain('# An example plan. Run `milepel validate`');
  });

  it('an unsupported --locale is refused before anything is written (the files were written, then exit 2, and a second try found them)', () => {
    const here = join(tmp, 'bad-locale');
    mkdirSync(here, { recursive: true });
    const r = milepel(['init', 'ws', '--locale', 'xx'], here);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('milepel: --locale xx is not supported: use nb or en\n');
    expect(readdirSync(here)).toEqual([]);
  });
});
