// --baseline from a file, a directory and `<rev>:<path>` in a real temporary git repository; exit 2 when it cannot be read.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeGit, readBaselineSources, type GitRunner } from '../../src/cli/baseline.js';
import { runSlippage } from '../../src/cli/commands/slippage.js';
import { run } from '../../src/cli/main.js';
import { fakeIo, readRepoFile } from '../helpers/fake-io.js';

const hasGit = spawnSync('git', ['--version']).status === 0;
let repo = '';
let outside = '';

function git(...args: string[]): void {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

interface SlipJson {
  baseline: string;
  summary: Record<string, number | null>;
  milestones: { ref: string; status: string; baseline: string; slip_days: number; slip_workdays: number }[];
  removed: { ref: string; baseline: string }[];
}

beforeAll(() => {
  if (!hasGit) return;
  repo = mkdtempSync(join(tmpdir(), 'milepel-git-'));
  outside = mkdtempSync(join(tmpdir(), 'milepel-nogit-'));
  mkdirSync(join(repo, 'plans'));
  const akson = readRepoFile('plans/akson.yaml');
  writeFileSync(join(repo, 'plans', 'akson.yaml'), akson);
  writeFileSync(join(repo, 'plans', 'governance.yaml'), readRepoFile('plans/governance.yaml'));
  git('init', '-q');
  git('-c', 'user.email=test@example.org', '-c', 'user.name=test', 'add', '.');
  git('-c', 'user.email=test@example.org', '-c', 'user.name=test', '-c', 'commit.gpgsign=false', 'commit', '-qm', 'baseline');
  // This month: MP2 forecast 2019-09-13, MP9 dropped, MP10 added. The work tree is left as it is.
  const changed = akson.replace('    date: 2019-08-31\n', '    date: 2019-08-31\n    forecast: 2019-09-13\n')
    .replace(/\n {2}- id: MP9\n[\s\S]*$/, '\n  - id: MP10\n    title: Ny milepæl\n    date: 2020-02-14\n    after: [MP8]\n');
  writeFileSync(join(repo, 'plans', 'akson.yaml'), changed);
});
afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
  if (outside) rmSync(outside, { recursive: true, force: true });
});

describe.skipIf(!hasGit)('--baseline <rev>:<path> with git', () => {
  const slippage = async (baseline: string, git: GitRunner = nodeGit(repo)): Promise<{ code: number; out: string; err: string }> => {
    const io = fakeIo({ diskRoots: [repo, outside] });
    const code = await runSlippage(io, [join(repo, 'plans')], { baseline, format: 'json', today: '2019-09-01', plan: 'akson' }, git);
    return { code, out: io.out(), err: io.err() };
  };

  it('compares with HEAD:plans: slipped, new and removed, without touching the work tree', async () => {
    const before = readFileSync(join(repo, 'plans', 'akson.yaml'), 'utf8');
    const r = await slippage('HEAD:plans');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as SlipJson;
    expect(data.baseline).toBe('HEAD:plans');
    // MP2: baseline 2019-08-31 (Sat) → 2019-09-13: 13 days; working days Sep 2–6 and 9–13 = 10.
    expect(data.milestones.find((m) => m.ref === 'akson/MP2')).toMatchObject({ status: 'slipped', baseline: '2019-08-31', slip_days: 13, slip_workdays: 10 });
    expect(data.milestones.find((m) => m.ref === 'akson/MP10')).toMatchObject({ status: 'new', baseline: '2020-02-14', slip_days: 0 });
    expect(data.removed).toEqual([{ ref: 'akson/MP9', plan: 'akson', id: 'MP9', title: 'Oversendelse til HOD', baseline: '2020-01-31' }]);
    expect(data.summary).toMatchObject({ milestones: 9, new: 1, removed: 1, slipped: 1 });
    expect(readFileSync(join(repo, 'plans', 'akson.yaml'), 'utf8')).toBe(before);
    const status = spawnSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }).stdout;
    expect(status).toBe(' M plans/akson.yaml\n');
  });

  it('reads a single file from a revision, and ./paths relative to the current directory', async () => {
    const file = readBaselineSources(fakeIo({ diskRoots: [] }), 'HEAD:plans/akson.yaml', nodeGit(repo));
    expect(file.map((s) => s.file)).toEqual(['HEAD:plans/akson.yaml']);
    expect(file[0]!.text).toBe(readRepoFile('plans/akson.yaml'));
    const dir = readBaselineSources(fakeIo({ diskRoots: [] }), 'HEAD:./', nodeGit(join(repo, 'plans')));
    expect(dir.map((s) => s.file)).toEqual(['HEAD:akson.yaml', 'HEAD:governance.yaml']);
  });

  it('runs through the command line from inside the repository', async () => {
    const cwd = process.cwd();
    process.chdir(repo);
    try {
      const io = fakeIo({ diskRoots: [repo] });
      const code = await run(['slippage', join(repo, 'plans'), '--baseline', 'HEAD:plans', '--today', '2019-09-01', '--plan', 'akson'], io);
      expect(io.err()).toBe('');
      expect(code).toBe(0);
      expect(io.out()).toContain('against HEAD:plans');
      expect(io.out()).toMatch(/Removed since the baseline \(1\):\n {2}akson\/MP9/);
    } finally {
      process.chdir(cwd);
    }
  });

  for (const [spec, message] of [
    ['nosuchbranch:plans', /^milepel: --baseline nosuchbranch:plans: git revision nosuchbranch does not exist in this repository/],
    ['HEAD:nothere', /^milepel: --baseline HEAD:nothere: nothere does not exist in HEAD/],
    ['HEAD:plans/akson.yaml.bak', /does not exist in HEAD/],
    [':plans', /is not a git revision/],
    ['-x:plans', /is not a git revision/],
    ['plain-missing-path', /^milepel: --baseline plain-missing-path: no such file or directory/],
  ] as const) {
    it(`exits 2 with one milepel: line for ${spec}`, async () => {
      const cwd = process.cwd();
      process.chdir(repo);
      try {
        const io = fakeIo({ diskRoots: [repo] });
        const code = await run(['slippage', join(repo, 'plans'), '--baseline', spec, '--today', '2019-09-01'], io);
        expect(code).toBe(2);
        expect(io.err()).toMatch(message);
        expect(io.err().trimEnd().split('\n')).toHaveLength(1);
        expect(io.out()).toBe('');
      } finally {
        process.chdir(cwd);
      }
    });
  }

  it('a path from the current directory (./, ../) that does not exist is told where the current directory is, not to write it so again (a tester\'s finding)', async () => {
    const cwd = process.cwd();
    process.chdir(join(repo, 'plans'));
    try {
      const io = fakeIo({ diskRoots: [repo] });
      expect(await run(['slippage', join(repo, 'plans'), '--baseline', 'HEAD:./plans', '--today', '2019-09-01'], io)).toBe(2);
      expect(io.err()).toBe("milepel: --baseline HEAD:./plans: ./plans does not exist in HEAD; a path after ':' that starts with ./ or ../ is relative to the current directory, which is plans in the repository\n");
      // From the current directory, ./ is the plans directory itself.
      const ok = fakeIo({ diskRoots: [repo] });
      expect(await run(['slippage', join(repo, 'plans'), '--baseline', 'HEAD:./', '--today', '2019-09-01', '--plan', 'akson'], ok)).toBe(0);
    } finally {
      process.chdir(cwd);
    }
  });

  // Tester round 26 F2: run from inside another repository, HEAD:plans was read there (every milestone of its plans
  // "removed", exit 0), and from outside any repository it was refused; gate: baselines were read in the plans' own.
  it('reads <rev>:<path> in the repository of the plans when the current directory is in another one, or in none', async () => {
    const other = mkdtempSync(join(tmpdir(), 'milepel-other-'));
    const cwd = process.cwd();
    try {
      mkdirSync(join(other, 'plans'));
      writeFileSync(join(other, 'plans', 'other.yaml'), 'plan: {id: other, title: Other}\nmilestones:\n  - {id: X, title: X, date: 2019-09-02}\n');
      const inOther = (...args: string[]): void => void spawnSync('git', args, { cwd: other });
      inOther('init', '-q');
      inOther('-c', 'user.email=test@example.org', '-c', 'user.name=test', 'add', '.');
      inOther('-c', 'user.email=test@example.org', '-c', 'user.name=test', '-c', 'commit.gpgsign=false', 'commit', '-qm', 'other');
      for (const here of [other, outside]) {
        process.chdir(here);
        const io = fakeIo({ diskRoots: [repo, here], cwd: here });
        const code = await run(['slippage', join(repo, 'plans'), '--baseline', 'HEAD:plans', '--today', '2019-09-01', '--plan', 'akson', '--format', 'json'], io);
        expect(io.err(), here).toBe('');
        expect(code).toBe(0);
        const json = JSON.parse(io.out()) as SlipJson;
        expect(json.removed.map((r) => r.ref)).toEqual(['akson/MP9']);
        expect(json.milestones.find((m) => m.ref === 'akson/MP2')?.status).toBe('slipped');
      }
      // A path from the current directory names nothing in the plans' repository: refused, with the path to write.
      process.chdir(other);
      const io = fakeIo({ diskRoots: [repo, other], cwd: other });
      expect(await run(['slippage', join(repo, 'plans'), '--baseline', 'HEAD:./plans', '--today', '2019-09-01'], io)).toBe(2);
      expect(io.err()).toMatch(/^milepel: --baseline HEAD:\.\/plans: the plans .* are in the git repository .*, which the current directory is not in, so a path from the current directory names nothing there; write the path from that repository's root \(HEAD:plans\), or run milepel inside it\n$/);
      // The revision given, not HEAD (a tester was told HEAD:plans for base:./plans).
      const other2 = fakeIo({ diskRoots: [repo, other], cwd: other });
      expect(await run(['slippage', join(repo, 'plans'), '--baseline', 'HEAD~0:./plans', '--today', '2019-09-01'], other2)).toBe(2);
      expect(other2.err()).toContain('(HEAD~0:plans)');
    } finally {
      process.chdir(cwd);
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('exits 2 outside a git repository', async () => {
    expect(() => readBaselineSources(fakeIo({ diskRoots: [] }), 'HEAD:plans', nodeGit(outside))).toThrow(/not in a git repository/);
  });
});

describe('--baseline without git, from files', () => {
  it('says so when git is not installed', async () => {
    const missing: GitRunner = () => ({ status: null, stdout: Buffer.alloc(0), stderr: '', errorCode: 'ENOENT' });
    const io = fakeIo();
    await expect(runSlippage(io, ['plans'], { baseline: 'origin/main:plans' }, missing)).rejects.toThrow(/^--baseline origin\/main:plans: git is not installed or not on PATH/);
  });

  it('reads a baseline directory or file from disk', async () => {
    const previous = readRepoFile('plans/akson.yaml').replace('date: 2019-08-31', 'date: 2019-08-23');
    const io = fakeIo({ files: { 'old/akson.yaml': previous } });
    expect(await runSlippage(io, ['plans'], { baseline: 'old', format: 'json', today: '2019-09-01' })).toBe(0);
    const data = JSON.parse(io.out()) as SlipJson;
    expect(data.baseline).toBe('old');
    // MP2: 2019-08-23 (Fri) → 2019-08-31 (Sat): 8 days, working days Aug 26–30 = 5; overdue at T = 09-01.
    expect(data.milestones.find((m) => m.ref === 'akson/MP2')).toMatchObject({ baseline: '2019-08-23', slip_days: 8, slip_workdays: 5, status: 'overdue' });
    // Felles grunnmur is not in the baseline: its milestones are new.
    expect(data.summary['new']).toBe(20);
  });
});
