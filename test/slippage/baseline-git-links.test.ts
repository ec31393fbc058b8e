// --baseline <rev>:<path> follows symbolic links in the tree at that revision as the walk of a directory on disk
// does: git keeps a link as a blob of its target's path, which was read as a plan file, and a linked directory was
// skipped without a word (tester round 9 #2). Links it cannot follow are named on stderr.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeGit, readBaselineSources } from '../../src/cli/baseline.js';
import { runSlippage } from '../../src/cli/commands/slippage.js';
import type { Message } from '../../src/messages/index.js';
import { renderMessage } from '../../src/messages/index.js';
import { fakeIo } from '../helpers/fake-io.js';

const hasGit = spawnSync('git', ['--version']).status === 0;
let repo = '';

const AKSON = (mp2: string): string => `plan: {id: akson, title: Akson, status_date: 2026-03-02}
milestones:
  - {id: MP1, title: Prosjektplan, date: 2026-03-10, forecast: 2026-03-17}
  - {id: MP2, title: Leverandørdialog, date: 2026-03-20, forecast: ${mp2}}
`;

function git(...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

beforeAll(() => {
  if (!hasGit) return;
  repo = mkdtempSync(join(tmpdir(), 'milepel-links-'));
  for (const dir of ['plans', 'shared', 'teams/t']) mkdirSync(join(repo, dir), { recursive: true });
  writeFileSync(join(repo, 'shared', 'akson.yaml'), AKSON('2026-03-27'));
  writeFileSync(join(repo, 'teams', 't', 'team.yaml'), AKSON('2026-03-27').replace('id: akson, title: Akson', 'id: team, title: Team'));
  symlinkSync('../shared/akson.yaml', join(repo, 'plans', 'akson.yaml'));
  symlinkSync('../teams/t', join(repo, 'plans', 'team'));
  symlinkSync('/etc/hostname', join(repo, 'plans', 'outside.yaml'));
  symlinkSync('../nowhere.yaml', join(repo, 'plans', 'gone.yaml'));
  symlinkSync('../nowhere', join(repo, 'plans', 'gone-dir'));
  symlinkSync('.', join(repo, 'plans', 'self'));
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'baseline');
  // This month: MP2's forecast moves by three working days, in both plans.
  writeFileSync(join(repo, 'shared', 'akson.yaml'), AKSON('2026-04-01'));
  writeFileSync(join(repo, 'teams', 't', 'team.yaml'), AKSON('2026-04-01').replace('id: akson, title: Akson', 'id: team, title: Team'));
});
afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe.skipIf(!hasGit)('--baseline at a revision whose tree has symbolic links', () => {
  it('reads the files and directories links lead to, under the links\' names, and names the links it cannot follow', () => {
    const notes: Message[] = [];
    const sources = readBaselineSources(fakeIo({ diskRoots: [] }), 'HEAD:plans', nodeGit(repo), notes);
    expect(sources.map((s) => s.file)).toEqual(['HEAD:plans/akson.yaml', 'HEAD:plans/team/team.yaml']);
    expect(sources[0]!.text).toBe(AKSON('2026-03-27'));
    expect(notes.map((n) => renderMessage(n))).toEqual([
      "--baseline HEAD:plans: HEAD:plans/gone.yaml is a symbolic link to ../nowhere.yaml, which that revision does not have: the plans it leads to are not in the baseline",
      '--baseline HEAD:plans: HEAD:plans/outside.yaml is a symbolic link to /etc/hostname, outside the repository, which a git revision does not hold: the plans it leads to are not in the baseline',
      '--baseline HEAD:plans: HEAD:plans/self is a symbolic link to ., which leads back round to itself (a loop of links): the plans it leads to are not in the baseline',
    ]);
  });

  it('gives the slippage the same revision checked out would give', async () => {
    const io = fakeIo({ diskRoots: [repo] });
    const code = await runSlippage(io, [join(repo, 'shared'), join(repo, 'teams')], { baseline: 'HEAD:plans', format: 'json', today: '2026-03-02' }, nodeGit(repo));
    expect(code).toBe(0);
    const data = JSON.parse(io.out()) as { milestones: { ref: string; baseline: string; slip_workdays: number }[] };
    expect(data.milestones.map((m) => `${m.ref} ${m.baseline} ${m.slip_workdays}`).sort()).toEqual([
      'akson/MP1 2026-03-17 0', 'akson/MP2 2026-03-27 3', 'team/MP1 2026-03-17 0', 'team/MP2 2026-03-27 3',
    ]);
    expect(io.err()).toContain('milepel: warning: --baseline HEAD:plans: HEAD:plans/outside.yaml is a symbolic link to /etc/hostname');
  });

  it('reads a linked file named as the baseline, and refuses one that leads nowhere with what it is', () => {
    const file = readBaselineSources(fakeIo({ diskRoots: [] }), 'HEAD:plans/akson.yaml', nodeGit(repo));
    expect(file.map((s) => [s.file, s.text])).toEqual([['HEAD:plans/akson.yaml', AKSON('2026-03-27')]]);
    const dir = readBaselineSources(fakeIo({ diskRoots: [] }), 'HEAD:plans/team', nodeGit(repo));
    expect(dir.map((s) => s.file)).toEqual(['HEAD:plans/team/team.yaml']);
    expect(() => readBaselineSources(fakeIo({ diskRoots: [] }), 'HEAD:plans/gone.yaml', nodeGit(repo)))
      .toThrow('--baseline HEAD:plans/gone.yaml: HEAD:plans/gone.yaml is a symbolic link to ../nowhere.yaml, which that revision does not have');
  });
});

// Tester round 96 F2: a link to a plan file beside it was read as a second copy of the file, every id a duplicate, and
// slippage warned that the baseline had errors; on disk the same folder is read once.
describe.skipIf(!hasGit)('--baseline at a revision with a link to a file it reads anyway', () => {
  let twice = '';
  beforeAll(() => {
    if (!hasGit) return;
    twice = mkdtempSync(join(tmpdir(), 'milepel-links-twice-'));
    mkdirSync(join(twice, 'plans', 'sub'), { recursive: true });
    writeFileSync(join(twice, 'plans', 'a.yaml'), AKSON('2026-03-27'));
    symlinkSync('a.yaml', join(twice, 'plans', 'b.yaml'));
    symlinkSync('../a.yaml', join(twice, 'plans', 'sub', 'c.yaml'));
    // Two files of the same text are two files (the same blob in git): both read.
    writeFileSync(join(twice, 'plans', 'sub', 'd.yaml'), AKSON('2026-03-27').replace('akson', 'dup'));
    writeFileSync(join(twice, 'plans', 'sub', 'e.yaml'), AKSON('2026-03-27').replace('akson', 'dup'));
    const r = spawnSync('sh', ['-c', 'git init -q && git add . && git -c user.email=t@example.org -c user.name=t -c commit.gpgsign=false commit -qm one'], { cwd: twice });
    if (r.status !== 0) throw new Error(String(r.stderr));
  });
  afterAll(() => {
    if (twice) rmSync(twice, { recursive: true, force: true });
  });

  it('reads the file once, by its first name, as the walk on disk does', () => {
    const sources = readBaselineSources(fakeIo({ diskRoots: [] }), 'HEAD:plans', nodeGit(twice));
    expect(sources.map((s) => s.file)).toEqual(['HEAD:plans/a.yaml', 'HEAD:plans/sub/d.yaml', 'HEAD:plans/sub/e.yaml']);
  });
});
